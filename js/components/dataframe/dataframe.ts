/**
 * Dataframe: a table of values (Gradio's DataframeData), shown, sorted, searched and, when
 * interactive, edited cell by cell.
 *
 * Why it exists: gr.Dataframe is how apps show and collect tables. The data and its operations are
 * table-model.ts, the virtualised table element grid.ts, cell content cells.ts; this module ties
 * them to the props and the user: a toolbar (search box per `show_search`, add row / column when
 * the counts are "dynamic", copy as TSV, fullscreen), the active cell moved by arrows and Tab,
 * an editor opened by double-click, Enter or typing, and the events (`select` with
 * `{index: [row, col], value, row_value, col_value}`, `input` + `change` + `edit` on each edit).
 */

import { copyText } from "../../lib/clipboard";
import { type Dict, isNumber, num } from "../../lib/guards";
import { glyph } from "../../lib/glyphs";
import { Component, type ComponentContext, applyLabel } from "../base";
import { delimitersOf } from "../markdown";
import { componentSpec } from "../spec";
import { Grid, type GridOptions } from "./grid";
import { inlineInput } from "./inline-input";
import { keyAction } from "./keys";
import { type MenuAction, TableMenu } from "./table-menu";
import { TableModel, cellText, parseCell, tableValue } from "./table-model";
import dataframeCss from "./dataframe.css";

/** `[n, "dynamic" | "fixed"]` (or a bare number) → whether the user may add and remove. */
function dynamic(count: unknown): boolean {
  return !(Array.isArray(count) && count[1] === "fixed");
}

function cssSize(x: unknown, fallback: string): string {
  if (isNumber(x)) return `${x}px`;
  return typeof x === "string" && x.trim() !== "" ? x : fallback;
}

export class Dataframe extends Component {
  private readonly title = document.createElement("span");
  private readonly toolbar = document.createElement("div");
  private readonly search = document.createElement("input");
  private readonly addRowButton = document.createElement("button");
  private readonly addColumnButton = document.createElement("button");
  private readonly copyButton = document.createElement("button");
  private readonly fullButton = document.createElement("button");
  private readonly menu = new TableMenu();
  private model: TableModel;
  private readonly grid: Grid;
  private modelSource: unknown = undefined;
  private modelKey = "";
  private editor: { input: HTMLInputElement; row: number; col: number; position: number } | null = null;

  constructor(id: number, type: string, props: Dict, ctx: ComponentContext) {
    super(id, type, props, ctx);
    this.model = new TableModel(tableValue(null), "str");
    this.grid = new Grid(this.model, {
      headerClick: (c) => this.sortBy(c),
      filterInput: (c, text) => {
        this.model.setFilter(c, text);
        this.refreshRows();
      },
      cellClick: (r, c, p, e) => this.onCellClick(r, c, p, e),
      cellDblClick: (r, c, p) => this.startEdit(p, c, null),
      cellContextMenu: (r, c, p, e) => this.openMenu(r, c, p, e),
      windowChange: () => this.closeEditorIfGone(),
    });
    this.title.className = "blocklite-label";
    this.title.id = this.controlId("label");
    this.grid.scroller.setAttribute("aria-labelledby", this.title.id);
    this.toolbar.className = "blocklite-dataframe-toolbar";
    this.search.type = "search";
    this.search.className = "blocklite-dataframe-search";
    this.search.placeholder = "Search...";
    this.search.setAttribute("aria-label", "Search the table");
    this.search.addEventListener("input", () => {
      this.model.setQuery(this.search.value);
      this.refreshRows();
    });
    this.button(this.addRowButton, "+ Row", "Add a row", () => this.addRow(this.model.data.length));
    this.button(this.addColumnButton, "+ Column", "Add a column", () => this.addColumn(this.model.headers.length));
    this.button(this.copyButton, "Copy", "Copy the table (tab-separated)", () => this.copy());
    this.button(this.fullButton, "", "Fullscreen", () => this.toggleFullscreen());
    this.fullButton.append(glyph("fullscreen"));
    this.toolbar.append(this.search, this.addRowButton, this.addColumnButton, this.copyButton, this.fullButton);
    const head = document.createElement("div");
    head.className = "blocklite-block-head";
    head.append(this.title, this.toolbar);
    this.grid.scroller.addEventListener("keydown", (e) => this.onKey(e));
    this.el.addEventListener("keydown", (e) => {
      if (e.key === "Escape" && this.el.classList.contains("blocklite-dataframe-full") && !this.editor) this.toggleFullscreen();
    });
    this.el.append(head, this.grid.scroller, this.menu.el);
    this.render();
  }

