import { getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/permissions";
import { ledger } from "@/lib/stock/queries";
import { PageTitle } from "@/components/ui/page-title";
import { StockNav } from "@/components/stock/stock-nav";
import { LedgerTable } from "@/components/stock/ledger-table";

export async function generateMetadata() {
  const t = await getTranslations("stock");
  return { title: t("ledgerTitle") };
}

export default async function LedgerPage() {
  const session = await requirePagePermission("stock:read", "stock.ledger");
  const [rows, t] = await Promise.all([ledger(session, { limit: 300 }), getTranslations("stock")]);
  return (
    <>
      <PageTitle>{t("ledgerTitle")}</PageTitle>
      <StockNav current="/stock/ledger" />
      <LedgerTable rows={rows} money={can(session.role, "money:read")} />
    </>
  );
}
