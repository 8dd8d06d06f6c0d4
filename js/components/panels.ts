/**
 * Collapsible layouts: Accordion and Sidebar (an `<aside>` with a toggle).
 *
 * Why it exists: both hold children and open or close; a user toggle fires `expand` or `collapse`
 * (Gradio's events), while an `open` update from the server only moves the panel. Accordion follows
 * the WAI-ARIA disclosure/accordion pattern: a header `<button>` with `aria-expanded` and
 * `aria-controls` naming the body, which is `hidden` (out of the tab order) while closed.
 * Sidebar sits at the left or right edge of the app (`position`), `width` wide; on wide screens
 * the app makes room for it (CSS, via `--bl-sidebar-width` on the app root), on narrow ones it
 * overlays the content.
 */

import { type Dict, isNumber } from "../lib/guards";
import { Component, type ComponentContext } from "./base";
import { componentSpec } from "./spec";

export class Accordion extends Component {
  private readonly button = document.createElement("button");
  private readonly text = document.createElement("span");
  private readonly body = document.createElement("div");

  constructor(id: number, type: string, props: Dict, ctx: ComponentContext) {
    super(id, type, props, ctx);
    this.text.className = "blocklite-accordion-label";
    const chevron = document.createElement("span");
    chevron.className = "blocklite-chevron";
    chevron.setAttribute("aria-hidden", "true");
    this.body.className = "blocklite-accordion-body";
    this.body.id = this.controlId("panel");
    const button = this.button;
    button.type = "button";
    button.id = this.controlId("header");
    button.className = "blocklite-accordion-summary";
    button.setAttribute("aria-controls", this.body.id);
    button.append(this.text, chevron);
    // A native button: Enter and Space toggle it, as the disclosure pattern asks.
    button.addEventListener("click", () => {
      const open = this.props.open === false;
      this.props.open = open;
      this.render();
      this.ctx.trigger(this.id, open ? "expand" : "collapse");
    });
    this.el.append(button, this.body);
    this.render();
  }

  childSlot(): HTMLElement {
    return this.body;
  }

  render(): void {
    const open = this.props.open !== false;
    this.applyOuter(open ? ["blocklite-open"] : []);
    this.text.textContent = typeof this.props.label === "string" ? this.props.label : "";
    this.button.setAttribute("aria-expanded", String(open));
    this.body.hidden = !open;
  }
}

export class Sidebar extends Component {
  private readonly toggle = document.createElement("button");
  private readonly body = document.createElement("div");

  constructor(id: number, type: string, props: Dict, ctx: ComponentContext) {
    super(id, type, props, ctx);
    this.body.className = "blocklite-sidebar-content";
    this.body.id = this.controlId("sidebar");
    this.toggle.type = "button";
    this.toggle.className = "blocklite-sidebar-toggle";
    this.toggle.setAttribute("aria-controls", this.body.id);
    const icon = document.createElement("span");
    icon.className = "blocklite-chevron";
    icon.setAttribute("aria-hidden", "true");
    this.toggle.append(icon);
    this.toggle.addEventListener("click", () => {
      const open = this.props.open === false;
      this.props.open = open;
      this.render();
      this.ctx.trigger(this.id, open ? "expand" : "collapse");
    });
    this.el.append(this.toggle, this.body);
    this.render();
    // Not in the page yet while the renderer builds: size the app once it is.
    queueMicrotask(() => this.sizeApp());
  }

  protected tagName(): string {
    return "aside";
  }

  childSlot(): HTMLElement {
    return this.body;
  }

  private width(): string {
    const w = this.props.width;
    if (isNumber(w)) return `${w}px`;
    if (typeof w === "string" && /^[\w.%() +-]+$/.test(w)) return /^\d+(\.\d+)?$/.test(w) ? `${w}px` : w;
    return "320px";
  }

  private sizeApp(): void {
    const app = this.el.closest(".blocklite-app");
    if (app instanceof HTMLElement) app.style.setProperty("--bl-sidebar-width", this.width());
  }

  render(): void {
    const p = this.props;
    const open = p.open !== false;
    const side = p.position === "right" ? "right" : "left";
    this.applyOuter([`blocklite-sidebar-${side}`, ...(open ? ["blocklite-open"] : [])]);
    this.el.style.setProperty("--bl-sidebar-width", this.width());
    const label = typeof p.label === "string" && p.label ? p.label : "Sidebar";
    this.el.setAttribute("aria-label", label);
    this.toggle.setAttribute("aria-expanded", String(open));
    this.toggle.setAttribute("aria-label", `${open ? "Close" : "Open"} ${label}`);
    this.body.hidden = !open;
    this.sizeApp();
  }
}

export const accordionSpec = componentSpec(Accordion);

export const sidebarSpec = componentSpec(Sidebar);
