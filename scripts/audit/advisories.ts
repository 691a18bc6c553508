// The decision of `npm run audit` (scripts/audit-dependencies.ts), kept pure so that it is
// tested without the registry: which high or critical advisories of `npm audit --json` are
// not covered by a valid, unexpired exception of audit-exceptions.json.

export const BLOCKING_SEVERITIES = ["high", "critical"] as const;

export type Advisory = {
  /** npm's advisory number ("source"). */
  source: number | string;
  package: string;
  title: string;
  url: string;
  severity: string;
  range: string;
};

export type AuditException = { advisory: string; package?: string; reason: string; expires: string };

export type AuditDecision = {
  blocking: Advisory[];
  excepted: { advisory: Advisory; exception: AuditException }[];
  /** Entries whose expiry date has passed: the advisory they cover blocks again. */
  expired: AuditException[];
  /** Entries that match no current advisory: they can be removed. */
  unused: AuditException[];
  problems: string[];
};

type NpmAuditVia = { source?: number | string; name?: string; title?: string; url?: string; severity?: string; range?: string } | string;
type NpmAuditReport = {
  vulnerabilities?: Record<string, { name?: string; severity?: string; via?: NpmAuditVia[] }>;
  error?: unknown;
  message?: string;
  statusCode?: number;
};

/** The advisories of an `npm audit --json` report, or an error when the registry gave none. */
export function advisoriesOf(report: unknown): Advisory[] {
  const audit = report as NpmAuditReport;
  if (!audit || typeof audit !== "object" || typeof audit.vulnerabilities !== "object" || audit.vulnerabilities === null) {
    const why = audit && typeof audit === "object" ? (audit.message ?? JSON.stringify(audit.error ?? audit).slice(0, 300)) : String(report);
    throw new Error(`npm audit gave no report (${why}): the advisories could not be checked`);
  }
  const seen = new Map<string, Advisory>();
  for (const [name, vulnerability] of Object.entries(audit.vulnerabilities)) {
    for (const via of vulnerability.via ?? []) {
      // A string names another vulnerable package: its own advisories are listed under it.
      if (typeof via === "string") continue;
      const advisory: Advisory = {
        source: via.source ?? "",
        package: via.name ?? vulnerability.name ?? name,
        title: via.title ?? "",
        url: via.url ?? "",
        severity: (via.severity ?? vulnerability.severity ?? "").toLowerCase(),
        range: via.range ?? "",
      };
      seen.set(`${advisory.source}|${advisory.url}|${advisory.package}`, advisory);
    }
  }
  return [...seen.values()];
}

/** "GHSA-…" ids, full URLs and npm source numbers all name an advisory. */
function matches(exception: AuditException, advisory: Advisory): boolean {
  if (exception.package && exception.package !== advisory.package) return false;
  const wanted = exception.advisory.trim().toLowerCase();
  const ghsa = /ghsa(-[0-9a-z]{4}){3}/.exec(advisory.url.toLowerCase())?.[0];
  return wanted === advisory.url.toLowerCase() || wanted === String(advisory.source) || (ghsa !== undefined && wanted.endsWith(ghsa));
}

export function parseExceptions(raw: unknown): { exceptions: AuditException[]; problems: string[] } {
  const problems: string[] = [];
  const list = (raw as { exceptions?: unknown })?.exceptions;
  if (!Array.isArray(list)) return { exceptions: [], problems: ['audit-exceptions.json must be {"exceptions": [...]}'] };
  const exceptions: AuditException[] = [];
  list.forEach((entry: unknown, index) => {
    const e = entry as Partial<AuditException>;
    const where = `exception #${index + 1}`;
    if (typeof e?.advisory !== "string" || e.advisory.trim() === "") problems.push(`${where}: "advisory" (URL, GHSA id or npm number) is missing`);
    else if (typeof e.reason !== "string" || e.reason.trim().length < 10) problems.push(`${where} (${e.advisory}): "reason" must say why it does not apply`);
    else if (typeof e.expires !== "string" || !/^\d{4}-\d\d-\d\d$/.test(e.expires) || Number.isNaN(Date.parse(`${e.expires}T00:00:00Z`)))
      problems.push(`${where} (${e.advisory}): "expires" must be a date YYYY-MM-DD`);
    else if (e.package !== undefined && typeof e.package !== "string") problems.push(`${where} (${e.advisory}): "package" must be a string`);
    else exceptions.push({ advisory: e.advisory, package: e.package, reason: e.reason, expires: e.expires });
  });
  return { exceptions, problems };
}

/** An exception holds through its expiry date (UTC) and lapses the day after. */
function expired(exception: AuditException, today: Date): boolean {
  return today.toISOString().slice(0, 10) > exception.expires;
}

export function decide(advisories: Advisory[], rawExceptions: unknown, today: Date): AuditDecision {
  const { exceptions, problems } = parseExceptions(rawExceptions);
  const live = exceptions.filter((exception) => !expired(exception, today));
  const decision: AuditDecision = {
    blocking: [],
    excepted: [],
    expired: exceptions.filter((exception) => expired(exception, today)),
    unused: live.filter((exception) => !advisories.some((advisory) => matches(exception, advisory))),
    problems,
  };
  for (const advisory of advisories) {
    if (!(BLOCKING_SEVERITIES as readonly string[]).includes(advisory.severity)) continue;
    const exception = live.find((candidate) => matches(candidate, advisory));
    if (exception) decision.excepted.push({ advisory, exception });
    else decision.blocking.push(advisory);
  }
  return decision;
}

/** Fails on a blocking advisory and on a malformed exceptions file (a typo must not hide one). */
export function passes(decision: AuditDecision): boolean {
  return decision.blocking.length === 0 && decision.problems.length === 0;
}
