import { getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";

export type SourceRef = { title: string; publisher: string | null; publishedOn: Date | null; url: string | null };

/**
 * Where a fact comes from: publisher, title and date. Sources are French documents, so
 * publisher and title keep lang="fr" and their own direction (quotes included, so they stay
 * around the title in an Arabic sentence); the title links to the document when its address
 * is known.
 */
export async function SourceCitation({
  locale,
  source,
  className,
  hasLabel = true,
}: {
  locale: Locale;
  source: SourceRef;
  className?: string;
  /** false under a heading that already says "Source". */
  hasLabel?: boolean;
}) {
  const t = await getTranslations({ locale, namespace: "sources" });
  const quoted = <>«&nbsp;{source.title}&nbsp;»</>;
  const title = source.url ? (
    // An external document: no referrer, no access to this window.
    <a href={source.url} rel="noopener noreferrer external" className="text-brand-800 underline underline-offset-4" lang="fr" dir="ltr">
      {quoted}
    </a>
  ) : (
    <cite lang="fr" dir="ltr" className="not-italic">
      {quoted}
    </cite>
  );
  return (
    <p className={className} data-testid="source-citation">
      {hasLabel && <span className="font-medium">{t("label")} </span>}
      {source.publisher && (
        <>
          <span lang="fr" dir="ltr">
            {source.publisher}
          </span>
          {t("separator")}
        </>
      )}
      {title}
      {t("separator")}
      {source.publishedOn ? <time dateTime={source.publishedOn.toISOString().slice(0, 10)}>{formatDate(locale, source.publishedOn)}</time> : t("undated")}
    </p>
  );
}
