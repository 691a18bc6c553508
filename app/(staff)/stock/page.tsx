import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { stockOverview } from "@/lib/stock/queries";
import { PageTitle } from "@/components/ui/page-title";
import { StockNav } from "@/components/stock/stock-nav";
import { Cell, Table } from "@/components/ui/table";

export async function generateMetadata() {
  const t = await getTranslations("stock");
  return { title: t("title") };
}

export default async function StockPage({ searchParams }: { searchParams: Promise<{ low?: string }> }) {
  const session = await requirePagePermission("stock:read", "stock");
  const lowOnly = (await searchParams).low === "1";
  const [rows, t, locale] = await Promise.all([stockOverview(session), getTranslations(), getLocale()]);
  const shown = lowOnly ? rows.filter((row) => row.low) : rows;
  const lowCount = rows.filter((row) => row.low).length;

  return (
    <>
      <PageTitle lead={t("stock.lead")}>{t("stock.title")}</PageTitle>
      <StockNav current="/stock" />
      <p className="mb-3 flex flex-wrap items-center gap-3">
        <span className="font-medium" data-testid="low-count">{t("stock.lowLead", { count: lowCount })}</span>
        <Link href={lowOnly ? "/stock" : "/stock?low=1"} className="text-brand-700 underline">
          {lowOnly ? t("stock.all") : t("stock.lowOnly")}
        </Link>
      </p>
      <Table
        label={t("stock.title")}
        columns={[
          { header: t("stock.item") },
          { header: t("stock.category") },
          { header: t("stock.onHand"), numeric: true },
          { header: t("stock.threshold"), numeric: true },
          { header: t("stock.used4w"), numeric: true },
          { header: t("stock.reorder"), numeric: true },
        ]}
      >
        {shown.map((row) => (
          <tr key={row.id} data-testid={`stock-row-${row.key}`}>
            <td>
              <Link href={`/stock/items/${row.id}`} className="font-medium text-brand-700 underline">
                {locale === "en" ? row.nameEn : row.nameFr}
              </Link>
              {row.low ? <span className="ml-2 rounded bg-red-100 px-2 py-0.5 text-xs font-semibold text-red-900">{t("stock.low")}</span> : null}
              {!row.active ? <span className="ml-2 rounded bg-stone-200 px-2 py-0.5 text-xs">{t("stock.inactive")}</span> : null}
              {row.bySize.some((level) => level.size) ? (
                <span className="block text-sm text-stone-700">
                  {row.bySize.filter((level) => level.size).map((level) => `${level.size} : ${level.onHand}`).join(" · ")}
                </span>
              ) : null}
            </td>
            <td>{t(`enums.category.${row.category}`)}</td>
            <Cell numeric data-testid={`on-hand-${row.key}`}>{row.onHand}</Cell>
            <Cell numeric>{row.lowStockThreshold}</Cell>
            <Cell numeric>{row.usedLastFourWeeks}</Cell>
            <Cell numeric>{row.suggestedReorder || "—"}</Cell>
          </tr>
        ))}
      </Table>
    </>
  );
}
