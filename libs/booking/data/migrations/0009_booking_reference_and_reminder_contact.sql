-- Each booking gets a short reference residents read out to the unit ("K7QM-2XHD"). New bookings draw a
-- random one (generateBookingReference). Bookings made before this migration get reference_of(n): n written
-- in base 31 with the same alphabet, so distinct numbers (here each booking's row number) never collide.
CREATE FUNCTION "booking"."reference_of"(n bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT substr(code, 1, 4) || '-' || substr(code, 5, 4)
  FROM (
    SELECT string_agg(substr('ABCDEFGHJKMNPQRSTUVWXYZ23456789', ((n / power(31, k)::bigint) % 31)::int + 1, 1), ''
                      ORDER BY k DESC) AS code
    FROM generate_series(0, 7) AS k
  ) AS encoded
$$;--> statement-breakpoint
ALTER TABLE "booking"."bookings" ADD COLUMN "reference" text;--> statement-breakpoint
UPDATE "booking"."bookings" AS b SET "reference" = "booking"."reference_of"(numbered.n)
FROM (SELECT "id", row_number() OVER (ORDER BY "created_at", "id") AS n FROM "booking"."bookings") AS numbered
WHERE numbered."id" = b."id";--> statement-breakpoint
ALTER TABLE "booking"."bookings" ALTER COLUMN "reference" SET NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "bookings_reference_key" ON "booking"."bookings" USING btree ("reference");--> statement-breakpoint
ALTER TABLE "booking"."resident_preferences" ADD COLUMN "reminder_phone" text;--> statement-breakpoint
ALTER TABLE "booking"."resident_preferences" ADD COLUMN "reminder_email" text;--> statement-breakpoint
ALTER TABLE "booking"."resident_preferences" ADD CONSTRAINT "resident_preferences_reminder_phone_length" CHECK (length("booking"."resident_preferences"."reminder_phone") <= 16);--> statement-breakpoint
ALTER TABLE "booking"."resident_preferences" ADD CONSTRAINT "resident_preferences_reminder_email_length" CHECK (length("booking"."resident_preferences"."reminder_email") <= 254);