import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { byCategory, byItem, byMonth, stockFigures } from "@/lib/stock/figures";
import { centreTimeZone } from "@/lib/nights/today";
import { PageTitle } from "@/components/ui/page-title";
import { StockNav } from "@/components/stock/stock-nav";
import { now as clockNow } from "@/lib/clock";
import { Panel } from "@/components/ui/panel";
import { Cell, Table } from "@/components/ui/table";

export async function generateMetadata() {
  const t = await getTranslations("stock");
  return { title: t("figuresTitle") };
}

type FigureRow = { key: string; label: string; units: number; value: string | null };

/** One titled table of units (and value, for the coordinator), the shape every figure on this page takes. */
function FigureTable({ id, title, labelHeading, headings, rows }: { id: string; title: string; labelHeading: string; headings: [string, string | null]; rows: FigureRow[] }) {
  return (
    <Panel headingId={id} heading={title}>
      <Table variant="compact" labelledBy={id} columns={[{ header: labelHeading }, { header: headings[0], numeric: true }, headings[1] !== null && { header: headings[1], numeric: true }]}>
        {rows.map((row) => (
          <tr key={row.key}>
            <td>{row.label}</td>
            <Cell numeric>{row.units}</Cell>
            {headings[1] === null ? null : <Cell numeric>{row.value}</Cell>}
          </tr>
        ))}
      </Table>
    </Panel>
  );
}

export default async function FiguresPage() {
  const session = await requirePagePermission("stock:read", "stock.figures");
  const to = clockNow();
  const from = new Date(to.getTime() - 365 * 24 * 3600_000);
  const [figures, t, format, locale] = await Promise.all([stockFigures(session, { from, to }, centreTimeZone()), getTranslations(), getFormatter(), getLocale()]);
  // Values arrive only for a role with `money:read` (lib/stock/figures.ts); others see units alone.
  const money = (cents: number | null) => (cents === null ? null : format.number(cents / 100, { style: "currency", currency: "CAD" }));
  const valueHeading = figures.money ? t("stock.value") : null;
  const categories = byCategory(figures.distributed);
  const received = (kind: "PURCHASED" | "DONATED") => figures.received.find((row) => row.kind === kind)?.valueCents ?? 0;

  return (
    <>
      <PageTitle lead={t("stock.figuresLead")}>{t("stock.figuresTitle")}</PageTitle>
      <StockNav current="/stock/figures" />
      <div className="grid gap-6 md:grid-cols-2">
        <FigureTable
          id="by-category"
          title={t("stock.category")}
          labelHeading={t("stock.category")}
          headings={[t("stock.units"), valueHeading]}
          rows={categories.map((row) => ({ key: row.category, label: t(`enums.category.${row.category}`), units: row.units, value: money(row.valueCents) }))}
        />
        {figures.money ? (
        <Panel headingId="received" heading={t("stock.receivedHeading")}>
          <dl className="grid grid-cols-2 gap-2">
            <dt>{t("stock.purchasedValue")}</dt>
            <dd className="text-right tabular-nums">{money(received("PURCHASED"))}</dd>
            <dt>{t("stock.donatedValueTotal")}</dt>
            <dd className="text-right tabular-nums">{money(received("DONATED"))}</dd>
          </dl>
        </Panel>
        ) : null}
        <FigureTable
          id="by-item"
          title={t("stock.byItem")}
          labelHeading={t("stock.item")}
          headings={[t("stock.units"), valueHeading]}
          rows={byItem(figures.distributed).map((row) => ({ key: row.key, label: locale === "en" ? row.nameEn : row.nameFr, units: row.units, value: money(row.valueCents) }))}
        />
        <FigureTable
          id="by-month"
          title={t("stock.byMonth")}
          labelHeading={t("stock.month")}
          headings={[t("stock.units"), valueHeading]}
          rows={byMonth(figures.distributed).map((row) => ({ key: row.month, label: row.month, units: row.units, value: money(row.valueCents) }))}
        />
      </div>
    </>
  );
}
