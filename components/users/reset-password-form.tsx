"use client";

import { useTranslations } from "next-intl";
import { resetPasswordSchema } from "@/lib/users/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import type { resetUserPassword } from "@/app/(staff)/users/actions";

type Props = { userId: string; resetPassword: typeof resetUserPassword };

export function ResetPasswordForm({ userId, resetPassword }: Props) {
  const t = useTranslations();
  const { form, onSubmit, formError, success, fieldError } = useActionForm({
    schema: resetPasswordSchema,
    action: resetPassword,
    defaultValues: { userId, password: "" },
    resetOnSuccess: true,
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <input type="hidden" {...form.register("userId")} />
      <TextField
        label={t("users.newPassword")}
        hint={t("users.resetPasswordHint")}
        type="password"
        autoComplete="new-password"
        error={fieldError(form.formState.errors.password?.message)}
        {...form.register("password")}
      />
      <FormMessage error={formError} success={success} />
      <Button type="submit" disabled={form.formState.isSubmitting}>{t("users.resetPassword")}</Button>
    </form>
  );
}
