-- The exclusion constraint's GiST index finds a time window's bookings well but a resource's poorly (it is
-- organised by time): checking one free time, or loading the bookings of a unit's resources, read a large
-- part of it. A btree by resource and start answers those with one short range scan per resource.
-- A booking occupies at most a day (duration and buffers are minutes of one working day), so every booking
-- overlapping [from, until) starts after from - 1 day: the range scan's lower bound.
ALTER TABLE "booking"."bookings" ADD CONSTRAINT "bookings_occupied_within_a_day"
  CHECK ("occupied_until" - "occupied_from" <= interval '1 day');
--> statement-breakpoint
CREATE INDEX "bookings_active_resource_occupied_from_idx" ON "booking"."bookings"
  USING btree ("resource_id", "occupied_from") WHERE "status" <> 'cancelled';
