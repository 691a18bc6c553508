import { getTranslations } from "next-intl/server";

// A plain form: signing out works even before JavaScript has loaded.
export async function SignOutButton({ signOut }: { signOut: () => Promise<void> }) {
  const t = await getTranslations("nav");
  return (
    <form action={signOut}>
      <button type="submit" className="min-h-11 rounded-md bg-white/10 px-3 py-1 text-sm font-medium hover:bg-white/20">
        {t("signOut")}
      </button>
    </form>
  );
}
