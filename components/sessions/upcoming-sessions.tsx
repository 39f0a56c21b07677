import { getTranslations } from "next-intl/server";
import { findUpcomingSessionData } from "@/lib/data/sessions";
import { formatDate } from "@/lib/i18n/format";
import { LocaleLink } from "@/components/locale-link";
import type { Locale } from "@/lib/i18n/routing";
import { selectUpcomingSessions } from "@/lib/sessions-calendar";

/** Dates still to come (the same list as the iCalendar feed) and the link to subscribe to it. */
export async function UpcomingSessions({ locale, today }: { locale: Locale; today: Date }) {
  const [t, data] = await Promise.all([getTranslations({ locale, namespace: "sessions" }), findUpcomingSessionData(today)]);
  const upcoming = selectUpcomingSessions({ ...data, today });
  return (
    <section aria-labelledby="upcoming-title" className="space-y-3 rounded border-s-4 border-brand-700 bg-brand-50 p-4">
      <h2 id="upcoming-title" className="text-2xl font-semibold text-brand-900">
        {t("upcomingHeading")}
      </h2>
      {upcoming.length === 0 ? (
        <p>{t("noUpcoming")}</p>
      ) : (
        <ul className="space-y-1">
          {upcoming.map((event) => (
            <li key={`${event.kind}-${event.on.toISOString()}`}>
              <time dateTime={event.on.toISOString().slice(0, 10)} className="font-semibold">
                {formatDate(locale, event.on)}
              </time>
              {" · "}
              {event.kind === "planned" ? (
                <LocaleLink locale={locale} href={`/sessions/${event.number}`} className="text-brand-800 underline underline-offset-4">
                  {t("sessionLabel", { number: event.number })}
                </LocaleLink>
              ) : (
                t("announcedBy", { number: event.announcedBy })
              )}
            </li>
          ))}
        </ul>
      )}
      <p>
        {/* A file, not a page: a plain link so the browser downloads or hands it to a calendar app. */}
        <a href={`/${locale}/sessions/calendar.ics`} type="text/calendar" className="font-medium text-brand-800 underline underline-offset-4" data-testid="calendar-link">
          {t("subscribe")}
        </a>
        <span className="block text-sm text-slate-700">{t("subscribeHint")}</span>
      </p>
    </section>
  );
}
