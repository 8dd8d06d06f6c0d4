/**
 * HighlightedText: text whose spans carry a label (a coloured `<mark>` with the label beside it) or
 * a confidence (orange for positive, blue for negative, opacity by magnitude).
 *
 * Why it exists: gr.HighlightedText's value is a list of `{token, class_or_confidence}`. Colours
 * come from `color_map` ({label: css colour}) or, for other labels, Gradio's palette in order of
 * appearance; `show_legend` lists the labels, `combine_adjacent` merges neighbours with the same
 * label (`adjacent_separator` between them), `show_inline_category=False` hides the inline labels.
 * A click on a token (or Enter/Space on it: tokens are then focusable buttons) fires `select` with
 * `{index, value: [token, class]}` when a listener exists.
 */

import { type Dict, isNumber, isRecord } from "../lib/guards";
import { Pieces } from "../lib/in-pieces";
import { labelText } from "./choice-values";
import { Component, type ComponentContext, applyLabel } from "./base";
import { componentSpec } from "./spec";

/** Gradio's default label colours, assigned in order of first appearance. */
const PALETTE = ["#ef4444", "#22c55e", "#3b82f6", "#eab308", "#a855f7", "#14b8a6", "#f97316", "#06b6d4", "#84cc16", "#ec4899"];

export class HighlightedText extends Component {
  private readonly title = document.createElement("div");
  private readonly legend = document.createElement("div");
  private readonly text = document.createElement("div");
  private renderedKey = "";
  /** Many tokens go in a piece per task (a long value never freezes the page). */
  private readonly tokens = new Pieces(this.text);

  constructor(id: number, type: string, props: Dict, ctx: ComponentContext) {
    super(id, type, props, ctx);
    this.title.className = "blocklite-label";
    this.title.id = this.controlId("label");
    this.legend.className = "blocklite-ht-legend";
    this.text.className = "blocklite-ht-text";
    this.text.setAttribute("role", "group");
    this.text.setAttribute("aria-labelledby", this.title.id);
    this.el.append(this.title, this.legend, this.text);
    this.render();
  }

  render(): void {
    const p = this.props;
    this.applyOuter(p.container === false ? [] : ["blocklite-container"]);
    applyLabel(this.title, p, "Highlighted Text");
    let tokens = parseTokens(p.value);
    if (p.combine_adjacent === true) tokens = combineAdjacent(tokens, typeof p.adjacent_separator === "string" ? p.adjacent_separator : "");
    const selectable = this.ctx.hasListener(this.id, "select");
    const key = JSON.stringify([tokens, p.color_map ?? null, p.show_legend === true, p.show_inline_category !== false, selectable]);
    if (key === this.renderedKey) return;
    this.renderedKey = key;
    const colors = colorMap(tokens, p.color_map);
    this.paintLegend(p.show_legend === true ? colors : new Map());
    const inline = p.show_inline_category !== false;
    this.tokens.fill(
      tokens.map((t, i) => [t, i] as const),
      ([t, i]) => this.tokenElement(t, i, colors, inline, selectable),
    );
  }

  destroy(): void {
    this.tokens.cancel();
  }

  private paintLegend(colors: Map<string, string>): void {
    this.legend.hidden = colors.size === 0;
    this.legend.replaceChildren(
      ...[...colors].map(([label, color]) => {
        const item = document.createElement("span");
        item.className = "blocklite-ht-legend-item";
        item.style.setProperty("--blocklite-ht-color", color);
        item.textContent = label;
        return item;
      }),
    );
  }

  private tokenElement(t: Token, i: number, colors: Map<string, string>, inline: boolean, selectable: boolean): HTMLElement {
    let el: HTMLElement;
    if (t.cls === null) {
      el = document.createElement("span");
      el.textContent = t.token;
    } else {
      el = document.createElement("mark");
      el.className = "blocklite-ht-token";
      const text = document.createElement("span");
      text.textContent = t.token;
      el.append(text);
      if (isNumber(t.cls)) {
        const score = Math.max(-1, Math.min(1, t.cls));
        const rgb = score < 0 ? "59 130 246" : "249 115 22";
        el.classList.add("blocklite-ht-score");
        el.style.background = `rgb(${rgb} / ${Math.abs(score).toFixed(3)})`;
        el.title = `${t.cls}`;
      } else {
        el.style.setProperty("--blocklite-ht-color", colors.get(t.cls) ?? PALETTE[0]);
        if (inline) {
          const cat = document.createElement("span");
          cat.className = "blocklite-ht-category";
          cat.textContent = t.cls;
          el.append(cat);
        } else {
          el.title = t.cls;
        }
      }
    }
    if (selectable) {
      el.classList.add("blocklite-ht-selectable");
      // Reachable and activatable from the keyboard like a button (Enter or Space).
      el.tabIndex = 0;
      el.setAttribute("role", "button");
      if (t.cls !== null) el.setAttribute("aria-label", `${t.token} (${t.cls})`);
      const fire = (): void => this.ctx.trigger(this.id, "select", { index: i, value: [t.token, t.cls], selected: true });
      el.addEventListener("click", fire);
      el.addEventListener("keydown", (ev: Event) => {
        if (ev instanceof KeyboardEvent && (ev.key === "Enter" || ev.key === " ")) {
          ev.preventDefault();
          fire();
        }
      });
    }
    return el;
  }
}

/** label → colour: `color_map` first, then the palette for labels it does not name. */
function colorMap(tokens: readonly Token[], map: unknown): Map<string, string> {
  const out = new Map<string, string>();
  const given = isRecord(map) ? map : {};
  let next = 0;
  for (const t of tokens) {
    if (typeof t.cls !== "string" || out.has(t.cls)) continue;
    const c = given[t.cls];
    out.set(t.cls, typeof c === "string" && c ? c : PALETTE[next++ % PALETTE.length]);
  }
  for (const [label, c] of Object.entries(given)) {
    if (!out.has(label) && typeof c === "string" && c) out.set(label, c);
  }
  return out;
}

export const highlightedTextSpec = componentSpec(HighlightedText, { inMessage: true });

// Pure value rules (unit-tested under Node, no DOM).

/** One HighlightedText token. */
export interface Token {
  token: string;
  cls: string | number | null;
}

/** HighlightedText value → tokens (accepts `{token, class_or_confidence}` dicts and `[token, class]` pairs). */
export function parseTokens(x: unknown): Token[] {
  if (!Array.isArray(x)) return [];
  const out: Token[] = [];
  for (const item of x) {
    let token: unknown;
    let cls: unknown;
    if (isRecord(item)) [token, cls] = [item.token, item.class_or_confidence];
    else if (Array.isArray(item) && item.length === 2) [token, cls] = item;
    else continue;
    out.push({
      token: labelText(token),
      cls: typeof cls === "string" || isNumber(cls) ? cls : cls === null || cls === undefined ? null : labelText(cls),
    });
  }
  return out;
}

/** Merge neighbouring tokens of the same class (Gradio's `combine_adjacent`). */
export function combineAdjacent(tokens: readonly Token[], separator = ""): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const last = out[out.length - 1];
    if (last && last.cls === t.cls) out[out.length - 1] = { token: last.token + separator + t.token, cls: t.cls };
    else out.push({ ...t });
  }
  return out;
}
