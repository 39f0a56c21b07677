import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/routing";
import { codeTag } from "./code-tag";
import { ExampleLinks } from "./example-links";

const STATUSES = ["201", "400", "404", "409", "410", "413", "415", "422", "429", "503"] as const;

const REQUEST = `POST /api/v1/surveys/1/responses?lang=fr
Content-Type: application/json
X-Respondent-Token: …   (optional)

{ "answers": { "1": 3, "2": [8, 10], "3": 4, "7": "…" } }`;

const RESPONSES = `201 { "data": { "surveyId": 1, "status": "created" }, "respondentToken": "…" }
409 { "error": { "code": "already_answered", "message": "…" } }
422 { "error": { "code": "invalid_answers", "message": "…",
        "fields": { "2": { "code": "tooMany", "message": "…" } } } }`;

function Code({ children }: { children: ReactNode }) {
  return <pre dir="ltr" className="whitespace-pre-wrap break-words rounded border border-slate-200 bg-slate-50 p-3 text-start font-mono text-[0.8125rem]">{children}</pre>;
}

function Endpoint({ method, path }: { method: string; path: string }) {
  return (
    <p dir="ltr" className="text-start font-mono text-[0.8125rem]">
      <span className="me-2 rounded bg-brand-800 px-1.5 py-0.5 font-semibold text-white">{method}</span>
      <span className="break-all">{path}</span>
    </p>
  );
}

/** The survey API on the open-data page: listing open surveys, and submitting a response. */
export async function SurveyApiDocs({ locale, api }: { locale: Locale; api: string }) {
  const t = await getTranslations({ locale, namespace: "openData" });
  return (
    <>
      <div className="space-y-3">
        <h3 className="text-lg font-semibold text-brand-900">{t("surveys.listHeading")}</h3>
        <Endpoint method="GET" path="/api/v1/surveys" />
        <p>{t("surveys.listSummary")}</p>
        <p>{t.rich("surveys.listFields", codeTag)}</p>
        <ExampleLinks heading={t("examples")} examples={[{ label: t("surveys.example"), url: `${api}/surveys` }]} />
      </div>
      <div className="space-y-3">
        <h3 className="text-lg font-semibold text-brand-900">{t("surveys.submitHeading")}</h3>
        <Endpoint method="POST" path="/api/v1/surveys/{id}/responses" />
        <p>{t("surveys.submitSummary")}</p>
        <p>{t.rich("surveys.submitBody", codeTag)}</p>
        <p>{t.rich("surveys.token", codeTag)}</p>
        <p>{t.rich("surveys.lang", codeTag)}</p>
        <p>{t.rich("surveys.limits", codeTag)}</p>
        <p>{t("surveys.cors")}</p>
        <p className="font-semibold text-brand-900">{t("surveys.request")}</p>
        <Code>{REQUEST}</Code>
        <p className="font-semibold text-brand-900">{t("surveys.responses")}</p>
        <Code>{RESPONSES}</Code>
        <table className="w-full border-collapse text-start text-sm" data-testid="survey-api-statuses">
          <caption className="mb-2 text-start font-semibold text-brand-900">{t("surveys.statusCaption")}</caption>
          <thead>
            <tr className="border-b-2 border-slate-300 bg-slate-50">
              <th scope="col" className="p-2 text-start">
                {t("surveys.statusCode")}
              </th>
              <th scope="col" className="p-2 text-start">
                {t("surveys.statusMeaning")}
              </th>
            </tr>
          </thead>
          <tbody>
            {STATUSES.map((status) => (
              <tr key={status} className="border-b border-slate-200 align-top">
                <th scope="row" className="p-2 text-start font-mono font-semibold">
                  {status}
                </th>
                <td className="p-2">{t.rich(`surveys.status.${status}`, codeTag)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