  private button(b: HTMLButtonElement, text: string, label: string, run: () => void): void {
    b.type = "button";
    b.className = "blocklite-icon-button";
    b.textContent = text;
    b.setAttribute("aria-label", label);
    b.title = label;
    b.addEventListener("click", run);
  }

  render(): void {
    const p = this.props;
    this.applyOuter(["blocklite-container"]);
    applyLabel(this.title, p, "Dataframe");
    this.syncModel();
    const buttons = Array.isArray(p.buttons) ? p.buttons : ["fullscreen", "copy"];
    const search = p.show_search === "search" || p.show_search === "filter";
    this.search.hidden = !search;
    const editable = this.interactive;
    this.addRowButton.hidden = !(editable && dynamic(p.row_count));
    this.addColumnButton.hidden = !(editable && this.columnsDynamic());
    this.copyButton.hidden = !buttons.includes("copy");
    this.fullButton.hidden = !buttons.includes("fullscreen");
    this.grid.render(this.gridOptions());
  }

  private gridOptions(): GridOptions {
    const p = this.props;
    const widths = Array.isArray(p.column_widths) ? p.column_widths.map((w) => cssSize(w, "")) : [];
    return {
      wrap: p.wrap === true,
      maxChars: num(p.max_chars),
      lineBreaks: p.line_breaks !== false,
      delimiters: delimitersOf(p.latex_delimiters),
      rowNumbers: p.show_row_numbers === true,
      columnWidths: widths,
      pinned: num(p.pinned_columns) ?? 0,
      maxHeight: this.el.classList.contains("blocklite-dataframe-full") ? "none" : cssSize(p.max_height, "500px"),
      filterRow: p.show_search === "filter",
      interactive: this.interactive,
    };
  }

  /** Rebuild the model when a new value or datatype came (keeping sort and search). */
  private syncModel(): void {
    const p = this.props;
    const key = JSON.stringify([p.datatype ?? null, p.headers ?? null]);
    if (p.value === this.modelSource && key === this.modelKey) return;
    this.modelSource = p.value;
    this.modelKey = key;
    const value = tableValue(p.value, p.headers);
    const rows = Array.isArray(p.row_count) && isNumber(p.row_count[0]) ? p.row_count[0] : 0;
    if (this.interactive && value.data.length === 0) {
      for (let i = 0; i < rows; i++) value.data.push(value.headers.map(() => ""));
    }
    const old = this.model;
    const model = new TableModel(value, p.datatype);
    if (old.sortColumn !== null && old.sortColumn < model.headers.length) {
      model.sortColumn = old.sortColumn;
      model.sortDirection = old.sortDirection;
    }
    model.query = old.query;
    model.filters = old.filters.slice(0, model.headers.length);
    model.refresh();
    this.model = model;
    this.grid.setModel(model);
    this.closeEditor(false);
  }

  getValue(): unknown {
    return this.model.toValue();
  }

  private columnsDynamic(): boolean {
    const statics = Array.isArray(this.props.static_columns) ? this.props.static_columns : [];
    return dynamic(this.props.column_count ?? this.props.col_count) && statics.length === 0;
  }

  private editableColumn(col: number): boolean {
    const statics = Array.isArray(this.props.static_columns) ? this.props.static_columns : [];
    return this.interactive && !statics.includes(col);
  }

  private refreshRows(): void {
    this.closeEditor(true);
    this.grid.render(this.gridOptions());
  }

  private sortBy(col: number): void {
    this.model.cycleSort(col);
    this.refreshRows();
  }

  /** The user changed the data: the value to send is the model's, and the events fire. */
  private changed(edit?: { index: [number, number]; value: unknown; previous_value: unknown }): void {
    const value = this.model.toValue();
    this.props.value = value;
    this.modelSource = value;
    if (edit && this.ctx.hasListener(this.id, "edit")) this.ctx.trigger(this.id, "edit", edit);
    this.ctx.trigger(this.id, "input");
    this.ctx.trigger(this.id, "change");
  }

