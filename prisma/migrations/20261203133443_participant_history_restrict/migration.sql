-- A participant's history (intakes, visits, restrictions, referrals, encounters, bad-date reports,
-- merges, workshop attendance, the volunteer file and its tier changes, trainings and shifts) is
-- never deleted with the record: a merge that forgot a relation now fails instead of losing rows.

-- DropForeignKey
ALTER TABLE "ClinicEncounter" DROP CONSTRAINT "ClinicEncounter_participantId_fkey";

-- DropForeignKey
ALTER TABLE "Intake" DROP CONSTRAINT "Intake_participantId_fkey";

-- DropForeignKey
ALTER TABLE "ParticipantMerge" DROP CONSTRAINT "ParticipantMerge_survivorId_fkey";

-- DropForeignKey
ALTER TABLE "Referral" DROP CONSTRAINT "Referral_participantId_fkey";

-- DropForeignKey
ALTER TABLE "Restriction" DROP CONSTRAINT "Restriction_participantId_fkey";

-- DropForeignKey
ALTER TABLE "ViolenceReport" DROP CONSTRAINT "ViolenceReport_reporterId_fkey";

-- DropForeignKey
ALTER TABLE "Visit" DROP CONSTRAINT "Visit_participantId_fkey";

-- DropForeignKey
ALTER TABLE "Volunteer" DROP CONSTRAINT "Volunteer_participantId_fkey";

-- DropForeignKey
ALTER TABLE "VolunteerShift" DROP CONSTRAINT "VolunteerShift_volunteerId_fkey";

-- DropForeignKey
ALTER TABLE "VolunteerTierChange" DROP CONSTRAINT "VolunteerTierChange_volunteerId_fkey";

-- DropForeignKey
ALTER TABLE "VolunteerTraining" DROP CONSTRAINT "VolunteerTraining_volunteerId_fkey";

-- DropForeignKey
ALTER TABLE "WorkshopAttendance" DROP CONSTRAINT "WorkshopAttendance_participantId_fkey";

-- AddForeignKey
ALTER TABLE "Intake" ADD CONSTRAINT "Intake_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Restriction" ADD CONSTRAINT "Restriction_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParticipantMerge" ADD CONSTRAINT "ParticipantMerge_survivorId_fkey" FOREIGN KEY ("survivorId") REFERENCES "Participant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Visit" ADD CONSTRAINT "Visit_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ViolenceReport" ADD CONSTRAINT "ViolenceReport_reporterId_fkey" FOREIGN KEY ("reporterId") REFERENCES "Participant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClinicEncounter" ADD CONSTRAINT "ClinicEncounter_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopAttendance" ADD CONSTRAINT "WorkshopAttendance_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Volunteer" ADD CONSTRAINT "Volunteer_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerTierChange" ADD CONSTRAINT "VolunteerTierChange_volunteerId_fkey" FOREIGN KEY ("volunteerId") REFERENCES "Volunteer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerTraining" ADD CONSTRAINT "VolunteerTraining_volunteerId_fkey" FOREIGN KEY ("volunteerId") REFERENCES "Volunteer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerShift" ADD CONSTRAINT "VolunteerShift_volunteerId_fkey" FOREIGN KEY ("volunteerId") REFERENCES "Volunteer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
