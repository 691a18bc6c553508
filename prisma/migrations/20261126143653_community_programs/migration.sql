-- CreateEnum
CREATE TYPE "WorkshopTopic" AS ENUM ('HEALTH', 'POLICE_LEGAL_RIGHTS', 'HOUSING_TENANT_RIGHTS', 'STRESS_COPING', 'HUMAN_RIGHTS', 'OCCUPATIONAL_HEALTH_SAFETY', 'VIOLENCE_PREVENTION', 'OVERDOSE_PREVENTION', 'BOOKKEEPING', 'OTHER');

-- CreateEnum
CREATE TYPE "VolunteerTier" AS ENUM ('PEER_VOLUNTEER', 'SAFETY_PATROL', 'EMPLOYMENT_SUPPORT');

-- CreateEnum
CREATE TYPE "TrainingKind" AS ENUM ('CRISIS_INTERVENTION', 'NALOXONE', 'SELF_DEFENCE', 'FOOD_SAFETY', 'OTHER');

-- CreateEnum
CREATE TYPE "VolunteerActivity" AS ENUM ('MEAL_PREPARATION', 'CLEANING', 'NEEDLE_CLEAN_UP', 'SOCIAL_EVENT', 'COMMITTEE_MEETING', 'SAFETY_PATROL', 'OTHER');

-- CreateEnum
CREATE TYPE "SuggestionStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'ADOPTED', 'DECLINED');

-- CreateEnum
CREATE TYPE "VenueType" AS ENUM ('STREET_AREA', 'BAR', 'PEEP_SHOW', 'STRIP_CLUB', 'HOURLY_HOTEL', 'ONLINE', 'HOME_VISIT');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "volunteerId" UUID;

