/**
 * MultimodalTextbox: a message box with attachments (gr.MultimodalTextbox, and the input of
 * `gr.ChatInterface(multimodal=True)`).
 *
 * Why it exists: a chat message is often text plus files. The box takes files from a paperclip
 * button (a file picker: `accept` from `file_types`, several with `file_count="multiple"`, a
 * folder with "directory"), from files dropped or pasted onto it, and from pasted text longer
 * than `max_plain_text_length` (kept as a .txt file, as Gradio does). Each file is uploaded to the
 * worker as soon as it is attached (`ctx.files.upload`, with progress), so the value it sends is
 * Gradio's `{text, files: [FileData]}`. Enter submits (Shift+Enter for a new line; with `lines` > 1
 * it is the other way round, as in Textbox); a submit pressed during an upload waits for it.
 * Submitting clears nothing: ChatInterface clears the box with an output, as Gradio's does.
 * Events: `change` and `input` on every edit (text or attachments), `submit`, `stop`, `focus`,
 * `blur`, and `select` on a text selection (SelectData as in Textbox).
 */

import { directionFor } from "../../lib/direction";
import { type Dict, isRecord, num } from "../../lib/guards";
import { acceptFor, fileTypesOf, invalidFileTypeMessage } from "../../lib/file-types";
import { Component, type ComponentContext, FieldHeader } from "../base";
import { componentSpec } from "../spec";
import {
  type MultimodalValue,
  asMultimodalValue,
  fileCountOf,
  joinFiles,
  pastedTextIsFile,
  sortByType,
  toUpload,
  withoutFile,
} from "./attachments";
import { FileList } from "./file-list";
import css from "./multimodal.css";

const HTML_ATTRIBUTES = ["autocapitalize", "autocorrect", "autocomplete", "enterkeyhint", "lang"] as const;

export class MultimodalTextbox extends Component {
  private readonly header: FieldHeader;
  private readonly box = document.createElement("div");
  private readonly picker = document.createElement("input");
  private readonly attach = document.createElement("button");
  private readonly text = document.createElement("textarea");
  private readonly list: FileList;
  private readonly buttons: Record<"submit" | "stop", HTMLButtonElement | null> = { submit: null, stop: null };
  /** Uploads still on their way; a submit waits for them. */
  private uploads = 0;
  private submitWhenDone = false;
  private refocus = false;
  private lastSelection = "";

  constructor(id: number, type: string, props: Dict, ctx: ComponentContext) {
    super(id, type, props, ctx);
    this.props.value = asMultimodalValue(props.value);
    this.header = new FieldHeader(this.controlId());
    this.list = new FileList({ files: ctx.files, onRemove: (index) => this.remove(index) });
    this.box.className = "blocklite-mm-box";
    this.picker.type = "file";
    this.picker.hidden = true;
    this.picker.tabIndex = -1;
    this.attach.type = "button";
    this.attach.className = "blocklite-mm-attach";
    this.attach.setAttribute("aria-label", "Attach files");
    this.attach.title = "Attach files";
    this.text.id = this.controlId();
    this.text.className = "blocklite-input blocklite-mm-text";
    const row = document.createElement("div");
    row.className = "blocklite-mm-row";
    row.append(this.attach, this.text);
    this.box.append(this.list.el, row, this.picker);
    this.el.append(this.header.label, this.header.info, this.box);
    this.listen();
    this.render();
    if (props.autofocus === true) {
      queueMicrotask(() => {
        if (this.el.isConnected && this.interactive) this.text.focus({ preventScroll: true });
      });
    }
  }

  protected normalize(value: unknown): MultimodalValue {
    return asMultimodalValue(value);
  }

  getValue(): MultimodalValue {
    return this.value;
  }

  private get value(): MultimodalValue {
    return asMultimodalValue(this.props.value);
  }

  private get canUpload(): boolean {
    const sources = this.props.sources;
    return this.interactive && (!Array.isArray(sources) || sources.includes("upload"));
  }

