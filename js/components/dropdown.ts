/**
 * Dropdown: a combobox (an `<input role="combobox">` with a `role="listbox"` popup), single or
 * multiselect, with Gradio's `filterable`, `allow_custom_value` and `max_choices`.
 *
 * Why it exists: a native `<select>` can neither filter nor take custom values. Keyboard: ArrowDown /
 * ArrowUp move through the options (opening the list), Enter picks (or takes the typed text as a
 * custom value), Escape closes and restores the text, Backspace in an empty multiselect box removes
 * the last token; each token's remove button is in the tab order (Enter, Space, Delete or Backspace
 * removes it). A dropdown that cannot be typed in (`filterable=False`) jumps to the option starting
 * with the typed letters, and Home/End go to the first/last option. Events as in Gradio: `select`
 * `{index, value, selected}`, `input` and `change` when the user changes the value, `focus`,
 * `blur`, and `key_up` `{key, input_value}`. On blur, typed text that names a choice picks it;
 * other text becomes the value only with `allow_custom_value`, else the text goes back to the
 * current choice. The popup is fixed-position,
 * so panels that clip their overflow (Group, Sidebar) cannot cut it off.
 */

import { type Dict, isNumber, jsonEqual } from "../lib/guards";
import { Component, type ComponentContext, FieldHeader } from "./base";
import { paintTokens } from "./tokens";
import { type Choice, choiceIndex, filterChoices, labelFor, parseChoices, toList, toggleValue } from "./choice-values";
import { componentSpec } from "./spec";

export class Dropdown extends Component {
  private readonly header: FieldHeader;
  private readonly field = document.createElement("div");
  private readonly tokens = document.createElement("div");
  private readonly input = document.createElement("input");
  private readonly clear = document.createElement("button");
  private readonly listbox = document.createElement("ul");
  private choices: Choice[] = [];
  private choicesKey = "";
  /** Text typed since the list opened (null: none, show every choice). */
  private filter: string | null = null;
  /** Choice indices currently listed, and the active (highlighted) position among them. */
  private shown: number[] = [];
  private active = -1;
  private isOpen = false;
  /** Letters typed into a read-only (not filterable) box, for type-ahead, and when they expire. */
  private typed = "";
  private typedAt = 0;
  private readonly reposition = (): void => this.place();

  constructor(id: number, type: string, props: Dict, ctx: ComponentContext) {
    super(id, type, props, ctx);
    this.header = new FieldHeader(this.controlId());
    this.header.label.id = this.controlId("label");
    const { field, tokens, input, clear, listbox } = this;
    field.className = "blocklite-input blocklite-dropdown-field";
    tokens.className = "blocklite-tokens";
    input.id = this.controlId();
    input.className = "blocklite-dropdown-input";
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", this.controlId("listbox"));
    input.autocomplete = "off";
    input.spellcheck = false;
    clear.type = "button";
    clear.className = "blocklite-icon-button blocklite-dropdown-clear";
    clear.textContent = "×";
    clear.setAttribute("aria-label", "Remove all");
    clear.tabIndex = -1;
    const arrow = document.createElement("span");
    arrow.className = "blocklite-dropdown-arrow";
    arrow.setAttribute("aria-hidden", "true");
    listbox.id = this.controlId("listbox");
    listbox.className = "blocklite-listbox";
    listbox.setAttribute("role", "listbox");
    listbox.setAttribute("aria-labelledby", this.header.label.id);
    listbox.hidden = true;
    field.append(tokens, input, clear, arrow);
    this.el.append(this.header.label, this.header.info, field, listbox);

    field.addEventListener("mousedown", (ev: Event) => {
      if (ev.target === input || !this.interactive) return;
      ev.preventDefault(); // keep focus in the input
      if (document.activeElement !== input) input.focus();
      else if (this.isOpen) this.close();
      else this.open();
    });
    listbox.addEventListener("mousedown", (ev: Event) => ev.preventDefault());
    listbox.addEventListener("click", (ev: Event) => {
      const li = ev.target instanceof Element ? ev.target.closest("li[data-index]") : null;
      const i = li instanceof HTMLElement ? Number(li.dataset.index) : NaN;
      if (Number.isInteger(i)) this.choose(i);
    });
    clear.addEventListener("click", () => this.setList([]));
    input.addEventListener("focus", () => {
      if (this.interactive) this.open();
      this.ctx.trigger(this.id, "focus");
    });
    input.addEventListener("blur", () => {
      this.commitText();
      this.close();
      this.ctx.trigger(this.id, "blur");
    });
    input.addEventListener("input", () => {
      this.filter = input.value;
      this.open();
      this.active = this.shown.length > 0 ? 0 : -1;
      this.paintOptions();
    });
    input.addEventListener("keydown", (ev: Event) => {
      if (ev instanceof KeyboardEvent && !ev.isComposing && this.interactive) this.onKey(ev);
    });
    input.addEventListener("keyup", (ev: Event) => {
      if (ev instanceof KeyboardEvent) this.ctx.trigger(this.id, "key_up", { key: ev.key, input_value: input.value });
    });
    this.render();
  }

