/**
 * gr.Chatbot: a conversation in Gradio 6's messages format, as bubbles ("bubble" layout) or
 * full-width rows ("panel"), with avatars, thoughts, a placeholder and examples when empty, and the
 * chat events: like, retry, undo, edit, copy, clear, example_select, option_select, select, change.
 *
 * Why it exists: a chat history grows by streaming, many times a second; a naive re-render would
 * redraw (and re-parse the Markdown of) every message per token, lose the reader's scroll position
 * and selections, and make screen readers re-announce everything. Here each message has a view that
 * persists (message.ts) and only the messages whose JSON changed are redrawn; new messages are
 * appended. The message list is an ARIA live region (role="log"), so what is added is announced.
 * It stays scrolled to the bottom while new text arrives unless the reader scrolled up.
 */

import { copyText } from "../../lib/clipboard";
import { type Dict, isNumber, isRecord, str } from "../../lib/guards";
import { Component, type ComponentContext } from "../base";
import { type TextSettings } from "./content";
import { type ActionSettings, type MessageHost, MessageView } from "./message";
import { type ChatMsg, type ChatOption, eventContents, lastUserIndex, messageText, messageValue, parseMessages, type Plan, planLayout, type Role } from "./model";
import { ChatChrome } from "./chrome";
import { delimitersOf } from "../markdown";
import { componentSpec } from "../spec";
import chatCss from "./chat.css";

interface RowView {
  el: HTMLElement;
  bubbles: HTMLElement;
  role: Role | "";
  avatar: string;
}

export class Chatbot extends Component implements MessageHost {
  private readonly chrome: ChatChrome;
  private readonly log = document.createElement("div");
  private readonly rowsBox = document.createElement("div");
  private views: (MessageView | undefined)[] = [];
  private rows: RowView[] = [];
  private messages: (ChatMsg | null)[] = [];
  private plan: Plan = { rows: [], children: new Map() };
  private pendingOn = false;
  /** Follow new content (false once the reader scrolls up, true again at the bottom). */
  private stick = true;
  private lastTop = 0;

  constructor(id: number, type: string, props: Dict, ctx: ComponentContext) {
    super(id, type, props, ctx);
    this.log.className = "blocklite-chat-log";
    this.log.setAttribute("role", "log");
    this.log.setAttribute("aria-live", "polite");
    this.log.tabIndex = 0; // a scrollable region must be reachable by keyboard
    this.rowsBox.className = "blocklite-chat-rows";
    this.chrome = new ChatChrome(this.id, ctx, {
      copyAll: () => this.copyAll(),
      clear: () => this.clearAll(),
      retry: () => this.turnEvent("retry"),
      undo: () => this.turnEvent("undo"),
    });
    this.log.append(this.chrome.empty, this.rowsBox, this.chrome.typing, this.chrome.turn);
    this.el.append(this.chrome.header, this.log);
    this.log.addEventListener("scroll", () => {
      const top = this.log.scrollTop;
      if (this.log.scrollHeight - top - this.log.clientHeight < 40) this.stick = true;
      else if (top < this.lastTop) this.stick = false;
      this.lastTop = top;
    });
    this.render();
  }

  /** The app is going away: so are the components shown in messages (a timer stops). */
  destroy(): void {
    for (const view of this.views) view?.destroy();
  }

  adopt(root: ParentNode): void {
    void this.ctx.files.adopt(root);
  }

  createInner(type: string, props: Dict): Component | null {
    return this.ctx.createInner(type, props);
  }

  protected normalize(value: unknown): unknown[] {
    return Array.isArray(value) ? value : [];
  }

  getValue(): unknown[] {
    return this.normalize(this.props.value);
  }

  /** A new value (an output, a streamed step): only the messages are brought up to date. */
  setValue(raw: unknown): boolean {
    this.props.value = this.normalize(raw);
    return this.renderMessages();
  }

  setPending(on: boolean): void {
    super.setPending(on);
    this.pendingOn = on;
    this.chrome.renderStatus(this.messages, on);
  }

  render(): void {
    const p = this.props;
    const layout = p.layout === "panel" ? "panel" : "bubble";
    this.applyOuter([...(p.container === false ? [] : ["blocklite-container"]), `blocklite-chat-layout-${layout}`]);
    this.chrome.renderHeader(p);
    this.log.setAttribute("aria-label", typeof p.label === "string" && p.label ? p.label : "Chatbot");
    // Only set for rtl: dir="auto" makes the browser recompute direction on every insertion.
    if (p.rtl === true) this.log.dir = "rtl";
    else this.log.removeAttribute("dir");
    const size = (x: unknown): string => (isNumber(x) ? `${x}px` : typeof x === "string" ? x : "");
    this.log.style.height = size(p.height);
    this.log.style.minHeight = size(p.min_height);
    this.log.style.maxHeight = size(p.max_height);
    this.log.style.resize = p.resizable === true ? "vertical" : "";
    this.renderMessages();
  }

