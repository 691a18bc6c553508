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

export async function generateMetadata() {
  const t = await getTranslations("outreach");
  return { title: t("title") };
}

const card = "mb-6 rounded-lg border border-stone-300 bg-white p-4";

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
        <section aria-labelledby="add-contact" className={card}>
          <h2 id="add-contact" className="mb-3 text-lg font-semibold">{t("outreach.addContact")}</h2>
          <ContactForm shiftId={shift.id} venues={offered} save={addOutreachContact} />
        </section>
      ) : null}
      <h2 className="mb-2 text-lg font-semibold">{t("outreach.visited")}</h2>
      {shift.contacts.length === 0 ? <p className="mb-6 text-stone-700">{t("outreach.noContacts")}</p> : null}
      {shift.contacts.map((contact) => (
        <section key={contact.id} aria-labelledby={`contact-${contact.id}`} className={card} data-testid="outreach-contact">
          <h3 id={`contact-${contact.id}`} className="text-lg font-semibold">
            {contact.venue.name} <span className="text-base font-normal text-stone-600">· {t(`programs.venueTypes.${contact.venue.type}` as never)}</span>
          </h3>
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
        </section>
      ))}
    </>
  );
}