  private get multiselect(): boolean {
    return this.props.multiselect === true;
  }

  protected normalize(value: unknown): unknown {
    return this.multiselect ? toList(value) : value ?? null;
  }

  getValue(): unknown {
    return this.multiselect ? toList(this.props.value) : this.props.value ?? null;
  }

  private onKey(ev: KeyboardEvent): void {
    const n = this.shown.length;
    switch (ev.key) {
      case "ArrowDown":
      case "ArrowUp": {
        ev.preventDefault();
        if (!this.isOpen) this.open();
        else if (n > 0) this.active = ev.key === "ArrowDown" ? Math.min(this.active + 1, n - 1) : Math.max(this.active - 1, 0);
        this.paintOptions();
        break;
      }
      case "Enter": {
        ev.preventDefault();
        if (this.isOpen && this.active >= 0 && this.active < n) this.choose(this.shown[this.active]);
        else if (this.props.allow_custom_value === true && this.input.value.trim() !== "") this.takeCustom(this.input.value);
        break;
      }
      case "Escape":
        if (this.isOpen) ev.preventDefault();
        this.filter = null;
        this.close();
        this.syncText(true);
        break;
      case "Home":
      case "End":
        if (!this.input.readOnly || !this.isOpen || n === 0) break;
        ev.preventDefault();
        this.active = ev.key === "Home" ? 0 : n - 1;
        this.paintOptions();
        break;
      case "Backspace":
        if (this.multiselect && this.input.value === "") {
          const list = this.getValue();
          if (Array.isArray(list) && list.length > 0) this.setList(list.slice(0, -1));
        }
        break;
      default:
        if (this.input.readOnly && ev.key.length === 1 && !ev.ctrlKey && !ev.metaKey && !ev.altKey) this.typeAhead(ev.key);
        break;
    }
  }

  /** Read-only box: move to the next option whose label starts with the letters typed in the last 0.7 s. */
  private typeAhead(key: string): void {
    const now = performance.now();
    this.typed = now - this.typedAt > 700 ? key : this.typed + key;
    this.typedAt = now;
    if (!this.isOpen) this.open();
    const n = this.shown.length;
    // One letter, or the same letter again and again, cycles through the options starting with it.
    const same = [...this.typed].every((c) => c === this.typed[0]);
    const prefix = (same ? this.typed[0] : this.typed).toLowerCase();
    const from = same ? this.active + 1 : Math.max(this.active, 0);
    for (let k = 0; k < n; k++) {
      const pos = (from + k) % n;
      if (this.choices[this.shown[pos]].label.toLowerCase().startsWith(prefix)) {
        this.active = pos;
        this.paintOptions();
        return;
      }
    }
  }

