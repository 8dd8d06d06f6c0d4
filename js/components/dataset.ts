/**
 * Dataset: Gradio's Examples table. Rows of sample values (each in its component's JSON form), shown
 * as text; clicking one makes the dataset's value that row's index and fires `click`, then `select`
 * with `{index, value: <row>, selected: true}`.
 *
 * Why it exists: gr.Examples renders one (its click listener fills the inputs). With one column the
 * samples are a row of buttons, otherwise a compact table with `headers`; `samples_per_page` pages
 * them. Rows are keyboard-reachable (`tabindex=0`, `role="button"`, Enter/Space) and everything is
 * text content, never HTML.
 */

import { type Dict, isNumber, isRecord, jsonEqual } from "../lib/guards";
import { Component, type ComponentContext, applyLabel } from "./base";
import { labelFor, labelText, parseChoices } from "./choice-values";
import { componentSpec } from "./spec";
import { asFileData, type FileData, fileName } from "../net/app-files";

/** How one sample value reads in a cell: strings as is, numbers tidied, lists joined, ✓/✗, files by
 * name, null blank. */
export function sampleText(x: unknown, choicesProp?: unknown): string {
  if (x === null || x === undefined) return "";
  if (typeof x === "boolean") return x ? "✓" : "✗";
  if (isNumber(x)) return Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(12)));
  if (typeof x === "string") {
    const choices = parseChoices(choicesProp);
    return choices.length > 0 ? labelFor(choices, x) : x;
  }
  if (Array.isArray(x)) return x.map((v) => sampleText(v, choicesProp)).join(", ");
  const file = isRecord(x) && isRecord(x.meta) && x.meta._type === "gradio.FileData" ? asFileData(x) : null;
  if (file) return fileName(file); // a file example reads as its name, as in Gradio
  return labelText(x);
}

export class Dataset extends Component {
  private readonly label = document.createElement("div");
  private readonly body = document.createElement("div");
  private readonly pager = document.createElement("nav");
  private page = 0;
  private builtKey = "";
  /** Sample elements on the current page with their global indices. */
  private items: { el: HTMLElement; index: number }[] = [];

  constructor(id: number, type: string, props: Dict, ctx: ComponentContext) {
    super(id, type, props, ctx);
    // gr.Dataset is always interactive (and says so); be lenient when the prop is absent.
    if (typeof this.props.interactive !== "boolean") this.interactive = true;
    this.label.className = "blocklite-label";
    this.label.id = this.controlId("label");
    this.body.className = "blocklite-dataset-body";
    this.pager.className = "blocklite-dataset-pager";
    this.pager.setAttribute("aria-label", "Example pages");
    this.el.setAttribute("role", "group");
    this.el.setAttribute("aria-labelledby", this.label.id);
    this.el.append(this.label, this.body, this.pager);
    this.render();
  }

  getValue(): number | null {
    return isNumber(this.props.value) ? this.props.value : null;
  }

  protected normalize(value: unknown): unknown {
    return isNumber(value) ? value : null;
  }

  private samples(): unknown[][] {
    const s = this.props.samples;
    return Array.isArray(s) ? s.map((row) => (Array.isArray(row) ? row : [row])) : [];
  }

  private perPage(): number {
    const n = this.props.samples_per_page;
    return isNumber(n) && n >= 1 ? Math.floor(n) : 10;
  }

  render(): void {
    const p = this.props;
    this.applyOuter(p.container === false ? [] : ["blocklite-container"]);
    applyLabel(this.label, p, "Examples");
    const samples = this.samples();
    const perPage = this.perPage();
    const pages = Math.max(1, Math.ceil(samples.length / perPage));
    if (this.page >= pages) this.page = pages - 1;
    const key = JSON.stringify([samples, p.components, p.component_props, p.headers, perPage, this.page]);
    if (key !== this.builtKey) {
      this.builtKey = key;
      this.build(samples, perPage, pages);
    }
    const value = this.getValue();
    for (const item of this.items) {
      item.el.classList.toggle("blocklite-selected", item.index === value);
      // A disabled dataset is out of the tab order and cannot be operated.
      if (item.el instanceof HTMLButtonElement) item.el.disabled = !this.interactive;
      else item.el.tabIndex = this.interactive ? 0 : -1;
      item.el.setAttribute("aria-disabled", String(!this.interactive));
    }
    this.el.classList.toggle("blocklite-disabled", !this.interactive);
  }

