/**
 * gr.BrowserState: shows nothing; holds a JSON value that outlives the page in localStorage.
 *
 * Why it exists: Gradio's way to remember something per visitor across reloads (settings, saved
 * chats). The value is read from localStorage when the component is created, so the first events
 * (`demo.load`) already send it; every output that sets it writes it back. The entry is an envelope
 * `{blocklite_browser_state: 1, tag, value}`: `tag` is a hash of the component's `secret`, so a value
 * written under another secret is ignored and the default is used (no encryption: see
 * py/blocklite/components/browser_state.py for why). Without `storage_key` the key is derived from
 * the page path, the app and the component id, which stay the same across reloads of the same app.
 * Where localStorage is unavailable (sandboxed frames, some private modes) the value lives only as
 * long as the page, with one console warning.
 */

import { type Dict, isRecord } from "../lib/guards";
import { Component, type ComponentContext } from "./base";
import { componentSpec } from "./spec";

const MARK = "blocklite_browser_state";

export class BrowserState extends Component {
  readonly storageKey: string;
  private readonly tag: string;

  constructor(id: number, type: string, props: Dict, ctx: ComponentContext) {
    super(id, type, props, ctx);
    this.storageKey =
      typeof props.storage_key === "string" && props.storage_key !== ""
        ? props.storage_key
        : `blocklite:${location.pathname}:${ctx.appId}:${id}`;
    this.tag = hash(typeof props.secret === "string" ? props.secret : "");
    const stored = this.read();
    if (stored.found) this.props.value = stored.value;
    this.render();
  }

  get headless(): boolean {
    return true;
  }

  setPending(): void {
    // nothing to show
  }

  setValue(raw: unknown): boolean {
    const changed = super.setValue(raw);
    this.write();
    return changed;
  }

  update(patch: Dict): boolean {
    const changed = super.update(patch);
    if ("value" in patch) this.write();
    return changed;
  }

  render(): void {
    this.el.hidden = true;
    this.el.dataset.blockliteId = String(this.id);
  }

  /** The stored value, if there is one written by this component's secret. */
  private read(): { found: boolean; value: unknown } {
    let text: string | null;
    try {
      text = localStorage.getItem(this.storageKey);
    } catch (err) {
      warnUnavailable(err);
      return { found: false, value: null };
    }
    if (text === null) return { found: false, value: null };
    try {
      const entry: unknown = JSON.parse(text);
      if (isRecord(entry) && entry[MARK] === 1 && entry.tag === this.tag && "value" in entry) {
        return { found: true, value: entry.value };
      }
    } catch {
      // not ours, or damaged: start from the default
    }
    return { found: false, value: null };
  }

  private write(): void {
    try {
      localStorage.setItem(this.storageKey, JSON.stringify({ [MARK]: 1, tag: this.tag, value: this.props.value ?? null }));
    } catch (err) {
      warnUnavailable(err);
    }
  }
}

let warned = false;

function warnUnavailable(err: unknown): void {
  if (warned) return;
  warned = true;
  console.warn("blocklite: localStorage is not available; gr.BrowserState values last only as long as the page", err);
}

/** FNV-1a (32 bit) of a string, as hex: tells secrets apart without storing them. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

export const browserStateSpec = componentSpec(BrowserState, { headless: true });
