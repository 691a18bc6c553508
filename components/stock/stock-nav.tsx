import { getTranslations } from "next-intl/server";
import { LinkTabs } from "@/components/ui/link-tabs";

const LINKS = [
  ["/stock", "title"],
  ["/stock/receive", "receive"],
  ["/stock/count", "count"],
  ["/stock/ledger", "ledger"],
  ["/stock/figures", "figures"],
  ["/stock/kits", "kits"],
  ["/stock/items/new", "newItem"],
] as const;

/** The stock pages' own small menu. */
export async function StockNav({ current }: { current: (typeof LINKS)[number][0] }) {
  const t = await getTranslations("stock");
  return <LinkTabs label={t("title")} tabs={LINKS.map(([href, key]) => ({ href, label: t(key) }))} current={current} />;
}
