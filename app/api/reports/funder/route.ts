import { z } from "zod";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { defineRoute } from "@/lib/actions/define-route";
import { funderReportCsv } from "@/lib/reports/funder-report";
import { periodFromQuery } from "@/lib/reports/report-query";

// The funder CSV: the report's figures with small cells suppressed, one audit row per download.
export const GET = defineRoute({
  name: "reports.funder-csv",
  permission: "reports:export",
  schema: z.object({ kind: z.string().max(20).optional(), year: z.string().max(4).optional() }),
  download: "halte-rapport-bailleurs.csv",
  format: "csv",
  run: async ({ session, input }) => {
    const [period, t, format, locale] = await Promise.all([periodFromQuery(input), getTranslations(), getFormatter(), getLocale()]);
    const month = (value: string) => format.dateTime(new Date(`${value}-15T12:00:00Z`), { month: "long", year: "numeric", timeZone: "UTC" });
    return funderReportCsv(session, period, (key) => t(key as never), month, locale === "en" ? "en" : "fr");
  },
});
// A POST with our Origin exports too (lib/actions/define-route.ts: same-origin requests only).
export const POST = GET;
