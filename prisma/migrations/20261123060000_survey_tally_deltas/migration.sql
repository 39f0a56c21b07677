-- Survey tallies without a hot row (docs/surveys.md, "Tallies: an append-only log, folded").
-- Until now every submission's statement-level trigger upserted the same few counter rows
-- (one per option, per rating, per question, per survey-hour), so concurrent submissions to
-- one survey queued on those row locks, each holding them until its commit had reached the
-- disk: throughput was bounded by one commit flush at a time (about 4 ms on the benchmark
-- machine, so about 250 submissions a second whatever the CPU).
--
-- Now the triggers only append each statement's aggregated change to a delta table (no
-- lock on a shared row, so concurrent commits are flushed together), and
-- egov_fold_survey_tallies() moves the deltas into the counter tables in one transaction,
-- called by the application at most every few seconds. Totals are counters + pending
-- deltas, read in one statement (one snapshot), so they are never stale and never drift:
-- a fold moves rows atomically, and a reader sees either before or after it.

-- CreateTable
CREATE TABLE "SurveyAnswerTallyDelta" (
    "id" BIGSERIAL NOT NULL,
    "questionId" INTEGER NOT NULL,
    "optionId" INTEGER NOT NULL,
    "rating" INTEGER NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "SurveyAnswerTallyDelta_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyResponseHourDelta" (
    "id" BIGSERIAL NOT NULL,
    "surveyId" INTEGER NOT NULL,
    "hour" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "SurveyResponseHourDelta_pkey" PRIMARY KEY ("id")
);

-- No foreign keys on the deltas on purpose: a row-level check per appended row would lock
-- the (shared) question rows again, and a survey being deleted appends the negative deltas
-- of its answers while its questions go. The fold drops the deltas of deleted questions and
-- surveys (ids are never reused). Folded often, the tables stay small: vacuum them often.
ALTER TABLE "SurveyAnswerTallyDelta" SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 5000, autovacuum_vacuum_insert_scale_factor = 0, autovacuum_vacuum_insert_threshold = 5000);
ALTER TABLE "SurveyResponseHourDelta" SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 5000, autovacuum_vacuum_insert_scale_factor = 0, autovacuum_vacuum_insert_threshold = 5000);

-- Same counts as before (see 20261123020000_survey_tallies), appended instead of upserted.
-- An UPDATE appends its net change per key only (moderation changes no key: nothing).
CREATE OR REPLACE FUNCTION egov_tally_survey_answers() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "SurveyAnswerTallyDelta" ("questionId", "optionId", "rating", "count")
    SELECT "questionId", COALESCE("optionId", 0), COALESCE("rating", 0), count(*)::int
    FROM new_rows WHERE "optionId" IS NOT NULL OR "rating" IS NOT NULL GROUP BY 1, 2, 3
    UNION ALL
    SELECT "questionId", 0, 0, count(DISTINCT "responseId")::int FROM new_rows GROUP BY 1;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO "SurveyAnswerTallyDelta" ("questionId", "optionId", "rating", "count")
    SELECT "questionId", COALESCE("optionId", 0), COALESCE("rating", 0), -count(*)::int
    FROM old_rows WHERE "optionId" IS NOT NULL OR "rating" IS NOT NULL GROUP BY 1, 2, 3
    UNION ALL
    SELECT "questionId", 0, 0, -count(DISTINCT "responseId")::int FROM old_rows GROUP BY 1;
  ELSE
    INSERT INTO "SurveyAnswerTallyDelta" ("questionId", "optionId", "rating", "count")
    SELECT q, o, r, sum(n)::int FROM (
      SELECT "questionId" AS q, COALESCE("optionId", 0) AS o, COALESCE("rating", 0) AS r, count(*) AS n
      FROM new_rows WHERE "optionId" IS NOT NULL OR "rating" IS NOT NULL GROUP BY 1, 2, 3
      UNION ALL
      SELECT "questionId", 0, 0, count(DISTINCT "responseId") FROM new_rows GROUP BY 1
      UNION ALL
      SELECT "questionId", COALESCE("optionId", 0), COALESCE("rating", 0), -count(*)
      FROM old_rows WHERE "optionId" IS NOT NULL OR "rating" IS NOT NULL GROUP BY 1, 2, 3
      UNION ALL
      SELECT "questionId", 0, 0, -count(DISTINCT "responseId") FROM old_rows GROUP BY 1
    ) c
    GROUP BY 1, 2, 3 HAVING sum(n) <> 0;
  END IF;
  RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION egov_tally_survey_responses() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "SurveyResponseHourDelta" ("surveyId", "hour", "count")
    SELECT "surveyId", date_trunc('hour', "submittedAt"), count(*)::int FROM new_rows GROUP BY 1, 2;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO "SurveyResponseHourDelta" ("surveyId", "hour", "count")
    SELECT "surveyId", date_trunc('hour', "submittedAt"), -count(*)::int FROM old_rows GROUP BY 1, 2;
  ELSE
    INSERT INTO "SurveyResponseHourDelta" ("surveyId", "hour", "count")
    SELECT s, hr, sum(n)::int FROM (
      SELECT "surveyId" AS s, date_trunc('hour', "submittedAt") AS hr, count(*) AS n FROM new_rows GROUP BY 1, 2
      UNION ALL
      SELECT "surveyId", date_trunc('hour', "submittedAt"), -count(*) FROM old_rows GROUP BY 1, 2
    ) c
    GROUP BY 1, 2 HAVING sum(n) <> 0;
  END IF;
  RETURN NULL;