  private build(samples: unknown[][], perPage: number, pages: number): void {
    const p = this.props;
    const types = Array.isArray(p.components) ? p.components : [];
    const cprops = Array.isArray(p.component_props) ? p.component_props : [];
    const columns = Math.max(types.length, ...samples.map((r) => r.length), 0);
    const choicesOf = (j: number): unknown => (isRecord(cprops[j]) ? cprops[j].choices : undefined);
    const start = this.page * perPage;
    const rows = samples.slice(start, start + perPage);
    this.items = [];

    if (columns <= 1) {
      const list = document.createElement("div");
      list.className = "blocklite-dataset-samples";
      rows.forEach((row, i) => {
        const btn = document.createElement("button");
        btn.type = "button";
        btn.className = "blocklite-dataset-sample";
        this.fill(btn, row[0], choicesOf(0));
        this.wire(btn, start + i, row);
        list.append(btn);
      });
      this.body.replaceChildren(list);
    } else {
      const table = document.createElement("table");
      table.className = "blocklite-dataset-table";
      const headers = Array.isArray(p.headers) ? p.headers.map(labelText) : [];
      if (headers.some((h) => h !== "")) {
        const tr = document.createElement("tr");
        for (let j = 0; j < columns; j++) {
          const th = document.createElement("th");
          th.scope = "col";
          th.textContent = headers[j] ?? "";
          tr.append(th);
        }
        table.createTHead().append(tr);
      }
      const tbody = table.createTBody();
      rows.forEach((row, i) => {
        const tr = document.createElement("tr");
        tr.className = "blocklite-dataset-sample";
        tr.tabIndex = 0;
        tr.setAttribute("role", "button");
        for (let j = 0; j < columns; j++) {
          const td = document.createElement("td");
          this.fill(td, row[j], choicesOf(j));
          tr.append(td);
        }
        this.wire(tr, start + i, row);
        tbody.append(tr);
      });
      this.body.replaceChildren(table);
    }
    this.buildPager(pages);
  }

  /** One sample in its cell: an image file as a thumbnail (loaded from the app, as Gradio shows
   * image examples), anything else as text. */
  private fill(cell: HTMLElement, value: unknown, choices: unknown): void {
    const file = sampleFile(value);
    const image = file !== null && (file.mime_type ?? "").startsWith("image/");
    if (!image || file === null) {
      cell.textContent = sampleText(value, choices);
      return;
    }
    const img = document.createElement("img");
    img.className = "blocklite-dataset-thumb";
    img.alt = fileName(file);
    void this.ctx.files.src(file).then(
      (href) => {
        if (href !== null) img.src = href;
      },
      () => {
        cell.textContent = fileName(file); // could not load: the name, as for other files
      },
    );
    cell.replaceChildren(img);
  }

  private wire(el: HTMLElement, index: number, row: unknown[]): void {
    this.items.push({ el, index });
    el.dataset.index = String(index);
    el.addEventListener("click", () => this.choose(index, row));
    if (!(el instanceof HTMLButtonElement)) {
      el.addEventListener("keydown", (e) => {
        if (e.key !== "Enter" && e.key !== " ") return;
        e.preventDefault();
        this.choose(index, row);
      });
    }
  }

  private choose(index: number, row: unknown[]): void {
    if (!this.interactive) return;
    if (!jsonEqual(this.props.value ?? null, index)) {
      this.props.value = index;
      this.render();
    }
    this.ctx.trigger(this.id, "click");
    this.ctx.trigger(this.id, "select", { index, value: row, selected: true });
  }

  private buildPager(pages: number): void {
    this.pager.hidden = pages <= 1;
    if (pages <= 1) {
      this.pager.replaceChildren();
      return;
    }
    // First, last, and the current page's neighbours; gaps become "…".
    const shown = [...new Set([0, this.page - 1, this.page, this.page + 1, pages - 1])]
      .filter((n) => n >= 0 && n < pages)
      .sort((a, b) => a - b);
    const parts: HTMLElement[] = [];
    const text = document.createElement("span");
    text.className = "blocklite-dataset-pages-label";
    text.textContent = "Pages:";
    parts.push(text);
    shown.forEach((n, k) => {
      if (k > 0 && n - shown[k - 1] > 1) {
        const gap = document.createElement("span");
        gap.textContent = "…";
        parts.push(gap);
      }
      const btn = document.createElement("button");
      btn.type = "button";
      btn.className = "blocklite-dataset-page";
      btn.textContent = String(n + 1);
      btn.setAttribute("aria-label", `Page ${n + 1}`);
      if (n === this.page) btn.setAttribute("aria-current", "page");
      btn.addEventListener("click", () => {
        if (n === this.page) return;
        this.page = n;
        this.render();
        this.pager.querySelector<HTMLButtonElement>(`[aria-label="Page ${n + 1}"]`)?.focus();
      });
      parts.push(btn);
    });
    this.pager.replaceChildren(...parts);
  }
}

export const datasetSpec = componentSpec(Dataset);

function fileOf(value: unknown): FileData | null {
  return isRecord(value) && isRecord(value.meta) && value.meta._type === "gradio.FileData" ? asFileData(value) : null;
}

/** The file a sample shows as: itself, or the picture of an image value made of several files
 * (ImageEditor's composite or background, AnnotatedImage's image, ImageSlider's first image). */
function sampleFile(value: unknown): FileData | null {
  if (isRecord(value)) return fileOf(value) ?? fileOf(value.composite) ?? fileOf(value.background) ?? fileOf(value.image);
  return Array.isArray(value) && value.length === 2 ? fileOf(value[0]) : null;
}
