ALTER TABLE "booking"."resident_preferences" ADD COLUMN "reminder_phone" text;--> statement-breakpoint
ALTER TABLE "booking"."resident_preferences" ADD COLUMN "reminder_email" text;--> statement-breakpoint
ALTER TABLE "booking"."resident_preferences" ADD CONSTRAINT "resident_preferences_reminder_phone_length" CHECK (length("booking"."resident_preferences"."reminder_phone") <= 16);--> statement-breakpoint
ALTER TABLE "booking"."resident_preferences" ADD CONSTRAINT "resident_preferences_reminder_email_length" CHECK (length("booking"."resident_preferences"."reminder_email") <= 254);