import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Cell, Table } from "@/components/ui/table";
import { Panel } from "@/components/ui/panel";

const columns = [{ header: "Item" }, { header: "On hand", numeric: true }, null];

describe("the UI kit's static table", () => {
  it("names the table, scopes its column headers and aligns the numbers", () => {
    const html = renderToStaticMarkup(h(Table, { label: "Stock", columns }, h("tr", { key: "a" }, h(Cell, { rowHeader: true }, "Gloves"), h(Cell, { numeric: true }, 12))));
    expect(html).toContain('aria-label="Stock"');
    expect(html.match(/<th scope="col"/g)).toHaveLength(2);
    expect(html).toContain('<th scope="col" class="text-right">On hand</th>');
    expect(html).toContain('<th scope="row">Gloves</th>');
    expect(html).toContain('<td class="text-right tabular-nums">12</td>');
    expect(html).toMatch(/^<div class="ui-table-wrap overflow-x-auto/);
  });

  it("says so in one row spanning every column when there is nothing to list", () => {
    const html = renderToStaticMarkup(h(Table, { labelledBy: "stock-heading", columns, empty: "Nothing yet." }, []));
    expect(html).toContain('aria-labelledby="stock-heading"');
    expect(html).toContain('<tbody><tr><td colSpan="2" class="text-stone-700">Nothing yet.</td></tr></tbody>');
  });

  it("shows a report's caption as its title", () => {
    const html = renderToStaticMarkup(h(Table, { variant: "report", caption: "Referrals by domain", columns }));
    expect(html).toContain('<caption class="mb-2 text-left text-lg font-semibold">Referrals by domain</caption>');
  });
});

describe("the UI kit's panel", () => {
  it("is a section named by its heading", () => {
    const html = renderToStaticMarkup(h(Panel, { headingId: "team-heading", heading: "Team", className: "mb-6", ...{ "data-testid": "team" } }, "…"));
    expect(html).toBe('<section aria-labelledby="team-heading" class="mb-6 rounded-lg border border-stone-300 bg-white p-4" data-testid="team"><h2 id="team-heading" class="mb-3 text-lg font-semibold">Team</h2>…</section>');
  });

  it("is only the frame without a heading", () => {
    expect(renderToStaticMarkup(h(Panel, { id: "budget" }, "…"))).toBe('<section class="rounded-lg border border-stone-300 bg-white p-4" id="budget">…</section>');
  });
});
