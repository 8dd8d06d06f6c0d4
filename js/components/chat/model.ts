/**
 * The Chatbot's value, read safely: Gradio 6 messages (`{role, metadata, content: [...], options}`)
 * parsed into typed records, and the plan of where each message goes (rows of consecutive messages
 * of one role; thoughts nested under their `parent_id`).
 *
 * Why it exists: the value arrives as untyped JSON from Python (and is edited by streaming diffs);
 * narrowing it once here, with guards instead of casts, keeps the DOM code (message.ts,
 * chatbot.ts) simple and lets the pure parts run under Node. Each message keeps a `key` (its JSON)
 * so the view can tell which messages really changed and leave the others alone.
 */

import { type Dict, isNumber, isRecord } from "../../lib/guards";

/** The side a message is drawn on: any role other than "user" and "system" (e.g. "tool") is drawn
 * as the assistant's. */
export type Role = "user" | "assistant" | "system";

export interface ChatFile {
  url: string;
  name: string;
  mime: string;
}

export type ChatItem =
  | { kind: "text"; text: string }
  | { kind: "file"; file: ChatFile; alt: string | null }
  | { kind: "component"; component: string; value: unknown; props: Dict };

export interface ChatMeta {
  title: string | null;
  id: string | null;
  parentId: string | null;
  log: string | null;
  duration: number | null;
  status: "pending" | "done" | null;
}

export interface ChatOption {
  value: string;
  label: string;
}

export interface ChatMsg {
  role: Role;
  /** The role as given (e.g. "tool"), kept in the message's data-role. */
  name: string;
  items: ChatItem[];
  meta: ChatMeta;
  options: ChatOption[];
  /** The message's JSON: equal keys mean nothing to redraw. */
  key: string;
  /** Per item, its JSON (only the changed items of a streamed message are redrawn). */
  itemKeys: string[];
}

function idOf(x: unknown): string | null {
  return typeof x === "string" ? x : isNumber(x) ? String(x) : null;
}

function textOf(x: unknown): string | null {
  return typeof x === "string" ? x : null;
}

function parseMeta(x: unknown): ChatMeta {
  const m = isRecord(x) ? x : {};
  const status = m.status === "pending" || m.status === "done" ? m.status : null;
  return {
    title: textOf(m.title),
    id: idOf(m.id),
    parentId: idOf(m.parent_id),
    log: textOf(m.log),
    duration: isNumber(m.duration) ? m.duration : null,
    status,
  };
}

