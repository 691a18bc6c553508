"use client";

import { useTranslations } from "next-intl";
import { changeOwnPasswordSchema } from "@/lib/users/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import type { changeMyPassword } from "@/app/(staff)/account/actions";
import type { chooseMyPassword } from "@/app/sign-in/new-password/actions";

type Props = {
  changePassword: typeof changeMyPassword | typeof chooseMyPassword;
  /** "One-time password" on the page a reset password leads to. */
  currentLabel?: string;
};

export function ChangePasswordForm({ changePassword, currentLabel }: Props) {
  const t = useTranslations();
  const { form, onSubmit, formError, success, fieldError } = useActionForm({
    schema: changeOwnPasswordSchema,
    action: changePassword,
    defaultValues: { currentPassword: "", newPassword: "" },
    resetOnSuccess: true,
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <TextField label={currentLabel ?? t("account.currentPassword")} type="password" autoComplete="current-password" error={fieldError(errors.currentPassword?.message)} {...form.register("currentPassword")} />
      <TextField label={t("account.newPassword")} hint={t("users.passwordHint")} type="password" autoComplete="new-password" error={fieldError(errors.newPassword?.message)} {...form.register("newPassword")} />
      <FormMessage error={formError} success={success} />
      <Button type="submit" disabled={isSubmitting}>{t("account.changePassword")}</Button>
    </form>
  );
}
