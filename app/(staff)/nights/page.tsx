import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { recentNights } from "@/lib/nights/queries";
import { PageTitle } from "@/components/ui/page-title";
import { LocalDate } from "@/components/ui/local-date";
import { Cell, Table } from "@/components/ui/table";

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
        <Table
          label={t("title")}
          columns={[
            { header: t("date") },
            { header: t("visits"), numeric: true },
            { header: t("anonymous"), numeric: true },
            { header: t("newParticipants"), numeric: true },
            { header: t("status") },
          ]}
        >
          {nights.map((night) => (
            <tr key={night.id}>
              <td>
                {night.imported ? (
                  <LocalDate value={night.date} options={{ dateStyle: "full" }} />
                ) : (
                  <Link href={`/nights/${night.id}`} className="font-medium text-brand-700 underline">
                    <LocalDate value={night.date} options={{ dateStyle: "full" }} />
                  </Link>
                )}
              </td>
              <Cell numeric>{night.visits}</Cell>
              <Cell numeric>{night.anonymous}</Cell>
              <Cell numeric>{night.newParticipants}</Cell>
              <td>{night.imported ? t("importedStatus") : night.closed ? t("closedStatus") : t("open")}</td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
