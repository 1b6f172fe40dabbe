-- Rows saved before the contract bounded these (a horizon of 10^9 days broke every free-time search):
-- brought to the longest allowed, so that the constraint below can hold.
UPDATE "booking"."service_types" SET "booking_horizon_days" = least("booking_horizon_days", 365), "cancellation_cut_off_hours" = least("cancellation_cut_off_hours", 720);--> statement-breakpoint
ALTER TABLE "booking"."service_types" ADD CONSTRAINT "service_types_timings_bounded" CHECK ("booking"."service_types"."booking_horizon_days" <= 365 and "booking"."service_types"."cancellation_cut_off_hours" <= 720);