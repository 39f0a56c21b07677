import { getTranslations } from "next-intl/server";
import { LocaleLink } from "@/components/locale-link";
import { isolate } from "@/components/space/format";
import { getCurrentUser } from "@/lib/auth/current-user";
import { canModerate } from "@/lib/data/space-access";
import type { Locale } from "@/lib/i18n/routing";
import { signOutAction } from "../../(staff)/staff/actions";
import { signInHref } from "./_lib/params";

// Depends on the visitor (query string, session or cookie): rendered for each request, never cached.
export const dynamic = "force-dynamic";

/** The space's own navigation, and who is signed in (these pages are per visitor anyway). */
export default async function SpaceLayout({ children, params }: LayoutProps<"/[locale]/space">) {
  const { locale } = (await params) as { locale: Locale };
  const [user, t] = await Promise.all([getCurrentUser(), getTranslations({ locale, namespace: "space" })]);
  const links: Array<[string, string]> = [
    ["/space", t("nav.categories")],
    ["/space/search", t("nav.search")],
    ...(user ? ([["/space/followed", t("nav.followed")]] as Array<[string, string]>) : []),
    ...(canModerate(user) ? ([["/space/moderation", t("nav.moderation")]] as Array<[string, string]>) : []),
  ];
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3 rounded border border-slate-300 bg-slate-50 px-4 py-3">
        <nav aria-label={t("nav.label")}>
          <ul className="flex flex-wrap gap-x-5 gap-y-1 font-medium">
            {links.map(([href, label]) => (
              <li key={href}>
                <LocaleLink locale={locale} href={href} className="inline-block py-1 text-brand-800 underline underline-offset-4">
                  {label}
                </LocaleLink>
              </li>
            ))}
          </ul>
        </nav>
        {user ? (
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <span>{t("signedInAs", { name: isolate(user.name) })}</span>
            <form action={signOutAction}>
              <input type="hidden" name="locale" value={locale} />
              <button type="submit" className="rounded border border-slate-600 px-3 py-1 font-semibold hover:bg-white">
                {t("signOut")}
              </button>
            </form>
          </div>
        ) : (
          <a href={signInHref(locale, "/space")} className="text-sm font-semibold text-brand-800 underline underline-offset-4">
            {t("signInToTakePart")}
          </a>
        )}
      </div>
      {children}
    </div>
  );
}
