import { PORTAL_TIME_ZONE } from "../dates";
import { getRequestConfig } from "next-intl/server";
import { hasLocale } from "next-intl";
import { loadMessages } from "./messages";
import { routing } from "./routing";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return { locale, messages: await loadMessages(locale), timeZone: PORTAL_TIME_ZONE };
});
