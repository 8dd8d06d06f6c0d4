/**
 * One chat message on the page: its content, its thought box (a message with `metadata.title`),
 * the messages nested in it, its options and its action buttons (copy, like/dislike, edit).
 *
 * Why it exists: streaming calls `update` on every message many times a second; a view redraws
 * only what changed (the content items whose JSON changed, the thought header when its metadata
 * changed, the buttons when their settings changed) and keeps its element, so earlier messages are
 * never touched while a reply streams in, and focus, selections and open thoughts survive.
 */

import type { Dict } from "../../lib/guards";
import type { Component } from "../base";
import type { ChatMsg, ChatOption } from "./model";
import { messageText } from "./model";
import { renderItem, renderText, type TextSettings } from "./content";
import { iconButton, setIcon } from "./icons";

/** What a message's buttons do: the Chatbot (chatbot.ts) handles the events. */
export interface MessageHost {
  /** Builds the display-only component of a component item (ComponentContext.createInner). */
  createInner(type: string, props: Dict): Component | null;
  /** Point the app-file URLs inside a new item at blob: URLs (ctx.files.adopt), before it shows. */
  adopt(root: ParentNode): void;
  copy(view: MessageView, button: HTMLButtonElement): void;
  feedback(view: MessageView, choice: string): void;
  select(view: MessageView): void;
  option(view: MessageView, option: ChatOption, optionIndex: number): void;
  edited(view: MessageView, text: string): void;
}

/** The per-message buttons wanted (from props and listeners). */
export interface ActionSettings {
  copy: boolean;
  feedback: string[];
  editable: boolean;
  selectable: boolean;
}

const THUMBS: Record<string, "like" | "dislike"> = { Like: "like", Dislike: "dislike" };

export class MessageView {
  readonly el = document.createElement("div");
  private details: HTMLDetailsElement | null = null;
  private summary: HTMLElement | null = null;
  private readonly content = document.createElement("div");
  private items: { key: string; el: HTMLElement; component: Component | null }[] = [];
  private childBox: HTMLElement | null = null;
  private optionsBox: HTMLElement | null = null;
  private actions: HTMLElement | null = null;
  private editor: HTMLElement | null = null;
  private shown = { meta: "", status: "", options: "", actions: "", role: "" };
  /** The feedback chosen on this message ("Like", "Dislike", a custom option) or null. */
  feedbackChoice: string | null = null;

  constructor(
    public msg: ChatMsg,
    public index: number,
    private readonly host: MessageHost,
  ) {
    this.content.className = "blocklite-chat-content";
    this.el.append(this.content);
    this.content.addEventListener("click", (ev) => {
      if (this.content.hasAttribute("tabindex") && !(ev.target instanceof Element && ev.target.closest("a, button, details"))) this.host.select(this);
    });
    this.content.addEventListener("keydown", (ev) => {
      if (ev.key === "Enter" && ev.target === this.content && this.content.hasAttribute("tabindex")) this.host.select(this);
    });
  }

  /** Redraw what differs from what is shown; returns true if anything was redrawn. */
  update(msg: ChatMsg, index: number, text: TextSettings, acts: ActionSettings): boolean {
    const first = this.shown.role === "";
    const changed = first || msg.key !== this.msg.key || index !== this.index;
    this.msg = msg;
    if (index !== this.index || first) {
      this.index = index;
      this.el.dataset.index = String(index);
    }
    if (msg.name !== this.shown.role) {
      this.shown.role = msg.name;
      this.el.dataset.role = msg.name;
      this.el.className = `blocklite-chat-message blocklite-chat-${msg.role}`;
    }
    this.updateThought(msg);
    this.updateItems(msg, text);
    this.updateOptions(msg.options);
    this.updateActions(acts);
    return changed;
  }

  /** Where nested messages (thoughts with this one as parent) go; created on first use. */
  children(): HTMLElement {
    if (!this.childBox) {
      this.childBox = document.createElement("div");
      this.childBox.className = "blocklite-chat-children";
      this.content.after(this.childBox);
    }
    return this.childBox;
  }

  /** Whether the box for nested messages exists and holds any. */
  get hasChildren(): boolean {
    return (this.childBox?.childElementCount ?? 0) > 0;
  }

  get text(): string {
    return messageText(this.msg);
  }

