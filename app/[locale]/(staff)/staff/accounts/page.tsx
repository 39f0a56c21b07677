import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireUser } from "@/lib/auth/require-user";
import { hasPermission } from "@/lib/auth/permissions";
import { findAccounts } from "@/lib/data/accounts";
import { formatInstant } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { accountChoices } from "./_components/choices";
import { InviteForm } from "./_components/invite-form";
import { ForbiddenContent } from "../_components/content-page";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff/accounts">): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "staff" }))("accounts.title") };
}

export default async function AccountsPage({ params }: PageProps<"/[locale]/staff/accounts">) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const t = await getTranslations({ locale, namespace: "staff" });
  if (!hasPermission(user, "accounts.manage")) {
    return <ForbiddenContent t={t} />;
  }
  const [accounts, choices] = await Promise.all([findAccounts(user), accountChoices(locale)]);
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold text-brand-900">{t("accounts.title")}</h1>
      <section aria-labelledby="invite-title" className="space-y-3">
        <h2 id="invite-title" className="text-xl font-semibold">
          {t("accounts.inviteTitle")}
        </h2>
        <p className="max-w-prose text-slate-700">{t("accounts.inviteIntro")}</p>
        <InviteForm locale={locale} roles={choices.roles} organizations={choices.organizations} />
      </section>
      <section aria-labelledby="list-title" className="space-y-3">
        <h2 id="list-title" className="text-xl font-semibold">
          {t("accounts.listTitle", { count: accounts.length })}
        </h2>
        <div className="overflow-x-auto">
          <table className="min-w-full border-collapse text-sm">
            <thead>
              <tr className="border-b-2 border-slate-400">
                <th scope="col" className="p-2 text-start">{t("accounts.email")}</th>
                <th scope="col" className="p-2 text-start">{t("accounts.name")}</th>
                <th scope="col" className="p-2 text-start">{t("accounts.role")}</th>
                <th scope="col" className="p-2 text-start">{t("accounts.organization")}</th>
                <th scope="col" className="p-2 text-start">{t("accounts.state")}</th>
                <th scope="col" className="p-2 text-start">{t("accounts.lastSignIn")}</th>
              </tr>
            </thead>
            <tbody>
              {accounts.map((account) => (
                <tr key={account.id} className="border-b border-slate-200" data-account={account.email}>
                  <th scope="row" className="p-2 text-start font-normal">
                    <Link href={`/staff/accounts/${account.id}`} className="font-semibold text-brand-800 underline" dir="ltr">
                      {account.email}
                    </Link>
                  </th>
                  <td className="p-2">{account.name}</td>
                  <td className="p-2">{t(`roles.${account.role}`)}</td>
                  <td className="p-2">{account.organization?.acronym ?? account.organization?.nameFr ?? "—"}</td>
                  <td className="p-2">{account.disabledAt ? t("accounts.disabled") : account.hasPassword ? t("accounts.active") : t("accounts.invited")}</td>
                  <td className="p-2">{account.lastSignInAt ? formatInstant(locale, account.lastSignInAt, "short") : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
