-- Survey windows typed as days by staff were stored as UTC midnights: an opening day at its
-- 00:00 UTC, a last day as the next day's 00:00 UTC (01:00 in Casablanca, so pages showed the
-- day after the last one). A typed day now means midnight on the portal's clock,
-- Africa/Casablanca (lib/dates.ts, startOfPortalDay): values stored the old way move to it.
-- Instants set by "open now" or "close now" are not UTC midnights to the millisecond and stay.
-- The version is bumped so that per-process copies of the survey are read again.
UPDATE "Survey"
SET "opensAt" = CASE
      WHEN "opensAt" = date_trunc('day', "opensAt") THEN ("opensAt"::date::timestamp AT TIME ZONE 'Africa/Casablanca') AT TIME ZONE 'UTC'
      ELSE "opensAt" END,
    "closesAt" = CASE
      WHEN "closesAt" = date_trunc('day', "closesAt") THEN ("closesAt"::date::timestamp AT TIME ZONE 'Africa/Casablanca') AT TIME ZONE 'UTC'
      ELSE "closesAt" END,
    "version" = "version" + 1
WHERE "opensAt" = date_trunc('day', "opensAt") OR "closesAt" = date_trunc('day', "closesAt");
