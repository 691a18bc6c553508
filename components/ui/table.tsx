import type { ReactNode, TdHTMLAttributes } from "react";
import { Children } from "react";

// The UI kit's static table: rendered on the server (or inside a client form), no sorting, no
// state. It always has a name (a caption, an aria-label or the id of a heading), column headers
// with scope="col", numbers aligned right in tabular figures, a horizontal scroll on a narrow
// screen, and a row that says so when there is nothing to list. Cell padding and row rules come
// from .ui-table in app/globals.css (the components layer, so a cell's own classes still win).

export type Column = {
  header: ReactNode;
  /** Right-aligned, as the numbers below it. */
  numeric?: boolean;
  className?: string;
};

type Variant = "framed" | "plain" | "compact" | "report";

// ui-table-wrap: printed without its scroll (app/globals.css), so a long table breaks across pages.
const WRAPPER: Record<Variant, string> = {
  framed: "ui-table-wrap overflow-x-auto rounded-lg border border-stone-300 bg-white",
  plain: "ui-table-wrap overflow-x-auto",
  compact: "ui-table-wrap overflow-x-auto",
  report: "ui-table-wrap overflow-x-auto",
};
const TABLE: Record<Variant, string> = {
  framed: "ui-table w-full text-left",
  plain: "ui-table w-full border-collapse text-left",
  compact: "ui-table ui-table-compact w-full text-left",
  report: "ui-table ui-table-report mb-6 w-full max-w-3xl border-collapse text-left break-inside-avoid",
};
const HEAD: Record<Variant, string> = { framed: "bg-stone-100 text-sm", plain: "text-sm", compact: "text-sm", report: "" };
/** A report's caption is its visible title; elsewhere a caption only names the table. */
const CAPTION: Record<Variant, string> = { framed: "sr-only", plain: "sr-only", compact: "sr-only", report: "mb-2 text-left text-lg font-semibold" };

type Name = { caption: ReactNode; captionClassName?: string } | { label: string } | { labelledBy: string };

type Props = Name & {
  columns: (Column | null | false)[];
  /** Shown in a single row when there are no rows. */
  empty?: ReactNode;
  /** framed: its own border (a list page); plain: inside a panel; compact: a panel's small figures; report: a printed report's figures under a visible caption. */
  variant?: Variant;
  className?: string;
  wrapperClassName?: string;
  foot?: ReactNode;
  children?: ReactNode;
  "data-testid"?: string;
};

export function Table(props: Props) {
  const { columns, empty, variant = "framed", className, wrapperClassName, foot, children } = props;
  const shown = columns.filter((column): column is Column => Boolean(column));
  const rows = Children.toArray(children);
  const caption = "caption" in props ? <caption className={props.captionClassName ?? CAPTION[variant]}>{props.caption}</caption> : null;
  return (
    <div className={wrapperClassName ? `${WRAPPER[variant]} ${wrapperClassName}` : WRAPPER[variant]}>
      <table
        className={className ? `${TABLE[variant]} ${className}` : TABLE[variant]}
        aria-label={"label" in props ? props.label : undefined}
        aria-labelledby={"labelledBy" in props ? props.labelledBy : undefined}
        data-testid={props["data-testid"]}
      >
        {caption}
        <thead className={HEAD[variant]}>
          <tr>
            {shown.map((column, index) => (
              <th key={index} scope="col" className={[column.numeric ? "text-right" : null, column.className].filter(Boolean).join(" ") || undefined}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length > 0 || empty === undefined ? (
            rows
          ) : (
            <tr>
              <td colSpan={shown.length} className="text-stone-700">
                {empty}
              </td>
            </tr>
          )}
        </tbody>
        {foot ? <tfoot>{foot}</tfoot> : null}
      </table>
    </div>
  );
}

type CellProps = TdHTMLAttributes<HTMLTableCellElement> & {
  /** A number: right-aligned in tabular figures. */
  numeric?: boolean;
  /** The row's header (th scope="row"): what the row is about. */
  rowHeader?: boolean;
};

export function Cell({ numeric, rowHeader, className, children, ...cell }: CellProps) {
  const classes = [numeric ? "text-right tabular-nums" : null, className].filter(Boolean).join(" ") || undefined;
  if (rowHeader) {
    return (
      <th scope="row" className={classes} {...cell}>
        {children}
      </th>
    );
  }
  return (
    <td className={classes} {...cell}>
      {children}
    </td>
  );
}
