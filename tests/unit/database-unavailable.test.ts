// The one rule that tells "the database is not answering" from any other failure: the errors
// Prisma, its pg adapter, node-postgres and PostgreSQL itself raise when the server is away.
import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "@/lib/database-unavailable.mjs";

const withProps = (message: string, props: Record<string, unknown>) => Object.assign(new Error(message), props);

describe("isDatabaseUnavailable", () => {
  it("knows a server that is away, however it is reported", () => {
    const unreachable = [
      // Prisma over the driver adapter, as measured against a closed port.
      withProps("Can't reach database server at 127.0.0.1:1", { code: "P1001", meta: { driverAdapterError: { name: "DriverAdapterError", cause: { kind: "DatabaseNotReachable" } } } }),
      // A raw query: P2010 with the adapter's message.
      withProps("Raw query failed. Code: `N/A`. Message: `Can't reach database server at 127.0.0.1:1`", { code: "P2010" }),
      withProps("connect ECONNREFUSED 127.0.0.1:5432", { code: "ECONNREFUSED", syscall: "connect", errno: -111 }),
      new Error("Connection terminated unexpectedly"),
      new Error("timeout exceeded when trying to connect"),
      // What `pg_ctl stop -m fast` sends an open session, and a server still starting.
      withProps("terminating connection due to administrator command", { code: "57P01", severity: "FATAL" }),
      withProps("the database system is starting up", { code: "57P03", severity: "FATAL" }),
      new Error("wrapped", { cause: withProps("read ECONNRESET", { code: "ECONNRESET" }) }),
      new AggregateError([withProps("connect ECONNREFUSED ::1:5432", { code: "ECONNREFUSED" })], ""),
    ];
    for (const error of unreachable) expect(isDatabaseUnavailable(error), String(error)).toBe(true);
  });

  it("leaves every other failure to the generic path", () => {
    const others: unknown[] = [
      new Error('relation "x" does not exist'),
      withProps("Unique constraint failed", { code: "P2002" }),
      withProps("duplicate key value violates unique constraint", { code: "23505", severity: "ERROR" }),
      withProps("password authentication failed", { code: "28P01", severity: "FATAL" }),
      "a string",
      null,
      undefined,
    ];
    for (const error of others) expect(isDatabaseUnavailable(error), String(error)).toBe(false);
  });

  it("does not loop on a cause that points back at itself", () => {
    const error = new Error("outer") as Error & { cause?: unknown };
    error.cause = error;
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
