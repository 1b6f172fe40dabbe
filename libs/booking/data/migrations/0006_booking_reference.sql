-- Each booking gets a short reference residents read out to the unit ("K7QM-2XHD"; new ones come from
-- generateBookingReference). Bookings made before this migration get one derived from their id: upper-case
-- hex with 0 and 1 swapped for W and X, so it reads like the new ones.
ALTER TABLE "booking"."bookings" ADD COLUMN "reference" text;--> statement-breakpoint
UPDATE "booking"."bookings" SET "reference" =
  translate(upper(substr(md5("id"::text), 1, 4) || '-' || substr(md5("id"::text), 5, 4)), '01', 'WX');--> statement-breakpoint
ALTER TABLE "booking"."bookings" ALTER COLUMN "reference" SET NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "bookings_reference_key" ON "booking"."bookings" USING btree ("reference");