  private updateThought(msg: ChatMsg): void {
    const m = msg.meta;
    const key = m.title === null ? "" : JSON.stringify(m);
    if (key === this.shown.meta) return;
    const previous = this.shown.meta;
    this.shown.meta = key;
    if (m.title === null) {
      if (this.details) this.unwrapThought();
      return;
    }
    if (!this.details || !this.summary) this.wrapThought();
    const details = this.details;
    const summary = this.summary;
    if (!details || !summary) return;
    summary.replaceChildren();
    const title = document.createElement("span");
    title.className = "blocklite-chat-thought-title";
    title.textContent = m.title;
    summary.append(title);
    if (m.status === "pending") {
      const spinner = document.createElement("span");
      spinner.className = "blocklite-spinner blocklite-chat-thought-spinner";
      spinner.setAttribute("role", "status");
      spinner.setAttribute("aria-label", "in progress");
      summary.append(spinner);
    }
    if (m.log) summary.append(meta("blocklite-chat-thought-log", m.log));
    if (m.duration !== null) summary.append(meta("blocklite-chat-thought-duration", `(${formatDuration(m.duration)})`));
    // Gradio: pending or no status opens the box, "done" closes it; the user's own toggling wins
    // until the status changes.
    const status = String(m.status);
    if (previous === "" || status !== this.shown.status) details.open = m.status !== "done";
    this.shown.status = status;
  }

  private wrapThought(): void {
    const details = document.createElement("details");
    details.className = "blocklite-chat-thought-box";
    const summary = document.createElement("summary");
    summary.className = "blocklite-chat-thought-summary";
    details.append(summary);
    this.el.classList.add("blocklite-chat-thought");
    this.content.before(details);
    details.append(this.content);
    if (this.childBox) details.append(this.childBox);
    this.details = details;
    this.summary = summary;
  }

  private unwrapThought(): void {
    const details = this.details;
    if (!details) return;
    details.before(this.content);
    if (this.childBox) this.content.after(this.childBox);
    details.remove();
    this.el.classList.remove("blocklite-chat-thought");
    this.details = null;
    this.summary = null;
  }

  private updateItems(msg: ChatMsg, text: TextSettings): void {
    if (this.editor) return; // the user is editing: the new text shows when the editor closes
    const keys = msg.itemKeys;
    msg.items.forEach((item, i) => {
      const shown = this.items[i];
      if (shown && shown.key === keys[i]) return;
      if (shown && item.kind === "text" && shown.el.classList.contains("blocklite-chat-text")) {
        renderText(shown.el, item.text, text); // a streamed token: same element, new text
      } else {
        const { el, component } = renderItem(item, text, (type, props) => this.host.createInner(type, props));
        this.host.adopt(el);
        if (shown) {
          shown.el.replaceWith(el);
          shown.component?.destroy();
        } else this.content.append(el);
        this.items[i] = { key: keys[i], el, component };
        return;
      }
      shown.key = keys[i];
    });
    for (const extra of this.items.splice(msg.items.length)) {
      extra.el.remove();
      extra.component?.destroy();
    }
  }

  /** The message is gone (or the Chatbot is): components shown in it stop (e.g. a timer). */
  destroy(): void {
    for (const item of this.items) item.component?.destroy();
    this.items = [];
  }

  private updateOptions(options: ChatOption[]): void {
    const key = JSON.stringify(options);
    if (key === this.shown.options) return;
    this.shown.options = key;
    this.optionsBox?.remove();
    this.optionsBox = null;
    if (options.length === 0) return;
    const box = document.createElement("div");
    box.className = "blocklite-chat-options";
    options.forEach((option, i) => {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "blocklite-chat-option";
      button.textContent = option.label;
      button.addEventListener("click", () => this.host.option(this, option, i));
      box.append(button);
    });
    this.optionsBox = box;
    if (this.actions) this.actions.before(box);
    else this.el.append(box);
  }

