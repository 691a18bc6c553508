import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/permissions";
import { ledger, stockItemDetail } from "@/lib/stock/queries";
import { PageTitle } from "@/components/ui/page-title";
import { StockNav } from "@/components/stock/stock-nav";
import { ItemForm } from "@/components/stock/item-form";
import { LimitForm } from "@/components/stock/limit-form";
import { DiscardForm } from "@/components/stock/discard-form";
import { LedgerTable } from "@/components/stock/ledger-table";
import { discardStock, removeLimit, saveItem, setLimit } from "../../actions";
import { Panel } from "@/components/ui/panel";

export default async function StockItemPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requirePagePermission("stock:write", "stock.item");
  const { id } = await params;
  const item = await stockItemDetail(session, id);
  if (!item) notFound();
  const [movements, t, locale] = await Promise.all([ledger(session, { itemId: item.id, limit: 100 }), getTranslations("stock"), getLocale()]);
  const name = locale === "en" ? item.nameEn : item.nameFr;
  const onHand = Object.fromEntries(item.bySize.map((level) => [level.size, level.onHand]));
  const total = item.bySize.reduce((sum, level) => sum + level.onHand, 0);

  return (
    <>
      <PageTitle lead={`${t("onHand")} : ${total}${item.sizes.length > 0 ? ` (${item.sizes.map((size) => `${size} : ${onHand[size] ?? 0}`).join(" · ")})` : ""}`}>{name}</PageTitle>
      <StockNav current="/stock" />
      <div className="grid gap-6 lg:grid-cols-2">
        <Panel headingId="item-heading" heading={t("itemTitle")}>
          <ItemForm values={{ ...item, itemId: item.id }} save={saveItem} />
        </Panel>
        <div className="flex flex-col gap-6">
          <Panel headingId="limit-heading" heading={t("limitTitle")}>
            <LimitForm itemId={item.id} limit={item.limit} save={setLimit} remove={removeLimit} />
          </Panel>
          <Panel headingId="discard-heading" heading={t("discardTitle")}>
            <DiscardForm item={{ id: item.id, name, sizes: item.sizes, onHand }} discard={discardStock} />
          </Panel>
        </div>
        <section aria-labelledby="ledger-heading" className="lg:col-span-2">
          <h2 id="ledger-heading" className="mb-3 text-lg font-semibold">{t("ledgerTitle")}</h2>
          <LedgerTable rows={movements} money={can(session.role, "money:read")} />
        </section>
      </div>
    </>
  );
}
