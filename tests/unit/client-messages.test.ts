// Each page's client components get their messages from the nearest <ClientMessages only={...}>
// (components/i18n/client-messages.tsx): the page's own layout, a section's layout, or the root
// layout. A namespace a client component uses and its provider does not send would show the
// message's key in the browser; this test finds it from the source, before any browser does.
import { execSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { clientNamespaces, nestedProviders, providedList } from "../support/client-namespaces.ts";
import { pickMessages } from "../../lib/i18n/pick-messages.ts";
import en from "../../messages/en.json";

const root = path.resolve(import.meta.dirname, "../..");
const entries = execSync("find app -name page.tsx -o -name layout.tsx -o -name error.tsx -o -name not-found.tsx -o -name forbidden.tsx", { cwd: root, encoding: "utf8" })
  .trim()
  .split("\n")
  .sort();

/** The list of the nearest provider: the file's own, else the closest layout's above it. */
function providerOf(file: string): { at: string; only: string[] } {
  const own = providedList(file);
  if (own) return { at: file, only: own };
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    const layout = path.join(dir, "layout.tsx");
    if (layout !== file) {
      try {
        const listed = providedList(layout);
        if (listed) return { at: layout, only: listed };
      } catch {
        // no layout in this folder
      }
    }
    if (dir === "app" || dir === ".") throw new Error(`no <ClientMessages> above ${file}`);
  }
}

/** A namespace is sent whole, or narrowed on purpose to some of its messages ("referrals.followUpDue"). */
const covers = (only: string[], namespace: string) => only.some((entry) => entry === namespace || entry.startsWith(`${namespace}.`));

describe("the messages each page sends to the browser", () => {
  it.each(entries)("%s: its client components' namespaces are all sent", (file) => {
    const { at, only } = providerOf(file);
    const missing = clientNamespaces(file).filter((namespace) => !covers(only, namespace));
    expect(missing, `add them to <ClientMessages only={...}> in ${at}`).toEqual([]);
  });

  it("checks the components that send their own (the clinic's section of a profile)", () => {
    expect([...nestedProviders]).toContain("app/(staff)/participants/[id]/_sections/clinic-history-section.tsx");
    for (const file of nestedProviders) {
      const only = providedList(file)!;
      expect(clientNamespaces(file).filter((namespace) => !covers(only, namespace)), file).toEqual([]);
    }
  });

  it("picks whole namespaces and single messages, and refuses a name that is not one", () => {
    expect(pickMessages(en, ["language", "referrals.followUpDue"])).toEqual({ language: en.language, referrals: { followUpDue: en.referrals.followUpDue } });
    expect(() => pickMessages(en, ["referrals.noSuchMessage"])).toThrow(/referrals.noSuchMessage/);
  });

  it("sends the clinic's namespace only below the clinic's own pages and sections", () => {
    const sendingClinic = [...entries, ...nestedProviders].filter((file) => providedList(file)?.some((entry) => entry === "clinic" || entry.startsWith("clinic.")));
    expect(sendingClinic.sort()).toEqual(["app/(staff)/clinic/layout.tsx", "app/(staff)/participants/[id]/_sections/clinic-history-section.tsx", "app/field/layout.tsx"]);
  });
});
