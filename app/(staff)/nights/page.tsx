import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { recentNights } from "@/lib/nights/queries";
import { PageTitle } from "@/components/ui/page-title";
import { LocalDate } from "@/components/ui/local-date";

export async function generateMetadata() {
  const t = await getTranslations("nights");
  return { title: t("title") };
}

export default async function NightsPage() {
  const session = await requirePagePermission("nights:manage", "nights");
  const [nights, t] = await Promise.all([recentNights(session), getTranslations("nights")]);
  return (
    <>
      <PageTitle lead={t("lead")}>{t("title")}</PageTitle>
      {nights.length === 0 ? (
        <p>{t("noNights")}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-stone-300 bg-white">
          <table className="w-full text-left">
            <thead className="bg-stone-100 text-sm">
              <tr>
                <th scope="col" className="px-3 py-2">{t("date")}</th>
                <th scope="col" className="px-3 py-2 text-right">{t("visits")}</th>
                <th scope="col" className="px-3 py-2 text-right">{t("anonymous")}</th>
                <th scope="col" className="px-3 py-2 text-right">{t("newParticipants")}</th>
                <th scope="col" className="px-3 py-2">{t("status")}</th>
              </tr>
            </thead>
            <tbody>
              {nights.map((night) => (
                <tr key={night.id} className="border-t border-stone-200">
                  <td className="px-3 py-2">
                    {night.imported ? (
                      <LocalDate value={night.date} options={{ dateStyle: "full" }} />
                    ) : (
                      <Link href={`/nights/${night.id}`} className="font-medium text-brand-700 underline">
                        <LocalDate value={night.date} options={{ dateStyle: "full" }} />
                      </Link>
                    )}
                  </td>
                  <td className="px-3 py-2 text-right tabular-nums">{night.visits}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{night.anonymous}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{night.newParticipants}</td>
                  <td className="px-3 py-2">{night.imported ? t("importedStatus") : night.closed ? t("closedStatus") : t("open")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
