import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { publicBaseUrl } from "@/lib/env";
import type { Locale } from "@/lib/i18n/routing";
import { pageMetadata } from "@/lib/metadata";
import { INDICATOR_FIELDS } from "@/lib/open-data/indicator-records";
import { PROJECT_FIELDS } from "@/lib/open-data/project-columns";
import { SESSION_FIELDS } from "@/lib/open-data/session-records";
import { ExampleLinks } from "./_components/example-links";
import { FieldTable } from "./_components/field-table";
import { codeTag } from "./_components/code-tag";
import { ParameterTable } from "./_components/parameter-table";
import { SurveyApiDocs } from "./_components/survey-api";

// Cached page (docs/decisions.md, "Caching"): rendered on its first visit, then served from the
// shared cache until an edit expires it (lib/cache/invalidate.ts) or an hour passes.
export const revalidate = 3600;

const SECTIONS = ["licence", "conventions", "projects", "csv", "sessions", "indicators", "surveys", "feeds"] as const;

const RESPONSE_SHAPE = `{
  "data": [ … ],
  "meta": { "total", "page", "perPage", "pageCount", "ignoredParameters": [ … ] },
  "links": { "self", "next", "prev", "csv" }
}`;
const ERROR_SHAPE = `{ "error": { "code": "not_found", "message": "…" } }`;

export async function generateMetadata({ params }: PageProps<"/[locale]/open-data">): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: "openData" });
  return pageMetadata({ locale, path: "/open-data", title: t("title"), description: t("description") });
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="scroll-mt-4 space-y-4">
      <h2 id={`${id}-title`} className="text-2xl font-semibold text-brand-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

function Code({ children }: { children: ReactNode }) {
  return (
    <pre dir="ltr" className="whitespace-pre-wrap break-words rounded border border-slate-200 bg-slate-50 p-3 text-start font-mono text-[0.8125rem]">
      {children}
    </pre>
  );
}

export default async function OpenDataPage({ params }: PageProps<"/[locale]/open-data">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale); // example addresses use the configured public URL, read at run time
  const t = await getTranslations({ locale, namespace: "openData" });
  const base = publicBaseUrl();
  const api = `${base}/api/v1`;
  const example = (label: Parameters<typeof t>[0], url: string) => ({ label: t(label), url });

  return (
    <article className="max-w-4xl space-y-10">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
        <p className="text-lg">{t("intro")}</p>
      </header>

      <nav aria-labelledby="contents-title" className="rounded border border-slate-200 p-4">
        <h2 id="contents-title" className="font-semibold text-brand-900">
          {t("contents")}
        </h2>
        <ul className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-2">
          {SECTIONS.map((id) => (
            <li key={id}>
              <a href={`#${id}`} className="text-brand-800 underline">
                {t(`sections.${id}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <Section id="licence" title={t("sections.licence")}>
        <p>{t("licence.body")}</p>
        <p className="border-s-4 border-brand-700 bg-brand-50 p-3">{t("licence.attribution")}</p>
        <p>{t("licence.sources")}</p>
      </Section>

      <Section id="conventions" title={t("sections.conventions")}>
        <ul className="list-disc space-y-2 ps-6">
          <li>{t("conventions.encoding")}</li>
          <li>{t.rich("conventions.dates", codeTag)}</li>
          <li>{t.rich("conventions.nulls", codeTag)}</li>
          <li>{t.rich("conventions.bilingual", codeTag)}</li>
          <li>{t.rich("conventions.access", codeTag)}</li>
          <li className="space-y-2">
            <p>{t("conventions.errors")}</p>
            <Code>{ERROR_SHAPE}</Code>
            <p>{t.rich("conventions.ignored", codeTag)}</p>
          </li>
          <li>{t.rich("conventions.stability", codeTag)}</li>
        </ul>
      </Section>

      <Section id="projects" title={t("sections.projects")}>
        <p>
          {t.rich("projects.summary", {
            link: (chunks) => (
              <a href={`/${locale}/roadmap`} className="text-brand-800 underline">
                {chunks}
              </a>
            ),
          })}
        </p>
        <ExampleLinks
          heading={t("examples")}
          examples={[
            example("exampleLabels.projectsAll", `${api}/projects`),
            example("exampleLabels.projectsOperational", `${api}/projects?status=OPERATIONAL&perPage=50`),
            example("exampleLabels.projectsSearch", `${api}/projects?q=etat+civil&flagship=1`),
          ]}
        />
        <ParameterTable locale={locale} />
        <div className="space-y-2">
          <h3 className="font-semibold text-brand-900">{t("projects.response")}</h3>
          <Code>{RESPONSE_SHAPE}</Code>
          <p>{t.rich("projects.responseHelp", codeTag)}</p>
        </div>
        <FieldTable locale={locale} endpoint="projects" fields={PROJECT_FIELDS} caption={t("projects.fieldsCaption")} />
      </Section>

      <Section id="csv" title={t("sections.csv")}>
        <p>{t("csv.summary")}</p>
        <p>{t("csv.format")}</p>
        <p>{t.rich("csv.injection", codeTag)}</p>
        <ExampleLinks
          heading={t("examples")}
          examples={[example("exampleLabels.csvAll", `${api}/projects.csv`), example("exampleLabels.csvInProgress", `${api}/projects.csv?status=IN_PROGRESS`)]}
        />
      </Section>

      <Section id="sessions" title={t("sections.sessions")}>
        <p>{t("sessions.summary")}</p>
        <ExampleLinks heading={t("examples")} examples={[example("exampleLabels.sessions", `${api}/sessions`)]} />
        <FieldTable locale={locale} endpoint="sessions" fields={SESSION_FIELDS} caption={t("sessions.fieldsCaption")} />
      </Section>

      <Section id="indicators" title={t("sections.indicators")}>
        <p>{t("indicators.summary")}</p>
        <ExampleLinks heading={t("examples")} examples={[example("exampleLabels.indicators", `${api}/indicators`)]} />
        <FieldTable locale={locale} endpoint="indicators" fields={INDICATOR_FIELDS} caption={t("indicators.fieldsCaption")} />
      </Section>

      <Section id="surveys" title={t("sections.surveys")}>
        <SurveyApiDocs locale={locale} api={api} />
      </Section>

      <Section id="feeds" title={t("sections.feeds")}>
        <ExampleLinks
          heading={t("feeds.atom")}
          description={t("feeds.atomBody")}
          examples={[
            { label: t("feeds.feedFr"), url: `${base}/fr/feed.xml` },
            { label: t("feeds.feedAr"), url: `${base}/ar/feed.xml` },
          ]}
        />
        <ExampleLinks heading={t("feeds.calendar")} description={t("feeds.calendarBody")} examples={[{ url: `${base}/${locale}/sessions/calendar.ics` }]} />
        <ExampleLinks heading={t("feeds.sitemap")} description={t("feeds.sitemapBody")} examples={[{ url: `${base}/sitemap.xml` }]} />
      </Section>
    </article>
  );
}
