/**
 * The Dataframe's table as data: cells, headers, datatypes, and the operations the page offers on
 * them (edit a cell, add and remove rows and columns, sort, search and filter).
 *
 * Why it exists: the logic is independent of the DOM, so Node tests run it without a browser, and
 * the view (dataframe.ts) only maps a window of the model's visible rows to elements. Sorting and
 * filtering never reorder the data itself: they produce `view`, a list of data-row indices, so the
 * value sent to Python keeps the rows in their order (as Gradio: "sorting the columns in the
 * browser will not affect the values passed to this function").
 */

import { isRecord } from "../../lib/guards";

export type Cell = string | number | boolean | null;
export type SortDirection = "asc" | "desc" | "none";
export const DATATYPES = new Set(["str", "number", "bool", "date", "markdown", "html", "image"]);

export interface TableValue {
  headers: string[];
  data: Cell[][];
  metadata: { display_value?: unknown; styling?: unknown } | null;
}

/** A cell from the wire: JSON scalars stay, anything else becomes its JSON text. */
function cellOf(x: unknown): Cell {
  if (x === null || x === undefined) return null;
  if (typeof x === "string" || typeof x === "number" || typeof x === "boolean") return x;
  try {
    return JSON.stringify(x);
  } catch {
    return String(x);
  }
}

/** The DataframeData the config or an output sent (an empty table if it is not one). */
export function tableValue(x: unknown, fallbackHeaders: unknown = []): TableValue {
  const rows = isRecord(x) && Array.isArray(x.data) ? x.data : [];
  const data = rows.filter(Array.isArray).map((row: unknown[]) => row.map(cellOf));
  const given = isRecord(x) && Array.isArray(x.headers) ? x.headers : Array.isArray(fallbackHeaders) ? fallbackHeaders : [];
  const headers = given.map((h) => (typeof h === "string" ? h : String(cellOf(h) ?? "")));
  const metadata = isRecord(x) && isRecord(x.metadata) ? x.metadata : null;
  return { headers, data, metadata };
}

/** The datatype of each of `count` columns (`datatype` is one name or one per column). */
export function columnTypes(datatype: unknown, count: number): string[] {
  const pick = (x: unknown): string => (typeof x === "string" && DATATYPES.has(x) ? x : "str");
  return Array.from({ length: count }, (_, i) => pick(Array.isArray(datatype) ? datatype[i] : datatype));
}

/** Text the user typed → the cell for a column of `type` (numbers and booleans parsed). */
export function parseCell(text: string, type: string): Cell {
  if (type === "number") {
    const trimmed = text.trim();
    if (trimmed === "") return null;
    const n = Number(trimmed);
    return Number.isFinite(n) ? n : text;
  }
  if (type === "bool") return /^(true|1|yes|on)$/i.test(text.trim());
  return text;
}

/** A cell as plain text (search, copy, the editor's starting text). */
export function cellText(cell: Cell): string {
  return cell === null ? "" : String(cell);
}

function compare(a: Cell, b: Cell): number {
  if (a === b) return 0;
  if (a === null || a === "") return 1; // empty cells last, both ways
  if (b === null || b === "") return -1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "boolean" && typeof b === "boolean") return Number(a) - Number(b);
  const na = Number(a);
  const nb = Number(b);
  if (typeof a !== "boolean" && typeof b !== "boolean" && Number.isFinite(na) && Number.isFinite(nb)) return na - nb;
  return String(a).localeCompare(String(b), undefined, { numeric: true });
}

/** A per-column filter typed in "filter" mode: `>5`, `<=2`, `=x`, `!=x`, or text it contains. */
export function matchesFilter(cell: Cell, filter: string): boolean {
  const f = filter.trim();
  if (f === "") return true;
  const m = /^(>=|<=|!=|>|<|=)\s*(.*)$/.exec(f);
  const text = cellText(cell);
  if (!m) return text.toLowerCase().includes(f.toLowerCase());
  const [, op, operand] = m;
  const a = Number(text);
  const b = Number(operand);
  const numeric = text.trim() !== "" && operand.trim() !== "" && Number.isFinite(a) && Number.isFinite(b);
  const numberWanted = operand.trim() !== "" && Number.isFinite(b);
  if (numberWanted && !numeric && op !== "!=" && op !== "=") return false; // "<3" skips text and empty cells
  switch (op) {
    case "=":
      return numeric ? a === b : text.toLowerCase() === operand.toLowerCase();
    case "!=":
      return numeric ? a !== b : text.toLowerCase() !== operand.toLowerCase();
    case ">":
      return numeric ? a > b : text > operand;
    case "<":
      return numeric ? a < b : text < operand;
    case ">=":
      return numeric ? a >= b : text >= operand;
    default:
      return numeric ? a <= b : text <= operand;
  }
}

export class TableModel {
  headers: string[];
  data: Cell[][];
  metadata: TableValue["metadata"];
  types: string[];
  sortColumn: number | null = null;
  sortDirection: SortDirection = "none";
  query = "";
  filters: string[] = [];
  /** Data-row indices in display order (after filter and sort). */
  view: number[] = [];

  constructor(value: TableValue, datatype: unknown) {
    this.headers = value.headers;
    this.data = value.data;
    this.metadata = value.metadata;
    this.types = columnTypes(datatype, this.width);
    this.refresh();
  }

  get width(): number {
    return Math.max(this.headers.length, ...this.data.slice(0, 1).map((r) => r.length));
  }

