-- One survey submission in one call (lib/data/surveys-responses.ts, recordSurveyResponse):
-- window and version check, the address's rate-limit count, the response and its answers.
-- A function rather than one statement of data-modifying CTEs: PL/pgSQL keeps the plans of
-- its statements for the session, where the equivalent CTE statement was planned again on
-- every call (0.45 of 1.0 ms of PostgreSQL CPU per submission, measured; docs/surveys.md,
-- "Submission throughput"). Atomic as before: the call is one statement, in one transaction.
--
-- Returns one row: version (null: no such survey open at p_now), count (the address's count
-- in the window after this one, null without an address or when nothing was counted),
-- response_id and is_flagged (null: nothing stored). Nothing is written when the survey is
-- not open or its version is not p_expected_version (when given); a refused duplicate and a
-- submission over the limit are counted.
CREATE FUNCTION egov_record_survey_response(
  p_survey_id integer,
  p_expected_version integer,
  p_respondent_key text,
  p_network_key text,
  p_channel "ResponseChannel",
  p_now timestamp(3),
  p_rate_scope text,
  p_window_start timestamp(3),
  p_flag_after integer,
  p_max_per_window integer,
  p_question_ids integer[],
  p_option_ids integer[],
  p_ratings integer[],
  p_texts text[],
  p_moderation text[]
) RETURNS TABLE (version integer, count integer, response_id bigint, is_flagged boolean)
LANGUAGE plpgsql AS $$
#variable_conflict use_column
DECLARE
  v_version integer;
  v_count integer;
  v_response_id bigint;
  v_flagged boolean;
BEGIN
  -- KEY SHARE, as the response's foreign key takes anyway: a staff edit holding the survey
  -- row (FOR UPDATE) is waited for, and its new version is the one checked.
  SELECT s.version INTO v_version FROM "Survey" s
  WHERE s.id = p_survey_id AND s."opensAt" <= p_now AND (s."closesAt" IS NULL OR s."closesAt" > p_now)
  FOR KEY SHARE;
  IF v_version IS NULL OR (p_expected_version IS NOT NULL AND v_version <> p_expected_version) THEN
    RETURN QUERY SELECT v_version, NULL::integer, NULL::bigint, NULL::boolean;
    RETURN;
  END IF;

  IF p_network_key IS NOT NULL THEN
    INSERT INTO "RateLimitCounter" ("scope", "key", "windowStart", "count")
    VALUES (p_rate_scope, p_network_key, p_window_start, 1)
    ON CONFLICT ("scope", "key", "windowStart") DO UPDATE SET "count" = "RateLimitCounter"."count" + 1
    RETURNING "RateLimitCounter"."count" INTO v_count;
    IF v_count > p_max_per_window THEN
      RETURN QUERY SELECT v_version, v_count, NULL::bigint, NULL::boolean;
      RETURN;
    END IF;
  END IF;

  v_flagged := COALESCE(v_count, 0) > p_flag_after;
  INSERT INTO "SurveyResponse" ("surveyId", "respondentKey", "networkKey", "channel", "isFlagged", "submittedAt")
  VALUES (p_survey_id, p_respondent_key, p_network_key, p_channel, v_flagged, p_now)
  ON CONFLICT ("surveyId", "respondentKey") DO NOTHING
  RETURNING "SurveyResponse".id INTO v_response_id;
  IF v_response_id IS NULL THEN
    RETURN QUERY SELECT v_version, v_count, NULL::bigint, NULL::boolean;
    RETURN;
  END IF;

  -- All the answers in one statement: the tally trigger counts "answered" per statement.
  INSERT INTO "SurveyAnswer" ("responseId", "questionId", "optionId", "rating", "text", "moderationStatus")
  SELECT v_response_id, a.question_id, a.option_id, a.rating, a.text, a.moderation::"ModerationStatus"
  FROM unnest(p_question_ids, p_option_ids, p_ratings, p_texts, p_moderation) AS a(question_id, option_id, rating, text, moderation);

  RETURN QUERY SELECT v_version, v_count, v_response_id, v_flagged;
END;
$$;
