import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { nightSummary } from "@/lib/nights/queries";
import { PageTitle } from "@/components/ui/page-title";

export default async function NightSummaryPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requirePagePermission("nights:manage", "nights.summary");
  const { id } = await params;
  const summary = /^[0-9a-f-]{36}$/i.test(id) ? await nightSummary(session, id) : null;
  if (!summary) notFound();
  const [t, format, locale] = await Promise.all([getTranslations(), getFormatter(), getLocale()]);
  const date = format.dateTime(new Date(`${summary.date}T12:00:00Z`), { dateStyle: "full", timeZone: "UTC" });
  const figures = [
    ["visits", summary.visits],
    ["anonymous", summary.anonymous],
    ["newParticipants", summary.newParticipants],
    ["meals", summary.meals],
  ] as const;

  return (
    <>
      <p className="mb-2">
        <Link href="/nights" className="text-brand-700 underline">{t("nights.backToList")}</Link>
      </p>
      <PageTitle lead={summary.siteName}>{t("nights.summaryTitle", { date })}</PageTitle>
      <dl className="mb-6 grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="night-summary">
        {figures.map(([key, value]) => (
          <div key={key} className="rounded-lg border border-stone-300 bg-white p-4">
            <dt className="text-sm text-stone-700">{t(`nights.${key}`)}</dt>
            <dd className="text-3xl font-semibold tabular-nums" data-testid={`summary-${key}`}>{value}</dd>
          </div>
        ))}
      </dl>
      <div className="grid gap-6 md:grid-cols-2">
        <section className="rounded-lg border border-stone-300 bg-white p-4" aria-labelledby="services-heading">
          <h2 id="services-heading" className="mb-2 text-lg font-semibold">{t("nights.services")}</h2>
          {summary.services.length === 0 ? <p>{t("nights.none")}</p> : (
            <ul>{summary.services.map((service) => <li key={service.kind}>{t(`enums.service.${service.kind}`)} : {service.count}</li>)}</ul>
          )}
        </section>
        <section className="rounded-lg border border-stone-300 bg-white p-4" aria-labelledby="items-heading">
          <h2 id="items-heading" className="mb-2 text-lg font-semibold">{t("nights.items")}</h2>
          {summary.items.length === 0 ? <p>{t("nights.none")}</p> : (
            <ul>{summary.items.map((item) => <li key={item.key}>{locale === "en" ? item.nameEn : item.nameFr} : {item.quantity}</li>)}</ul>
          )}
        </section>
        <section className="rounded-lg border border-stone-300 bg-white p-4" aria-labelledby="staff-heading">
          <h2 id="staff-heading" className="mb-2 text-lg font-semibold">{t("nights.staff")}</h2>
          <p>{summary.staff.join(", ") || t("nights.none")}</p>
          <p className="mt-2 text-sm text-stone-700">
            {t("nights.openedAt")} {format.dateTime(summary.openedAt, { timeStyle: "short" })}
            {summary.closedAt ? ` · ${t("nights.closedAt")} ${format.dateTime(summary.closedAt, { timeStyle: "short" })}` : ""}
          </p>
        </section>
        <section className="rounded-lg border border-stone-300 bg-white p-4" aria-labelledby="note-heading">
          <h2 id="note-heading" className="mb-2 text-lg font-semibold">{t("nights.note")}</h2>
          <p className="whitespace-pre-wrap">{summary.note ?? t("nights.none")}</p>
        </section>
      </div>
    </>
  );
}
