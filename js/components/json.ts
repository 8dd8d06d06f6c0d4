/**
 * JSON: any JSON value as a collapsible tree (`<details>` per object or array), with a copy button.
 *
 * Why it exists: gr.JSON shows structured results. Nodes nest native `<details>` elements, so they
 * open and close with mouse and keyboard without script; a node's children are built only when it is
 * first opened, so a large value costs little until explored. Levels above 2 start closed unless
 * `open=True`; `show_indices` labels array items. Strings, numbers, booleans and null get their own
 * colours. Everything is text content (no HTML), so nothing needs sanitizing.
 */

import { copyText } from "../lib/clipboard";
import { type Dict, isRecord, num } from "../lib/guards";
import { Pieces } from "../lib/in-pieces";
import { Component, type ComponentContext, applyLabel } from "./base";
import { componentSpec } from "./spec";

/** Levels opened from the start when `open` is not set. */
const OPEN_DEPTH = 2;

export class Json extends Component {
  private readonly label = document.createElement("div");
  private readonly tree = document.createElement("div");
  private readonly copy = document.createElement("button");
  private renderedKey: string | null = null;

  constructor(id: number, type: string, props: Dict, ctx: ComponentContext) {
    super(id, type, props, ctx);
    this.label.className = "blocklite-label";
    this.label.id = this.controlId("label");
    this.tree.className = "blocklite-json-tree";
    this.tree.setAttribute("role", "group");
    this.tree.setAttribute("aria-labelledby", this.label.id);
    this.copy.type = "button";
    this.copy.className = "blocklite-icon-button blocklite-copy";
    this.copy.textContent = "Copy";
    this.copy.setAttribute("aria-describedby", this.label.id); // which value it copies
    this.copy.addEventListener("click", () => {
      const text = JSON.stringify(this.props.value ?? null, null, 2);
      const done = (): void => {
        this.copy.textContent = "Copied";
        setTimeout(() => (this.copy.textContent = "Copy"), 1500);
      };
      copyText(text, done);
    });
    const head = document.createElement("div");
    head.className = "blocklite-block-head";
    head.append(this.label, this.copy);
    this.el.append(head, this.tree);
    this.render();
  }

  render(): void {
    const p = this.props;
    this.applyOuter(p.container === false ? [] : ["blocklite-container"]);
    applyLabel(this.label, p, "JSON");
    const value = p.value ?? null;
    let key: string;
    try {
      key = JSON.stringify([value, p.open === true, p.show_indices === true]);
    } catch {
      key = String(Math.random());
    }
    if (key !== this.renderedKey) {
      this.renderedKey = key;
      this.tree.replaceChildren(value === null ? empty() : node(null, value, 0, p.open === true, p.show_indices === true));
    }
    this.copy.hidden = value === null;
    const h = num(p.height);
    const maxH = num(p.max_height) ?? h;
    this.tree.style.height = h !== null ? `${h}px` : "";
    this.tree.style.maxHeight = maxH !== null ? `${maxH}px` : "";
    this.tree.style.overflow = maxH !== null ? "auto" : "";
  }
}

/** The holder of one piece of a long array's or object's entries. */
function jsonPiece(_first: number, count: number): HTMLElement {
  const holder = document.createElement("div");
  holder.className = "blocklite-json-piece";
  holder.style.containIntrinsicBlockSize = `auto ${count * 1.5}em`;
  return holder;
}

function empty(): HTMLElement {
  const e = document.createElement("div");
  e.className = "blocklite-json-empty";
  e.textContent = "Empty";
  return e;
}

function span(className: string, text: string): HTMLElement {
  const s = document.createElement("span");
  s.className = className;
  s.textContent = text;
  return s;
}

function keyPart(key: string | number | null): HTMLElement[] {
  if (key === null) return [];
  return [span(typeof key === "number" ? "blocklite-json-index" : "blocklite-json-key", typeof key === "number" ? String(key) : JSON.stringify(key)), span("blocklite-json-punct", ": ")];
}

/** One value as a tree line (primitives) or a `<details>` (non-empty objects and arrays). */
function node(key: string | number | null, value: unknown, depth: number, allOpen: boolean, indices: boolean): HTMLElement {
  const isArray = Array.isArray(value);
  const entries: [string | number | null, unknown][] = isArray
    ? value.map((v, i) => [indices ? i : null, v])
    : isRecord(value)
      ? Object.entries(value)
      : [];
  if (!isArray && !isRecord(value)) {
    const line = document.createElement("div");
    line.className = "blocklite-json-line";
    line.append(...keyPart(key), primitive(value));
    return line;
  }
  const [open, close] = isArray ? ["[", "]"] : ["{", "}"];
  if (entries.length === 0) {
    const line = document.createElement("div");
    line.className = "blocklite-json-line";
    line.append(...keyPart(key), span("blocklite-json-punct", open + close));
    return line;
  }
  const details = document.createElement("details");
  details.className = "blocklite-json-node";
  const summary = document.createElement("summary");
  const count = `${entries.length} ${isArray ? (entries.length === 1 ? "item" : "items") : entries.length === 1 ? "key" : "keys"}`;
  summary.append(...keyPart(key), span("blocklite-json-punct", open), span("blocklite-json-count", ` ${count} ${close}`));
  const body = document.createElement("div");
  body.className = "blocklite-json-children";
  details.append(summary, body);
  const fill = (): void => {
    if (body.childElementCount > 0) return;
    // Many entries go in a piece per task, each laid out only near the viewport (in-pieces.ts).
    new Pieces(body).fill(entries, ([k, v]) => node(k, v, depth + 1, allOpen, indices), jsonPiece, span("blocklite-json-punct blocklite-json-close", close));
  };
  details.addEventListener("toggle", () => {
    if (details.open) fill();
  });
  if (allOpen || depth < OPEN_DEPTH) {
    fill();
    details.open = true;
  }
  return details;
}

function primitive(value: unknown): HTMLElement {
  if (typeof value === "string") return span("blocklite-json-string", JSON.stringify(value));
  if (typeof value === "number") return span("blocklite-json-number", String(value));
  if (typeof value === "boolean") return span("blocklite-json-boolean", String(value));
  return span("blocklite-json-null", "null");
}

export const jsonSpec = componentSpec(Json, { inMessage: true });
