import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/permissions";
import { foundOr404 } from "@/lib/programs/not-found";
import { outreachShiftDetail, venueList } from "@/lib/programs/outreach";
import { activeCatalogue } from "@/lib/visits/queries";
import { PageTitle } from "@/components/ui/page-title";
import { ContactForm, SupplyForm } from "@/components/programs/outreach-forms";
import { day } from "@/components/programs/format";
import { addOutreachContact, addOutreachSupply } from "../../actions";
import { Panel } from "@/components/ui/panel";

export async function generateMetadata() {
  const t = await getTranslations("outreach");
  return { title: t("title") };
}

export default async function OutreachShiftPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requirePagePermission("programs:read", "outreach.shift");
  const { id } = await params;
  const shift = await foundOr404(id, (shiftId) => outreachShiftDetail(session, shiftId));
  const write = can(session.role, "programs:write");
  const [venues, catalogue, t, format, locale] = await Promise.all([
    write ? venueList(session) : Promise.resolve([]),
    write ? activeCatalogue(session) : Promise.resolve([]),
    getTranslations(),
    getFormatter(),
    getLocale(),
  ]);
  const visited = new Set(shift.contacts.map((contact) => contact.venue.id));
  const offered = venues.filter((venue) => venue.active && !visited.has(venue.id));

  return (
    <>
      <p className="mb-2"><Link href="/outreach" className="text-brand-700 underline">{t("outreach.title")}</Link></p>
      <PageTitle lead={`${shift.staff.join(", ")}${shift.note ? ` · ${shift.note}` : ""}`}>
        {t("outreach.shiftTitle", { date: day(format, shift.date, "full"), from: shift.startTime, to: shift.endTime })}
      </PageTitle>
      {write ? (
        <Panel headingId="add-contact" heading={t("outreach.addContact")} className="mb-6">
          <ContactForm shiftId={shift.id} venues={offered} save={addOutreachContact} />
        </Panel>
      ) : null}
      <h2 className="mb-2 text-lg font-semibold">{t("outreach.visited")}</h2>
      {shift.contacts.length === 0 ? <p className="mb-6 text-stone-700">{t("outreach.noContacts")}</p> : null}
      {shift.contacts.map((contact) => (
        <Panel
          key={contact.id}
          headingId={`contact-${contact.id}`}
          headingLevel={3}
          headingClassName="text-lg font-semibold"
          heading={
            <>
              {contact.venue.name} <span className="text-base font-normal text-stone-600">· {t(`programs.venueTypes.${contact.venue.type}`)}</span>
            </>
          }
          className="mb-6"
          data-testid="outreach-contact"
        >
          <dl className="my-2 grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-4">
            {(["peopleMet", "newContacts", "cardsGiven", "referrals"] as const).map((key) => (
              <div key={key}>
                <dt className="text-sm text-stone-700">{t(`outreach.${key}`)}</dt>
                <dd className="text-lg tabular-nums">{contact[key]}</dd>
              </div>
            ))}
          </dl>
          {contact.note ? <p className="mb-2">{contact.note}</p> : null}
          <h4 className="font-medium">{t("outreach.supplies")}</h4>
          {contact.supplies.length === 0 ? (
            <p className="mb-2 text-stone-700">{t("outreach.noSupplies")}</p>
          ) : (
            <ul className="mb-2 list-disc pl-5">
              {contact.supplies.map((supply) => (
                <li key={supply.id}>
                  {supply.quantity} × {locale === "en" ? supply.nameEn : supply.nameFr}
                  {supply.size ? ` (${supply.size})` : ""}
                </li>
              ))}
            </ul>
          )}
          {write ? <SupplyForm contactId={contact.id} items={catalogue} save={addOutreachSupply} /> : null}
        </Panel>
      ))}
    </>
  );
}
