import { getTranslations } from "next-intl/server";
import { LinkTabs } from "@/components/ui/link-tabs";

const LINKS = [
  ["/workshops", "workshops.title"],
  ["/volunteers", "nav.volunteers"],
  ["/volunteers/committee", "volunteers.committee"],
  ["/outreach", "nav.outreach"],
  ["/outreach/venues", "outreach.venues"],
  ["/programs/figures", "programs.figuresLink"],
] as const;

export type ProgramsPage = (typeof LINKS)[number][0];

/** The community programs' own small menu (staff and coordinator). */
export async function ProgramsNav({ current }: { current: ProgramsPage }) {
  const t = await getTranslations();
  return <LinkTabs label={t("programs.menu")} tabs={LINKS.map(([href, key]) => ({ href, label: t(key) }))} current={current} />;
}
