-- CreateEnum
CREATE TYPE "ClinicSessionType" AS ENUM ('MOBILE_UNIT', 'DENTAL', 'PARTNER_VACCINATION');

-- CreateEnum
CREATE TYPE "ClinicTestKind" AS ENUM ('HIV', 'CHLAMYDIA', 'GONORRHEA', 'SYPHILIS', 'HEPATITIS_C');

-- CreateEnum
CREATE TYPE "ClinicTestMethod" AS ENUM ('RAPID', 'LAB');

-- CreateEnum
CREATE TYPE "ClinicTestResult" AS ENUM ('NEGATIVE', 'POSITIVE', 'INDETERMINATE');

-- CreateEnum
CREATE TYPE "ClinicCareKind" AS ENUM ('WOUND_CARE', 'FOOT_CARE', 'MINOR_INJURY', 'DENTAL_EXAM', 'DENTAL_CLEANING', 'DENTAL_EXTRACTION', 'DENTAL_REFERRAL');

-- AlterTable
ALTER TABLE "Referral" ADD COLUMN     "clinicEncounterId" UUID;

-- AlterTable
ALTER TABLE "StockMovement" ADD COLUMN     "clinicEncounterId" UUID;

-- CreateTable
CREATE TABLE "ClinicSession" (
    "id" UUID NOT NULL,
    "type" "ClinicSessionType" NOT NULL,
    "date" DATE NOT NULL,
    "nightId" UUID,
    "partnerId" UUID,
    "notes" VARCHAR(1000),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" UUID,

    CONSTRAINT "ClinicSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClinicSessionClinician" (
    "sessionId" UUID NOT NULL,
    "userId" UUID NOT NULL,

    CONSTRAINT "ClinicSessionClinician_pkey" PRIMARY KEY ("sessionId","userId")
);

-- CreateTable
CREATE TABLE "ClinicEncounter" (
    "id" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "participantId" UUID,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL,
    "recordedById" UUID,
    "care" "ClinicCareKind"[],
    "otherVaccine" VARCHAR(80),
    "notes" VARCHAR(1000),

    CONSTRAINT "ClinicEncounter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClinicTest" (
    "id" UUID NOT NULL,
    "encounterId" UUID NOT NULL,
    "kind" "ClinicTestKind" NOT NULL,
    "method" "ClinicTestMethod",
    "resultGiven" BOOLEAN NOT NULL DEFAULT false,
    "resultGivenAt" TIMESTAMPTZ(3),
    "result" "ClinicTestResult",

    CONSTRAINT "ClinicTest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClinicVaccine" (
    "id" UUID NOT NULL,
    "key" VARCHAR(40) NOT NULL,
    "nameFr" VARCHAR(80) NOT NULL,
    "nameEn" VARCHAR(80) NOT NULL,
    "scheduleMonths" INTEGER[],
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ClinicVaccine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClinicVaccination" (
    "id" UUID NOT NULL,
    "encounterId" UUID NOT NULL,
    "vaccineId" UUID NOT NULL,
    "dose" INTEGER NOT NULL,

    CONSTRAINT "ClinicVaccination_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ClinicSession_date_idx" ON "ClinicSession"("date");

-- CreateIndex
CREATE UNIQUE INDEX "ClinicSession_nightId_type_key" ON "ClinicSession"("nightId", "type");

-- CreateIndex
CREATE INDEX "ClinicEncounter_participantId_occurredAt_idx" ON "ClinicEncounter"("participantId", "occurredAt");

-- CreateIndex
CREATE INDEX "ClinicEncounter_occurredAt_idx" ON "ClinicEncounter"("occurredAt");

-- CreateIndex
CREATE INDEX "ClinicEncounter_sessionId_idx" ON "ClinicEncounter"("sessionId");

-- CreateIndex
CREATE INDEX "ClinicTest_kind_idx" ON "ClinicTest"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "ClinicTest_encounterId_kind_key" ON "ClinicTest"("encounterId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "ClinicVaccine_key_key" ON "ClinicVaccine"("key");

-- CreateIndex
CREATE INDEX "ClinicVaccination_vaccineId_idx" ON "ClinicVaccination"("vaccineId");

-- CreateIndex
CREATE UNIQUE INDEX "ClinicVaccination_encounterId_vaccineId_key" ON "ClinicVaccination"("encounterId", "vaccineId");

-- CreateIndex
CREATE UNIQUE INDEX "Referral_clinicEncounterId_key" ON "Referral"("clinicEncounterId");

-- CreateIndex
CREATE INDEX "StockMovement_clinicEncounterId_idx" ON "StockMovement"("clinicEncounterId");

-- AddForeignKey
ALTER TABLE "StockMovement" ADD CONSTRAINT "StockMovement_clinicEncounterId_fkey" FOREIGN KEY ("clinicEncounterId") REFERENCES "ClinicEncounter"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_clinicEncounterId_fkey" FOREIGN KEY ("clinicEncounterId") REFERENCES "ClinicEncounter"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClinicSession" ADD CONSTRAINT "ClinicSession_nightId_fkey" FOREIGN KEY ("nightId") REFERENCES "Night"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClinicSession" ADD CONSTRAINT "ClinicSession_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "PartnerOrganisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClinicSessionClinician" ADD CONSTRAINT "ClinicSessionClinician_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "ClinicSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClinicSessionClinician" ADD CONSTRAINT "ClinicSessionClinician_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClinicEncounter" ADD CONSTRAINT "ClinicEncounter_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "ClinicSession"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClinicEncounter" ADD CONSTRAINT "ClinicEncounter_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClinicTest" ADD CONSTRAINT "ClinicTest_encounterId_fkey" FOREIGN KEY ("encounterId") REFERENCES "ClinicEncounter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClinicVaccination" ADD CONSTRAINT "ClinicVaccination_encounterId_fkey" FOREIGN KEY ("encounterId") REFERENCES "ClinicEncounter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClinicVaccination" ADD CONSTRAINT "ClinicVaccination_vaccineId_fkey" FOREIGN KEY ("vaccineId") REFERENCES "ClinicVaccine"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: what the database itself guarantees about clinic records.
ALTER TABLE "ClinicVaccination" ADD CONSTRAINT "ClinicVaccination_dose_check" CHECK ("dose" >= 1);
-- A method (rapid or lab) only for an HIV test; a result only once it was given.
ALTER TABLE "ClinicTest" ADD CONSTRAINT "ClinicTest_method_check" CHECK ("method" IS NULL OR "kind" = 'HIV');
ALTER TABLE "ClinicTest" ADD CONSTRAINT "ClinicTest_result_check" CHECK ("result" IS NULL OR "resultGiven");
-- A schedule has at least one dose and starts at month 0.
ALTER TABLE "ClinicVaccine" ADD CONSTRAINT "ClinicVaccine_schedule_check" CHECK (cardinality("scheduleMonths") >= 1 AND "scheduleMonths"[1] = 0);
-- Supplies given at the clinic are distributions of the ledger.
ALTER TABLE "StockMovement" ADD CONSTRAINT "StockMovement_clinic_check" CHECK ("clinicEncounterId" IS NULL OR ("kind" = 'DISTRIBUTED' AND "distributionId" IS NULL));
