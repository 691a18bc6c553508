import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { listStaffAccounts } from "@/lib/users/queries";
import { PageTitle } from "@/components/ui/page-title";
import { NewUserForm } from "@/components/users/new-user-form";
import { createUser } from "./actions";
import { Panel } from "@/components/ui/panel";
import { Table } from "@/components/ui/table";

export async function generateMetadata() {
  const t = await getTranslations("users");
  return { title: t("title") };
}

export default async function UsersPage() {
  const session = await requirePagePermission("users:manage", "users");
  const [accounts, t, format] = await Promise.all([listStaffAccounts(session), getTranslations(), getFormatter()]);

  return (
    <>
      <PageTitle lead={t("users.lead")}>{t("users.title")}</PageTitle>
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="accounts-heading" className="overflow-x-auto rounded-lg border border-stone-300 bg-white">
          <h2 id="accounts-heading" className="sr-only">
            {t("users.listHeading")}
          </h2>
          <Table
            labelledBy="accounts-heading"
            columns={[
              { header: t("users.displayName") },
              { header: t("users.username") },
              { header: t("users.role") },
              { header: t("users.status") },
              { header: t("users.createdAt") },
            ]}
          >
            {accounts.map((account) => (
              <tr key={account.id}>
                <td>
                  <Link href={`/users/${account.id}`} className="font-medium text-brand-700 underline">
                    {account.displayName}
                  </Link>
                </td>
                <td className="font-mono text-sm">{account.username}</td>
                <td>{t(`roles.${account.role}`)}</td>
                <td>{account.disabled ? t("users.disabled") : t("users.active")}</td>
                <td className="text-sm">{format.dateTime(account.createdAt, { dateStyle: "medium" })}</td>
              </tr>
            ))}
          </Table>
        </section>
        <Panel headingId="new-user-heading" heading={t("users.newHeading")}>
          <NewUserForm createUser={createUser} />
        </Panel>
      </div>
    </>
  );
}
