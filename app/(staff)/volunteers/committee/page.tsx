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
import { Panel } from "@/components/ui/panel";

export async function generateMetadata() {
  const t = await getTranslations("volunteers");
  return { title: t("committee") };
}

export default async function CommitteePage() {
  const session = await requirePagePermission("programs:read", "volunteers.committee");
  const [meetings, t, format] = await Promise.all([committeeMeetings(session), getTranslations(), getFormatter()]);
  const write = can(session.role, "programs:write");

  return (
    <>
      <PageTitle lead={t("volunteers.committeeLead")}>{t("volunteers.committee")}</PageTitle>
      <ProgramsNav current="/volunteers/committee" />
      {write ? (
        <Panel headingId="new-meeting" heading={t("volunteers.newMeeting")} className="mb-6">
          <MeetingForm today={centreToday()} save={createMeeting} />
        </Panel>
      ) : null}
      {meetings.length === 0 ? <p className="text-stone-700">{t("volunteers.noMeetings")}</p> : null}
      {meetings.map((meeting) => (
        <Panel key={meeting.id} headingId={`meeting-${meeting.id}`} heading={t("volunteers.meetingHeading", { date: day(format, meeting.heldOn, "full"), attendees: meeting.attendees })} className="mb-6">
          {meeting.note ? <p className="mb-3 whitespace-pre-line text-stone-800">{meeting.note}</p> : null}
          <ul className="flex flex-col gap-3">
            {meeting.suggestions.map((suggestion) => (
              <li key={suggestion.id} className="rounded-md border border-stone-200 p-3">
                <p className="font-medium">{suggestion.text}</p>
                {write ? (
                  <SuggestionForm suggestion={suggestion} save={updateSuggestion} />
                ) : (
                  <p>
                    {t(`programs.suggestionStatuses.${suggestion.status}`)}
                    {suggestion.outcome ? ` · ${suggestion.outcome}` : ""}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </Panel>
      ))}
    </>
  );
}