  /** Bring the DOM in line with `props.value`, touching only what changed; true if any message
   * changed (or messages came or went). */
  private renderMessages(): boolean {
    const p = this.props;
    const messages = parseMessages(p.value);
    this.messages = messages;
    const text = this.textSettings();
    const feedback = Array.isArray(p.feedback_value) ? p.feedback_value : [];
    let assistantCount = 0;
    let changed = messages.length !== this.views.length;
    messages.forEach((m, i) => {
      if (!m) {
        this.views[i]?.destroy();
        this.views[i] = undefined;
        return;
      }
      let view = this.views[i];
      if (!view) {
        view = new MessageView(m, i, this);
        const given = m.role === "assistant" ? feedback[assistantCount] : undefined;
        if (typeof given === "string") view.feedbackChoice = given;
        this.views[i] = view;
      }
      if (m.role === "assistant") assistantCount += 1;
      if (view.update(m, i, text, this.actionSettings(m))) changed = true;
    });
    for (const gone of this.views.splice(messages.length)) gone?.destroy();
    const plan = planLayout(messages, p.group_consecutive_messages !== false);
    this.plan = plan;
    plan.rows.forEach((row, k) => {
      const rowView = this.rows[k] ?? this.newRow();
      this.rows[k] = rowView;
      this.updateRow(rowView, row.role);
      syncChildren(rowView.bubbles, row.indices.map((i) => this.views[i]?.el));
    });
    for (const gone of this.rows.splice(plan.rows.length)) gone.el.remove();
    syncChildren(this.rowsBox, this.rows.map((r) => r.el));
    this.views.forEach((view, i) => {
      if (!view) return;
      const kids = plan.children.get(i);
      if (kids) syncChildren(view.children(), kids.map((k) => this.views[k]?.el));
      else if (view.hasChildren) syncChildren(view.children(), []);
    });
    this.chrome.renderEmpty(p, messages.length === 0);
    this.chrome.renderToolbar(p, messages.length > 0);
    this.chrome.renderStatus(messages, this.pendingOn);
    if (changed && p.autoscroll !== false && this.stick) this.scrollToBottom();
    return changed;
  }

  private scrollToBottom(tries = 20): void {
    if (!this.log.isConnected) {
      // Not in the page yet (first render): nothing has a height until it is.
      if (tries > 0) requestAnimationFrame(() => this.scrollToBottom(tries - 1));
      return;
    }
    this.log.scrollTop = this.log.scrollHeight;
    this.lastTop = this.log.scrollTop;
  }

  private textSettings(): TextSettings {
    const p = this.props;
    return {
      markdown: p.render_markdown !== false,
      lineBreaks: p.line_breaks !== false,
      delimiters: delimitersOf(p.latex_delimiters),
      allowTags: p.allow_tags ?? true,
      rtl: p.rtl === true,
      downloads: p.allow_file_downloads !== false,
    };
  }

  private actionSettings(m: ChatMsg): ActionSettings {
    const p = this.props;
    const role = m.role;
    const selectable = this.ctx.hasListener(this.id, "select");
    // A thought (a message with a title) is the assistant's working: no buttons of its own.
    if (m.meta.title !== null) return { copy: false, feedback: [], editable: false, selectable };
    const buttons = Array.isArray(p.buttons) ? p.buttons : ["copy"];
    const likeable = this.ctx.hasListener(this.id, "like") && (role === "assistant" || (role === "user" && p.like_user_message === true));
    const options = Array.isArray(p.feedback_options) ? p.feedback_options.filter((o): o is string => typeof o === "string") : [];
    return {
      copy: buttons.includes("copy"),
      feedback: likeable ? options : [],
      editable: p.editable === "all" ? role !== "system" : p.editable === "user" && role === "user",
      selectable,
    };
  }

  private newRow(): RowView {
    const el = document.createElement("div");
    const bubbles = document.createElement("div");
    bubbles.className = "blocklite-chat-bubbles";
    el.append(bubbles);
    return { el, bubbles, role: "", avatar: "" };
  }

