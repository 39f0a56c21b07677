import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { findTokenAccount } from "@/lib/data/accounts";
import type { Locale } from "@/lib/i18n/routing";
import { SetPasswordForm } from "./_components/set-password-form";

export async function generateMetadata({ params }: PageProps<"/[locale]/set-password">): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "auth" }))("setPasswordTitle") };
}

export default async function SetPasswordPage({ params, searchParams }: PageProps<"/[locale]/set-password">) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "auth" });
  const { token } = await searchParams;
  const account = typeof token === "string" && token.length >= 20 && token.length <= 200 ? await findTokenAccount(token) : null;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t("setPasswordTitle")}</h1>
      {account && typeof token === "string" ? (
        <>
          <p className="max-w-prose text-slate-700">{t("setPasswordIntro", { email: account.email })}</p>
          <SetPasswordForm locale={locale} token={token} email={account.email} />
        </>
      ) : (
        <p role="alert" className="max-w-prose rounded border-2 border-red-700 p-4">
          {t("linkInvalid")}
        </p>
      )}
    </div>
  );
}
