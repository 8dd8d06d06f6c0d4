/**
 * gr.BrowserState: shows nothing; holds a JSON value that outlives the page in localStorage.
 *
 * Why it exists: Gradio's way to remember something per visitor across reloads (settings, saved
 * chats). The stored value is read when the component is created and the app's `load` listeners
 * wait for it (`ready()`), so they already send it; every output that sets it writes it back.
 *
 * Keys are namespaced per app: `blocklite:<page path>:<app id>:` followed by `storage_key`, or by
 * the component id without one, so two apps on one origin (or one page) never share an entry.
 * With a `secret` the entry is `{blocklite_browser_state: 2, sealed}`: the JSON value encrypted
 * with that secret (js/lib/sealed.ts, AES-GCM), as Gradio encrypts it; an entry sealed with another
 * secret, or altered, reads as nothing stored and the default is used. Without a secret it is
 * `{blocklite_browser_state: 1, value}` in plain text. Where Web Crypto is missing (a page not
 * served over https or from localhost) a value with a secret is never written in the clear: it
 * lasts only as long as the page, with one console warning. Where localStorage is unavailable
 * (sandboxed frames, some private modes) values also last only as long as the page.
 */

import { type Dict, isRecord } from "../lib/guards";
import { SealingKey, fromBase64, isSealed, sealingAvailable } from "../lib/sealed";
import { Component, type ComponentContext } from "./base";
import { componentSpec } from "./spec";

const MARK = "blocklite_browser_state";

/** The localStorage key of a BrowserState (see the header: one namespace per app). */
export function browserStateKey(path: string, appId: string, componentId: number, storageKey: unknown): string {
  const own = typeof storageKey === "string" && storageKey !== "" ? storageKey : `component-${componentId}`;
  return `blocklite:${path}:${appId}:${own}`;
}

export class BrowserState extends Component {
  readonly storageKey: string;
  private readonly secret: string | null;
  /** Resolves once the stored value (if any) is in `props.value`. */
  private readonly loaded: Promise<void>;
  /** The key for the secret, derived once (with the stored entry's salt, or a fresh one). */
  private key: Promise<SealingKey> | null = null;
  /** Writes run one after another, so the last value set is the one stored. */
  private writing: Promise<void> = Promise.resolve();

  constructor(id: number, type: string, props: Dict, ctx: ComponentContext) {
    super(id, type, props, ctx);
    this.storageKey = browserStateKey(location.pathname, ctx.appId, id, props.storage_key);
    this.secret = typeof props.secret === "string" && props.secret !== "" ? props.secret : null;
    this.render();
    this.loaded = this.load();
  }

  get headless(): boolean {
    return true;
  }

  ready(): Promise<void> {
    return this.loaded;
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

  private async load(): Promise<void> {
    const entry = this.readEntry();
    if (!isRecord(entry) || !(MARK in entry)) return;
    if (this.secret === null) {
      if (entry[MARK] === 1 && "value" in entry) this.props.value = entry.value;
      return;
    }
    if (entry[MARK] !== 2 || !isSealed(entry.sealed) || !sealingAvailable()) return;
    const sealed = entry.sealed;
    try {
      const key = SealingKey.derive(this.secret, fromBase64(sealed.salt));
      this.key = key;
      const opened = await (await key).open(sealed);
      if (opened) this.props.value = opened.value;
    } catch (err) {
      this.key = null;
      console.warn("blocklite: could not read a gr.BrowserState value; using its default", err);
    }
  }

  private readEntry(): unknown {
    let text: string | null;
    try {
      text = localStorage.getItem(this.storageKey);
    } catch (err) {
      warnOnce("storage", "localStorage is not available; gr.BrowserState values last only as long as the page", err);
      return null;
    }
    if (text === null) return null;
    try {
      return JSON.parse(text);
    } catch {
      return null; // not ours, or damaged: start from the default
    }
  }

  private write(): void {
    const value = this.props.value ?? null;
    this.writing = this.writing.then(() => this.store(value)).catch((err: unknown) => {
      console.warn("blocklite: could not store a gr.BrowserState value", err);
    });
  }

  private async store(value: unknown): Promise<void> {
    await this.loaded; // never overwrite the stored entry before it was read
    let entry: Dict;
    if (this.secret === null) {
      entry = { [MARK]: 1, value };
    } else {
      if (!sealingAvailable()) {
        warnOnce("crypto", "Web Crypto is not available (the page is not https or localhost); gr.BrowserState values with a secret last only as long as the page", null);
        return;
      }
      this.key ??= SealingKey.derive(this.secret);
      entry = { [MARK]: 2, sealed: await (await this.key).seal(value) };
    }
    try {
      localStorage.setItem(this.storageKey, JSON.stringify(entry));
    } catch (err) {
      warnOnce("storage", "localStorage is not available; gr.BrowserState values last only as long as the page", err);
    }
  }
}

const warned = new Set<string>();

function warnOnce(topic: string, message: string, err: unknown): void {
  if (warned.has(topic)) return;
  warned.add(topic);
  console.warn(`blocklite: ${message}`, err ?? "");
}

export const browserStateSpec = componentSpec(BrowserState, { headless: true });
