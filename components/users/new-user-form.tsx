"use client";

import { useTranslations } from "next-intl";
import { newUserSchema } from "@/lib/users/schemas";
import { ROLES } from "@/lib/auth/roles";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { createUser } from "@/app/(staff)/users/actions";

type Props = { createUser: typeof createUser };

export function NewUserForm({ createUser }: Props) {
  const t = useTranslations();
  const { form, onSubmit, formError, success, fieldError } = useActionForm({
    schema: newUserSchema,
    action: createUser,
    defaultValues: { role: "STAFF" },
    resetOnSuccess: true,
  });
  const { errors, isSubmitting } = form.formState;

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <TextField label={t("users.displayName")} hint={t("users.displayNameHint")} error={fieldError(errors.displayName?.message)} {...form.register("displayName")} />
      <TextField label={t("users.username")} autoComplete="off" autoCapitalize="none" spellCheck={false} error={fieldError(errors.username?.message)} {...form.register("username")} />
      <SelectField
        label={t("users.role")}
        options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        error={fieldError(errors.role?.message)}
        {...form.register("role")}
      />
      <TextField label={t("users.initialPassword")} hint={t("users.passwordHint")} type="password" autoComplete="new-password" error={fieldError(errors.password?.message)} {...form.register("password")} />
      <FormMessage error={formError} success={success} />
      <Button type="submit" disabled={isSubmitting}>
        {t("users.create")}
      </Button>
    </form>
  );
}