-- CreateTable
CREATE TABLE "Workshop" (
    "id" UUID NOT NULL,
    "titleFr" VARCHAR(120) NOT NULL,
    "titleEn" VARCHAR(120) NOT NULL,
    "descriptionFr" VARCHAR(1000),
    "descriptionEn" VARCHAR(1000),
    "topic" "WorkshopTopic" NOT NULL,
    "facilitator" VARCHAR(80) NOT NULL,
    "facilitatorOrganisation" VARCHAR(120),
    "date" DATE NOT NULL,
    "startTime" VARCHAR(5) NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "anonymousCount" INTEGER NOT NULL DEFAULT 0,
    "feedbackScore" INTEGER,
    "feedbackNote" VARCHAR(500),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" UUID,

    CONSTRAINT "Workshop_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkshopAttendance" (
    "workshopId" UUID NOT NULL,
    "participantId" UUID NOT NULL,

    CONSTRAINT "WorkshopAttendance_pkey" PRIMARY KEY ("workshopId","participantId")
);

-- CreateTable
CREATE TABLE "Volunteer" (
    "id" UUID NOT NULL,
    "participantId" UUID NOT NULL,
    "consentOn" DATE NOT NULL,
    "tier" "VolunteerTier" NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" UUID,

    CONSTRAINT "Volunteer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VolunteerTierChange" (
    "id" UUID NOT NULL,
    "volunteerId" UUID NOT NULL,
    "tier" "VolunteerTier" NOT NULL,
    "changedOn" DATE NOT NULL,
    "note" VARCHAR(300),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "recordedById" UUID,

    CONSTRAINT "VolunteerTierChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VolunteerTraining" (
    "id" UUID NOT NULL,
    "volunteerId" UUID NOT NULL,
    "kind" "TrainingKind" NOT NULL,
    "label" VARCHAR(120),
    "takenOn" DATE NOT NULL,
    "expiresOn" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VolunteerTraining_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VolunteerShift" (
    "id" UUID NOT NULL,
    "volunteerId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "activity" "VolunteerActivity" NOT NULL,
    "minutes" INTEGER NOT NULL,
    "honorariumCents" INTEGER NOT NULL DEFAULT 0,
    "note" VARCHAR(300),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "recordedById" UUID,

    CONSTRAINT "VolunteerShift_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommitteeMeeting" (
    "id" UUID NOT NULL,
    "heldOn" DATE NOT NULL,
    "attendees" INTEGER NOT NULL DEFAULT 0,
    "note" VARCHAR(1000),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" UUID,

    CONSTRAINT "CommitteeMeeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommitteeSuggestion" (
    "id" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "text" VARCHAR(300) NOT NULL,
    "status" "SuggestionStatus" NOT NULL DEFAULT 'OPEN',
    "outcome" VARCHAR(300),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CommitteeSuggestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Venue" (
    "id" UUID NOT NULL,
    "name" VARCHAR(80) NOT NULL,
    "type" "VenueType" NOT NULL,
    "area" VARCHAR(120) NOT NULL,
    "weeklyTarget" INTEGER NOT NULL DEFAULT 1,
    "serviceAgreement" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "note" VARCHAR(300),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Venue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutreachShift" (
    "id" UUID NOT NULL,
    "date" DATE NOT NULL,
    "startTime" VARCHAR(5) NOT NULL,
    "endTime" VARCHAR(5) NOT NULL,
    "note" VARCHAR(500),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" UUID,

    CONSTRAINT "OutreachShift_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutreachShiftStaff" (
    "shiftId" UUID NOT NULL,
    "userId" UUID NOT NULL,

    CONSTRAINT "OutreachShiftStaff_pkey" PRIMARY KEY ("shiftId","userId")
);

-- CreateTable
CREATE TABLE "OutreachContact" (
    "id" UUID NOT NULL,
    "shiftId" UUID NOT NULL,
    "venueId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "peopleMet" INTEGER NOT NULL DEFAULT 0,
    "newContacts" INTEGER NOT NULL DEFAULT 0,
    "cardsGiven" INTEGER NOT NULL DEFAULT 0,
    "referrals" INTEGER NOT NULL DEFAULT 0,
    "note" VARCHAR(300),

    CONSTRAINT "OutreachContact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutreachSupply" (
    "id" UUID NOT NULL,
    "contactId" UUID NOT NULL,
    "itemId" UUID NOT NULL,
    "size" VARCHAR(10) NOT NULL DEFAULT '',
    "quantity" INTEGER NOT NULL,
    "movementId" UUID NOT NULL,

    CONSTRAINT "OutreachSupply_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Workshop_date_idx" ON "Workshop"("date");

-- CreateIndex
CREATE INDEX "Workshop_topic_date_idx" ON "Workshop"("topic", "date");

-- CreateIndex
CREATE INDEX "WorkshopAttendance_participantId_idx" ON "WorkshopAttendance"("participantId");

-- CreateIndex
CREATE UNIQUE INDEX "Volunteer_participantId_key" ON "Volunteer"("participantId");

-- CreateIndex
CREATE INDEX "VolunteerTierChange_volunteerId_changedOn_idx" ON "VolunteerTierChange"("volunteerId", "changedOn");

-- CreateIndex
CREATE INDEX "VolunteerTraining_volunteerId_takenOn_idx" ON "VolunteerTraining"("volunteerId", "takenOn");

-- CreateIndex
CREATE INDEX "VolunteerShift_volunteerId_date_idx" ON "VolunteerShift"("volunteerId", "date");

-- CreateIndex
CREATE INDEX "VolunteerShift_date_idx" ON "VolunteerShift"("date");

-- CreateIndex
CREATE INDEX "CommitteeMeeting_heldOn_idx" ON "CommitteeMeeting"("heldOn");

-- CreateIndex
CREATE INDEX "CommitteeSuggestion_meetingId_idx" ON "CommitteeSuggestion"("meetingId");

-- CreateIndex
CREATE UNIQUE INDEX "Venue_name_key" ON "Venue"("name");

-- CreateIndex
CREATE INDEX "OutreachShift_date_idx" ON "OutreachShift"("date");

-- CreateIndex
CREATE INDEX "OutreachContact_venueId_date_idx" ON "OutreachContact"("venueId", "date");

-- CreateIndex
CREATE INDEX "OutreachContact_date_idx" ON "OutreachContact"("date");

-- CreateIndex
CREATE UNIQUE INDEX "OutreachContact_shiftId_venueId_key" ON "OutreachContact"("shiftId", "venueId");

-- CreateIndex
CREATE UNIQUE INDEX "OutreachSupply_movementId_key" ON "OutreachSupply"("movementId");

-- CreateIndex
CREATE INDEX "OutreachSupply_contactId_idx" ON "OutreachSupply"("contactId");

-- CreateIndex
CREATE UNIQUE INDEX "User_volunteerId_key" ON "User"("volunteerId");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_volunteerId_fkey" FOREIGN KEY ("volunteerId") REFERENCES "Volunteer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopAttendance" ADD CONSTRAINT "WorkshopAttendance_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopAttendance" ADD CONSTRAINT "WorkshopAttendance_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Volunteer" ADD CONSTRAINT "Volunteer_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerTierChange" ADD CONSTRAINT "VolunteerTierChange_volunteerId_fkey" FOREIGN KEY ("volunteerId") REFERENCES "Volunteer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerTraining" ADD CONSTRAINT "VolunteerTraining_volunteerId_fkey" FOREIGN KEY ("volunteerId") REFERENCES "Volunteer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerShift" ADD CONSTRAINT "VolunteerShift_volunteerId_fkey" FOREIGN KEY ("volunteerId") REFERENCES "Volunteer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitteeSuggestion" ADD CONSTRAINT "CommitteeSuggestion_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "CommitteeMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutreachShiftStaff" ADD CONSTRAINT "OutreachShiftStaff_shiftId_fkey" FOREIGN KEY ("shiftId") REFERENCES "OutreachShift"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutreachShiftStaff" ADD CONSTRAINT "OutreachShiftStaff_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutreachContact" ADD CONSTRAINT "OutreachContact_shiftId_fkey" FOREIGN KEY ("shiftId") REFERENCES "OutreachShift"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutreachContact" ADD CONSTRAINT "OutreachContact_venueId_fkey" FOREIGN KEY ("venueId") REFERENCES "Venue"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutreachSupply" ADD CONSTRAINT "OutreachSupply_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "OutreachContact"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutreachSupply" ADD CONSTRAINT "OutreachSupply_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "CatalogueItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutreachSupply" ADD CONSTRAINT "OutreachSupply_movementId_fkey" FOREIGN KEY ("movementId") REFERENCES "StockMovement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Community programs: the rules the forms check, kept by the database too (Prisma's diff ignores them).
ALTER TABLE "Workshop" ADD CONSTRAINT "Workshop_counts_valid" CHECK ("anonymousCount" >= 0 AND ("feedbackScore" IS NULL OR "feedbackScore" BETWEEN 1 AND 5));
ALTER TABLE "VolunteerTraining" ADD CONSTRAINT "VolunteerTraining_expiry_after_taken" CHECK ("expiresOn" IS NULL OR "expiresOn" >= "takenOn");
-- A shift is more than nothing and at most 16 hours; an honorarium is never negative.
ALTER TABLE "VolunteerShift" ADD CONSTRAINT "VolunteerShift_minutes_range" CHECK ("minutes" > 0 AND "minutes" <= 960);
ALTER TABLE "VolunteerShift" ADD CONSTRAINT "VolunteerShift_honorarium_not_negative" CHECK ("honorariumCents" >= 0);
ALTER TABLE "CommitteeMeeting" ADD CONSTRAINT "CommitteeMeeting_attendees_not_negative" CHECK ("attendees" >= 0);
ALTER TABLE "Venue" ADD CONSTRAINT "Venue_weekly_target_positive" CHECK ("weeklyTarget" >= 1);
ALTER TABLE "OutreachContact" ADD CONSTRAINT "OutreachContact_counts_valid"
  CHECK ("peopleMet" >= 0 AND "newContacts" >= 0 AND "cardsGiven" >= 0 AND "referrals" >= 0 AND "newContacts" <= "peopleMet");
ALTER TABLE "OutreachSupply" ADD CONSTRAINT "OutreachSupply_quantity_positive" CHECK ("quantity" > 0);
