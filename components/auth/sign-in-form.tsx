"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { z } from "zod";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import { translateIssue } from "@/lib/actions/translate-issues";
import { byKey } from "@/lib/i18n/by-key";

const schema = z.object({
  username: z.string().trim().min(1, { error: "validation.required" }).max(64, { error: "validation.tooLong" }),
  password: z.string().min(1, { error: "validation.required" }).max(200, { error: "validation.tooLong" }),
});
type Values = z.infer<typeof schema>;

export function SignInForm() {
  const t = useTranslations();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm<Values>({ resolver: zodResolver(schema) });
  const fieldError = (message?: string) => (message ? translateIssue(message, byKey(t)) : undefined);

  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    const result = await signIn("credentials", { ...values, redirect: false });
    if (result?.ok && !result.error) {
      router.replace("/");
      router.refresh();
      return;
    }
    const code = result?.error;
    setError(t(code === "locked" ? "signIn.locked" : code === "throttled" ? "signIn.throttled" : code === "unavailable" ? "signIn.unavailable" : "signIn.invalid"));
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <TextField
        label={t("signIn.username")}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        error={fieldError(formState.errors.username?.message)}
        {...register("username")}
      />
      <TextField
        label={t("signIn.password")}
        type="password"
        autoComplete="current-password"
        error={fieldError(formState.errors.password?.message)}
        {...register("password")}
      />
      <FormMessage error={error} />
      <Button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? t("signIn.submitting") : t("signIn.submit")}
      </Button>
    </form>
  );
}
