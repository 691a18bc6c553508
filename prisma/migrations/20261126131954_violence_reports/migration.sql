-- CreateEnum
CREATE TYPE "ViolenceType" AS ENUM ('PHYSICAL', 'SEXUAL', 'THREAT', 'ROBBERY', 'REFUSED_TO_PAY', 'CONDOM_REMOVED', 'WEAPON', 'OTHER');

-- CreateTable
CREATE TABLE "ViolenceReport" (
    "id" UUID NOT NULL,
    "occurredOn" DATE NOT NULL,
    "timeFrom" VARCHAR(5),
    "timeTo" VARCHAR(5),
    "area" VARCHAR(120) NOT NULL,
    "types" "ViolenceType"[],
    "aggressorDescription" VARCHAR(1000),
    "vehicleDescription" VARCHAR(300),
    "plateHash" VARCHAR(64),
    "plateHint" VARCHAR(4),
    "phoneHash" VARCHAR(64),
    "phoneHint" VARCHAR(4),
    "reportedToPolice" BOOLEAN NOT NULL DEFAULT false,
    "thirdPartyReport" BOOLEAN NOT NULL DEFAULT false,
    "consentToShare" BOOLEAN NOT NULL DEFAULT false,
    "reporterId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" UUID,

    CONSTRAINT "ViolenceReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ViolenceReport_occurredOn_idx" ON "ViolenceReport"("occurredOn");

-- CreateIndex
CREATE INDEX "ViolenceReport_plateHash_idx" ON "ViolenceReport"("plateHash");

-- CreateIndex
CREATE INDEX "ViolenceReport_phoneHash_idx" ON "ViolenceReport"("phoneHash");

-- AddForeignKey
ALTER TABLE "ViolenceReport" ADD CONSTRAINT "ViolenceReport_reporterId_fkey" FOREIGN KEY ("reporterId") REFERENCES "Participant"("id") ON DELETE SET NULL ON UPDATE CASCADE;
