import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { getStaffAccount } from "@/lib/users/queries";
import { PageTitle } from "@/components/ui/page-title";
import { ChangeRoleForm } from "@/components/users/change-role-form";
import { ResetPasswordForm } from "@/components/users/reset-password-form";
import { SetDisabledForm } from "@/components/users/set-disabled-form";
import { changeUserRole, resetUserPassword, setUserDisabled } from "../actions";
import { Panel } from "@/components/ui/panel";

export default async function StaffAccountPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requirePagePermission("users:manage", "users.detail");
  const { id } = await params;
  const account = await getStaffAccount(session, id);
  if (!account) notFound();
  const t = await getTranslations();

  return (
    <>
      <p className="mb-2">
        <Link href="/users" className="text-brand-700 underline">
          {t("users.backToList")}
        </Link>
      </p>
      <PageTitle lead={`${account.username} · ${t(`roles.${account.role}`)} · ${account.disabled ? t("users.disabled") : t("users.active")}`}>
        {account.displayName}
      </PageTitle>
      <div className="grid gap-6 md:grid-cols-2">
        <Panel headingId="role-heading" heading={t("users.roleHeading")}>
          <ChangeRoleForm userId={account.id} role={account.role} changeRole={changeUserRole} />
        </Panel>
        <Panel headingId="access-heading" heading={t("users.accessHeading")}>
          <SetDisabledForm userId={account.id} disabled={account.disabled} setDisabled={setUserDisabled} />
        </Panel>
        <Panel headingId="password-heading" heading={t("users.passwordHeading")}>
          <ResetPasswordForm userId={account.id} resetPassword={resetUserPassword} />
        </Panel>
      </div>
    </>
  );
}
