/**
 * The Dataframe's table element, virtualised: only the rows in (and just around) the scrolled
 * window exist in the DOM, between two spacer rows that keep the scroll height of all of them.
 *
 * Why it exists: a 10,000-row table built as 10,000 `<tr>`s takes seconds to lay out and makes
 * every scroll frame slow. Here a scroll re-renders only when the window leaves the rows already
 * built (OVERSCAN rows either side), in one animation frame. Tables up to ALL_ROWS rows are built
 * whole (their rows may wrap to any height). Column widths are fixed when virtualised (from
 * `column_widths`, else estimated from the text of the first rows) so they do not jump while
 * scrolling; pinned columns are `position: sticky` at their measured offsets.
 */

import type { Delimiter } from "../markdown";
import { applyCellCss, fillCell } from "./cells";
import type { TableModel } from "./table-model";

const OVERSCAN = 12;
export const ALL_ROWS = 200;
const SAMPLE_ROWS = 300;

export interface GridOptions {
  wrap: boolean;
  maxChars: number | null;
  lineBreaks: boolean;
  delimiters: Delimiter[];
  rowNumbers: boolean;
  columnWidths: string[];
  pinned: number;
  maxHeight: string;
  filterRow: boolean;
  interactive: boolean;
}

export interface GridEvents {
  headerClick(col: number): void;
  filterInput(col: number, text: string): void;
  /** A cell's data row and column, and the position of its row in the view. */
  cellClick(row: number, col: number, position: number, event: MouseEvent): void;
  cellDblClick(row: number, col: number, position: number): void;
  cellContextMenu(row: number, col: number, position: number, event: MouseEvent): void;
  /** The window was rebuilt (an open editor's cell may be gone). */
  windowChange(): void;
}

export class Grid {
  readonly scroller = document.createElement("div");
  private readonly table = document.createElement("table");
  private readonly colgroup = document.createElement("colgroup");
  private readonly thead = document.createElement("thead");
  private readonly tbody = document.createElement("tbody");
  private readonly topSpacer = document.createElement("tr");
  private readonly bottomSpacer = document.createElement("tr");
  private rowHeight = 34;
  /** Whether `rowHeight` was measured from a built row (once per render: not on every scroll). */
  private measured = false;
  private pinnedCount = 0;
  private first = 0;
  private last = -1;
  private frame = 0;
  private options: GridOptions | null = null;
  /** The active cell: its view position and column (outlined, moved by the keyboard). */
  active: { position: number; col: number } | null = null;

  constructor(
    private model: TableModel,
    private readonly events: GridEvents,
  ) {
    this.scroller.className = "blocklite-dataframe-scroll";
    this.scroller.tabIndex = 0;
    this.scroller.setAttribute("role", "grid");
    this.table.className = "blocklite-dataframe-table";
    this.topSpacer.className = "blocklite-dataframe-spacer";
    this.bottomSpacer.className = "blocklite-dataframe-spacer";
    this.table.append(this.colgroup, this.thead, this.tbody);
    this.scroller.append(this.table);
    this.scroller.addEventListener("scroll", () => this.onScroll(), { passive: true });
    this.thead.addEventListener("click", (e) => {
      const th = e.target instanceof Element ? e.target.closest("th[data-c]") : null;
      if (th instanceof HTMLElement && !(e.target instanceof HTMLInputElement)) this.events.headerClick(Number(th.dataset.c));
    });
    this.thead.addEventListener("input", (e) => {
      const input = e.target;
      if (input instanceof HTMLInputElement && input.dataset.c) this.events.filterInput(Number(input.dataset.c), input.value);
    });
    const cellAt = (e: Event): HTMLElement | null => {
      const td = e.target instanceof Element ? e.target.closest("td[data-c]") : null;
      return td instanceof HTMLElement ? td : null;
    };
    const dispatch = (e: MouseEvent, fn: (r: number, c: number, p: number) => void): void => {
      const td = cellAt(e);
      if (td) fn(Number(td.dataset.r), Number(td.dataset.c), Number(td.dataset.p));
    };
    this.tbody.addEventListener("click", (e) => dispatch(e, (r, c, p) => this.events.cellClick(r, c, p, e)));
    this.tbody.addEventListener("dblclick", (e) => dispatch(e, (r, c, p) => this.events.cellDblClick(r, c, p)));
    this.tbody.addEventListener("contextmenu", (e) => dispatch(e, (r, c, p) => this.events.cellContextMenu(r, c, p, e)));
  }