  /** The value sent to Python: rows in data order, every row as wide as the headers. */
  toValue(): TableValue {
    const w = this.headers.length;
    const data = this.data.map((row) => Array.from({ length: w }, (_, i) => row[i] ?? null));
    return { headers: [...this.headers], data, metadata: this.metadata };
  }

  /** Recompute `view` from the query, filters and sort. */
  refresh(): void {
    const q = this.query.trim().toLowerCase();
    const rows: number[] = [];
    for (let r = 0; r < this.data.length; r++) {
      const row = this.data[r];
      if (q !== "" && !row.some((c) => cellText(c).toLowerCase().includes(q))) continue;
      if (this.filters.some((f, c) => f !== "" && !matchesFilter(row[c] ?? null, f))) continue;
      rows.push(r);
    }
    const col = this.sortColumn;
    if (col !== null && this.sortDirection !== "none") {
      const sign = this.sortDirection === "asc" ? 1 : -1;
      rows.sort((a, b) => {
        const x = this.data[a][col] ?? null;
        const y = this.data[b][col] ?? null;
        const empty = (c: Cell): boolean => c === null || c === "";
        if (empty(x) || empty(y)) return compare(x, y) || a - b; // empties last either way
        return sign * compare(x, y) || a - b;
      });
    }
    this.view = rows;
  }

  /** Header click: none → asc → desc → none (another column starts at asc). */
  cycleSort(col: number): void {
    if (this.sortColumn !== col) {
      this.sortColumn = col;
      this.sortDirection = "asc";
    } else {
      this.sortDirection = this.sortDirection === "asc" ? "desc" : this.sortDirection === "desc" ? "none" : "asc";
      if (this.sortDirection === "none") this.sortColumn = null;
    }
    this.refresh();
  }

  setQuery(query: string): void {
    this.query = query;
    this.refresh();
  }

  setFilter(col: number, filter: string): void {
    while (this.filters.length <= col) this.filters.push("");
    this.filters[col] = filter;
    this.refresh();
  }

  /** Set a cell from typed text; returns the previous cell (null when nothing changed). */
  setCell(row: number, col: number, text: string): { previous: Cell; value: Cell } | null {
    const previous = this.data[row]?.[col] ?? null;
    const value = parseCell(text, this.types[col] ?? "str");
    if (value === previous) return null;
    while (this.data[row].length <= col) this.data[row].push(null);
    this.data[row][col] = value;
    this.metadata = null; // a Styler's display values and styles no longer match
    this.refresh();
    return { previous, value };
  }

  setHeader(col: number, text: string): boolean {
    if (this.headers[col] === text) return false;
    this.headers[col] = text;
    return true;
  }

  private emptyCell(col: number): Cell {
    return this.types[col] === "bool" ? false : this.types[col] === "number" ? null : "";
  }

  /** A blank row inserted before data row `at` (the end when omitted). */
  addRow(at = this.data.length): void {
    this.data.splice(at, 0, Array.from({ length: this.headers.length }, (_, c) => this.emptyCell(c)));
    this.metadata = null;
    this.refresh();
  }

  removeRow(at: number): void {
    this.data.splice(at, 1);
    this.metadata = null;
    this.refresh();
  }

  /** A blank column inserted before column `at`, named by its position like Gradio's new ones. */
  addColumn(at = this.headers.length): void {
    this.headers.splice(at, 0, String(this.headers.length + 1));
    this.types.splice(at, 0, "str");
    this.filters.splice(at, 0, "");
    for (const row of this.data) row.splice(at, 0, "");
    if (this.sortColumn !== null && this.sortColumn >= at) this.sortColumn++;
    this.metadata = null;
    this.refresh();
  }

  removeColumn(at: number): void {
    if (this.headers.length <= 1) return;
    this.headers.splice(at, 1);
    this.types.splice(at, 1);
    this.filters.splice(at, 1);
    for (const row of this.data) row.splice(at, 1);
    if (this.sortColumn === at) {
      this.sortColumn = null;
      this.sortDirection = "none";
    } else if (this.sortColumn !== null && this.sortColumn > at) this.sortColumn--;
    this.metadata = null;
    this.refresh();
  }

  /** gr.SelectData for a click on a data cell: `{index: [row, col], value, row_value, col_value}`. */
  selectData(row: number, col: number): Record<string, unknown> {
    return {
      index: [row, col],
      value: this.data[row]?.[col] ?? null,
      row_value: [...(this.data[row] ?? [])],
      col_value: this.data.map((r) => r[col] ?? null),
      selected: true,
    };
  }

  /** The table as tab-separated text with a header line (the copy button). */
  toTsv(): string {
    const clean = (s: string): string => s.replace(/[\t\r\n]+/g, " ");
    const lines = [this.headers.map(clean).join("\t")];
    for (const row of this.data) lines.push(this.headers.map((_, c) => clean(cellText(row[c] ?? null))).join("\t"));
    return lines.join("\n");
  }

  /** What a Styler sent for a data cell: its display text and CSS, when there are some. */
  styleOf(row: number, col: number): { display: string | null; css: string } {
    const pick = (table: unknown): unknown => (Array.isArray(table) && Array.isArray(table[row]) ? table[row][col] : undefined);
    const display = pick(this.metadata?.display_value);
    const css = pick(this.metadata?.styling);
    return { display: typeof display === "string" ? display : null, css: typeof css === "string" ? css : "" };
  }
}
