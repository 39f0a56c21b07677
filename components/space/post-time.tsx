import type { Locale } from "@/lib/i18n/routing";
import { formatPostTime } from "./format";

/** A post's date and time, isolated so that its digits keep their order beside names in the other script. */
export function PostTime({ locale, value }: { locale: Locale; value: Date }) {
  return (
    <bdi>
      <time dateTime={value.toISOString()}>{formatPostTime(locale, value)}</time>
    </bdi>
  );
}