  /** Show another model (new data); call `render` next. */
  setModel(model: TableModel): void {
    this.model = model;
    this.active = null;
  }

  get virtual(): boolean {
    return this.model.view.length > ALL_ROWS;
  }

  /** Rebuild the header and the rows in the window (after new data, a sort, a filter...). */
  render(options: GridOptions): void {
    this.options = options;
    this.scroller.style.maxHeight = options.maxHeight;
    this.table.classList.toggle("blocklite-dataframe-wrap", options.wrap);
    this.renderHead(options);
    this.applyWidths(options);
    this.last = -1;
    this.measured = false;
    this.renderWindow(true);
  }

  private renderHead(o: GridOptions): void {
    const m = this.model;
    const row = document.createElement("tr");
    if (o.rowNumbers) row.append(headCell("", "blocklite-dataframe-rownum"));
    m.headers.forEach((header, c) => {
      const th = headCell(header, "");
      th.dataset.c = String(c);
      th.setAttribute("role", "columnheader");
      const sorted = m.sortColumn === c ? m.sortDirection : "none";
      th.setAttribute("aria-sort", sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : "none");
      th.title = "Sort";
      row.append(th);
    });
    const rows = [row];
    if (o.filterRow) {
      const filters = document.createElement("tr");
      filters.className = "blocklite-dataframe-filters";
      if (o.rowNumbers) filters.append(headCell("", "blocklite-dataframe-rownum"));
      m.headers.forEach((header, c) => {
        const th = document.createElement("th");
        const input = document.createElement("input");
        input.type = "text";
        input.dataset.c = String(c);
        input.placeholder = "Filter";
        input.value = m.filters[c] ?? "";
        input.setAttribute("aria-label", `Filter ${header} (text, or > < = != and a value)`);
        th.append(input);
        filters.append(th);
      });
      rows.push(filters);
    }
    this.thead.replaceChildren(...rows);
    this.scroller.setAttribute("aria-rowcount", String(m.view.length + 1));
    this.scroller.setAttribute("aria-colcount", String(m.headers.length));
  }

  private applyWidths(o: GridOptions): void {
    const m = this.model;
    const cols: HTMLTableColElement[] = [];
    const fixed = this.virtual || o.columnWidths.length > 0;
    if (o.rowNumbers) cols.push(col("56px"));
    m.headers.forEach((header, c) => {
      const given = o.columnWidths[c];
      cols.push(col(given ?? (this.virtual ? `${estimateWidth(m, c, header)}px` : "")));
    });
    this.colgroup.replaceChildren(...cols);
    this.table.style.tableLayout = fixed ? "fixed" : "";
    this.table.style.width = fixed && o.columnWidths.every((w) => !w.endsWith("%")) ? "max-content" : "";
  }

