import { getLocale, getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { siteKits } from "@/lib/stock/kit-queries";
import { stockOverview } from "@/lib/stock/queries";
import { siteOf } from "@/lib/sites/sites";
import { PageTitle } from "@/components/ui/page-title";
import { StockNav } from "@/components/stock/stock-nav";
import { KitForm } from "@/components/stock/kit-form";
import { KitActiveButton } from "@/components/stock/kit-active-button";
import { saveKit, setKitActive } from "../actions";
import { Panel } from "@/components/ui/panel";

export async function generateMetadata() {
  const t = await getTranslations("kits");
  return { title: t("title") };
}

/** The site's usual kits: what the desk records for a visit in one tap (issue 16). */
export default async function KitsPage() {
  const session = await requirePagePermission("stock:write", "stock.kits");
  const [kits, rows, site, t, tAll, locale] = await Promise.all([siteKits(session), stockOverview(session), siteOf(session), getTranslations("kits"), getTranslations(), getLocale()]);
  // Only what the desk can hand out today goes into a kit.
  const items = rows.filter((row) => row.active).map((row) => ({ id: row.id, name: locale === "en" ? row.nameEn : row.nameFr, sizes: row.sizes }));
  const nameOf = (kit: { nameFr: string; nameEn: string }) => (locale === "en" ? kit.nameEn : kit.nameFr);

  return (
    <>
      <PageTitle lead={`${site.name} · ${t("lead")}`}>{t("title")}</PageTitle>
      <StockNav current="/stock/kits" />
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="kits-heading">
          <h2 id="kits-heading" className="mb-2 text-lg font-semibold">{t("title")}</h2>
          {kits.length === 0 ? <p className="text-stone-700">{t("none")}</p> : null}
          <ul className="flex flex-col gap-3" data-testid="kit-list">
            {kits.map((kit) => (
              <li key={kit.id} className="rounded-lg border border-stone-300 bg-white p-3" aria-label={nameOf(kit)}>
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div>
                    <p className="font-semibold">
                      {nameOf(kit)}
                      {!kit.active ? <span className="ml-2 rounded bg-stone-200 px-2 py-0.5 text-xs">{t("retiredBadge")}</span> : null}
                    </p>
                    <p className="text-sm text-stone-700">
                      {[
                        ...kit.services.map((kind) => tAll(`enums.service.${kind}`)),
                        ...kit.items.map((line) => `${line.quantity} × ${locale === "en" ? line.nameEn : line.nameFr}${line.size ? ` (${line.size})` : ""}${line.itemActive ? "" : ` (${t("itemRetiredBadge")})`}`),
                      ].join(" · ")}
                    </p>
                  </div>
                  <KitActiveButton kitId={kit.id} kitName={nameOf(kit)} active={kit.active} setActive={setKitActive} />
                </div>
                <details className="mt-2">
                  <summary className="min-h-11 cursor-pointer py-2 text-brand-700 underline">{t("edit")}</summary>
                  <KitForm kit={kit} items={items} save={saveKit} idPrefix={`kit-${kit.id}`} />
                </details>
              </li>
            ))}
          </ul>
        </section>
        <Panel headingId="new-kit-heading" heading={t("new")}>
          <KitForm items={items} save={saveKit} idPrefix="new-kit" />
        </Panel>
      </div>
    </>
  );
}
