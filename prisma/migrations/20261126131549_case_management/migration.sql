-- CreateEnum
CREATE TYPE "ReferralDomain" AS ENUM ('ADDICTION', 'HOUSING', 'PHYSICAL_HEALTH', 'MENTAL_HEALTH', 'EMPLOYMENT_OR_EXIT', 'LEGAL', 'INCOME_AND_ID', 'OTHER');

-- CreateEnum
CREATE TYPE "ReferralStatus" AS ENUM ('SUGGESTED', 'REFERRED', 'CONNECTED', 'NOT_CONNECTED', 'DECLINED');

-- CreateEnum
CREATE TYPE "Accompaniment" AS ENUM ('NONE', 'OFFERED', 'DONE');

-- CreateEnum
CREATE TYPE "EmploymentOutcome" AS ENUM ('RESUME_WRITTEN', 'JOB_SEARCH', 'INTERVIEW_PREPARED', 'INTERVIEW_OBTAINED', 'TRAINING_STARTED', 'EMPLOYED', 'NO_CHANGE');

-- CreateTable
CREATE TABLE "PartnerOrganisation" (
    "id" UUID NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "domains" "ReferralDomain"[],
    "phone" VARCHAR(40),
    "hours" VARCHAR(200),
    "languages" TEXT[],
    "publicAddress" VARCHAR(200),
    "respectful" BOOLEAN NOT NULL DEFAULT false,
    "notes" VARCHAR(1000),
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PartnerOrganisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Referral" (
    "id" UUID NOT NULL,
    "participantId" UUID NOT NULL,
    "domain" "ReferralDomain" NOT NULL,
    "partnerId" UUID,
    "referredOn" DATE NOT NULL,
    "staffId" UUID,
    "accompaniment" "Accompaniment" NOT NULL DEFAULT 'NONE',
    "accompaniedById" UUID,
    "status" "ReferralStatus" NOT NULL DEFAULT 'SUGGESTED',
    "followUpOn" DATE,
    "employmentOutcome" "EmploymentOutcome",
    "note" VARCHAR(500),
    "medical" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Referral_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PartnerOrganisation_name_key" ON "PartnerOrganisation"("name");

-- CreateIndex
CREATE INDEX "Referral_participantId_referredOn_idx" ON "Referral"("participantId", "referredOn");

-- CreateIndex
CREATE INDEX "Referral_status_followUpOn_idx" ON "Referral"("status", "followUpOn");

-- CreateIndex
CREATE INDEX "Referral_staffId_followUpOn_idx" ON "Referral"("staffId", "followUpOn");

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "PartnerOrganisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
