-- AlterTable
ALTER TABLE "Participant" ADD COLUMN     "formerCode" VARCHAR(40),
ADD COLUMN     "importedAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "PastNightTally" (
    "id" UUID NOT NULL,
    "siteId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "visits" INTEGER NOT NULL,
    "anonymousVisits" INTEGER NOT NULL,
    "newPeople" INTEGER NOT NULL,
    "meals" INTEGER NOT NULL,
    "batchId" UUID NOT NULL,
    "importedAt" TIMESTAMPTZ(3) NOT NULL,
    "importedById" UUID,

    CONSTRAINT "PastNightTally_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PastNightTally_date_idx" ON "PastNightTally"("date");

-- CreateIndex
CREATE UNIQUE INDEX "PastNightTally_siteId_date_key" ON "PastNightTally"("siteId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "Participant_formerCode_key" ON "Participant"("formerCode");

-- AddForeignKey
ALTER TABLE "PastNightTally" ADD CONSTRAINT "PastNightTally_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
