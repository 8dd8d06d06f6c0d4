/**
 * Tabs and TabItem: a `role="tablist"` of buttons above the panels; each TabItem is a
 * `role="tabpanel"` holding its children.
 *
 * Why it exists: the renderer creates Tabs first and appends its TabItems to Tabs' slot afterwards,
 * so Tabs discovers its items from the slot (a MutationObserver, plus a bubbling
 * `blocklite-tabitem` event whenever an item's props change) and rebuilds the buttons. `selected`
 * (an item's `id`) chooses the open tab; the first visible one otherwise. Keyboard: Left/Right
 * (wrapping), Home, End move and open (automatic activation, roving tabindex). A user choice fires
 * on the Tabs `select` `{index, value: <label>, selected: true}` and `change`, and on the TabItem
 * `select` with the same data. `interactive=False` disables an item's button.
 */

import { type Dict, jsonEqual } from "../lib/guards";
import { Component, type ComponentContext } from "./base";
import { componentSpec } from "./spec";

/** TabItem of each panel element, so Tabs can find its items from the DOM. */
const ITEMS = new WeakMap<Element, TabItem>();
const ITEM_EVENT = "blocklite-tabitem";

export class TabItem extends Component {
  private open = false;

  constructor(id: number, type: string, props: Dict, ctx: ComponentContext) {
    super(id, type, props, ctx);
    ITEMS.set(this.el, this);
    this.el.setAttribute("role", "tabpanel");
    this.el.tabIndex = 0;
    this.render();
  }

  childSlot(): HTMLElement {
    return this.el;
  }

  get label(): string {
    return typeof this.props.label === "string" ? this.props.label : "";
  }

  /** The id Tabs' `selected` refers to (the server fills in the block id when none was given). */
  get key(): unknown {
    return this.props.id ?? this.id;
  }

  get shown(): boolean {
    return this.props.visible !== false;
  }

  get enabled(): boolean {
    return this.props.interactive !== false;
  }

  setOpen(open: boolean, tabId: string): void {
    this.open = open;
    this.el.setAttribute("aria-labelledby", tabId);
    this.el.hidden = !open || !this.shown;
  }

  fireSelect(data: Dict): void {
    this.ctx.trigger(this.id, "select", data);
  }

  render(): void {
    this.applyOuter();
    this.el.hidden = !this.open || !this.shown;
    this.el.dispatchEvent(new CustomEvent(ITEM_EVENT, { bubbles: true }));
  }
}

export class Tabs extends Component {
  private readonly tablist = document.createElement("div");
  private readonly panels = document.createElement("div");
  private items: TabItem[] = [];
  private current: TabItem | null = null;
  /** Set when `selected` came from the server and must be applied at the next refresh. */
  private applySelected = true;
  private refreshing = false;

  constructor(id: number, type: string, props: Dict, ctx: ComponentContext) {
    super(id, type, props, ctx);
    this.tablist.className = "blocklite-tablist";
    this.tablist.setAttribute("role", "tablist");
    this.panels.className = "blocklite-tab-panels";
    this.el.append(this.tablist, this.panels);
    new MutationObserver(() => this.refresh()).observe(this.panels, { childList: true });
    this.panels.addEventListener(ITEM_EVENT, (ev: Event) => {
      if (ev.target instanceof Element && ev.target.parentElement === this.panels) this.refresh();
    });
    this.tablist.addEventListener("keydown", (ev: Event) => {
      if (ev instanceof KeyboardEvent) this.onKey(ev);
    });
    this.render();
  }

  childSlot(): HTMLElement {
    return this.panels;
  }

  update(patch: Dict): boolean {
    if ("selected" in patch) this.applySelected = true;
    return super.update(patch);
  }

  render(): void {
    this.applyOuter();
    this.refresh();
  }

  private tabId(item: TabItem): string {
    return this.controlId(`tab-${item.id}`);
  }

  /** Re-read the items from the slot, choose the open one, rebuild the buttons. */
  private refresh(): void {
    if (this.refreshing) return;
    this.refreshing = true;
    try {
      this.items = [...this.panels.children].map((el) => ITEMS.get(el)).filter((x): x is TabItem => x !== undefined);
      const usable = (t: TabItem | null | undefined): t is TabItem => !!t && t.shown && this.items.includes(t);
      const selected = this.props.selected;
      if (this.applySelected && selected !== null && selected !== undefined) {
        const wanted = this.items.find((t) => jsonEqual(t.key, selected));
        if (wanted) {
          this.current = wanted;
          this.applySelected = false;
        }
      }
      if (!usable(this.current)) this.current = this.items.find((t) => t.shown) ?? null;
      this.paint();
    } finally {
      this.refreshing = false;
    }
  }

  private paint(): void {
    // Roving tabindex: the open tab is the tablist's one tab stop; when it cannot take focus (an
    // `interactive=False` tab opened by the server), the first usable tab is.
    const usable = (t: TabItem | null): boolean => !!t && t.shown && t.enabled;
    const stop = usable(this.current) ? this.current : (this.items.find(usable) ?? null);
    const buttons = this.items.map((item, i) => {
      const b = document.createElement("button");
      b.type = "button";
      b.id = this.tabId(item);
      b.className = "blocklite-tab";
      b.setAttribute("role", "tab");
      b.setAttribute("aria-controls", item.el.id || this.ensurePanelId(item));
      const on = item === this.current;
      b.setAttribute("aria-selected", String(on));
      b.tabIndex = item === stop ? 0 : -1;
      b.hidden = !item.shown;
      b.disabled = !item.enabled;
      b.textContent = item.label || `Tab ${i + 1}`;
      b.addEventListener("click", () => this.choose(item, false));
      return b;
    });
    const focused = this.tablist.contains(document.activeElement);
    this.tablist.replaceChildren(...buttons);
    for (const item of this.items) item.setOpen(item === this.current, this.tabId(item));
    if (focused && this.current) document.getElementById(this.tabId(this.current))?.focus();
  }

  private ensurePanelId(item: TabItem): string {
    item.el.id = this.controlId(`panel-${item.id}`);
    return item.el.id;
  }

  /** The user opened `item` (click or keyboard). */
  private choose(item: TabItem, focus: boolean): void {
    if (!item.enabled || !item.shown) return;
    const changed = item !== this.current;
    this.current = item;
    this.props.selected = item.key;
    this.applySelected = false;
    this.paint();
    if (focus) document.getElementById(this.tabId(item))?.focus();
    const data = { index: this.items.indexOf(item), value: item.label, selected: true };
    item.fireSelect(data);
    this.ctx.trigger(this.id, "select", data);
    if (changed) this.ctx.trigger(this.id, "change");
  }

  private onKey(ev: KeyboardEvent): void {
    const usable = this.items.filter((t) => t.shown && t.enabled);
    if (usable.length === 0) return;
    // Move from the focused tab (the open one may be a disabled tab the server chose).
    const focused = this.items.find((t) => ev.target instanceof Element && ev.target.id === this.tabId(t));
    const at = usable.indexOf(focused ?? this.current ?? usable[0]);
    let next: TabItem | undefined;
    if (ev.key === "ArrowRight") next = usable[(at + 1) % usable.length];
    else if (ev.key === "ArrowLeft") next = usable[(at - 1 + usable.length) % usable.length];
    else if (ev.key === "Home") next = usable[0];
    else if (ev.key === "End") next = usable[usable.length - 1];
    if (!next) return;
    ev.preventDefault();
    this.choose(next, true);
  }
}

export const tabsSpec = componentSpec(Tabs);

export const tabItemSpec = componentSpec(TabItem);
