import { getLocale, getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { stockOverview } from "@/lib/stock/queries";
import { PageTitle } from "@/components/ui/page-title";
import { StockNav } from "@/components/stock/stock-nav";
import { CountForm } from "@/components/stock/count-form";
import { countStock } from "../actions";

export async function generateMetadata() {
  const t = await getTranslations("stock");
  return { title: t("countTitle") };
}

export default async function CountPage() {
  const session = await requirePagePermission("stock:write", "stock.count");
  const [rows, t, locale] = await Promise.all([stockOverview(session), getTranslations("stock"), getLocale()]);
  const lines = rows
    .filter((row) => row.active)
    .flatMap((row) =>
      (row.sizes.length > 0 ? row.sizes : [""]).map((size) => ({
        itemId: row.id,
        size,
        name: locale === "en" ? row.nameEn : row.nameFr,
        onHand: row.bySize.find((level) => level.size === size)?.onHand ?? 0,
      })),
    );
  return (
    <>
      <PageTitle lead={t("countLead")}>{t("countTitle")}</PageTitle>
      <StockNav current="/stock/count" />
      <CountForm lines={lines} count={countStock} />
    </>
  );
}