  private updateActions(acts: ActionSettings): void {
    // Clickable (and focusable) only with a `select` listener; attributes are written only when
    // they change, so a streamed update leaves this message's DOM alone.
    if (acts.selectable !== this.content.hasAttribute("tabindex")) {
      if (acts.selectable) this.content.tabIndex = 0;
      else this.content.removeAttribute("tabindex");
    }
    const key = JSON.stringify([acts.copy, acts.feedback, acts.editable]);
    if (key === this.shown.actions) return;
    this.shown.actions = key;
    this.actions?.remove();
    this.actions = null;
    if (!acts.copy && acts.feedback.length === 0 && !acts.editable) return;
    const bar = document.createElement("div");
    bar.className = "blocklite-chat-actions";
    if (acts.copy) {
      const copy = iconButton("copy", "Copy message", "blocklite-chat-copy");
      copy.addEventListener("click", () => this.host.copy(this, copy));
      bar.append(copy);
    }
    if (acts.editable) {
      const edit = iconButton("edit", "Edit message", "blocklite-chat-edit");
      edit.addEventListener("click", () => this.startEdit());
      bar.append(edit);
    }
    const custom = acts.feedback.filter((f) => !(f in THUMBS));
    for (const choice of acts.feedback.filter((f) => f in THUMBS)) {
      const button = iconButton(THUMBS[choice], choice, `blocklite-chat-${THUMBS[choice]}`);
      button.dataset.feedback = choice;
      button.setAttribute("aria-pressed", String(this.feedbackChoice === choice));
      button.addEventListener("click", () => this.host.feedback(this, choice));
      bar.append(button);
    }
    if (custom.length > 0) bar.append(this.flagMenu(custom));
    this.actions = bar;
    this.el.append(bar);
  }

  /** Show `feedbackChoice` as the pressed feedback button (in place: focus stays where it is). */
  refreshFeedback(): void {
    for (const button of this.actions?.querySelectorAll<HTMLElement>("[data-feedback]") ?? []) {
      button.setAttribute("aria-pressed", String(button.dataset.feedback === this.feedbackChoice));
    }
  }

  private flagMenu(choices: string[]): HTMLElement {
    const menu = document.createElement("details");
    menu.className = "blocklite-chat-flag";
    const summary = document.createElement("summary");
    summary.className = "blocklite-chat-icon-button";
    summary.setAttribute("aria-label", "More feedback");
    summary.title = "More feedback";
    summary.dataset.icon = "flag";
    const list = document.createElement("div");
    list.className = "blocklite-chat-flag-list";
    for (const choice of choices) {
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = choice;
      button.dataset.feedback = choice;
      button.setAttribute("aria-pressed", String(this.feedbackChoice === choice));
      button.addEventListener("click", () => {
        menu.open = false;
        this.host.feedback(this, choice);
      });
      list.append(button);
    }
    menu.append(summary, list);
    return menu;
  }

  /** Replace the content with a text area and Save / Cancel (Escape cancels). */
  startEdit(): void {
    if (this.editor) return;
    const previous = this.text;
    const editor = document.createElement("div");
    editor.className = "blocklite-chat-editor";
    const area = document.createElement("textarea");
    area.className = "blocklite-input";
    area.value = previous;
    area.rows = Math.min(10, Math.max(2, previous.split("\n").length));
    area.setAttribute("aria-label", "Edit message");
    const save = document.createElement("button");
    save.type = "button";
    save.className = "blocklite-chat-editor-save";
    save.textContent = "Submit";
    const cancel = document.createElement("button");
    cancel.type = "button";
    cancel.className = "blocklite-chat-editor-cancel";
    cancel.textContent = "Cancel";
    const buttons = document.createElement("div");
    buttons.className = "blocklite-chat-editor-buttons";
    buttons.append(cancel, save);
    editor.append(area, buttons);
    const close = (): void => {
      editor.remove();
      this.editor = null;
      this.content.hidden = false;
    };
    cancel.addEventListener("click", close);
    area.addEventListener("keydown", (ev) => {
      if (ev.key === "Escape") close();
    });
    save.addEventListener("click", () => {
      close();
      if (area.value !== previous) this.host.edited(this, area.value);
    });
    this.content.hidden = true;
    this.content.after(editor);
    this.editor = editor;
    area.focus();
  }

  /** Show the copy button as done for a moment. */
  flashCopied(button: HTMLButtonElement): void {
    setIcon(button, "check");
    button.setAttribute("aria-label", "Copied");
    setTimeout(() => {
      setIcon(button, "copy");
      button.setAttribute("aria-label", "Copy message");
    }, 1500);
  }
}

function meta(className: string, text: string): HTMLElement {
  const span = document.createElement("span");
  span.className = className;
  span.textContent = text;
  return span;
}

function formatDuration(seconds: number): string {
  if (seconds < 60) return `${Number(seconds.toFixed(seconds < 10 ? 1 : 0))}s`;
  const m = Math.floor(seconds / 60);
  return `${m}m ${Math.round(seconds - m * 60)}s`;
}
