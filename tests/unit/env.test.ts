import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env";

const valid = {
  DATABASE_URL: "postgresql://halte@db.internal:5432/halte",
  NEXTAUTH_SECRET: "x".repeat(32),
};

function problems(source: Record<string, string | undefined>): string[] {
  try {
    parseEnv(source);
    return [];
  } catch (error) {
    if (error instanceof EnvError) return error.problems;
    throw error;
  }
}

describe("environment validation", () => {
  it("accepts a complete environment and fills the defaults", () => {
    expect(parseEnv(valid)).toMatchObject({ CENTRE_TIME_ZONE: "America/Montreal", NODE_ENV: "development" });
  });

  it("names every missing variable in one clear line each", () => {
    const found = problems({});
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^DATABASE_URL is missing/);
    expect(found[1]).toMatch(/^NEXTAUTH_SECRET is missing/);
  });

  it("refuses malformed values with a message that says what is expected", () => {
    expect(problems({ ...valid, DATABASE_URL: "mysql://x" })).toEqual(["DATABASE_URL must start with postgres:// or postgresql://."]);
    expect(problems({ ...valid, NEXTAUTH_SECRET: "short" })).toEqual(["NEXTAUTH_SECRET must be at least 32 characters long."]);
    expect(problems({ ...valid, CENTRE_TIME_ZONE: "Mars/Olympus" })[0]).toMatch(/IANA time zone/);
    expect(problems({ ...valid, NEXTAUTH_URL: "not a url" })[0]).toMatch(/NEXTAUTH_URL must be/);
  });

  it("never puts a value in its messages", () => {
    const secret = "s3cr3t-value-that-must-not-leak";
    const message = new EnvError(problems({ DATABASE_URL: `postgres://u:${secret}@h/d`, NEXTAUTH_SECRET: secret })).message;
    expect(message).not.toContain(secret);
  });
});

describe("TRUST_PROXY", () => {
  it("is off by default and accepts 0 or 1 only, with a clear line", () => {
    expect(parseEnv(valid).TRUST_PROXY).toBe("0");
    expect(parseEnv({ ...valid, TRUST_PROXY: "1" }).TRUST_PROXY).toBe("1");
    expect(problems({ ...valid, TRUST_PROXY: "yes" })).toEqual([
      "TRUST_PROXY must be 1 (behind a reverse proxy that sets X-Forwarded-For) or 0 (the default).",
    ]);
  });
});