  render(): void {
    const p = this.props;
    this.applyOuter(p.container === false ? [] : ["blocklite-container"]);
    this.header.update(p, "Message");
    const lines = Math.max(1, num(p.lines) ?? 1);
    const control = this.text;
    if (control.rows !== lines) control.rows = lines;
    // It grows with its text (CSS field-sizing) from `lines` up to `max_lines`, as Gradio's does.
    const minHeight = `calc(${lines}lh + 1.2em)`;
    if (control.style.minHeight !== minHeight) control.style.minHeight = minHeight;
    const maxLines = num(p.max_lines);
    const maxHeight = maxLines && maxLines >= lines ? `calc(${maxLines}lh + 1.2em)` : "";
    if (control.style.maxHeight !== maxHeight) control.style.maxHeight = maxHeight;
    const { text, files } = this.value;
    const dir = p.rtl === true ? "rtl" : directionFor(text);
    if (control.dir !== dir) control.dir = dir;
    if (control.value !== text) control.value = text;
    const placeholder = typeof p.placeholder === "string" ? p.placeholder : "";
    if (control.placeholder !== placeholder) control.placeholder = placeholder;
    const align = p.text_align === "right" || p.text_align === "left" ? p.text_align : "";
    if (control.style.textAlign !== align) control.style.textAlign = align;
    this.applyHtmlAttributes(p.html_attributes);
    this.keepFocus();
    if (control.disabled !== !this.interactive) control.disabled = !this.interactive;
    this.header.describe(control);
    const fileTypes = fileTypesOf(p.file_types);
    const accept = acceptFor(fileTypes);
    if (this.picker.accept !== accept) this.picker.accept = accept;
    const count = fileCountOf(p.file_count);
    this.picker.multiple = count !== "single";
    this.picker.toggleAttribute("webkitdirectory", count === "directory");
    setShown(this.attach, this.canUpload);
    this.list.update(files, this.interactive);
    this.box.classList.toggle("blocklite-mm-disabled", !this.interactive);
    this.renderButton("submit", p.submit_btn);
    this.renderButton("stop", p.stop_btn);
  }

  private applyHtmlAttributes(raw: unknown): void {
    const attrs: Dict = isRecord(raw) ? raw : {};
    for (const name of HTML_ATTRIBUTES) {
      const value = attrs[name];
      if (typeof value === "string") this.text.setAttribute(name, value);
      else this.text.removeAttribute(name);
    }
    const spell = attrs.spellcheck;
    this.text.spellcheck = typeof spell === "boolean" ? spell : true;
    const tab = num(attrs.tabindex);
    if (tab !== null) this.text.tabIndex = tab;
    else this.text.removeAttribute("tabindex");
  }

  /** `submit_btn` / `stop_btn`: a button after the text that fires `submit` / `stop`. */
  private renderButton(kind: "submit" | "stop", setting: unknown): void {
    const wanted = setting === true || (typeof setting === "string" && setting !== "");
    const current = this.buttons[kind];
    if (!wanted) {
      current?.remove();
      this.buttons[kind] = null;
      return;
    }
    const button = current ?? document.createElement("button");
    if (!current) {
      button.type = "button";
      button.className = `blocklite-textbox-action blocklite-mm-action blocklite-textbox-${kind}`;
      button.addEventListener("click", () => {
        if (kind === "stop") this.ctx.trigger(this.id, "stop"); // usable while the box is locked
        else if (this.interactive) this.submit();
      });
      this.box.querySelector(".blocklite-mm-row")?.append(button);
      this.buttons[kind] = button;
    }
    const label = typeof setting === "string" ? setting : kind === "submit" ? "Submit" : "Stop";
    if (button.textContent !== label) button.textContent = label;
    button.disabled = kind === "submit" && !this.interactive;
  }

  /** Locked while focused (ChatInterface answering): focus comes back when it is editable again. */
  private keepFocus(): void {
    const control = this.text;
    if (!this.interactive) {
      if (!control.disabled && document.activeElement === control) this.refocus = true;
      return;
    }
    if (!this.refocus || !control.disabled) return;
    this.refocus = false;
    const active = document.activeElement;
    if (active === null || active === document.body || this.el.contains(active)) {
      control.disabled = false;
      control.focus({ preventScroll: true });
    }
  }

  // -- user actions ------------------------------------------------------------------------------