  private onCellClick(row: number, col: number, position: number, e: MouseEvent): void {
    this.grid.setActive(position, col);
    this.grid.scroller.focus({ preventScroll: true });
    const m = this.model;
    if (m.types[col] === "bool" && e.target instanceof HTMLInputElement && this.editableColumn(col)) {
      const result = m.setCell(row, col, String(!(m.data[row][col] === true)));
      this.grid.render(this.gridOptions());
      if (result) this.changed({ index: [row, col], value: result.value, previous_value: result.previous });
    } else if (e.target instanceof HTMLInputElement) {
      e.preventDefault(); // a read-only checkbox stays as it is
    }
    if (this.ctx.hasListener(this.id, "select")) {
      this.ctx.trigger(this.id, "select", m.selectData(row, col));
    }
  }

  private onKey(e: KeyboardEvent): void {
    if (this.editor || e.target !== this.grid.scroller) return;
    const action = keyAction(e, this.grid.active, this.model.view.length, this.model.headers.length);
    const at = this.grid.active;
    if (action.kind === "none") return;
    e.preventDefault();
    if (action.kind === "move") this.grid.setActive(action.to.position, action.to.col);
    else if (at && action.kind === "edit") this.startEdit(at.position, at.col, action.text);
    else if (at && action.kind === "copy") copyText(cellText(this.model.data[this.model.view[at.position]]?.[at.col] ?? null));
    else if (at && action.kind === "clear") this.clearCell(at.position, at.col);
    else if (at && action.kind === "menu") {
      const rect = this.grid.cellAt(at.position, at.col)?.getBoundingClientRect();
      this.openMenuAt(this.model.view[at.position], at.col, rect ? rect.left : 0, rect ? rect.bottom : 0);
    }
  }

  /** Delete on the active cell: empty it (a checkbox becomes unchecked). */
  private clearCell(position: number, col: number): void {
    const row = this.model.view[position];
    if (row === undefined || !this.editableColumn(col)) return;
    const result = this.model.setCell(row, col, this.model.types[col] === "bool" ? "false" : "");
    this.grid.render(this.gridOptions());
    this.grid.setActive(position, col);
    if (result) this.changed({ index: [row, col], value: result.value, previous_value: result.previous });
  }

  /** Open the editor on a cell (`text` replaces its content, as typing over a spreadsheet cell). */
  private startEdit(position: number, col: number, text: string | null): void {
    if (!this.editableColumn(col) || this.model.types[col] === "bool") return;
    this.closeEditor(true);
    const td = this.grid.setActive(position, col);
    const row = this.model.view[position];
    if (!td || row === undefined) return;
    const input = document.createElement("input");
    input.type = "text";
    input.className = "blocklite-dataframe-editor";
    input.value = text ?? cellText(this.model.data[row][col] ?? null);
    input.setAttribute("aria-label", `Edit ${this.model.headers[col] ?? "cell"}, row ${row + 1}`);
    input.addEventListener("keydown", (e) => {
      e.stopPropagation();
      if (e.key === "Enter") {
        e.preventDefault();
        this.closeEditor(true);
        this.grid.setActive(Math.min(position + 1, this.model.view.length - 1), col);
        this.grid.scroller.focus({ preventScroll: true });
      } else if (e.key === "Escape") {
        e.preventDefault();
        this.closeEditor(false);
        this.grid.setActive(position, col);
        this.grid.scroller.focus({ preventScroll: true });
      } else if (e.key === "Tab") {
        const next = col + (e.shiftKey ? -1 : 1);
        this.closeEditor(true);
        if (next >= 0 && next < this.model.headers.length) {
          e.preventDefault();
          this.grid.setActive(position, next);
          this.grid.scroller.focus({ preventScroll: true });
        }
      }
    });
    input.addEventListener("blur", () => this.closeEditor(true));
    this.editor = { input, row, col, position };
    td.classList.add("blocklite-dataframe-editing");
    td.replaceChildren(input);
    input.focus();
    if (text === null) input.select();
  }

  /** Close the editor, keeping (`commit`) or dropping what was typed. */
  private closeEditor(commit: boolean): void {
    const editor = this.editor;
    if (!editor) return;
    this.editor = null;
    const refused = commit && this.refuse(editor.col, editor.input.value);
    const result = commit && !refused ? this.model.setCell(editor.row, editor.col, editor.input.value) : null;
    this.grid.render(this.gridOptions());
    if (result) this.changed({ index: [editor.row, editor.col], value: result.value, previous_value: result.previous });
  }