  private updateRow(row: RowView, role: Role): void {
    if (row.role !== role) {
      row.role = role;
      row.el.className = `blocklite-chat-row blocklite-chat-row-${role}`;
    }
    const avatars = Array.isArray(this.props.avatar_images) ? this.props.avatar_images : [];
    const given = role === "user" ? avatars[0] : role === "assistant" ? avatars[1] : null;
    const source = typeof given === "string" ? given : isRecord(given) ? str(given.url) || str(given.path) : "";
    if (source === row.avatar) return;
    row.avatar = source;
    row.el.querySelector(":scope > .blocklite-chat-avatar")?.remove();
    const avatar = this.chrome.avatar(source, role);
    if (avatar) {
      void this.ctx.files.adopt(avatar); // an app file: its blob: URL
      row.el.prepend(avatar);
    }
  }

  // -- events from messages (MessageHost) --------------------------------------------------------

  copy(view: MessageView, button: HTMLButtonElement): void {
    const text = view.text;
    copyText(this.withWatermark(text));
    view.flashCopied(button);
    this.ctx.trigger(this.id, "copy", { index: view.index, value: text });
  }

  feedback(view: MessageView, choice: string): void {
    view.feedbackChoice = choice;
    view.refreshFeedback();
    const liked = choice === "Like" ? true : choice === "Dislike" ? false : choice;
    // As Gradio's page reports it: the group (row) the message is in, by its first message's
    // index, and the contents of the group's messages.
    const indices = this.plan.rows.find((row) => row.indices.includes(view.index))?.indices ?? [view.index];
    const raw = this.getValue();
    this.ctx.trigger(this.id, "like", { index: indices[0], value: indices.flatMap((i) => eventContents(raw[i])), liked });
  }

  select(view: MessageView): void {
    this.ctx.trigger(this.id, "select", { index: view.index, value: this.valueOf(view.index), selected: true });
  }

  option(_view: MessageView, option: ChatOption, optionIndex: number): void {
    this.ctx.trigger(this.id, "option_select", { index: optionIndex, value: option.value });
  }

  edited(view: MessageView, text: string): void {
    const previous = view.text;
    const value = this.getValue().map((m, i) => (i === view.index && isRecord(m) ? { ...m, content: [{ type: "text", text }] } : m));
    this.props.value = value;
    this.renderMessages();
    this.ctx.trigger(this.id, "edit", { index: view.index, value: text, previous_value: previous });
    this.ctx.trigger(this.id, "change");
  }

  // -- events from the chrome ----------------------------------------------------------------------

  private valueOf(index: number): unknown {
    const m = this.messages[index];
    return m ? messageValue(m, this.getValue()[index]) : null;
  }

  private withWatermark(text: string): string {
    const mark = this.props.watermark;
    return typeof mark === "string" && mark ? `${text}\n\n${mark}` : text;
  }

  private copyAll(): void {
    const text = this.messages
      .filter((m): m is ChatMsg => m !== null)
      .map((m) => `${m.role}: ${messageText(m)}`)
      .join("\n\n");
    copyText(this.withWatermark(text));
    this.ctx.trigger(this.id, "copy", { value: text });
  }

  private clearAll(): void {
    this.props.value = [];
    this.renderMessages();
    this.ctx.trigger(this.id, "clear");
    this.ctx.trigger(this.id, "change");
  }

  private turnEvent(event: "retry" | "undo"): void {
    const index = lastUserIndex(this.messages);
    if (index === null) return;
    // Gradio's page reports the message's last content item (a text as its string).
    const contents = eventContents(this.getValue()[index]);
    this.ctx.trigger(this.id, event, { index, value: contents[contents.length - 1] ?? null });
  }
}

/** Make `box`'s element children exactly `els`, in order, moving or removing only what differs. */
function syncChildren(box: HTMLElement, els: readonly (HTMLElement | undefined)[]): void {
  const wanted = els.filter((el): el is HTMLElement => el !== undefined);
  let j = 0;
  while (j < wanted.length && box.children[j] === wanted[j]) j += 1; // the common prefix stays
  const rest = wanted.slice(j);
  if (rest.length > 0 && box.children.length === j && rest.every((el) => !el.isConnected)) {
    box.append(...rest); // only new elements at the end (the usual case): one insertion
    return;
  }
  rest.forEach((el, k) => {
    const here = box.children[j + k];
    if (here !== el) box.insertBefore(el, here ?? null);
  });
  while (box.children.length > wanted.length) box.lastElementChild?.remove();
}

export const chatbotSpec = componentSpec(Chatbot, { css: chatCss });