  private listen(): void {
    const control = this.text;
    control.addEventListener("input", () => {
      this.props.value = { ...this.value, text: control.value };
      this.edited();
    });
    control.addEventListener("keydown", (ev: Event) => {
      if (!(ev instanceof KeyboardEvent) || ev.key !== "Enter" || ev.isComposing || !this.interactive) return;
      const submit = Math.max(1, num(this.props.lines) ?? 1) > 1 ? ev.shiftKey : !ev.shiftKey;
      if (submit) {
        ev.preventDefault();
        this.submit();
      }
    });
    control.addEventListener("focus", () => this.ctx.trigger(this.id, "focus"));
    control.addEventListener("blur", () => {
      this.lastSelection = "";
      this.ctx.trigger(this.id, "blur");
    });
    for (const name of ["select", "mouseup", "keyup"]) control.addEventListener(name, () => this.reportSelection());
    control.addEventListener("paste", (ev: ClipboardEvent) => this.onPaste(ev));
    this.attach.addEventListener("click", () => {
      if (this.canUpload) this.picker.click();
    });
    this.picker.addEventListener("change", () => {
      const picked = [...(this.picker.files ?? [])];
      this.picker.value = ""; // the same file may be picked again later
      void this.add(picked);
    });
    this.box.addEventListener("dragover", (ev: DragEvent) => {
      if (!this.canUpload || !ev.dataTransfer?.types.includes("Files")) return;
      ev.preventDefault();
      this.box.classList.add("blocklite-mm-dragging");
    });
    this.box.addEventListener("dragleave", () => this.box.classList.remove("blocklite-mm-dragging"));
    this.box.addEventListener("drop", (ev: DragEvent) => {
      this.box.classList.remove("blocklite-mm-dragging");
      if (!this.canUpload || !ev.dataTransfer || ev.dataTransfer.files.length === 0) return;
      ev.preventDefault();
      void this.add([...ev.dataTransfer.files]);
    });
  }

  private edited(): void {
    this.ctx.trigger(this.id, "input");
    this.ctx.trigger(this.id, "change");
  }

  private submit(): void {
    if (this.uploads > 0) {
      this.submitWhenDone = true; // sent with its files once they are in the worker
      return;
    }
    this.ctx.trigger(this.id, "submit");
  }

  private onPaste(ev: ClipboardEvent): void {
    const data = ev.clipboardData;
    if (!data || !this.canUpload) return;
    const files = [...data.files];
    if (files.length > 0) {
      ev.preventDefault();
      void this.add(files);
      return;
    }
    const pasted = data.getData("text/plain");
    if (pastedTextIsFile(pasted, num(this.props.max_plain_text_length))) {
      ev.preventDefault();
      void this.add([new File([pasted], "pasted_text.txt", { type: "text/plain" })]);
    }
  }

  /** Check, upload and attach files the user picked, dropped or pasted. */
  private async add(picked: File[]): Promise<void> {
    if (picked.length === 0) return;
    const fileTypes = fileTypesOf(this.props.file_types);
    const { accepted, refused } = sortByType(picked, fileTypes);
    if (refused.length > 0 && fileTypes) this.showError("Error", invalidFileTypeMessage(fileTypes));
    const files = toUpload(accepted, fileCountOf(this.props.file_count));
    if (files.length === 0) return;
    const chip = this.list.startUpload(files.map((f) => f.name));
    this.uploads++;
    try {
      const uploaded = await this.ctx.files.upload(files, { onProgress: (loaded, total) => chip.setProgress(loaded, total) });
      const value = this.value;
      this.props.value = { ...value, files: joinFiles(value.files, uploaded, fileCountOf(this.props.file_count)) };
      this.render();
      this.edited();
    } catch (err) {
      this.showError("Upload failed", err instanceof Error ? err.message : String(err));
    } finally {
      chip.done();
      this.uploads--;
      if (this.uploads === 0 && this.submitWhenDone) {
        this.submitWhenDone = false;
        if (this.interactive) this.ctx.trigger(this.id, "submit");
      }
    }
  }

  private remove(index: number): void {
    if (!this.interactive) return;
    const value = this.value;
    this.props.value = { ...value, files: withoutFile(value.files, index) };
    this.render();
    this.edited();
    this.text.focus({ preventScroll: true });
  }

  /** Fire `select` with SelectData when the text selection is new and not empty. */
  private reportSelection(): void {
    const { selectionStart: start, selectionEnd: end, value: all } = this.text;
    if (start === end) {
      this.lastSelection = "";
      return;
    }
    const value = all.substring(start, end);
    const key = `${start}:${end}:${value}`;
    if (key === this.lastSelection || !this.ctx.hasListener(this.id, "select")) return;
    this.lastSelection = key;
    this.ctx.trigger(this.id, "select", { index: [start, end], value, selected: true });
  }
}

function setShown(el: HTMLElement, shown: boolean): void {
  if (el.hidden === shown) el.hidden = !shown;
}

export const multimodalTextboxSpec = componentSpec(MultimodalTextbox, { css });
