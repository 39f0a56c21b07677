import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FormMessages } from "@/components/forms/form-messages";
import { hasPermission } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/require-user";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { signOutAction } from "./actions";

// Depends on the visitor (query string, session or cookie): rendered for each request, never cached.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function StaffLayout({ children, params }: LayoutProps<"/[locale]/staff">) {
  const { locale } = (await params) as { locale: Locale };
  const user = await requireUser(locale);
  const t = await getTranslations({ locale, namespace: "staff" });
  const links = [
    ["/staff", t("nav.projects"), hasPermission(user, "project.edit")],
    ["/staff/sessions", t("nav.sessions"), hasPermission(user, "content.edit")],
    ["/staff/news", t("nav.news"), hasPermission(user, "content.edit")],
    ["/staff/indicators", t("nav.indicators"), hasPermission(user, "content.edit")],
    ["/staff/organizations", t("nav.organizations"), hasPermission(user, "content.edit")],
    ["/staff/governance", t("nav.governance"), hasPermission(user, "content.edit")],
    ["/staff/surveys", t("nav.surveys"), hasPermission(user, "survey.manage") || hasPermission(user, "moderate")],
    ["/staff/accounts", t("nav.accounts"), hasPermission(user, "accounts.manage")],
    ["/staff/audit", t("nav.audit"), hasPermission(user, "audit.read")],
    ["/staff/account", t("nav.myAccount"), true],
  ] as const;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3 rounded border border-slate-300 bg-slate-50 px-4 py-3">
        <nav aria-label={t("nav.label")}>
          <ul className="flex flex-wrap gap-x-5 gap-y-1 font-medium">
            {links
              .filter(([, , isVisible]) => isVisible)
              .map(([href, label]) => (
                <li key={href}>
                  <Link href={href} className="text-brand-800 underline underline-offset-4">
                    {label}
                  </Link>
                </li>
              ))}
          </ul>
        </nav>
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <span>
            {t("signedInAs", { name: user.name, role: t(`roles.${user.role}`) })}
            {user.organizationName ? ` · ${user.organizationName}` : ""}
          </span>
          <form action={signOutAction}>
            <input type="hidden" name="locale" value={locale} />
            <button type="submit" className="rounded border border-slate-600 px-3 py-1 font-semibold hover:bg-white">
              {t("signOut")}
            </button>
          </form>
        </div>
      </div>
      <FormMessages namespaces={["staff", "forms"]}>{children}</FormMessages>
    </div>
  );
}
