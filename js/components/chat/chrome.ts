/**
 * Everything of the Chatbot around its messages: the header (label, copy-all, custom buttons, the
 * clear button), the empty state (placeholder Markdown and example buttons), the "waiting for a
 * reply" dots, the retry/undo buttons of the last turn, and avatars.
 *
 * Why it exists: these parts change with props and listeners, not with each streamed token, so
 * they redraw only when their inputs change and live apart from the message views. The retry/undo
 * row sits after the messages rather than inside the last one, so adding a reply never edits an
 * earlier message's element.
 */

import { setHidden } from "../../lib/dom";
import { type Dict, isNumber, isRecord, str } from "../../lib/guards";
import type { ComponentContext } from "../base";
import { safeIconUrl } from "../button";
import type { ChatMsg, Role } from "./model";
import { lastUserIndex } from "./model";
import { iconButton } from "./icons";
import { renderMarkdown } from "../markdown";

export interface ChromeActions {
  copyAll(): void;
  clear(): void;
  retry(): void;
  undo(): void;
}

export class ChatChrome {
  readonly header = document.createElement("div");
  readonly empty = document.createElement("div");
  readonly typing = document.createElement("div");
  readonly turn = document.createElement("div");
  private readonly label = document.createElement("span");
  private readonly toolbar = document.createElement("div");
  private shown = { toolbar: "", empty: "", turn: "", typing: "" };

  constructor(
    private readonly id: number,
    private readonly ctx: ComponentContext,
    private readonly actions: ChromeActions,
  ) {
    this.header.className = "blocklite-chat-header";
    this.label.className = "blocklite-label";
    this.toolbar.className = "blocklite-chat-toolbar";
    this.header.append(this.label, this.toolbar);
    this.empty.className = "blocklite-chat-empty";
    this.typing.className = "blocklite-chat-typing";
    this.typing.setAttribute("role", "status");
    this.typing.setAttribute("aria-label", "Waiting for a reply");
    for (let i = 0; i < 3; i++) this.typing.append(document.createElement("span"));
    this.turn.className = "blocklite-chat-turn";
    this.typing.hidden = true;
    this.turn.hidden = true;
  }

  renderHeader(p: Dict): void {
    this.label.textContent = typeof p.label === "string" && p.label ? p.label : "Chatbot";
    this.label.classList.toggle("blocklite-sr-only", p.show_label === false);
  }

  /** Copy-all, custom `gr.Button`s and (with a `clear` listener) the trash button. */
  renderToolbar(p: Dict, hasMessages: boolean): void {
    const buttons = Array.isArray(p.buttons) ? p.buttons : [];
    const clear = this.ctx.hasListener(this.id, "clear");
    const key = JSON.stringify([buttons, clear, hasMessages]);
    if (key === this.shown.toolbar) return;
    this.shown.toolbar = key;
    this.toolbar.replaceChildren();
    for (const b of buttons) {
      if (isRecord(b) && b.type === "button" && isNumber(b.id)) this.toolbar.append(this.customButton(b));
    }
    if (hasMessages && buttons.includes("copy_all")) {
      const copy = iconButton("copy", "Copy conversation", "blocklite-chat-copy-all");
      copy.addEventListener("click", () => this.actions.copyAll());
      this.toolbar.append(copy);
    }
    if (hasMessages && clear) {
      const trash = iconButton("trash", "Clear conversation", "blocklite-chat-clear");
      trash.addEventListener("click", () => this.actions.clear());
      this.toolbar.append(trash);
    }
  }

  private customButton(b: Dict): HTMLButtonElement {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "blocklite-chat-custom-button";
    const icon = safeIconUrl(b.icon);
    if (icon) {
      const img = document.createElement("img");
      img.src = icon;
      img.alt = "";
      button.append(img);
    }
    button.append(str(b.value));
    const target = isNumber(b.id) ? b.id : -1;
    button.addEventListener("click", () => this.ctx.trigger(target, "click"));
    return button;
  }

  /** When there are no messages: the placeholder (Markdown) and the examples. */
  renderEmpty(p: Dict, isEmpty: boolean): void {
    const examples = Array.isArray(p.examples) ? p.examples.filter(isRecord) : [];
    const placeholder = typeof p.placeholder === "string" ? p.placeholder : "";
    const show = isEmpty && (placeholder !== "" || examples.length > 0);
    const key = show ? JSON.stringify([placeholder, examples]) : "";
    setHidden(this.empty, !show);
    if (key === this.shown.empty) return;
    this.shown.empty = key;
    this.empty.replaceChildren();
    if (!show) return;
    if (placeholder) {
      const prose = document.createElement("div");
      prose.className = "blocklite-chat-placeholder blocklite-prose";
      prose.innerHTML = renderMarkdown(placeholder, { trust: "trusted" }); // the app's own placeholder=
      this.empty.append(prose);
    }
    if (examples.length > 0) {
      const list = document.createElement("div");
      list.className = "blocklite-chat-examples";
      examples.forEach((example, index) => list.append(this.exampleButton(example, index)));
      this.empty.append(list);
    }
  }

  private exampleButton(example: Dict, index: number): HTMLButtonElement {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "blocklite-chat-example";
    const iconSource = isRecord(example.icon) ? str(example.icon.url) || str(example.icon.path) : str(example.icon);
    const icon = safeIconUrl(iconSource);
    if (icon) {
      const img = document.createElement("img");
      img.src = icon;
      img.alt = "";
      button.append(img);
    }
    const text = document.createElement("span");
    text.textContent = str(example.display_text) || str(example.text);
    button.append(text);
    button.addEventListener("click", () => {
      const value: Dict = { text: str(example.text) };
      if (Array.isArray(example.files)) value.files = example.files;
      this.ctx.trigger(this.id, "example_select", { index, value });
    });
    return button;
  }

  /** The dots while a reply is awaited, and retry/undo under the last turn (when listened to). */
  renderStatus(messages: readonly (ChatMsg | null)[], pending: boolean): void {
    const last = messages[messages.length - 1];
    setHidden(this.typing, !(pending && (messages.length === 0 || last?.role === "user")));
    const retry = this.ctx.hasListener(this.id, "retry");
    const undo = this.ctx.hasListener(this.id, "undo");
    const show = !pending && (retry || undo) && lastUserIndex(messages) !== null;
    const key = show ? JSON.stringify([retry, undo]) : "";
    setHidden(this.turn, !show);
    if (key === this.shown.turn) return;
    this.shown.turn = key;
    this.turn.replaceChildren();
    if (retry) {
      const button = iconButton("retry", "Retry", "blocklite-chat-retry");
      button.addEventListener("click", () => this.actions.retry());
      this.turn.append(button);
    }
    if (undo) {
      const button = iconButton("undo", "Undo", "blocklite-chat-undo");
      button.addEventListener("click", () => this.actions.undo());
      this.turn.append(button);
    }
  }

  /** An avatar: an image for a safe URL, the text itself for a short non-URL (an emoji). */
  avatar(source: string, role: Role): HTMLElement | null {
    if (!source) return null;
    const box = document.createElement("div");
    box.className = "blocklite-chat-avatar";
    const looksLikeUrl = /[/.:]/.test(source);
    const url = looksLikeUrl ? safeIconUrl(source) : null;
    if (url) {
      const img = document.createElement("img");
      img.src = url;
      img.alt = `${role} avatar`;
      box.append(img);
      return box;
    }
    if (looksLikeUrl || [...source].length > 4) return null; // an unsafe URL: no avatar at all
    box.textContent = source;
    box.setAttribute("aria-hidden", "true");
    return box;
  }
}
