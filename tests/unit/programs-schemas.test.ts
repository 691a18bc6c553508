import { describe, expect, it } from "vitest";
import { attendanceSchema, committeeMeetingSchema, shiftSchema, trainingSchema, venueSchema } from "@/lib/programs/schemas";

const volunteerId = "5b0c3a38-8a3e-4d5e-9a43-3f1f3d7c1a10";

describe("community programs' schemas", () => {
  it("give back what they parse, so the form and the server always agree (hours, dollars, lists, checkboxes)", () => {
    const once = shiftSchema.parse({ volunteerId, date: "2026-05-04", activity: "CLEANING", hours: "2,5", honorarium: "35,50", note: "" });
    expect(once).toMatchObject({ hours: 2.5, honorarium: 35.5, note: null });
    expect(shiftSchema.parse(once)).toEqual(once);
    const meeting = committeeMeetingSchema.parse({ heldOn: "2026-05-04", attendees: "6", note: "", suggestions: "Un repas le vendredi\n\n  Plus de bas  \n" });
    expect(meeting.suggestions).toEqual(["Un repas le vendredi", "Plus de bas"]);
    expect(committeeMeetingSchema.parse(meeting)).toEqual(meeting);
    const venue = venueSchema.parse({ venueId: "", name: "Bar", type: "BAR", area: "Village", weeklyTarget: "2", serviceAgreement: "on", active: true, note: "" });
    expect(venue).toMatchObject({ venueId: null, weeklyTarget: 2, serviceAgreement: true, active: true });
    expect(venueSchema.parse(venue)).toEqual(venue);
    const attendance = attendanceSchema.parse({ workshopId: volunteerId, participantIds: false, extraCodes: "", anonymousCount: "3", feedbackScore: "" });
    expect(attendance).toMatchObject({ participantIds: [], anonymousCount: 3, feedbackScore: null });
    expect(attendanceSchema.parse(attendance)).toEqual(attendance);
  });

  it("refuse a training that expires before it was taken, and shifts of 0 or more than 16 hours", () => {
    expect(trainingSchema.safeParse({ volunteerId, kind: "NALOXONE", takenOn: "2026-04-01", expiresOn: "2026-03-31" }).success).toBe(false);
    expect(trainingSchema.safeParse({ volunteerId, kind: "NALOXONE", takenOn: "2026-04-01", expiresOn: "2026-04-01" }).success).toBe(true);
    for (const hours of ["0", "-2", "16.01", "abc"]) {
      expect(shiftSchema.safeParse({ volunteerId, date: "2026-05-04", activity: "CLEANING", hours, honorarium: "0" }).success, hours).toBe(false);
    }
  });
});
