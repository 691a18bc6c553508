import { getTranslations } from "next-intl/server";

// On every page of the demo centre: nobody should type a real person's record into it.
export async function DemoBanner() {
  const t = await getTranslations("setup");
  return (
    <p role="note" data-testid="demo-banner" className="bg-amber-300 px-4 py-2 text-center font-semibold text-stone-950">
      {t("demoBanner")}
    </p>
  );
}
