import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { listStaffAccounts } from "@/lib/users/queries";
import { PageTitle } from "@/components/ui/page-title";
import { NewUserForm } from "@/components/users/new-user-form";
import { createUser } from "./actions";

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
          <table className="w-full text-left">
            <thead className="bg-stone-100 text-sm">
              <tr>
                <th scope="col" className="px-3 py-2">{t("users.displayName")}</th>
                <th scope="col" className="px-3 py-2">{t("users.username")}</th>
                <th scope="col" className="px-3 py-2">{t("users.role")}</th>
                <th scope="col" className="px-3 py-2">{t("users.status")}</th>
                <th scope="col" className="px-3 py-2">{t("users.createdAt")}</th>
              </tr>
            </thead>
            <tbody>
              {accounts.map((account) => (
                <tr key={account.id} className="border-t border-stone-200">
                  <td className="px-3 py-2">
                    <Link href={`/users/${account.id}`} className="font-medium text-brand-700 underline">
                      {account.displayName}
                    </Link>
                  </td>
                  <td className="px-3 py-2 font-mono text-sm">{account.username}</td>
                  <td className="px-3 py-2">{t(`roles.${account.role}`)}</td>
                  <td className="px-3 py-2">{account.disabled ? t("users.disabled") : t("users.active")}</td>
                  <td className="px-3 py-2 text-sm">{format.dateTime(account.createdAt, { dateStyle: "medium" })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section aria-labelledby="new-user-heading" className="rounded-lg border border-stone-300 bg-white p-4">
          <h2 id="new-user-heading" className="mb-3 text-lg font-semibold">
            {t("users.newHeading")}
          </h2>
          <NewUserForm createUser={createUser} />
        </section>
      </div>
    </>
  );
}
