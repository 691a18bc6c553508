import { getFormatter, getTranslations } from "next-intl/server";
import type { HealthAccessChange } from "@/lib/users/health-access-log";

/** The health team's view of who was given access to their records (docs/roles-and-privacy.md, rule 9). */
export async function HealthAccessList({ changes }: { changes: HealthAccessChange[] }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  return (
    <section aria-labelledby="health-access-heading" className="mb-6 rounded-lg border border-stone-300 bg-white p-4" data-testid="health-access">
      <h2 id="health-access-heading" className="mb-1 text-lg font-semibold">{t("home.healthAccess.heading")}</h2>
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
                  <td className="py-1.5 pr-3">{t(`home.healthAccess.kind.${change.kind}`)}</td>
                  <td className="py-1.5 pr-3">{change.account ? `${change.account.displayName} (${change.account.username})` : "—"}</td>
                  <td className="py-1.5">
                    {change.by ? `${change.by.displayName}${change.by.role ? ` · ${t(`roles.${change.by.role}`)}` : ""}` : t("home.healthAccess.byServer")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