  private onScroll(): void {
    if (!this.virtual || this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.renderWindow(false);
    });
  }

  /** Build the rows around the scrolled window, unless those already built still cover it. */
  private renderWindow(force: boolean): void {
    const o = this.options;
    if (!o) return;
    const total = this.model.view.length;
    let start = 0;
    let end = total - 1;
    if (this.virtual) {
      const visible = Math.ceil((this.scroller.clientHeight || 500) / this.rowHeight);
      const top = Math.floor(this.scroller.scrollTop / this.rowHeight);
      if (!force && top >= this.first && top + visible <= this.last + 1) return;
      start = Math.max(0, top - OVERSCAN);
      end = Math.min(total - 1, top + visible + OVERSCAN);
    }
    this.first = start;
    this.last = end;
    const rows: HTMLTableRowElement[] = [];
    for (let p = start; p <= end; p++) rows.push(this.buildRow(p, o));
    this.topSpacer.style.height = `${start * this.rowHeight}px`;
    this.bottomSpacer.style.height = `${Math.max(0, total - 1 - end) * this.rowHeight}px`;
    this.tbody.replaceChildren(this.topSpacer, ...rows, this.bottomSpacer);
    if (total === 0) this.tbody.append(emptyRow(this.model.headers.length + (o.rowNumbers ? 1 : 0)));
    if (this.virtual && rows.length > 0 && !o.wrap && !this.measured) {
      this.measured = true;
      const measured = rows[0].getBoundingClientRect().height;
      if (measured > 0 && Math.abs(measured - this.rowHeight) > 0.5) {
        this.rowHeight = measured;
        this.topSpacer.style.height = `${start * measured}px`;
        this.bottomSpacer.style.height = `${Math.max(0, total - 1 - end) * measured}px`;
      }
    }
    this.pin(o.pinned);
    this.events.windowChange();
  }

  private buildRow(position: number, o: GridOptions): HTMLTableRowElement {
    const m = this.model;
    const r = m.view[position];
    const data = m.data[r];
    const tr = document.createElement("tr");
    tr.setAttribute("aria-rowindex", String(position + 2));
    if (o.rowNumbers) tr.append(headCell(String(r + 1), "blocklite-dataframe-rownum"));
    for (let c = 0; c < m.headers.length; c++) {
      const td = document.createElement("td");
      td.dataset.r = String(r);
      td.dataset.c = String(c);
      td.dataset.p = String(position);
      td.setAttribute("role", "gridcell");
      const style = m.styleOf(r, c);
      const display = o.interactive ? null : style.display;
      const type = m.types[c] ?? "str";
      fillCell(td, data[c] ?? null, { type, maxChars: o.maxChars, lineBreaks: o.lineBreaks, delimiters: o.delimiters, display });
      applyCellCss(td, style.css);
      if (this.active && this.active.position === position && this.active.col === c) td.classList.add("blocklite-dataframe-active");
      tr.append(td);
    }
    return tr;
  }

  /** `position: sticky` left offsets for the first `count` columns (measured from the header). */
  private pin(count: number): void {
    const wasPinned = this.pinnedCount > 0;
    this.pinnedCount = count;
    if (count <= 0) {
      if (wasPinned) this.table.querySelectorAll(".blocklite-dataframe-pinned").forEach((el) => el.classList.remove("blocklite-dataframe-pinned"));
      return; // nothing to measure: no layout forced while scrolling
    }
    const offset = this.options?.rowNumbers ? 1 : 0;
    const heads = Array.from(this.thead.rows[0]?.cells ?? []);
    const upto = Math.min(heads.length, count + offset);
    const lefts = heads.slice(0, upto).map((th) => th.offsetLeft);
    for (const row of Array.from(this.table.rows)) {
      for (let i = 0; i < row.cells.length; i++) {
        const cell = row.cells[i];
        const pinned = i < upto;
        if (cell.classList.contains("blocklite-dataframe-pinned") !== pinned) cell.classList.toggle("blocklite-dataframe-pinned", pinned);
        if (pinned) cell.style.left = `${lefts[i] ?? 0}px`;
      }
    }
  }

  /** The header cell of a column. */
  headerAt(col: number): HTMLElement | null {
    return this.thead.querySelector<HTMLElement>(`th[data-c="${col}"]`);
  }

  /** The `<td>` of a view position and column, if it is built. */
  cellAt(position: number, col: number): HTMLElement | null {
    return this.tbody.querySelector<HTMLElement>(`td[data-p="${position}"][data-c="${col}"]`);
  }

  /** Mark the active cell and scroll it into view (building its rows first when virtualised). */
  setActive(position: number, col: number): HTMLElement | null {
    this.tbody.querySelector(".blocklite-dataframe-active")?.classList.remove("blocklite-dataframe-active");
    this.active = { position, col };
    if (this.virtual && (position < this.first || position > this.last)) {
      this.scroller.scrollTop = Math.max(0, position * this.rowHeight - this.scroller.clientHeight / 2);
      this.renderWindow(true);
    }
    const td = this.cellAt(position, col);
    if (td) {
      td.classList.add("blocklite-dataframe-active");
      td.scrollIntoView({ block: "nearest", inline: "nearest" });
    }
    return td;
  }
}

function headCell(text: string, className: string): HTMLTableCellElement {
  const th = document.createElement("th");
  th.textContent = text;
  if (className) th.className = className;
  return th;
}

function col(width: string): HTMLTableColElement {
  const c = document.createElement("col");
  if (width) c.style.width = width;
  return c;
}

function emptyRow(span: number): HTMLTableRowElement {
  const tr = document.createElement("tr");
  const td = document.createElement("td");
  td.colSpan = Math.max(1, span);
  td.className = "blocklite-dataframe-empty";
  td.textContent = "No rows";
  tr.append(td);
  return tr;
}

/** A column's width in px from the length of its header and first rows' text (60 to 320). */
function estimateWidth(m: TableModel, c: number, header: string): number {
  let chars = header.length + 2;
  const n = Math.min(m.view.length, SAMPLE_ROWS);
  for (let i = 0; i < n; i++) {
    const cell = m.data[m.view[i]][c];
    const len = cell === null || cell === undefined ? 0 : String(cell).length;
    if (len > chars) chars = len;
  }
  return Math.max(60, Math.min(320, Math.round(chars * 8 + 24)));
}
