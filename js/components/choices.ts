/**
 * CheckboxGroup and Radio: a `<fieldset>` whose legend is the label, one native input per choice.
 *
 * Why it exists: both render Gradio's `choices` (`[label, value]` pairs) as pill-shaped options and
 * differ only in the value (a list of values in click order, or one value) and the input type. The
 * page always sends values; the server applies `type="index"`. User picks fire `input`, `change`
 * and `select` with SelectData `{index, value, selected}`. The fieldset is a `radiogroup` (Radio) or
 * a `group`, named by its legend; native inputs keep the browser's keyboard (arrow keys move
 * between radios, Space toggles a checkbox).
 */

import { type Dict, jsonEqual } from "../lib/guards";
import { Component, type ComponentContext, applyLabel, linkInfo } from "./base";
import { type Choice, parseChoices, toList, toggleValue } from "./choice-values";
import { componentSpec } from "./spec";

abstract class ChoiceList extends Component {
  private readonly legend = document.createElement("legend");
  private readonly info = document.createElement("div");
  private readonly list = document.createElement("div");
  private choices: Choice[] = [];
  private choicesKey = "";
  protected inputs: HTMLInputElement[] = [];

  constructor(id: number, type: string, props: Dict, ctx: ComponentContext) {
    super(id, type, props, ctx);
    this.legend.className = "blocklite-label";
    this.legend.id = this.controlId("legend");
    // Named by the legend explicitly, so the name survives the radiogroup role on a fieldset.
    this.el.setAttribute("role", this.inputType() === "radio" ? "radiogroup" : "group");
    this.el.setAttribute("aria-labelledby", this.legend.id);
    this.info.className = "blocklite-info";
    this.info.id = this.controlId("info");
    this.list.className = "blocklite-choices";
    this.el.append(this.legend, this.info, this.list);
    this.render();
  }

  protected tagName(): string {
    return "fieldset";
  }

  protected abstract inputType(): "checkbox" | "radio";
  /** Whether choice `value` is selected in the current value. */
  protected abstract isSelected(value: unknown): boolean;
  /** The user (un)checked choice `i`: update `props.value`. */
  protected abstract pick(choice: Choice, checked: boolean): void;

  render(): void {
    const p = this.props;
    this.applyOuter(p.container === false ? [] : ["blocklite-container"]);
    applyLabel(this.legend, p, this.type === "radio" ? "Radio" : "Checkbox Group");
    const info = typeof p.info === "string" ? p.info : "";
    this.info.textContent = info;
    this.info.hidden = info === "";
    linkInfo(this.el, this.info);
    const choices = parseChoices(p.choices);
    const key = JSON.stringify(choices);
    if (key !== this.choicesKey) this.build(choices, key);
    this.choices.forEach((c, i) => {
      const input = this.inputs[i];
      input.checked = this.isSelected(c.value);
      input.disabled = !this.interactive;
      input.parentElement?.classList.toggle("blocklite-selected", input.checked);
    });
    if (this.el instanceof HTMLFieldSetElement) this.el.disabled = !this.interactive;
  }

  private build(choices: Choice[], key: string): void {
    this.choices = choices;
    this.choicesKey = key;
    this.inputs = [];
    const items = choices.map((choice, i) => {
      const input = document.createElement("input");
      input.type = this.inputType();
      input.name = this.controlId("choice");
      input.id = this.controlId(`choice-${i}`);
      input.value = String(i);
      input.addEventListener("change", () => {
        if (!this.interactive) return;
        this.pick(choice, input.checked);
        this.render();
        this.ctx.trigger(this.id, "input");
        this.ctx.trigger(this.id, "change");
        this.ctx.trigger(this.id, "select", { index: i, value: choice.value, selected: input.checked });
      });
      this.inputs.push(input);
      const label = document.createElement("label");
      label.className = "blocklite-choice";
      label.htmlFor = input.id;
      const text = document.createElement("span");
      text.textContent = choice.label;
      label.append(input, text);
      return label;
    });
    this.list.replaceChildren(...items);
  }
}

export class CheckboxGroup extends ChoiceList {
  protected inputType(): "checkbox" {
    return "checkbox";
  }

  protected normalize(value: unknown): unknown[] {
    return toList(value);
  }

  getValue(): unknown[] {
    return toList(this.props.value);
  }

  protected isSelected(value: unknown): boolean {
    return this.getValue().some((v) => jsonEqual(v, value));
  }

  protected pick(choice: Choice, checked: boolean): void {
    const now = this.getValue();
    if (this.isSelected(choice.value) !== checked) this.props.value = toggleValue(now, choice.value);
  }
}

export class Radio extends ChoiceList {
  protected inputType(): "radio" {
    return "radio";
  }

  protected isSelected(value: unknown): boolean {
    return this.props.value !== null && this.props.value !== undefined && jsonEqual(this.props.value, value);
  }

  protected pick(choice: Choice, checked: boolean): void {
    if (checked) this.props.value = choice.value;
  }
}

export const checkboxGroupSpec = componentSpec(CheckboxGroup, { inMessage: true });

export const radioSpec = componentSpec(Radio, { inMessage: true });
