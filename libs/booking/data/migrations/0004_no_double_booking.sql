-- What drizzle-kit cannot express: the database itself refuses double booking, whatever the code does.
-- btree_gist lets a GiST index compare uuids with =, next to the range overlap &&.
CREATE EXTENSION IF NOT EXISTS btree_gist;
--> statement-breakpoint
-- No two bookings of one resource that are not cancelled overlap, buffers included ([) ranges: back to back
-- is fine). The index behind it also answers "active bookings of these resources in this window".
ALTER TABLE "booking"."bookings" ADD CONSTRAINT "bookings_no_double_booking"
  EXCLUDE USING gist ("resource_id" WITH =, tstzrange("occupied_from", "occupied_until", '[)') WITH &&)
  WHERE ("status" <> 'cancelled');
--> statement-breakpoint
-- One resource's weekly templates never overlap in validity (null valid_until = open-ended).
ALTER TABLE "booking"."schedule_templates" ADD CONSTRAINT "schedule_templates_no_overlap"
  EXCLUDE USING gist ("resource_id" WITH =, daterange("valid_from", "valid_until", '[]') WITH &&);
--> statement-breakpoint
-- "Resources that give this service": skills contain the service type's required skill.
CREATE INDEX "resources_skills_idx" ON "booking"."resources" USING gin ("skills");
