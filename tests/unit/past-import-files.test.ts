import { describe, expect, it } from "vitest";
import { readImportFile, ImportFileError } from "@/lib/import/read-file";
import { checkParticipantRows } from "@/lib/import/participant-rows";
import { checkTallyRows } from "@/lib/import/tally-rows";
import { parseCount } from "@/lib/import/count";
import { formerCodeTerms, searchPrefixes, searchTermsFor } from "@/lib/participants/search-terms";

const bytes = (text: string) => new TextEncoder().encode(text);
const table = (text: string) => readImportFile(bytes(text));
// Every date here is explicit: "today" is the centre's tonight as the command passes it.
const TODAY = "2026-06-01";

describe("reading counts as a Québec spreadsheet writes them", () => {
  it("takes spaces between thousands (plain, non-breaking, narrow), zero and zero decimals", () => {
    expect(parseCount("1 234")).toEqual({ ok: true, count: 1234 });
    expect(parseCount("1\u00A0234")).toEqual({ ok: true, count: 1234 });
    expect(parseCount("1\u202F234")).toEqual({ ok: true, count: 1234 });
    expect(parseCount("0")).toEqual({ ok: true, count: 0 });
    expect(parseCount("12,00")).toEqual({ ok: true, count: 12 });
    expect(parseCount("12.00")).toEqual({ ok: true, count: 12 });
    expect(parseCount("1 234,00")).toEqual({ ok: true, count: 1234 });
  });

  it("refuses what is not a whole count, or could be read two ways", () => {
    expect(parseCount("12,5")).toEqual({ ok: false, reason: "notWhole" });
    expect(parseCount("1,234")).toEqual({ ok: false, reason: "ambiguous" });
    expect(parseCount("-3")).toEqual({ ok: false, reason: "negative" });
    expect(parseCount("douze")).toEqual({ ok: false, reason: "notANumber" });
    expect(parseCount("12 $")).toEqual({ ok: false, reason: "notANumber" });
    expect(parseCount("20 000")).toEqual({ ok: false, reason: "tooLarge" });
  });
});

describe("the participants file", () => {
  it("reads French headers, a BOM and ; as delimiter, keeping the old code as typed", () => {
    const checked = checkParticipantRows(table("\uFEFFPseudonyme;Ancien_code\r\nRené;RZ-0042\r\nTulipe;\r\nRené;RZ-0043\r\n"));
    expect(checked.problems).toEqual([]);
    expect(checked.participants).toEqual([
      { line: 2, alias: "René", formerCode: "RZ-0042" },
      { line: 3, alias: "Tulipe", formerCode: null },
      { line: 4, alias: "René", formerCode: "RZ-0043" },
    ]);
  });

  it("reads English headers in any order", () => {
    const checked = checkParticipantRows(table("former_code,alias\nA1,Star\n"));
    expect(checked.participants).toEqual([{ line: 2, alias: "Star", formerCode: "A1" }]);
  });

  it("names each refused row by its line: a missing alias, a code used twice however spelled", () => {
    const checked = checkParticipantRows(table("alias,ancien_code\nStar,A-1\n,B2\nMoon,a 1\nSun,C3\n" + `${"x".repeat(41)},D4\n`));
    expect(checked.problems).toEqual([
      { line: 3, column: "alias", problem: "aliasMissing" },
      { line: 4, column: "ancien_code", problem: "formerCodeTwice", values: { line: 2 } },
      { line: 6, column: "alias", problem: "aliasTooLong" },
    ]);
    expect(checked.participants.map((row) => row.line)).toEqual([2, 5]);
  });

  it("refuses a file without an alias column, and one that is not UTF-8", () => {
    expect(() => checkParticipantRows(table("nom,code\nX,1\n"))).toThrow(expect.objectContaining({ problem: "missingColumn" }));
    const latin1 = new Uint8Array([...bytes("alias\n"), 0xc9, ...bytes("lo\n")]);
    expect(() => readImportFile(latin1)).toThrow(ImportFileError);
  });

  it("makes the old code searchable by its parts and as a whole", () => {
    expect(formerCodeTerms("RZ-0042")).toEqual(["rz", "0042", "rz0042"]);
    expect(searchTermsFor("René", "K7M4QX", "RZ-0042")).toEqual(["rene", "#k7m4qx", "rz", "0042", "rz0042"]);
    // What the front desk types reaches those terms: "RZ-0042" as two words, "rz0042" as one.
    expect(searchPrefixes("RZ-0042").words).toEqual(["rz", "0042"]);
  });
});

