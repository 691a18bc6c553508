import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { byCategory, byItem, byMonth, stockFigures } from "@/lib/stock/figures";
import { centreTimeZone } from "@/lib/nights/today";
import { PageTitle } from "@/components/ui/page-title";
import { StockNav } from "@/components/stock/stock-nav";

export async function generateMetadata() {
  const t = await getTranslations("stock");
  return { title: t("figuresTitle") };
}

const cell = "py-1 text-right tabular-nums";

export default async function FiguresPage() {
  const session = await requirePagePermission("stock:read", "stock.figures");
  const to = new Date();
  const from = new Date(to.getTime() - 365 * 24 * 3600_000);
  const [figures, t, format, locale] = await Promise.all([stockFigures(session, { from, to }, centreTimeZone()), getTranslations(), getFormatter(), getLocale()]);
  const money = (cents: number) => format.number(cents / 100, { style: "currency", currency: "CAD" });
  const categories = byCategory(figures.distributed);
  const received = (kind: "PURCHASED" | "DONATED") => figures.received.find((row) => row.kind === kind)?.valueCents ?? 0;

  return (
    <>
      <PageTitle lead={t("stock.figuresLead")}>{t("stock.figuresTitle")}</PageTitle>
      <StockNav current="/stock/figures" />
      <div className="grid gap-6 md:grid-cols-2">
        <section aria-labelledby="by-category" className="rounded-lg border border-stone-300 bg-white p-4">
          <h2 id="by-category" className="mb-2 text-lg font-semibold">{t("stock.category")}</h2>
          <table className="w-full text-left">
            <thead className="text-sm">
              <tr>
                <th scope="col" className="py-1">{t("stock.category")}</th>
                <th scope="col" className="py-1 text-right">{t("stock.units")}</th>
                <th scope="col" className="py-1 text-right">{t("stock.value")}</th>
              </tr>
            </thead>
            <tbody>
              {categories.map((row) => (
                <tr key={row.category} className="border-t border-stone-200">
                  <td className="py-1">{t(`enums.category.${row.category}` as never)}</td>
                  <td className="py-1 text-right tabular-nums">{row.units}</td>
                  <td className="py-1 text-right tabular-nums">{money(row.valueCents)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section aria-labelledby="received" className="rounded-lg border border-stone-300 bg-white p-4">
          <h2 id="received" className="mb-2 text-lg font-semibold">{t("stock.receivedHeading")}</h2>
          <dl className="grid grid-cols-2 gap-2">
            <dt>{t("stock.purchasedValue")}</dt>
            <dd className="text-right tabular-nums">{money(received("PURCHASED"))}</dd>
            <dt>{t("stock.donatedValueTotal")}</dt>
            <dd className="text-right tabular-nums">{money(received("DONATED"))}</dd>
          </dl>
        </section>
        <section aria-labelledby="by-item" className="rounded-lg border border-stone-300 bg-white p-4">
          <h2 id="by-item" className="mb-2 text-lg font-semibold">{t("stock.byItem")}</h2>
          <table className="w-full text-left">
            <thead className="text-sm">
              <tr>
                <th scope="col" className="py-1">{t("stock.item")}</th>
                <th scope="col" className="py-1 text-right">{t("stock.units")}</th>
                <th scope="col" className="py-1 text-right">{t("stock.value")}</th>
              </tr>
            </thead>
            <tbody>
              {byItem(figures.distributed).map((row) => (
                <tr key={row.key} className="border-t border-stone-200">
                  <td className="py-1">{locale === "en" ? row.nameEn : row.nameFr}</td>
                  <td className={cell}>{row.units}</td>
                  <td className={cell}>{money(row.valueCents)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section aria-labelledby="by-month" className="rounded-lg border border-stone-300 bg-white p-4">
          <h2 id="by-month" className="mb-2 text-lg font-semibold">{t("stock.byMonth")}</h2>
          <table className="w-full text-left">
            <thead className="text-sm">
              <tr>
                <th scope="col" className="py-1">{t("stock.month")}</th>
                <th scope="col" className="py-1 text-right">{t("stock.units")}</th>
                <th scope="col" className="py-1 text-right">{t("stock.value")}</th>
              </tr>
            </thead>
            <tbody>
              {byMonth(figures.distributed).map((row) => (
                <tr key={row.month} className="border-t border-stone-200">
                  <td className="py-1">{row.month}</td>
                  <td className={cell}>{row.units}</td>
                  <td className={cell}>{money(row.valueCents)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
    </>
  );
}
