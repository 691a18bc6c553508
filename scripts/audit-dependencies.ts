// `npm run audit` (run by .ci/run): fails on a high or critical advisory in the production
// dependency tree (`npm audit --json --omit=dev`) that audit-exceptions.json does not excuse
// with a reason and an unexpired date. No report is never a pass: when the registry refuses the
// audit request itself (a mirror that serves packages but not advisories, as on the CI machines
// here), the check says loudly that it could not run, and fails only with HALTE_AUDIT_REQUIRED=1.
// See the README, "Dependency advisories".
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { advisoriesOf, decide, passes, type Advisory } from "./audit/advisories.ts";
import { ExpectedFailure, runCli } from "./start/expected-failure.ts";
import { REPO_ROOT } from "./start/config.ts";

const EXCEPTIONS_FILE = path.join(REPO_ROOT, "audit-exceptions.json");

function npmAudit(): Promise<string> {
  return new Promise((resolve, reject) => {
    // npm exits 1 when it finds vulnerabilities: the JSON on stdout is what counts.
    execFile("npm", ["audit", "--json", "--omit=dev"], { cwd: REPO_ROOT, maxBuffer: 64 * 1024 * 1024, timeout: 120_000 }, (error, stdout) => {
      if (stdout.trim()) resolve(stdout);
      else reject(new ExpectedFailure(`npm audit printed nothing (${error?.message ?? "no output"}): the advisories could not be checked`));
    });
  });
}

const describe = (advisory: Advisory) => `  ${advisory.severity.padEnd(8)} ${advisory.package} ${advisory.range}: ${advisory.title}\n           ${advisory.url}`;

runCli(async () => {
  const rawExceptions = existsSync(EXCEPTIONS_FILE) ? JSON.parse(readFileSync(EXCEPTIONS_FILE, "utf8")) : { exceptions: [] };
  let report: unknown;
  try {
    report = JSON.parse(await npmAudit());
  } catch (error) {
    if (error instanceof ExpectedFailure) throw error;
    throw new ExpectedFailure(`npm audit did not print JSON: the advisories could not be checked (${String(error)})`);
  }
  const refused = auditEndpointRefusal(report);
  if (refused) {
    const message = `DEPENDENCY ADVISORIES NOT CHECKED: the registry refused the audit request (${refused}).`;
    if (process.env.HALTE_AUDIT_REQUIRED === "1") throw new ExpectedFailure(message);
    console.warn(`${message}\nRun \`npm run audit\` where the registry answers audit requests (HALTE_AUDIT_REQUIRED=1 makes this a failure).`);
    return 0;
  }
  let advisories: Advisory[];
  try {
    advisories = advisoriesOf(report);
  } catch (error) {
    throw new ExpectedFailure(error instanceof Error ? error.message : String(error));
  }
  const decision = decide(advisories, rawExceptions, new Date());

  for (const problem of decision.problems) console.error(`audit-exceptions.json: ${problem}`);
  for (const exception of decision.expired) console.error(`audit-exceptions.json: the exception for ${exception.advisory} expired on ${exception.expires}: review it`);
  for (const exception of decision.unused) console.log(`audit-exceptions.json: ${exception.advisory} matches no current advisory: remove it`);
  for (const { advisory, exception } of decision.excepted) console.log(`excepted until ${exception.expires}:\n${describe(advisory)}\n           ${exception.reason}`);
  const minor = advisories.filter((advisory) => advisory.severity !== "high" && advisory.severity !== "critical");
  if (minor.length > 0) console.log(`${minor.length} low or moderate advisory(ies) in production dependencies (not blocking); see npm audit --omit=dev`);

  if (!passes(decision)) {
    if (decision.blocking.length > 0) {
      console.error(`\n${decision.blocking.length} high or critical advisory(ies) in production dependencies:\n${decision.blocking.map(describe).join("\n")}`);
      console.error("Upgrade the package, or record a dated exception in audit-exceptions.json (README, Dependency advisories).");
    }
    return 1;
  }
  console.log(`Dependency advisories: no high or critical advisory in production dependencies${decision.excepted.length ? " beyond the recorded exceptions" : ""}.`);
  return 0;
});

/** npm's own error report when the registry answers the advisory request with an error status. */
function auditEndpointRefusal(report: unknown): string | null {
  if (typeof report !== "object" || report === null) return null;
  const { message, uri } = report as { message?: unknown; uri?: unknown };
  if (typeof message === "string" && typeof uri === "string" && uri.includes("/-/npm/v1/security/")) return message;
  return null;
}
