import { getFormatter, getTranslations } from "next-intl/server";
import type { HealthAccessChange } from "@/lib/users/health-access-log";
import { Panel } from "@/components/ui/panel";
import { Table } from "@/components/ui/table";

/** The health team's view of who was given access to their records (docs/roles-and-privacy.md, rule 9). */
export async function HealthAccessList({ changes }: { changes: HealthAccessChange[] }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  return (
    <Panel headingId="health-access-heading" heading={t("home.healthAccess.heading")} headingClassName="mb-1 text-lg font-semibold" className="mb-6" data-testid="health-access">
      <p className="mb-3 text-sm text-stone-700">{t("home.healthAccess.lead")}</p>
      {changes.length === 0 ? (
        <p className="text-stone-700">{t("home.healthAccess.empty")}</p>
      ) : (
        <Table
          labelledBy="health-access-heading"
          variant="plain"
          className="text-sm"
          columns={[
            { header: t("home.healthAccess.when"), className: "pr-3" },
            { header: t("home.healthAccess.change"), className: "pr-3" },
            { header: t("home.healthAccess.account"), className: "pr-3" },
            { header: t("home.healthAccess.by") },
          ]}
        >
          {changes.map((change) => (
            <tr key={change.id}>
              <td className="pr-3 whitespace-nowrap">{format.dateTime(change.at, { dateStyle: "short", timeStyle: "short" })}</td>
              <td className="pr-3">{t(`home.healthAccess.kind.${change.kind}`)}</td>
              <td className="pr-3">{change.account ? `${change.account.displayName} (${change.account.username})` : "—"}</td>
              <td>
                {change.by ? `${change.by.displayName}${change.by.role ? ` · ${t(`roles.${change.by.role}`)}` : ""}` : t("home.healthAccess.byServer")}
              </td>
            </tr>
          ))}
        </Table>
      )}
    </Panel>
  );
}
