-- AlterTable
ALTER TABLE "Participant" ADD COLUMN     "anonymisedAt" TIMESTAMPTZ(3);
