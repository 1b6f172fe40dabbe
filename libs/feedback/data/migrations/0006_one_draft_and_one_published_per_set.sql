-- At most one draft and one published version of each question set at a time: two staff members making a
-- draft, or publishing, at once cannot leave two (the second answers a conflict instead).
CREATE UNIQUE INDEX "question_set_versions_one_draft_idx" ON "feedback"."question_set_versions" ("set_key") WHERE "status" = 'draft';
--> statement-breakpoint
CREATE UNIQUE INDEX "question_set_versions_one_published_idx" ON "feedback"."question_set_versions" ("set_key") WHERE "status" = 'published';