  /** The user picked choice `i` (from the list or by name). */
  private choose(i: number): void {
    const choice = this.choices[i];
    if (!choice || !this.interactive) return;
    if (this.multiselect) {
      const list = toList(this.props.value);
      const selected = !list.some((v) => jsonEqual(v, choice.value));
      const max = this.props.max_choices;
      if (selected && isNumber(max) && list.length >= max) return;
      this.filter = null;
      this.input.value = "";
      this.active = this.shown.indexOf(i);
      this.setList(toggleValue(list, choice.value), { index: i, value: choice.value, selected });
      return;
    }
    this.filter = null;
    this.close();
    this.setSingle(choice.value, { index: i, value: choice.value, selected: true });
  }

  /** Typed text as a value (allow_custom_value). */
  private takeCustom(text: string): void {
    const i = this.choices.findIndex((c) => c.label === text);
    if (i >= 0) return this.choose(i);
    this.filter = null;
    if (this.multiselect) {
      this.input.value = "";
      const list = toList(this.props.value);
      const max = this.props.max_choices;
      if (list.some((v) => jsonEqual(v, text)) || (isNumber(max) && list.length >= max)) return;
      this.setList([...list, text], { index: null, value: text, selected: true });
    } else {
      this.close();
      this.setSingle(text, { index: null, value: text, selected: true });
    }
  }

  /** On blur: typed text that names a choice picks it; else custom value or back to the choice. */
  private commitText(): void {
    if (this.filter === null || !this.interactive) return;
    const text = this.input.value;
    this.filter = null;
    const i = this.choices.findIndex((c) => c.label === text);
    if (!this.multiselect && i >= 0) this.choose(i);
    else if (!this.multiselect && this.props.allow_custom_value === true && text.trim() !== "") this.takeCustom(text);
    this.syncText(true);
  }

  private setSingle(value: unknown, select: Dict): void {
    const changed = !jsonEqual(this.props.value ?? null, value);
    this.props.value = value;
    this.render();
    this.syncText(true);
    this.ctx.trigger(this.id, "select", select);
    if (!changed) return;
    this.ctx.trigger(this.id, "input");
    this.ctx.trigger(this.id, "change");
  }

  private setList(list: unknown[], select?: Dict): void {
    const changed = !jsonEqual(toList(this.props.value), list);
    this.props.value = list;
    this.render();
    if (select) this.ctx.trigger(this.id, "select", select);
    if (!changed) return;
    this.ctx.trigger(this.id, "input");
    this.ctx.trigger(this.id, "change");
  }

  private open(): void {
    if (!this.interactive) return;
    if (!this.isOpen) {
      this.isOpen = true;
      this.active = -1;
      window.addEventListener("scroll", this.reposition, true);
      window.addEventListener("resize", this.reposition);
    }
    this.paintOptions();
  }

  private close(): void {
    if (this.isOpen) {
      window.removeEventListener("scroll", this.reposition, true);
      window.removeEventListener("resize", this.reposition);
    }
    this.isOpen = false;
    this.active = -1;
    this.listbox.hidden = true;
    this.input.setAttribute("aria-expanded", "false");
    this.input.removeAttribute("aria-activedescendant");
  }