/** A FileData dict → the file a message shows (null if it has no URL or path). */
export function parseFile(x: unknown): ChatFile | null {
  if (!isRecord(x)) return null;
  const url = textOf(x.url) ?? textOf(x.path);
  if (!url) return null;
  const name = textOf(x.orig_name) ?? url.split(/[?#]/)[0].split("/").pop() ?? url;
  return { url, name, mime: textOf(x.mime_type) ?? "" };
}

function parseItem(x: unknown): ChatItem | null {
  if (typeof x === "string") return { kind: "text", text: x };
  if (!isRecord(x)) return null;
  if (x.type === "text" && typeof x.text === "string") return { kind: "text", text: x.text };
  if (x.type === "file" || "file" in x) {
    const file = parseFile(x.file);
    return file ? { kind: "file", file, alt: textOf(x.alt_text) } : null;
  }
  if (x.type === "component" && typeof x.component === "string") {
    return { kind: "component", component: x.component, value: x.value ?? null, props: isRecord(x.props) ? x.props : {} };
  }
  if ("path" in x) {
    const file = parseFile(x);
    return file ? { kind: "file", file, alt: textOf(x.alt_text) } : null;
  }
  return null;
}

function parseOptions(x: unknown): ChatOption[] {
  if (!Array.isArray(x)) return [];
  const out: ChatOption[] = [];
  for (const o of x) {
    if (!isRecord(o)) continue;
    const value = textOf(o.value) ?? (isNumber(o.value) ? String(o.value) : null);
    if (value === null) continue;
    out.push({ value, label: textOf(o.label) ?? value });
  }
  return out;
}

function stringify(x: unknown): string {
  try {
    return JSON.stringify(x) ?? "";
  } catch {
    return String(Math.random()); // unserialisable: always redraw
  }
}

/** One message of the value; a malformed entry becomes null (skipped, never thrown). */
export function parseMessage(x: unknown): ChatMsg | null {
  if (!isRecord(x) || typeof x.role !== "string" || x.role === "") return null;
  const role: Role = x.role === "user" ? "user" : x.role === "system" ? "system" : "assistant";
  const raw = Array.isArray(x.content) ? x.content : [x.content];
  const items: ChatItem[] = [];
  const itemKeys: string[] = [];
  for (const entry of raw) {
    const item = parseItem(entry);
    if (!item) continue;
    items.push(item);
    itemKeys.push(item.kind === "text" ? `t${item.text}` : stringify(entry));
  }
  return { role, name: x.role, items, meta: parseMeta(x.metadata), options: parseOptions(x.options), key: stringify(x), itemKeys };
}

/** The whole value (`null` → no messages). Indices stay those of the value, so entries that do not
 * parse are kept as null rather than dropped. */
export function parseMessages(value: unknown): (ChatMsg | null)[] {
  return Array.isArray(value) ? value.map(parseMessage) : [];
}

/** What the copy button copies and events report as the message's value: its text (file names
 * for files). */
export function messageText(m: ChatMsg): string {
  return m.items
    .map((item) => (item.kind === "text" ? item.text : item.kind === "file" ? item.alt ?? item.file.name : ""))
    .filter((s) => s !== "")
    .join("\n");
}

/** The value an event reports for a message: its text when it is all text, else its content. */
export function messageValue(m: ChatMsg, raw: unknown): unknown {
  if (m.items.every((item) => item.kind === "text")) return messageText(m);
  return isRecord(raw) ? raw.content : null;
}

const MODEL_3D = /\.(glb|gltf|obj|stl|splat|ply)$/;

/** The component Gradio's page shows a file with, from its MIME type (or 3D file extension). */
function fileComponent(file: Dict): string {
  const mime = textOf(file.mime_type);
  if (!mime) return MODEL_3D.test((textOf(file.path) ?? "").toLowerCase()) ? "model3d" : "file";
  for (const kind of ["audio", "video", "image"]) if (mime.includes(kind)) return kind;
  return mime.includes("model") ? "model3d" : "file";
}

/** A raw message's content items as Gradio's page reports them in events (like, retry, undo): a
 * text is its string; a file is `{component, value, alt_text, constructor_args, props}` (value a
 * one-file list for "file"); a component item is reported as given. */
export function eventContents(raw: unknown): unknown[] {
  if (!isRecord(raw)) return [];
  const content = Array.isArray(raw.content) ? raw.content : [raw.content];
  return content.flatMap((x): unknown[] => {
    if (typeof x === "string") return [x];
    if (!isRecord(x)) return [];
    if (x.type === "text" && typeof x.text === "string") return [x.text];
    if (x.type === "file" || "file" in x || (x.type !== "component" && "path" in x)) {
      const file = isRecord(x.file) ? x.file : x;
      const component = fileComponent(file);
      return [{ component, value: component === "file" ? [file] : file, alt_text: x.alt_text ?? null, constructor_args: {}, props: {} }];
    }
    return [x];
  });
}

export interface Row {
  role: Role;
  /** The role as given: consecutive messages share a row only if these are equal. */
  name: string;
  indices: number[];
}

export interface Plan {
  /** Top-level messages grouped into rows (one bubble group per row). */
  rows: Row[];
  /** Message index → indices of the messages nested in it (thoughts with its id as parent_id). */
  children: Map<number, number[]>;
}

/** Where each message goes: nested under an earlier message whose `metadata.id` is its
 * `parent_id`, else in a row; consecutive messages of one role share a row when `group`. */
export function planLayout(messages: readonly (ChatMsg | null)[], group: boolean): Plan {
  const rows: Row[] = [];
  const children = new Map<number, number[]>();
  const byId = new Map<string, number>();
  messages.forEach((m, i) => {
    if (!m) return;
    const parent = m.meta.parentId !== null ? byId.get(m.meta.parentId) : undefined;
    if (m.meta.id !== null && !byId.has(m.meta.id)) byId.set(m.meta.id, i);
    if (parent !== undefined) {
      const list = children.get(parent);
      if (list) list.push(i);
      else children.set(parent, [i]);
      return;
    }
    const last = rows[rows.length - 1];
    if (group && last && last.name === m.name) last.indices.push(i);
    else rows.push({ role: m.role, name: m.name, indices: [i] });
  });
  return { rows, children };
}

/** The message retry and undo report, as Gradio's page finds it: the last one whose role is not
 * "assistant" (null if there is none). */
export function lastUserIndex(messages: readonly (ChatMsg | null)[]): number | null {
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i];
    if (m && m.name !== "assistant") return i;
  }
  return null;
}

/** Tags in `text` that are not HTML (e.g. `<thinking>`) and are allowed to show: escaped so they
 * appear as text instead of being removed by the sanitizer. Code spans and fences are left alone. */
export function escapeCustomTags(text: string, allow: unknown, isHtmlTag: (name: string) => boolean): string {
  const all = allow === true;
  const names = Array.isArray(allow) ? new Set(allow.filter((t): t is string => typeof t === "string").map((t) => t.toLowerCase())) : null;
  if (!all && (!names || names.size === 0)) return text;
  return text
    .split(/(```[\s\S]*?```|`[^`\n]*`)/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(/<\/?([A-Za-z][\w-]*)(?:\s[^<>]*)?\/?>/g, (whole: string, name: string) => {
            const lower = name.toLowerCase();
            const allowed = all ? !isHtmlTag(lower) : names?.has(lower) === true;
            return allowed ? `&lt;${whole.slice(1, -1)}&gt;` : whole;
          }),
    )
    .join("");
}
