-- CreateEnum
CREATE TYPE "IncidentRisk" AS ENUM ('NO_SERIOUS_RISK', 'SERIOUS_RISK', 'UNDER_ASSESSMENT');

-- CreateTable
CREATE TABLE "ConfidentialityIncident" (
    "id" UUID NOT NULL,
    "occurredOn" DATE NOT NULL,
    "discoveredOn" DATE NOT NULL,
    "description" VARCHAR(2000) NOT NULL,
    "dataInvolved" VARCHAR(1000) NOT NULL,
    "peopleAffected" INTEGER NOT NULL,
    "risk" "IncidentRisk" NOT NULL DEFAULT 'UNDER_ASSESSMENT',
    "riskAssessment" VARCHAR(2000),
    "commissionNotifiedOn" DATE,
    "peopleNotifiedOn" DATE,
    "notificationsNote" VARCHAR(1000),
    "measures" VARCHAR(2000),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" UUID,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ConfidentialityIncident_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ConfidentialityIncident_occurredOn_idx" ON "ConfidentialityIncident"("occurredOn");

-- Counts are counts; dates follow one another.
ALTER TABLE "ConfidentialityIncident" ADD CONSTRAINT "ConfidentialityIncident_people_not_negative" CHECK ("peopleAffected" >= 0);
ALTER TABLE "ConfidentialityIncident" ADD CONSTRAINT "ConfidentialityIncident_discovered_after" CHECK ("discoveredOn" >= "occurredOn");