  /** Text that is no number in a "number" column: a toast, and the cell keeps its value. */
  private refuse(col: number, text: string): boolean {
    if (this.model.types[col] !== "number" || typeof parseCell(text, "number") !== "string") return false;
    const header = this.model.headers[col] ?? "";
    this.showError("Dataframe", `"${text}" is not a number; column "${header}" takes numbers.`);
    return true;
  }

  /** Rename a column in place (the cell menu's "Rename column"). */
  private renameColumn(col: number): void {
    const th = this.grid.headerAt(col);
    const name = this.model.headers[col] ?? "";
    if (!th) return;
    inlineInput(th, name, `Rename column ${name}`, (keep, text) => {
      const changed = keep && this.model.setHeader(col, text);
      this.grid.render(this.gridOptions());
      this.grid.scroller.focus({ preventScroll: true });
      if (changed) this.changed();
    });
  }

  private closeEditorIfGone(): void {
    if (this.editor && !this.editor.input.isConnected) {
      const editor = this.editor;
      this.editor = null;
      const result = this.model.setCell(editor.row, editor.col, editor.input.value);
      if (result) this.changed({ index: [editor.row, editor.col], value: result.value, previous_value: result.previous });
    }
  }

  private openMenu(row: number, col: number, position: number, e: MouseEvent): void {
    if (!this.interactive) return;
    e.preventDefault();
    this.grid.setActive(position, col);
    this.openMenuAt(row, col, e.clientX, e.clientY);
  }

  private openMenuAt(row: number, col: number, clientX: number, clientY: number): void {
    const actions: MenuAction[] = [];
    if (this.interactive && dynamic(this.props.row_count)) {
      actions.push({ label: "Add row above", run: () => this.addRow(row) });
      actions.push({ label: "Add row below", run: () => this.addRow(row + 1) });
      actions.push({ label: "Delete row", run: () => this.removeRow(row) });
    }
    if (this.interactive && this.columnsDynamic()) {
      actions.push({ label: "Rename column", run: () => this.renameColumn(col) });
      actions.push({ label: "Add column left", run: () => this.addColumn(col) });
      actions.push({ label: "Add column right", run: () => this.addColumn(col + 1) });
      if (this.model.headers.length > 1) actions.push({ label: "Delete column", run: () => this.removeColumn(col) });
    }
    const box = this.el.getBoundingClientRect();
    this.menu.open(actions, clientX - box.left, clientY - box.top);
  }

  private addRow(at: number): void {
    this.closeEditor(true);
    this.model.addRow(at);
    this.grid.render(this.gridOptions());
    this.changed();
  }

  private removeRow(at: number): void {
    this.model.removeRow(at);
    this.grid.active = null;
    this.grid.render(this.gridOptions());
    this.changed();
  }

  private addColumn(at: number): void {
    this.closeEditor(true);
    this.model.addColumn(at);
    this.grid.render(this.gridOptions());
    this.changed();
  }

  private removeColumn(at: number): void {
    this.model.removeColumn(at);
    this.grid.active = null;
    this.grid.render(this.gridOptions());
    this.changed();
  }

  private copy(): void {
    copyText(this.model.toTsv(), () => {
      this.copyButton.textContent = "Copied";
      setTimeout(() => (this.copyButton.textContent = "Copy"), 1500);
    });
  }

  private toggleFullscreen(): void {
    const on = !this.el.classList.contains("blocklite-dataframe-full");
    this.el.classList.toggle("blocklite-dataframe-full", on);
    this.fullButton.setAttribute("aria-pressed", String(on));
    this.fullButton.setAttribute("aria-label", on ? "Exit fullscreen" : "Fullscreen");
    this.grid.scroller.style.maxHeight = this.gridOptions().maxHeight;
  }

  protected applyOuter(extra: string[] = []): void {
    const full = this.el.classList.contains("blocklite-dataframe-full");
    super.applyOuter(full ? [...extra, "blocklite-dataframe-full"] : extra);
  }
}

export const dataframeSpec = componentSpec(Dataframe, { css: dataframeCss });
