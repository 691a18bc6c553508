-- CreateEnum
CREATE TYPE "AgeBand" AS ENUM ('UNDER_18', 'AGE_18_24', 'AGE_25_34', 'AGE_35_44', 'AGE_45_54', 'AGE_55_PLUS');

-- CreateEnum
CREATE TYPE "GenderIdentity" AS ENUM ('MAN', 'WOMAN', 'TRANS_MAN', 'TRANS_WOMAN', 'NON_BINARY', 'TWO_SPIRIT', 'SELF_DESCRIBED', 'PREFER_NOT_TO_SAY');

-- CreateEnum
CREATE TYPE "PreferredLanguage" AS ENUM ('FRENCH', 'ENGLISH', 'OTHER');

-- CreateEnum
CREATE TYPE "HeardFrom" AS ENUM ('STREET_OUTREACH', 'ANOTHER_PARTICIPANT', 'PARTNER_ORGANISATION', 'HEALTH_SERVICE', 'ONLINE', 'OTHER');

-- CreateEnum
CREATE TYPE "ImmediateNeed" AS ENUM ('FOOD', 'CLOTHING', 'HYGIENE', 'HARM_REDUCTION_SUPPLIES', 'HEALTH_CARE', 'REST_SAFE_PLACE', 'PHONE_COMPUTER');

-- CreateEnum
CREATE TYPE "LongTermNeed" AS ENUM ('HOUSING', 'EMPLOYMENT_OR_EXIT', 'LEGAL', 'ADDICTION', 'MENTAL_HEALTH', 'PHYSICAL_HEALTH', 'INCOME', 'IDENTITY_DOCUMENTS');

-- CreateEnum
CREATE TYPE "HousingSituation" AS ENUM ('STABLE', 'WITH_FRIENDS_OR_FAMILY', 'ROOMING_HOUSE_OR_HOTEL', 'SHELTER', 'STREET', 'OTHER', 'PREFERS_NOT_TO_SAY');

-- CreateEnum
CREATE TYPE "ConsentScope" AS ENUM ('VISITS_ONLY', 'NEEDS', 'NEEDS_AND_NOTES');

-- CreateEnum
CREATE TYPE "ServiceKind" AS ENUM ('MEAL', 'SNACK', 'PHONE_COMPUTER', 'SUPPORT_CONVERSATION', 'CRISIS_INTERVENTION', 'ACCOMPANIMENT');

-- CreateEnum
CREATE TYPE "ItemCategory" AS ENUM ('CLOTHING', 'HYGIENE', 'HARM_REDUCTION', 'FOOD', 'OTHER');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "siteId" UUID;

