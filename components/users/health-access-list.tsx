import { getFormatter, getTranslations } from "next-intl/server";
import type { HealthAccessChange } from "@/lib/users/health-access-log";
import { Panel } from "@/components/ui/panel";

/** The health team's view of who was given access to their records (docs/roles-and-privacy.md, rule 9). */
export async function HealthAccessList({ changes }: { changes: HealthAccessChange[] }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  return (
    <Panel headingId="health-access-heading" heading={t("home.healthAccess.heading")} headingClassName="mb-1 text-lg font-semibold" className="mb-6" data-testid="health-access">
      <p className="mb-3 text-sm text-stone-700">{t("home.healthAccess.lead")}</p>
      {changes.length === 0 ? (
        <p className="text-stone-700">{t("home.healthAccess.empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b border-stone-300">
                <th scope="col" className="py-2 pr-3">{t("home.healthAccess.when")}</th>
                <th scope="col" className="py-2 pr-3">{t("home.healthAccess.change")}</th>
                <th scope="col" className="py-2 pr-3">{t("home.healthAccess.account")}</th>
                <th scope="col" className="py-2">{t("home.healthAccess.by")}</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((change) => (
                <tr key={change.id} className="border-b border-stone-200">
                  <td className="py-1.5 pr-3 whitespace-nowrap">{format.dateTime(change.at, { dateStyle: "short", timeStyle: "short" })}</td>
                  <td className="py-1.5 pr-3">{t(`home.healthAccess.kind.${change.kind}` as never)}</td>
                  <td className="py-1.5 pr-3">{change.account ? `${change.account.displayName} (${change.account.username})` : "—"}</td>
                  <td className="py-1.5">
                    {change.by ? `${change.by.displayName} · ${t(`roles.${change.by.role}` as never)}` : t("home.healthAccess.byServer")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Panel>
  );
}