describe("the nightly tallies file", () => {
  const FR = "date;visites;anonymes;nouvelles_personnes;repas\n";

  it("reads French headers, dd/mm/yyyy dates and fr-CA numbers; an empty count is 0", () => {
    const checked = checkTallyRows(table(`${FR}15/03/2024;"1 034";12;3;"1 001"\n16/03/2024;25;;;\n`), { today: TODAY });
    expect(checked.dateFormat).toBe("DMY");
    expect(checked.problems).toEqual([]);
    expect(checked.tallies).toEqual([
      { line: 2, date: "2024-03-15", visits: 1034, anonymousVisits: 12, newPeople: 3, meals: 1001 },
      { line: 3, date: "2024-03-16", visits: 25, anonymousVisits: 0, newPeople: 0, meals: 0 },
    ]);
  });

  it("reads English headers and ISO dates", () => {
    const checked = checkTallyRows(table("Date,Visits,Anonymous,New people,Meals\n2024-03-15,30,4,2,28\n"), { today: TODAY });
    expect(checked.tallies).toEqual([{ line: 2, date: "2024-03-15", visits: 30, anonymousVisits: 4, newPeople: 2, meals: 28 }]);
  });

  it("names each bad row with its line and reason, and keeps the good ones apart", () => {
    const file =
      FR +
      "2024-03-14;30;4;2;28\n" + // 2: good
      "2024-03-14;31;4;2;28\n" + // 3: same night as line 2
      "2024-02-30;30;4;2;28\n" + // 4: no such day
      "2024-03-16;12,5;4;2;28\n" + // 5: half a visit
      "2024-03-17;10;11;2;28\n" + // 6: more anonymous than visits
      "2024-03-18;;1;0;0\n" + // 7: no visits
      "2026-06-01;10;1;0;0\n" + // 8: tonight
      "2024-03-19;1,234;0;0;0\n"; // 9: ambiguous
    const checked = checkTallyRows(table(file), { today: TODAY });
    expect(checked.problems).toEqual([
      { line: 3, column: "date", problem: "dateTwice", values: { line: 2 } },
      { line: 4, column: "date", problem: "date" },
      { line: 5, column: "visites", problem: "notWhole" },
      { line: 6, column: "anonymes", problem: "anonymousOverVisits" },
      { line: 7, column: "visites", problem: "visitsMissing" },
      { line: 8, column: "date", problem: "dateNotPast" },
      { line: 9, column: "visites", problem: "ambiguous" },
    ]);
    expect(checked.tallies.map((row) => row.line)).toEqual([2]);
  });

  it("takes the coordinator's date format over the guess", () => {
    const file = `${FR}03/04/2024;30;0;0;0\n`;
    expect(checkTallyRows(table(file), { today: TODAY }).tallies[0]!.date).toBe("2024-04-03");
    expect(checkTallyRows(table(file), { today: TODAY, dateFormat: "MDY" }).tallies[0]!.date).toBe("2024-03-04");
  });

  it("refuses a file without a date or a visits column", () => {
    expect(() => checkTallyRows(table("jour;visites\nx;1\n"), { today: TODAY })).toThrow(expect.objectContaining({ problem: "missingColumn" }));
    expect(() => checkTallyRows(table("date;repas\n2024-01-01;1\n"), { today: TODAY })).toThrow(expect.objectContaining({ problem: "missingColumn" }));
  });
});
