import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireUser } from "@/lib/auth/require-user";
import type { Locale } from "@/lib/i18n/routing";
import { ChangePasswordForm } from "./_components/change-password-form";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff/account">): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "staff" }))("account.title") };
}

export default async function MyAccountPage({ params }: PageProps<"/[locale]/staff/account">) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const t = await getTranslations({ locale, namespace: "staff" });
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t("account.title")}</h1>
      <dl className="grid max-w-xl grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">{t("accounts.email")}</dt>
        <dd dir="ltr" className="text-start">{user.email}</dd>
        <dt className="font-semibold">{t("accounts.role")}</dt>
        <dd>{t(`roles.${user.role}`)}</dd>
        {user.organizationName && (
          <>
            <dt className="font-semibold">{t("accounts.organization")}</dt>
            <dd>{user.organizationName}</dd>
          </>
        )}
      </dl>
      <h2 className="text-xl font-semibold">{t("account.changeTitle")}</h2>
      <p className="max-w-prose text-slate-700">{t("account.changeIntro")}</p>
      <ChangePasswordForm />
    </div>
  );
}
