"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { changeRoleSchema } from "@/lib/users/schemas";
import { ROLES, type Role } from "@/lib/auth/roles";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import type { changeUserRole } from "@/app/(staff)/users/actions";

type Props = { userId: string; role: Role; changeRole: typeof changeUserRole };

export function ChangeRoleForm({ userId, role, changeRole }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const { form, onSubmit, formError, success, fieldError } = useActionForm({
    schema: changeRoleSchema,
    action: changeRole,
    defaultValues: { userId, role },
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <input type="hidden" {...form.register("userId")} />
      <SelectField
        label={t("users.role")}
        options={ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))}
        error={fieldError(form.formState.errors.role?.message)}
        {...form.register("role")}
      />
      <p className="text-sm text-stone-700">{t("users.roleEffect")}</p>
      <FormMessage error={formError} success={success} />
      <Button type="submit" disabled={form.formState.isSubmitting}>{t("users.saveRole")}</Button>
    </form>
  );
}
