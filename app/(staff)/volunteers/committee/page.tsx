import { getFormatter, getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/permissions";
import { centreToday } from "@/lib/nights/today";
import { committeeMeetings } from "@/lib/programs/committee";
import { PageTitle } from "@/components/ui/page-title";
import { ProgramsNav } from "@/components/programs/programs-nav";
import { MeetingForm, SuggestionForm } from "@/components/programs/committee-forms";
import { day } from "@/components/programs/format";
import { createMeeting, updateSuggestion } from "../actions";

export async function generateMetadata() {
  const t = await getTranslations("volunteers");
  return { title: t("committee") };
}

const card = "mb-6 rounded-lg border border-stone-300 bg-white p-4";

export default async function CommitteePage() {
  const session = await requirePagePermission("programs:read", "volunteers.committee");
  const [meetings, t, format] = await Promise.all([committeeMeetings(session), getTranslations(), getFormatter()]);
  const write = can(session.role, "programs:write");

  return (
    <>
      <PageTitle lead={t("volunteers.committeeLead")}>{t("volunteers.committee")}</PageTitle>
      <ProgramsNav current="/volunteers/committee" />
      {write ? (
        <section aria-labelledby="new-meeting" className={card}>
          <h2 id="new-meeting" className="mb-3 text-lg font-semibold">{t("volunteers.newMeeting")}</h2>
          <MeetingForm today={centreToday()} save={createMeeting} />
        </section>
      ) : null}
      {meetings.length === 0 ? <p className="text-stone-700">{t("volunteers.noMeetings")}</p> : null}
      {meetings.map((meeting) => (
        <section key={meeting.id} aria-labelledby={`meeting-${meeting.id}`} className={card}>
          <h2 id={`meeting-${meeting.id}`} className="mb-2 text-lg font-semibold">
            {t("volunteers.meetingHeading", { date: day(format, meeting.heldOn, "full"), attendees: meeting.attendees })}
          </h2>
          {meeting.note ? <p className="mb-3 whitespace-pre-line text-stone-800">{meeting.note}</p> : null}
          <ul className="flex flex-col gap-3">
            {meeting.suggestions.map((suggestion) => (
              <li key={suggestion.id} className="rounded-md border border-stone-200 p-3">
                <p className="font-medium">{suggestion.text}</p>
                {write ? (
                  <SuggestionForm suggestion={suggestion} save={updateSuggestion} />
                ) : (
                  <p>
                    {t(`programs.suggestionStatuses.${suggestion.status}` as never)}
                    {suggestion.outcome ? ` · ${suggestion.outcome}` : ""}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
