-- Survey results without counting millions of rows: answers per option and per rating, and
-- responses per hour, kept up to date by triggers in the same transaction as the rows they
-- count (see docs/surveys.md). Results pages read a few dozen rows whatever the number of
-- responses. The application never writes these tables.

-- CreateTable
CREATE TABLE "SurveyAnswerTally" (
    "questionId" INTEGER NOT NULL,
    "optionId" INTEGER NOT NULL,
    "rating" INTEGER NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "SurveyAnswerTally_pkey" PRIMARY KEY ("questionId","optionId","rating")
);

-- CreateTable
CREATE TABLE "SurveyResponseHour" (
    "surveyId" INTEGER NOT NULL,
    "hour" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "SurveyResponseHour_pkey" PRIMARY KEY ("surveyId","hour")
);

-- AddForeignKey
ALTER TABLE "SurveyAnswerTally" ADD CONSTRAINT "SurveyAnswerTally_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "SurveyQuestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyResponseHour" ADD CONSTRAINT "SurveyResponseHour_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Statement-level triggers with transition tables: one aggregated upsert per statement, so a
-- web submission touches a handful of rows and a bulk load (npm run db:synthetic) of a million
-- answers costs one GROUP BY. Rows are upserted in key order, so concurrent submissions lock
-- the shared counters in the same order and cannot deadlock. A tally row counts an option
-- (optionId > 0), a rating (rating > 0), or, with both at 0, the responses that answered
-- the question (an answer's rows are always inserted by one statement, so a distinct count
-- per statement adds up). Free text's moderation is counted live, as it changes.
CREATE FUNCTION egov_tally_survey_answers() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE "SurveyAnswerTally" t SET "count" = t."count" - d.n
    FROM (SELECT "questionId" AS q, COALESCE("optionId", 0) AS o, COALESCE("rating", 0) AS r, count(*)::int AS n
          FROM old_rows WHERE "optionId" IS NOT NULL OR "rating" IS NOT NULL GROUP BY 1, 2, 3
          UNION ALL
          SELECT "questionId", 0, 0, count(DISTINCT "responseId")::int FROM old_rows GROUP BY 1) d
    WHERE t."questionId" = d.q AND t."optionId" = d.o AND t."rating" = d.r;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    INSERT INTO "SurveyAnswerTally" ("questionId", "optionId", "rating", "count")
    SELECT q, o, r, n FROM (
      SELECT "questionId" AS q, COALESCE("optionId", 0) AS o, COALESCE("rating", 0) AS r, count(*)::int AS n
      FROM new_rows WHERE "optionId" IS NOT NULL OR "rating" IS NOT NULL GROUP BY 1, 2, 3
      UNION ALL
      SELECT "questionId", 0, 0, count(DISTINCT "responseId")::int FROM new_rows GROUP BY 1
    ) c
    ORDER BY 1, 2, 3
    ON CONFLICT ("questionId", "optionId", "rating") DO UPDATE SET "count" = "SurveyAnswerTally"."count" + EXCLUDED."count";
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "SurveyAnswer_tally_insert" AFTER INSERT ON "SurveyAnswer"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION egov_tally_survey_answers();
CREATE TRIGGER "SurveyAnswer_tally_update" AFTER UPDATE ON "SurveyAnswer"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION egov_tally_survey_answers();
CREATE TRIGGER "SurveyAnswer_tally_delete" AFTER DELETE ON "SurveyAnswer"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION egov_tally_survey_answers();

CREATE FUNCTION egov_tally_survey_responses() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE "SurveyResponseHour" h SET "count" = h."count" - d.n
    FROM (SELECT "surveyId" AS s, date_trunc('hour', "submittedAt") AS hr, count(*)::int AS n FROM old_rows GROUP BY 1, 2) d
    WHERE h."surveyId" = d.s AND h."hour" = d.hr;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    INSERT INTO "SurveyResponseHour" ("surveyId", "hour", "count")
    SELECT "surveyId", date_trunc('hour', "submittedAt"), count(*)::int
    FROM new_rows GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT ("surveyId", "hour") DO UPDATE SET "count" = "SurveyResponseHour"."count" + EXCLUDED."count";
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "SurveyResponse_hours_insert" AFTER INSERT ON "SurveyResponse"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION egov_tally_survey_responses();
CREATE TRIGGER "SurveyResponse_hours_update" AFTER UPDATE ON "SurveyResponse"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION egov_tally_survey_responses();
CREATE TRIGGER "SurveyResponse_hours_delete" AFTER DELETE ON "SurveyResponse"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION egov_tally_survey_responses();

-- Counts of the answers and responses stored before this migration.
INSERT INTO "SurveyAnswerTally" ("questionId", "optionId", "rating", "count")
SELECT "questionId", COALESCE("optionId", 0), COALESCE("rating", 0), count(*)::int
FROM "SurveyAnswer" WHERE "optionId" IS NOT NULL OR "rating" IS NOT NULL
GROUP BY 1, 2, 3
UNION ALL
SELECT "questionId", 0, 0, count(DISTINCT "responseId")::int FROM "SurveyAnswer" GROUP BY 1;

INSERT INTO "SurveyResponseHour" ("surveyId", "hour", "count")
SELECT "surveyId", date_trunc('hour', "submittedAt"), count(*)::int
FROM "SurveyResponse" GROUP BY 1, 2;
