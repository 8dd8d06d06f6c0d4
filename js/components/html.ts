/**
 * HTML: shows `props.value` as markup, sanitized with DOMPurify (no scripts, no event handlers).
 *
 * Why it exists: gr.HTML is for markup from Python. As in Gradio it has no container and no label by
 * default (`show_label=True` shows the label above it); `min_height`/`max_height`/`padding` size it.
 * Clicks inside it fire `click`; `change` is fired by the event runner when an output sets it.
 */

import { type Dict, asText, num } from "../lib/guards";
import { Component, type ComponentContext } from "./base";
import { markTrust, sanitizeToFragment } from "./sanitize";
import { componentSpec } from "./spec";

export class Html extends Component {
  private readonly label = document.createElement("div");
  private readonly body = document.createElement("div");
  private rendered: string | null = null;
  /** The value the app's own code gave (the initial config), the only trusted one (sanitize.ts). */
  private readonly authored: string | null;

  constructor(id: number, type: string, props: Dict, ctx: ComponentContext) {
    super(id, type, props, ctx);
    this.authored = ctx.trustsConfig === true ? asText(props.value) : null;
    this.label.className = "blocklite-label";
    this.label.id = this.controlId("label");
    this.body.className = "blocklite-prose blocklite-html-body";
    this.el.append(this.label, this.body);
    this.el.addEventListener("click", () => this.ctx.trigger(this.id, "click"));
    this.render();
  }

  protected normalize(value: unknown): string {
    return asText(value);
  }

  getValue(): string {
    return this.normalize(this.props.value);
  }

  render(): void {
    const p = this.props;
    this.applyOuter(p.container === true ? ["blocklite-container"] : []);
    const label = typeof p.label === "string" ? p.label : "";
    this.label.textContent = label;
    this.label.hidden = p.show_label !== true || label === "";
    if (this.label.hidden) this.body.removeAttribute("aria-labelledby");
    else this.body.setAttribute("aria-labelledby", this.label.id);
    const source = this.getValue();
    if (source !== this.rendered) {
      const trust = source === this.authored ? "trusted" : "contained";
      markTrust(this.body, trust);
      const fragment = sanitizeToFragment(source, trust);
      void this.ctx.files.adopt(fragment); // app files (file=...) load as blob: URLs
      this.body.replaceChildren(fragment);
      this.rendered = source;
    }
    const minH = num(p.min_height);
    const maxH = num(p.max_height);
    this.body.style.minHeight = minH !== null ? `${minH}px` : "";
    this.body.style.maxHeight = maxH !== null ? `${maxH}px` : "";
    this.body.style.overflowY = maxH !== null ? "auto" : "";
    this.body.style.padding = p.padding === true ? "var(--bl-pad, 8px 12px)" : "";
  }
}

export const htmlSpec = componentSpec(Html, { textValue: true, inMessage: true });