-- CreateTable
CREATE TABLE "Site" (
    "id" UUID NOT NULL,
    "name" VARCHAR(80) NOT NULL,
    "openWeekdays" INTEGER[] DEFAULT ARRAY[1, 2, 3, 4]::INTEGER[],
    "opensAt" VARCHAR(5) NOT NULL DEFAULT '18:00',
    "closesAt" VARCHAR(5) NOT NULL DEFAULT '22:00',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Site_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Night" (
    "id" UUID NOT NULL,
    "siteId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "openedAt" TIMESTAMPTZ(3) NOT NULL,
    "openedById" UUID,
    "closedAt" TIMESTAMPTZ(3),
    "closedById" UUID,
    "openSiteId" UUID,
    "closingNote" VARCHAR(2000),

    CONSTRAINT "Night_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NightShift" (
    "nightId" UUID NOT NULL,
    "userId" UUID NOT NULL,

    CONSTRAINT "NightShift_pkey" PRIMARY KEY ("nightId","userId")
);

-- CreateTable
CREATE TABLE "Participant" (
    "id" UUID NOT NULL,
    "code" VARCHAR(8) NOT NULL,
    "alias" VARCHAR(40) NOT NULL,
    "aliasSearch" VARCHAR(40) NOT NULL,
    "birthYear" INTEGER,
    "ageBand" "AgeBand",
    "genderIdentity" "GenderIdentity",
    "genderSelfDescribed" VARCHAR(40),
    "pronouns" VARCHAR(30),
    "preferredLanguage" "PreferredLanguage",
    "heardFrom" "HeardFrom",
    "firstVisitDate" DATE,
    "lastVisitDate" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Participant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ParticipantSearchTerm" (
    "participantId" UUID NOT NULL,
    "term" VARCHAR(40) NOT NULL,

    CONSTRAINT "ParticipantSearchTerm_pkey" PRIMARY KEY ("participantId","term")
);

-- CreateTable
CREATE TABLE "Intake" (
    "id" UUID NOT NULL,
    "participantId" UUID NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "recordedById" UUID,
    "consentScope" "ConsentScope" NOT NULL,
    "consentDate" DATE NOT NULL,
    "immediateNeeds" "ImmediateNeed"[],
    "longTermNeeds" "LongTermNeed"[],
    "housing" "HousingSituation",
    "note" VARCHAR(1000),

    CONSTRAINT "Intake_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Restriction" (
    "id" UUID NOT NULL,
    "participantId" UUID NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE,
    "reason" VARCHAR(300) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" UUID,

    CONSTRAINT "Restriction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ParticipantMerge" (
    "id" UUID NOT NULL,
    "survivorId" UUID NOT NULL,
    "mergedCode" VARCHAR(8) NOT NULL,
    "mergedAlias" VARCHAR(40) NOT NULL,
    "visitsMoved" INTEGER NOT NULL,
    "intakesMoved" INTEGER NOT NULL,
    "mergedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "mergedById" UUID,

    CONSTRAINT "ParticipantMerge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Visit" (
    "id" UUID NOT NULL,
    "nightId" UUID NOT NULL,
    "participantId" UUID,
    "firstVisit" BOOLEAN NOT NULL DEFAULT false,
    "checkedInAt" TIMESTAMPTZ(3) NOT NULL,
    "checkedOutAt" TIMESTAMPTZ(3),
    "checkedInById" UUID,

    CONSTRAINT "Visit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VisitService" (
    "id" UUID NOT NULL,
    "visitId" UUID NOT NULL,
    "kind" "ServiceKind" NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "recordedById" UUID,

    CONSTRAINT "VisitService_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CatalogueItem" (
    "id" UUID NOT NULL,
    "key" VARCHAR(40) NOT NULL,
    "category" "ItemCategory" NOT NULL,
    "nameFr" VARCHAR(80) NOT NULL,
    "nameEn" VARCHAR(80) NOT NULL,
    "sizes" TEXT[],
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CatalogueItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Distribution" (
    "id" UUID NOT NULL,
    "visitId" UUID NOT NULL,
    "itemId" UUID NOT NULL,
    "size" VARCHAR(10),
    "quantity" INTEGER NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "recordedById" UUID,

    CONSTRAINT "Distribution_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Site_name_key" ON "Site"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Night_openSiteId_key" ON "Night"("openSiteId");

-- CreateIndex
CREATE INDEX "Night_date_idx" ON "Night"("date");

-- CreateIndex
CREATE UNIQUE INDEX "Night_siteId_date_key" ON "Night"("siteId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "Participant_code_key" ON "Participant"("code");

-- CreateIndex
CREATE INDEX "Participant_aliasSearch_idx" ON "Participant"("aliasSearch");

-- CreateIndex
CREATE INDEX "Participant_lastVisitDate_idx" ON "Participant"("lastVisitDate");

-- CreateIndex
CREATE INDEX "ParticipantSearchTerm_term_idx" ON "ParticipantSearchTerm"("term");

-- CreateIndex
CREATE INDEX "Intake_participantId_recordedAt_idx" ON "Intake"("participantId", "recordedAt");

-- CreateIndex
CREATE INDEX "Restriction_participantId_idx" ON "Restriction"("participantId");

-- CreateIndex
CREATE UNIQUE INDEX "ParticipantMerge_mergedCode_key" ON "ParticipantMerge"("mergedCode");

-- CreateIndex
CREATE INDEX "ParticipantMerge_survivorId_idx" ON "ParticipantMerge"("survivorId");

-- CreateIndex
CREATE INDEX "Visit_participantId_checkedInAt_idx" ON "Visit"("participantId", "checkedInAt");

-- CreateIndex
CREATE UNIQUE INDEX "Visit_nightId_participantId_key" ON "Visit"("nightId", "participantId");

-- CreateIndex
CREATE UNIQUE INDEX "VisitService_visitId_kind_key" ON "VisitService"("visitId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "CatalogueItem_key_key" ON "CatalogueItem"("key");

-- CreateIndex
CREATE INDEX "Distribution_visitId_idx" ON "Distribution"("visitId");

-- CreateIndex
CREATE INDEX "Distribution_itemId_recordedAt_idx" ON "Distribution"("itemId", "recordedAt");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Night" ADD CONSTRAINT "Night_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NightShift" ADD CONSTRAINT "NightShift_nightId_fkey" FOREIGN KEY ("nightId") REFERENCES "Night"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NightShift" ADD CONSTRAINT "NightShift_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParticipantSearchTerm" ADD CONSTRAINT "ParticipantSearchTerm_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Intake" ADD CONSTRAINT "Intake_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Restriction" ADD CONSTRAINT "Restriction_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParticipantMerge" ADD CONSTRAINT "ParticipantMerge_survivorId_fkey" FOREIGN KEY ("survivorId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Visit" ADD CONSTRAINT "Visit_nightId_fkey" FOREIGN KEY ("nightId") REFERENCES "Night"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Visit" ADD CONSTRAINT "Visit_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitService" ADD CONSTRAINT "VisitService_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Distribution" ADD CONSTRAINT "Distribution_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Distribution" ADD CONSTRAINT "Distribution_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "CatalogueItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Search terms compare byte by byte (collation "C"), so that the btree index on "term" serves
-- prefix searches (LIKE 'ren%') whatever the database's default collation. Prisma's schema
-- cannot say this; its diff ignores column collations, so the drift check stays empty.
ALTER TABLE "ParticipantSearchTerm" ALTER COLUMN "term" TYPE VARCHAR(40) COLLATE "C";
