ALTER TABLE "booking"."resources" ADD COLUMN "title_fi" text;--> statement-breakpoint
ALTER TABLE "booking"."resources" ADD COLUMN "title_sv" text;--> statement-breakpoint
ALTER TABLE "booking"."resources" ADD COLUMN "title_en" text;--> statement-breakpoint
CREATE INDEX "bookings_unit_id_created_at_idx" ON "booking"."bookings" USING btree ("unit_id","created_at");--> statement-breakpoint
ALTER TABLE "booking"."resources" ADD CONSTRAINT "resources_title_in_every_language" CHECK (num_nulls("booking"."resources"."title_fi", "booking"."resources"."title_sv", "booking"."resources"."title_en") in (0, 3));