import { z } from "zod";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { defineRoute } from "@/lib/actions/define-route";
import { funderReportCsv } from "@/lib/reports/funder-report";
import { periodFromQuery } from "@/lib/reports/report-query";
import { byKey } from "@/lib/i18n/by-key";
import { formatLocalDate } from "@/lib/i18n/format-local-date";

// The funder CSV: the released figures (whole months, rounded to 5), one audit row per download.
export const GET = defineRoute({
  name: "reports.funder-csv",
  permission: "reports:export",
  schema: z.object({ kind: z.string().max(20).optional(), year: z.string().max(4).optional() }),
  download: "halte-rapport-bailleurs.csv",
  format: "csv",
  run: async ({ session, input }) => {
    const [period, t, format, locale] = await Promise.all([periodFromQuery(input), getTranslations(), getFormatter(), getLocale()]);
    const month = (value: string) => formatLocalDate(format, value, { month: "long", year: "numeric" });
    const day = (iso: string) => formatLocalDate(format, iso, { dateStyle: "long" });
    return funderReportCsv(session, period, byKey(t), month, locale === "en" ? "en" : "fr", day);
  },
});
// A POST with our Origin exports too (lib/actions/define-route.ts: same-origin requests only).
export const POST = GET;
