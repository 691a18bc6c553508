import { getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/permissions";
import { PageTitle } from "@/components/ui/page-title";
import { StockNav } from "@/components/stock/stock-nav";
import { ItemForm } from "@/components/stock/item-form";
import { saveItem } from "../../actions";
import { PANEL_CLASS } from "@/components/ui/panel";

export default async function NewItemPage() {
  const session = await requirePagePermission("stock:write", "stock.new-item");
  const t = await getTranslations("stock");
  return (
    <>
      <PageTitle>{t("newItem")}</PageTitle>
      <StockNav current="/stock/items/new" />
      <div className={`max-w-3xl ${PANEL_CLASS}`}>
        <ItemForm
          values={{ itemId: null, category: "HYGIENE", nameFr: "", nameEn: "", unitFr: "unité", unitEn: "unit", sizes: [], lowStockThreshold: 0, money: can(session.role, "costs:write") ? { unitCostCents: null, donatedValueCents: null } : null, active: true }}
          save={saveItem}
        />
      </div>
    </>
  );
}
