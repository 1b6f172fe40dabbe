-- Rows saved before the contract bounded its texts and lists. The service checks what it answers against
-- the contract, so one such row would fail every read that lists it (the catalogue, for every unit).
-- Names: control characters become spaces, trimmed, cut to the contract's length.
UPDATE "booking"."units" SET
  "name_fi" = left(btrim(regexp_replace("name_fi", '[\x01-\x1f\x7f]', ' ', 'g')), 500),
  "name_sv" = left(btrim(regexp_replace("name_sv", '[\x01-\x1f\x7f]', ' ', 'g')), 500),
  "name_en" = left(btrim(regexp_replace("name_en", '[\x01-\x1f\x7f]', ' ', 'g')), 500)
WHERE concat("name_fi", "name_sv", "name_en") ~ '[\x01-\x1f\x7f]'
   OR greatest(length("name_fi"), length("name_sv"), length("name_en")) > 500
   OR concat("name_fi", "name_sv", "name_en") <> concat(btrim("name_fi"), btrim("name_sv"), btrim("name_en"));--> statement-breakpoint
UPDATE "booking"."service_types" SET
  "name_fi" = left(btrim(regexp_replace("name_fi", '[\x01-\x1f\x7f]', ' ', 'g')), 500),
  "name_sv" = left(btrim(regexp_replace("name_sv", '[\x01-\x1f\x7f]', ' ', 'g')), 500),
  "name_en" = left(btrim(regexp_replace("name_en", '[\x01-\x1f\x7f]', ' ', 'g')), 500)
WHERE concat("name_fi", "name_sv", "name_en") ~ '[\x01-\x1f\x7f]'
   OR greatest(length("name_fi"), length("name_sv"), length("name_en")) > 500
   OR concat("name_fi", "name_sv", "name_en") <> concat(btrim("name_fi"), btrim("name_sv"), btrim("name_en"));--> statement-breakpoint
UPDATE "booking"."resources" SET "name" = left(btrim(regexp_replace("name", '[\x01-\x1f\x7f]', ' ', 'g')), 200)
WHERE "name" ~ '[\x01-\x1f\x7f]' OR length("name") > 200 OR "name" <> btrim("name");--> statement-breakpoint
-- Accessibility keeps its line breaks (it is several lines), loses other control characters, at most 2,000.
UPDATE "booking"."units" SET "accessibility" = jsonb_build_object(
  'fi', left(regexp_replace("accessibility"->>'fi', '[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]', ' ', 'g'), 2000),
  'sv', left(regexp_replace("accessibility"->>'sv', '[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]', ' ', 'g'), 2000),
  'en', left(regexp_replace("accessibility"->>'en', '[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]', ' ', 'g'), 2000))
WHERE "accessibility" IS NOT NULL
  AND (concat("accessibility"->>'fi', "accessibility"->>'sv', "accessibility"->>'en') ~ '[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]'
    OR greatest(length("accessibility"->>'fi'), length("accessibility"->>'sv'), length("accessibility"->>'en')) > 2000);--> statement-breakpoint
-- A phone that is no phone number (a 200 KB "number" made the public catalogue answer 2.6 MB) is dropped:
-- residents are shown no number rather than a wrong one, and the administrator enters it again.
UPDATE "booking"."units" SET "phone" = NULL
WHERE "phone" IS NOT NULL
  AND (length("phone") > 30 OR btrim("phone") !~ '^\+?[0-9 ()-]+$'
    OR length(regexp_replace("phone", '[^0-9]', '', 'g')) NOT BETWEEN 3 AND 15);--> statement-breakpoint
-- Channels and languages once each, in their first order (the contract allows three of each).
UPDATE "booking"."service_types" SET "channels" = ARRAY(
  SELECT channel FROM unnest("channels") WITH ORDINALITY AS listed(channel, position)
  GROUP BY channel ORDER BY min(position))
WHERE cardinality("channels") > (SELECT count(DISTINCT channel) FROM unnest("channels") AS listed(channel));--> statement-breakpoint
UPDATE "booking"."resources" SET "languages" = ARRAY(
  SELECT language FROM unnest("languages") WITH ORDINALITY AS listed(language, position)
  GROUP BY language ORDER BY min(position))
WHERE cardinality("languages") > (SELECT count(DISTINCT language) FROM unnest("languages") AS listed(language));
