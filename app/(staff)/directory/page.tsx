import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/permissions";
import { searchDirectory } from "@/lib/directory/partners";
import { DIRECTORY_LANGUAGES, directorySearchSchema, REFERRAL_DOMAINS } from "@/lib/directory/schemas";
import { PageTitle } from "@/components/ui/page-title";
import { PartnerCard } from "@/components/directory/partner-card";

export async function generateMetadata() {
  const t = await getTranslations("directory");
  return { title: t("title") };
}

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function DirectoryPage({ searchParams }: { searchParams: Search }) {
  const session = await requirePagePermission("directory:read", "directory");
  const raw = await searchParams;
  const filters = directorySearchSchema.parse({ domain: raw.domain, language: raw.language, q: typeof raw.q === "string" ? raw.q : undefined });
  const [partners, t] = await Promise.all([searchDirectory(session, filters), getTranslations()]);
  const query = new URLSearchParams(Object.entries(filters).filter((entry): entry is [string, string] => Boolean(entry[1])));
  const editable = can(session.role, "directory:write");

  return (
    <>
      <PageTitle lead={t("directory.lead")}>{t("directory.title")}</PageTitle>
      <form role="search" className="mb-4 flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t("directory.domain")}</span>
          <select name="domain" defaultValue={filters.domain ?? ""} className="min-h-11 rounded-md border border-stone-400 bg-white px-2">
            <option value="">{t("directory.all")}</option>
            {REFERRAL_DOMAINS.map((domain) => <option key={domain} value={domain}>{t(`enums.referralDomain.${domain}`)}</option>)}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t("directory.language")}</span>
          <select name="language" defaultValue={filters.language ?? ""} className="min-h-11 rounded-md border border-stone-400 bg-white px-2">
            <option value="">{t("directory.all")}</option>
            {DIRECTORY_LANGUAGES.map((code) => <option key={code} value={code}>{t(`enums.language.${code}`)}</option>)}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t("directory.search")}</span>
          <input name="q" type="search" defaultValue={filters.q ?? ""} maxLength={60} className="min-h-11 rounded-md border border-stone-400 px-3" />
        </label>
        <button type="submit" className="min-h-11 rounded-md border border-stone-400 bg-white px-4">{t("directory.filter")}</button>
        <Link href={`/directory/print?${query}`} className="inline-flex min-h-11 items-center rounded-md border border-stone-400 bg-white px-4">{t("directory.print")}</Link>
        {editable ? <Link href="/directory/new" className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 text-white">{t("directory.new")}</Link> : null}
      </form>
      {partners.length === 0 ? <p>{t("directory.none")}</p> : (
        <ul className="grid gap-3 md:grid-cols-2">
          {partners.map((partner) => <PartnerCard key={partner.id} partner={partner} editable={editable} />)}
        </ul>
      )}
    </>
  );
}
