import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import type { Locale } from "@/lib/i18n/routing";
import { safeNextPath } from "@/lib/validation/auth";
import { SignInForm } from "./_components/sign-in-form";

export async function generateMetadata({ params }: PageProps<"/[locale]/sign-in">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "auth" });
  return { title: t("signInTitle") };
}

export default async function SignInPage({ params, searchParams }: PageProps<"/[locale]/sign-in">) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const { next, passwordSet } = await searchParams;
  const nextPath = typeof next === "string" ? safeNextPath(next, "") || undefined : undefined;
  if (await getCurrentUser()) redirect(nextPath ?? `/${locale}/staff`);
  const t = await getTranslations({ locale, namespace: "auth" });
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t("signInTitle")}</h1>
      <p className="max-w-prose text-slate-700">{t("signInIntro")}</p>
      {passwordSet === "1" && (
        <p role="status" className="max-w-md rounded border-2 border-emerald-700 bg-emerald-50 p-3 font-semibold text-emerald-900">
          {t("passwordSet")}
        </p>
      )}
      <SignInForm locale={locale} next={nextPath} />
    </div>
  );
}
