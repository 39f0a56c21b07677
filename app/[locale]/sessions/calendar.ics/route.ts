import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { connection } from "next/server";
import { findUpcomingSessionData } from "@/lib/data/sessions";
import { todayAsDate } from "@/lib/dates";
import { routing } from "@/lib/i18n/routing";
import { publicBaseUrl } from "@/lib/env";
import { handleOpenData } from "@/lib/open-data/http";
import { buildSessionsCalendar, selectUpcomingSessions } from "@/lib/sessions-calendar";

/** iCalendar feed of the committee's upcoming sessions, in the page's language. */
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/sessions/calendar.ics">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response("Not found", { status: 404 });
  // As the open-data routes: a database outage answers 503, any other failure a generic 500.
  return handleOpenData(`GET /${locale}/sessions/calendar.ics`, async () => {
    await connection();
    const today = todayAsDate();
    const [t, data] = await Promise.all([getTranslations({ locale, namespace: "sessions" }), findUpcomingSessionData(today)]);
    const body = buildSessionsCalendar({
      events: selectUpcomingSessions({ ...data, today }),
      language: locale,
      baseUrl: `${publicBaseUrl()}/${locale}`,
      texts: {
        calendarName: t("calendar.name"),
        calendarDescription: t("calendar.description"),
        plannedSummary: (number) => t("calendar.plannedSummary", { number }),
        announcedSummary: t("calendar.announcedSummary"),
        announcedDescription: (number) => t("calendar.announcedDescription", { number }),
      },
    });
    return new Response(body, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": `inline; filename="cigov-sessions-${locale}.ics"`,
      },
    });
  });
}
