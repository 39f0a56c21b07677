import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumb } from "@/components/breadcrumb";
import { hasPermission } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/require-user";
import { findAccount } from "@/lib/data/accounts";
import { isAppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/routing";
import { accountChoices } from "../_components/choices";
import { AccountForm } from "./_components/account-form";
import { ForbiddenContent } from "../../_components/content-page";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff/accounts/[id]">): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "staff" }))("accounts.editTitle") };
}

export default async function AccountPage({ params, searchParams }: PageProps<"/[locale]/staff/accounts/[id]">) {
  const { locale, id } = (await params) as { locale: Locale; id: string };
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const t = await getTranslations({ locale, namespace: "staff" });
  if (!/^\d{1,9}$/.test(id)) notFound();
  if (!hasPermission(user, "accounts.manage")) {
    return <ForbiddenContent t={t} />;
  }
  let account;
  try {
    account = await findAccount(user, Number(id));
  } catch (error) {
    if (isAppError(error, "NOT_FOUND")) notFound();
    throw error;
  }
  const choices = await accountChoices(locale);
  const { saved } = await searchParams;
  return (
    <div className="space-y-6">
      <Breadcrumb locale={locale} trail={[{ label: t("accounts.title"), href: "/staff/accounts" }]} current={account.email} />
      <h1 className="text-3xl font-bold text-brand-900" dir="ltr">
        {account.email}
      </h1>
      {saved === "1" && (
        <p role="status" className="rounded border-2 border-emerald-700 bg-emerald-50 p-3 font-semibold text-emerald-900">
          {t("accounts.saved")}
        </p>
      )}
      <AccountForm
        userId={account.id}
        locale={locale}
        initial={{ name: account.name, role: account.role, organizationId: account.organization ? String(account.organization.id) : "", isDisabled: account.disabledAt ? "on" : "" }}
        roles={choices.roles}
        organizations={choices.organizations}
      />
    </div>
  );
}