  /** (Re)build the listed options for the current filter and highlight the active one. */
  private paintOptions(): void {
    if (!this.isOpen) return;
    const filterable = this.props.filterable !== false;
    this.shown = filterChoices(this.choices, filterable && this.filter !== null ? this.filter : "");
    if (this.active < 0 && this.filter === null && !this.multiselect) {
      const sel = choiceIndex(this.choices, this.props.value);
      this.active = this.shown.indexOf(sel);
    }
    if (this.active >= this.shown.length) this.active = this.shown.length - 1;
    const chosen = toList(this.props.value);
    const items = this.shown.map((ci, pos) => {
      const li = document.createElement("li");
      li.id = this.controlId(`option-${ci}`);
      li.className = "blocklite-option";
      li.setAttribute("role", "option");
      li.dataset.index = String(ci);
      const selected = chosen.some((v) => jsonEqual(v, this.choices[ci].value));
      li.setAttribute("aria-selected", String(selected));
      li.classList.toggle("blocklite-active", pos === this.active);
      li.textContent = this.choices[ci].label;
      return li;
    });
    if (items.length === 0) {
      const li = document.createElement("li");
      li.className = "blocklite-option blocklite-option-empty";
      li.setAttribute("role", "option");
      li.setAttribute("aria-disabled", "true");
      li.textContent = "No matches";
      items.push(li);
    }
    this.listbox.replaceChildren(...items);
    this.listbox.hidden = false;
    this.input.setAttribute("aria-expanded", "true");
    const activeLi = this.active >= 0 ? items[this.active] : null;
    if (activeLi) {
      this.input.setAttribute("aria-activedescendant", activeLi.id);
      activeLi.scrollIntoView?.({ block: "nearest" });
    } else {
      this.input.removeAttribute("aria-activedescendant");
    }
    this.place();
  }

  /** Put the popup under the field (above it when there is more room there). */
  private place(): void {
    if (!this.isOpen) return;
    const r = this.field.getBoundingClientRect();
    const below = window.innerHeight - r.bottom;
    const up = below < 160 && r.top > below;
    const room = Math.max(80, (up ? r.top : below) - 12);
    const s = this.listbox.style;
    s.left = `${r.left}px`;
    s.width = `${r.width}px`;
    s.maxHeight = `${Math.min(300, room)}px`;
    s.top = up ? "" : `${r.bottom + 4}px`;
    s.bottom = up ? `${window.innerHeight - r.top + 4}px` : "";
  }

  /** Show the current value in the box (single) or clear it (multi); keeps the user's typing unless `force`. */
  private syncText(force = false): void {
    if (!force && this.filter !== null && document.activeElement === this.input) return;
    const text = this.multiselect ? "" : this.props.value === null || this.props.value === undefined ? "" : labelFor(this.choices, this.props.value);
    if (this.input.value !== text) this.input.value = text;
  }

  private paintTokens(): void {
    const list = this.multiselect ? toList(this.props.value) : [];
    const items = list.map((v) => ({
      label: labelFor(this.choices, v),
      remove: this.interactive
        ? () => {
            const i = choiceIndex(this.choices, v);
            this.setList(toggleValue(toList(this.props.value), v), { index: i >= 0 ? i : null, value: v, selected: false });
          }
        : null,
    }));
    paintTokens(this.tokens, items, this.input);
  }

  render(): void {
    const p = this.props;
    this.applyOuter(p.container === false ? [] : ["blocklite-container"]);
    this.header.update(p, "Dropdown");
    const choices = parseChoices(p.choices);
    const key = JSON.stringify(choices);
    if (key !== this.choicesKey) {
      this.choices = choices;
      this.choicesKey = key;
    }
    const input = this.input;
    input.disabled = !this.interactive;
    input.readOnly = p.filterable === false && p.allow_custom_value !== true;
    input.placeholder = this.multiselect && toList(p.value).length === 0 && typeof p.placeholder === "string" ? p.placeholder : "";
    this.header.describe(input);
    if (this.multiselect) this.listbox.setAttribute("aria-multiselectable", "true");
    else this.listbox.removeAttribute("aria-multiselectable");
    this.field.classList.toggle("blocklite-disabled", !this.interactive);
    this.clear.hidden = !this.multiselect || !this.interactive || toList(p.value).length === 0;
    this.paintTokens();
    this.syncText();
    if (!this.interactive) this.close();
    else if (this.isOpen) this.paintOptions();
    else input.setAttribute("aria-expanded", "false");
  }
}

export const dropdownSpec = componentSpec(Dropdown, { inMessage: true });
