/**
 * Checkbox: one native checkbox with its label beside it; the value is a JSON boolean.
 *
 * Why it exists: Gradio's Checkbox fires `input`, `change` and `select` when the user toggles it,
 * `select` with SelectData `{index: null, value: <label>, selected: <checked>}`. `info` shows above
 * the box as in Gradio; `show_label=False` keeps the label for screen readers only.
 */

import { type Dict } from "../lib/guards";
import { Component, type ComponentContext, applyLabel, linkInfo } from "./base";
import { componentSpec } from "./spec";

export class Checkbox extends Component {
  private readonly box = document.createElement("input");
  private readonly text = document.createElement("span");
  private readonly info = document.createElement("div");

  constructor(id: number, type: string, props: Dict, ctx: ComponentContext) {
    super(id, type, props, ctx);
    const box = this.box;
    box.type = "checkbox";
    box.id = this.controlId();
    box.className = "blocklite-check";
    this.info.className = "blocklite-info";
    this.info.id = this.controlId("info");
    const label = document.createElement("label");
    label.className = "blocklite-check-label";
    label.htmlFor = box.id;
    this.text.className = "blocklite-check-text";
    label.append(box, this.text);
    box.addEventListener("change", () => {
      this.props.value = box.checked;
      this.ctx.trigger(this.id, "input");
      this.ctx.trigger(this.id, "change");
      this.ctx.trigger(this.id, "select", { index: null, value: this.labelText(), selected: box.checked });
    });
    this.el.append(this.info, label);
    this.render();
  }

  private labelText(): string {
    return typeof this.props.label === "string" ? this.props.label : "";
  }

  protected normalize(value: unknown): boolean {
    return value === true;
  }

  getValue(): boolean {
    return this.props.value === true;
  }

  render(): void {
    const p = this.props;
    this.applyOuter(p.container === false ? [] : ["blocklite-container"]);
    applyLabel(this.text, p, "Checkbox");
    const info = typeof p.info === "string" ? p.info : "";
    this.info.textContent = info;
    this.info.hidden = info === "";
    linkInfo(this.box, this.info);
    this.box.checked = this.getValue();
    this.box.disabled = !this.interactive;
  }
}

export const checkboxSpec = componentSpec(Checkbox, { inMessage: true });
