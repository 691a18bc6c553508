-- CreateTable
CREATE TABLE "Submission" (
    "id" UUID NOT NULL,
    "action" VARCHAR(80) NOT NULL,
    "actorId" UUID,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "result" JSONB,

    CONSTRAINT "Submission_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Submission_at_idx" ON "Submission"("at");
