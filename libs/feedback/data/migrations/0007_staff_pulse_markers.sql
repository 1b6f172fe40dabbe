CREATE TABLE "feedback"."staff_pulse_markers" (
	"marker" text PRIMARY KEY NOT NULL,
	"month" date NOT NULL,
	CONSTRAINT "staff_pulse_markers_marker_is_hash" CHECK ("feedback"."staff_pulse_markers"."marker" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "staff_pulse_markers_month_is_first_day" CHECK (extract(day from "feedback"."staff_pulse_markers"."month") = 1)
);
