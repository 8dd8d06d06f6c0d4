/**
 * Layout blocks (Row, Column, Form, Group), the headless State, and the placeholder for unknown types.
 *
 * Why it exists: layouts only style their outer element and hold children (flex sizing of each child
 * comes from the child's own `scale`/`min_width`, see base.ts). Keeping them together keeps each
 * concrete component file small. Unknown component types render a visible placeholder naming the
 * type, still hosting their children, so one unsupported block does not break the app.
 */

import { type Dict, str } from "../lib/guards";
import { Component, type ComponentContext } from "./base";
import { componentSpec } from "./spec";

export class Layout extends Component {
  constructor(id: number, type: string, props: Dict, ctx: ComponentContext) {
    super(id, type, props, ctx);
    this.render();
  }

  childSlot(): HTMLElement {
    return this.el;
  }

  render(): void {
    const p = this.props;
    const extra: string[] = [];
    const variant = str(p.variant, "default");
    if (variant !== "default") extra.push(`blocklite-variant-${variant}`, variant);
    if (this.type === "row") extra.push(p.equal_height === true ? "blocklite-equal-height" : "blocklite-unequal-height");
    if (this.type === "column" && p.show_progress === true) extra.push("blocklite-show-progress");
    this.applyOuter(extra);
  }
}

/**
 * gr.State: shows nothing (the renderer never attaches it) and holds nothing: the server keeps the
 * value, the page sends null for it and ignores outputs to it (they are null on the wire; the server
 * reports changes in `changed_state_ids`, which fire its `change` listeners).
 */
export class StateBlock extends Component {
  get headless(): boolean {
    return true;
  }

  getValue(): null {
    return null;
  }

  setValue(): boolean {
    return false;
  }

  update(): boolean {
    return false;
  }

  setPending(): void {
    // nothing to show
  }

  render(): void {
    this.el.hidden = true;
    this.el.dataset.blockliteId = String(this.id);
  }
}

export class Unknown extends Component {
  private readonly note = document.createElement("div");
  private readonly slot = document.createElement("div");

  constructor(id: number, type: string, props: Dict, ctx: ComponentContext) {
    super(id, type, props, ctx);
    this.note.className = "blocklite-unknown-note";
    this.slot.className = "blocklite-unknown-children";
    this.el.append(this.note, this.slot);
    this.render();
  }

  childSlot(): HTMLElement {
    return this.slot;
  }

  render(): void {
    this.applyOuter(["blocklite-unknown"]);
    const label = typeof this.props.label === "string" ? ` (${this.props.label})` : "";
    this.note.textContent = `Unsupported component: "${this.type}"${label}`;
  }
}

export const layoutSpec = componentSpec(Layout);

export const stateSpec = componentSpec(StateBlock, { headless: true });

export const unknownSpec = componentSpec(Unknown);
