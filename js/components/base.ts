/**
 * The base class every rendered component shares.
 *
 * Why it exists: the DOM contract (outer element with `elem_id`, `elem_classes`, `blocklite-<type>`,
 * `hidden` for `visible: false`, flex sizing from `scale`/`min_width`) and the update rules (merge
 * props, re-render in place so focus and caret survive) must be identical for all components.
 * Subclasses only build their inner content in `render()`. A `headless` component (gr.State) has an
 * element but the renderer never puts it in the page.
 */

import { type Dict, isNumber, isRecord, jsonEqual } from "../lib/guards";
import { setClass, setHidden, setText } from "../lib/dom";
import type { AppFiles } from "../net/app-files";

/** What a component may ask of the app it lives in. */
export interface ComponentContext {
  appId: string;
  /** Fire the listeners of (component id, event name); `data` is the event's payload (`event_data`). */
  trigger(id: number, event: string, data?: unknown): void;
  /** Whether some dependency listens to (component id, event name). */
  hasListener(id: number, event: string): boolean;
  /** The listeners of (component id, event name) as their dependencies configure them: the
   * shortest `stream_every` and `time_limit` (a streaming input's pace). Absent: no listener config. */
  listenerPace?(id: number, event: string): { streamEvery: number; timeLimit: number | null } | null;
  /** Gradio's interactivity rule for this component, given its props at load time. */
  isInteractive(id: number, props: Dict): boolean;
  /**
   * A display-only component of `type` to show inside this one (a chat message's component item);
   * null when that type cannot be shown there. Injected (js/engine/render.ts) so that a component
   * that contains others never imports the registry that imports it.
   */
  createInner(type: string, props: Dict): Component | null;
  /**
   * Whether the values in the props a component is created with are the app author's own (the
   * initial config: trusted markup, README "Trust"). Absent or false (display-only components in
   * a chat message, tests): every value is contained.
   */
  trustsConfig?: boolean;
  /** The app's files: upload, and URLs elements can load (js/net/app-files.ts). */
  files: AppFiles;
  /** Tell the user something went wrong in the page itself (a refused or failed upload, a file of
   * the wrong type): an error toast, as Gradio shows. Absent in contexts with no toaster (tests,
   * components inside a chat message): the message then goes to the console. */
  showError?(title: string, message: string): void;
}

export abstract class Component {
  readonly el: HTMLElement;
  props: Dict;
  /** Effective interactivity (the rule's answer, overridden by later `interactive` updates). */
  interactive: boolean;
  private pending = false;

  constructor(
    readonly id: number,
    readonly type: string,
    props: Dict,
    protected readonly ctx: ComponentContext,
  ) {
    this.props = { ...props };
    this.interactive = ctx.isInteractive(id, this.props);
    this.el = document.createElement(this.tagName());
  }

  /** True for blocks that show nothing (gr.State): the renderer does not attach their element. */
  get headless(): boolean {
    return false;
  }

  /** Whether an event's progress (status overlay, pulsing border) shows on this component. */
  get showsStatus(): boolean {
    return !this.headless;
  }

  /** Resolves when the component holds its starting value (gr.BrowserState reads storage
   * asynchronously); the app's `load` listeners wait for every component's. */
  ready(): Promise<void> {
    return Promise.resolve();
  }

  /** The app is going away: stop timers and anything else that outlives the DOM. */
  destroy(): void {
    // most components hold nothing
  }

  /** An error the user should see (an upload refused or failed): a toast, else the console. */
  protected showError(title: string, message: string): void {
    if (this.ctx.showError) this.ctx.showError(title, message);
    else console.warn(`blocklite: ${title}: ${message}`);
  }

  /** Tag of the outer element. */
  protected tagName(): string {
    return "div";
  }

  /** Element that receives layout children (null for leaf components). */
  childSlot(): HTMLElement | null {
    return null;
  }

  /** Build or refresh the inner content from `this.props`; must be idempotent and keep live controls. */
  abstract render(): void;

  /** The value sent as this component's input to a dependency. */
  getValue(): unknown {
    return this.props.value ?? null;
  }

  /** The value as this component stores it; `null` (an output's "reset") becomes the empty value. */
  protected normalize(value: unknown): unknown {
    return value ?? null;
  }

  /** Set the value from an output; returns true if it changed. */
  setValue(raw: unknown): boolean {
    const value = this.normalize(raw);
    if (jsonEqual(this.props.value ?? null, value)) return false;
    this.props.value = value;
    this.render();
    return true;
  }

  /** Merge `{__type__: "update", ...}` props; returns true if the value changed. */
  update(patch: Dict): boolean {
    // `{__type__: "update"}` alone is gr.skip(): nothing to do.
    if (Object.keys(patch).every((k) => k === "__type__")) return false;
    let valueChanged = false;
    for (const [key, val] of Object.entries(patch)) {
      if (key === "__type__") continue;
      if (key === "value") {
        const value = this.normalize(val);
        valueChanged = !jsonEqual(this.props.value ?? null, value);
        this.props.value = value;
      } else if (key === "interactive") {
        if (typeof val === "boolean") this.interactive = val;
        this.props.interactive = val;
      } else {
        this.props[key] = val;
      }
    }
    this.render();
    return valueChanged;
  }

