import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { nightSummary } from "@/lib/nights/queries";
import { PageTitle } from "@/components/ui/page-title";
import { PaperLinks } from "../../tonight/paper-links";
import { formatLocalDate } from "@/lib/i18n/format-local-date";
import { PANEL_CLASS, Panel } from "@/components/ui/panel";

export default async function NightSummaryPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requirePagePermission("nights:manage", "nights.summary");
  const { id } = await params;
  const summary = /^[0-9a-f-]{36}$/i.test(id) ? await nightSummary(session, id) : null;
  if (!summary) notFound();
  const [t, format, locale] = await Promise.all([getTranslations(), getFormatter(), getLocale()]);
  const date = formatLocalDate(format, summary.date, { dateStyle: "full" });
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
      <PaperLinks nightId={summary.id} />
      <dl className="mb-6 grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="night-summary">
        {figures.map(([key, value]) => (
          <div key={key} className={PANEL_CLASS}>
            <dt className="text-sm text-stone-700">{t(`nights.${key}`)}</dt>
            <dd className="text-3xl font-semibold tabular-nums" data-testid={`summary-${key}`}>{value}</dd>
          </div>
        ))}
      </dl>
      <div className="grid gap-6 md:grid-cols-2">
        <Panel headingId="services-heading" heading={t("nights.services")}>
          {summary.services.length === 0 ? <p>{t("nights.none")}</p> : (
            <ul>{summary.services.map((service) => <li key={service.kind}>{t(`enums.service.${service.kind}`)} : {service.count}</li>)}</ul>
          )}
        </Panel>
        <Panel headingId="items-heading" heading={t("nights.items")}>
          {summary.items.length === 0 ? <p>{t("nights.none")}</p> : (
            <ul>{summary.items.map((item) => <li key={item.key}>{locale === "en" ? item.nameEn : item.nameFr} : {item.quantity}</li>)}</ul>
          )}
        </Panel>
        <Panel headingId="staff-heading" heading={t("nights.staff")}>
          <p>{summary.staff.join(", ") || t("nights.none")}</p>
          <p className="mt-2 text-sm text-stone-700">
            {t("nights.openedAt")} {format.dateTime(summary.openedAt, { timeStyle: "short" })}
            {summary.closedAt ? ` · ${t("nights.closedAt")} ${format.dateTime(summary.closedAt, { timeStyle: "short" })}` : ""}
          </p>
        </Panel>
        <Panel headingId="note-heading" heading={t("nights.note")}>
          <p className="whitespace-pre-wrap">{summary.note ?? t("nights.none")}</p>
        </Panel>
      </div>
    </>
  );
}