END;
$$;

-- Moves every committed delta into the counters, in one transaction: a reader sees the
-- deltas or their sum, never both or neither. One fold at a time (a transaction-level
-- advisory lock; a second caller returns at once: the running fold does the work). Rows
-- are upserted in key order, so a fold cannot deadlock with anything that also does.
-- Deltas of questions and surveys deleted since are dropped with them. Returns the number
-- of delta rows folded.
CREATE FUNCTION egov_fold_survey_tallies() RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  folded integer := 0;
  n integer;
BEGIN
  IF NOT pg_try_advisory_xact_lock(hashtext('egov_fold_survey_tallies')) THEN
    RETURN 0;
  END IF;

  WITH moved AS (
    DELETE FROM "SurveyAnswerTallyDelta" RETURNING "questionId", "optionId", "rating", "count"
  ), summed AS (
    SELECT "questionId", "optionId", "rating", sum("count")::int AS n, count(*)::int AS deltas FROM moved GROUP BY 1, 2, 3
  ), upserted AS (
    INSERT INTO "SurveyAnswerTally" ("questionId", "optionId", "rating", "count")
    SELECT s."questionId", s."optionId", s."rating", s.n
    FROM summed s JOIN "SurveyQuestion" q ON q.id = s."questionId"
    WHERE s.n <> 0
    ORDER BY 1, 2, 3
    ON CONFLICT ("questionId", "optionId", "rating") DO UPDATE SET "count" = "SurveyAnswerTally"."count" + EXCLUDED."count"
  )
  SELECT COALESCE(sum(deltas), 0) INTO n FROM summed;
  folded := folded + n;

  WITH moved AS (
    DELETE FROM "SurveyResponseHourDelta" RETURNING "surveyId", "hour", "count"
  ), summed AS (
    SELECT "surveyId", "hour", sum("count")::int AS n, count(*)::int AS deltas FROM moved GROUP BY 1, 2
  ), upserted AS (
    INSERT INTO "SurveyResponseHour" ("surveyId", "hour", "count")
    SELECT s."surveyId", s."hour", s.n
    FROM summed s JOIN "Survey" v ON v.id = s."surveyId"
    WHERE s.n <> 0
    ORDER BY 1, 2
    ON CONFLICT ("surveyId", "hour") DO UPDATE SET "count" = "SurveyResponseHour"."count" + EXCLUDED."count"
  )
  SELECT COALESCE(sum(deltas), 0) INTO n FROM summed;
  RETURN folded + n;
END;
$$;
