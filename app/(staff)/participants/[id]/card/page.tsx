import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { participantCard } from "@/lib/participants/card";
import { formatCode } from "@/lib/participants/code-format";
import { PageTitle } from "@/components/ui/page-title";
import { PrintButton } from "@/components/reports/print-button";
import { Button } from "@/components/ui/button";

export async function generateMetadata() {
  const t = await getTranslations("card");
  return { title: t("title") };
}

// The wallet card, printed at its real size (85.6 × 54 mm, a bank card) with a thin line to cut
// along. It carries the code three ways and nothing else: no centre name, no address, no logo, so
// a card found in a pocket says nothing about where its holder goes. The alias only on request.
export default async function ParticipantCardPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const session = await requirePagePermission("participants:card", "participants.card");
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  const withAlias = (await searchParams).alias === "1";
  const card = await participantCard(session, id.data, { withAlias });
  if (!card) notFound();
  const t = await getTranslations("card");

  return (
    <>
      <div className="print:hidden">
        <p className="mb-2"><Link href={`/participants/${id.data}`} className="text-brand-700 underline">{t("backToProfile")}</Link></p>
        <PageTitle lead={t("lead")}>{t("title")}</PageTitle>
        <form method="get" className="mb-6 flex flex-wrap items-center gap-3">
          <label className="flex min-h-11 items-center gap-2">
            <input type="checkbox" name="alias" value="1" defaultChecked={withAlias} className="size-5" />
            {t("withAlias")}
          </label>
          <Button type="submit" variant="secondary">{t("apply")}</Button>
          <PrintButton label={t("print")} />
        </form>
      </div>
      <article
        data-testid="wallet-card"
        aria-label={t("title")}
        // Sizes as classes, not a style attribute: the CSP refuses inline styles.
        className="flex h-[54mm] w-[85.6mm] break-inside-avoid flex-col justify-between overflow-hidden rounded-[3mm] border border-dashed border-stone-400 bg-white p-[3mm] text-black"
      >
        <div className="flex items-start justify-between gap-[2mm]">
          <div className="min-w-0">
            <p className="font-mono text-[9mm] font-bold leading-none tracking-wider" data-testid="card-code">{formatCode(card.code)}</p>
            {card.alias ? <p className="mt-[2mm] truncate text-[4mm]" data-testid="card-alias">{card.alias}</p> : null}
          </div>
          {/* Our own markup from the code's characters (A–Z, 0–9): nothing a person typed. */}
          <div className="size-[24mm] shrink-0 [&>svg]:size-full" data-testid="card-qr" dangerouslySetInnerHTML={{ __html: card.qrSvg }} />
        </div>
        <div className="h-[12mm] w-full [&>svg]:h-full [&>svg]:w-full" data-testid="card-barcode" dangerouslySetInnerHTML={{ __html: card.barcodeSvg }} />
      </article>
      <p className="mt-4 max-w-prose text-sm text-stone-700 print:hidden">{t("reprintNote")}</p>
    </>
  );
}
