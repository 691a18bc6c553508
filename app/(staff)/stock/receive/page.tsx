import { getLocale, getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { stockOverview } from "@/lib/stock/queries";
import { centreToday } from "@/lib/nights/today";
import { PageTitle } from "@/components/ui/page-title";
import { StockNav } from "@/components/stock/stock-nav";
import { ReceiveForm } from "@/components/stock/receive-form";
import { receiveStock } from "../actions";

export async function generateMetadata() {
  const t = await getTranslations("stock");
  return { title: t("receiveTitle") };
}

export default async function ReceivePage() {
  const session = await requirePagePermission("stock:write", "stock.receive");
  const [rows, t, locale] = await Promise.all([stockOverview(session), getTranslations("stock"), getLocale()]);
  const items = rows.filter((row) => row.active).map((row) => ({ id: row.id, name: locale === "en" ? row.nameEn : row.nameFr, sizes: row.sizes }));
  return (
    <>
      <PageTitle>{t("receiveTitle")}</PageTitle>
      <StockNav current="/stock/receive" />
      <ReceiveForm items={items} today={centreToday()} receive={receiveStock} />
    </>
  );
}