  setPending(on: boolean): void {
    if (on === this.pending && this.el.classList.contains("blocklite-pending") === on) return; // called per streamed message
    this.pending = on;
    this.el.classList.toggle("blocklite-pending", on);
    if (on) this.el.setAttribute("aria-busy", "true");
    else this.el.removeAttribute("aria-busy");
  }

  /** Apply the outer-element contract; subclasses call this first in `render()`. */
  protected applyOuter(extraClasses: string[] = []): void {
    // Runs on every render (every output): each write happens only when the value changed.
    const el = this.el;
    const p = this.props;
    const id = typeof p.elem_id === "string" && p.elem_id ? p.elem_id : "";
    if (id && el.id !== id) el.id = id;
    else if (!id && el.hasAttribute("id")) el.removeAttribute("id");
    const classes = ["blocklite-block", `blocklite-${this.type}`, ...extraClasses, ...userClasses(p.elem_classes)];
    if (this.pending) classes.push("blocklite-pending");
    setClass(el, classes.join(" "));
    setHidden(el, p.visible === false);
    const grow = isNumber(p.scale) ? String(p.scale) : "";
    if (el.style.flexGrow !== grow) el.style.flexGrow = grow;
    const minWidth = isNumber(p.min_width) ? `min(${p.min_width}px, 100%)` : "";
    if (el.style.minWidth !== minWidth) el.style.minWidth = minWidth;
    if (el.dataset.blockliteId !== String(this.id)) el.dataset.blockliteId = String(this.id);
  }

  /**
   * The label of a component whose label names a group of controls (File, Image, Gallery...), not
   * one control: a `blocklite-label` element (`tag`) the component element (`role`) is labelled by.
   */
  protected groupLabel(role = "group", tag: "span" | "div" = "span"): HTMLElement {
    const title = document.createElement(tag);
    title.className = "blocklite-label";
    title.id = this.controlId("label");
    this.el.setAttribute("role", role);
    this.el.setAttribute("aria-labelledby", title.id);
    return title;
  }

  /** A document-unique id for an inner control, derived from the app and component ids. */
  protected controlId(suffix = "input"): string {
    return `blocklite-${this.ctx.appId}-${this.id}-${suffix}`;
  }
}

function userClasses(x: unknown): string[] {
  const list = typeof x === "string" ? x.split(/\s+/) : Array.isArray(x) ? x : [];
  return list.filter((c): c is string => typeof c === "string" && c.length > 0);
}

/** `{__type__: "update", ...}` from an output. */
export function isUpdate(x: unknown): x is Dict & { __type__: "update" } {
  return isRecord(x) && x.__type__ === "update";
}

/** Shared label/info header for form components (label tied to the control by `for`). */
export class FieldHeader {
  readonly label = document.createElement("label");
  readonly info = document.createElement("div");

  constructor(controlId: string) {
    this.label.className = "blocklite-label";
    this.label.htmlFor = controlId;
    this.label.id = `${controlId}-label`;
    this.info.className = "blocklite-info";
    this.info.id = `${controlId}-info`;
  }

  update(props: Dict, fallbackLabel: string): void {
    applyLabel(this.label, props, fallbackLabel);
    const info = typeof props.info === "string" ? props.info : "";
    setText(this.info, info);
    setHidden(this.info, info === "");
  }

  /** Point `control`'s `aria-describedby` at the info text while there is one. */
  describe(control: Element): void {
    linkInfo(control, this.info);
  }
}

/**
 * Write a component's label into `el` and return it: `props.label`, else `fallback`. The element
 * stays in the page for screen readers (class `blocklite-sr-only`) when `show_label=False` or the
 * label is an empty string, so every control keeps an accessible name.
 */
export function applyLabel(el: HTMLElement, props: Dict, fallback: string): string {
  const given = typeof props.label === "string" ? props.label : null;
  const empty = given !== null && given.trim() === "";
  const text = given !== null && !empty ? given : fallback;
  setText(el, text);
  const hidden = props.show_label === false || empty;
  if (el.classList.contains("blocklite-sr-only") !== hidden) el.classList.toggle("blocklite-sr-only", hidden);
  return text;
}

/** `aria-describedby` from `control` to the `info` element while it shows text, removed otherwise. */
export function linkInfo(control: Element, info: HTMLElement): void {
  if (info.hidden || !info.textContent) {
    if (control.hasAttribute("aria-describedby")) control.removeAttribute("aria-describedby");
  } else if (control.getAttribute("aria-describedby") !== info.id) control.setAttribute("aria-describedby", info.id);
}
