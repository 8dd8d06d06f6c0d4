/**
 * A notice line inside the app root: what happened to the worker or the connection ("not
 * responding", "stopped", "restarted", "reconnecting"), with at most one action button (Restart).
 *
 * Why it exists: a worker that died or a stream that dropped must be visible where the app is,
 * and must offer the way out; a toast would time out or be dismissed before the user acts. One
 * class serves every such notice so they look and announce (`role="status"`) the same.
 */

import { element } from "../lib/dom";

export interface NoticeAction {
  label: string;
  run(): void;
}

export class Notice {
  readonly el: HTMLElement;
  private readonly text = element("span", "blocklite-notice-text");

  constructor(kind: string) {
    this.el = element("div", `blocklite-notice blocklite-notice-${kind}`);
    this.el.setAttribute("role", "status");
    this.el.hidden = true;
    this.el.append(this.text);
  }

  /** Show `text`, with a button running `action` when given. */
  show(text: string, action?: NoticeAction): void {
    this.text.textContent = text;
    this.el.querySelector("button")?.remove();
    if (action) {
      const button = element("button", "blocklite-notice-action", action.label);
      button.setAttribute("type", "button");
      button.addEventListener("click", () => action.run(), { once: true });
      this.el.append(button);
    }
    this.el.hidden = false;
  }

  hide(): void {
    this.el.hidden = true;
    this.el.querySelector("button")?.remove();
  }

  get visible(): boolean {
    return !this.el.hidden;
  }

  get message(): string {
    return this.text.textContent ?? "";
  }
}
