"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { setKitActive } from "@/app/(staff)/stock/actions";

type Props = { kitId: string; kitName: string; active: boolean; setActive: typeof setKitActive };

/** Retires a kit (its button leaves the desk) or brings it back: kits are never deleted. */
export function KitActiveButton({ kitId, kitName, active, setActive }: Props) {
  const t = useTranslations("kits");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div>
      <Button
        type="button"
        variant="secondary"
        disabled={pending}
        aria-label={`${active ? t("retire") : t("restore")} : ${kitName}`}
        onClick={() =>
          startTransition(async () => {
            const result = await setActive({ kitId, active: !active });
            if (result.ok) {
              setError(null);
              router.refresh();
            } else setError(result.error);
          })
        }
      >
        {active ? t("retire") : t("restore")}
      </Button>
      {error ? <FormMessage error={error} /> : null}
    </div>
  );
}
