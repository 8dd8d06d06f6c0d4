/**
 * Applies Gradio's streaming output diffs.
 *
 * Why it exists: for generator listeners, every `process_generating` message after the first carries,
 * per output, a list of edits `[action, path, value]` against the previous value (action is replace,
 * append, add or delete; path is a list of keys/indices, `[]` for the whole value). This module
 * applies them without mutating the previous value and without ever throwing: an edit that does not
 * fit the value is skipped and reported. It copies only the containers on an edit's path (copy on
 * write), so a streamed reply at the end of a 500-message chat costs the path, not the history, and
 * untouched parts keep their identity (a component can skip them by `===`).
 */

import { isRecord } from "../lib/guards";

export type DiffAction = "replace" | "append" | "add" | "delete";
export type Edit = [DiffAction, (string | number)[], unknown];

export interface DiffResult {
  value: unknown;
  /** Human-readable notes about edits that could not be applied (empty when all went well). */
  problems: string[];
}

const ACTIONS: ReadonlySet<string> = new Set(["replace", "append", "add", "delete"]);

/** True if `x` looks like a diff list (array of `[action, path, value]` triples). */
export function isDiffList(x: unknown): x is Edit[] {
  return Array.isArray(x) && x.every(isEdit);
}

function isEdit(x: unknown): x is Edit {
  return (
    Array.isArray(x) &&
    x.length >= 2 &&
    typeof x[0] === "string" &&
    ACTIONS.has(x[0]) &&
    Array.isArray(x[1]) &&
    x[1].every((k: unknown) => typeof k === "string" || typeof k === "number")
  );
}

/** Containers created by this apply pass: edited in place; anything else is copied before editing. */
class CopyOnWrite {
  private readonly own = new WeakSet<object>();

  /** `x` itself if this pass made it, else a shallow copy this pass owns (non-containers as is). */
  writable(x: unknown): unknown {
    if (Array.isArray(x)) return this.own.has(x) ? x : this.adopt([...x]);
    if (isRecord(x)) return this.own.has(x) ? x : this.adopt({ ...x });
    return x;
  }

  private adopt<T extends object>(copy: T): T {
    this.own.add(copy);
    return copy;
  }
}

function childOf(parent: unknown, key: string | number): unknown {
  if (Array.isArray(parent)) return parent[Number(key)];
  return isRecord(parent) ? parent[String(key)] : undefined;
}

function setChild(parent: unknown, key: string | number, child: unknown): void {
  if (Array.isArray(parent)) parent[Number(key)] = child;
  else if (isRecord(parent)) parent[String(key)] = child;
}

/** `a + b` with Gradio's semantics for append (strings concatenate, lists extend). */
function appendTo(a: unknown, b: unknown): unknown {
  if (Array.isArray(a)) return Array.isArray(b) ? [...a, ...b] : [...a, b];
  if (typeof a === "string" || typeof b === "string") return `${a ?? ""}${b ?? ""}`;
  if (typeof a === "number" && typeof b === "number") return a + b;
  return b;
}

/** Apply a list of edits to `previous`; returns the new value (previous is left untouched). */
export function applyDiff(previous: unknown, edits: unknown): DiffResult {
  const problems: string[] = [];
  if (!Array.isArray(edits)) {
    return { value: previous, problems: ["diff is not a list"] };
  }
  const cow = new CopyOnWrite();
  let value = previous;
  for (const edit of edits) {
    if (!isEdit(edit)) {
      problems.push(`malformed edit ${JSON.stringify(edit)}`);
      continue;
    }
    const [action, path, arg] = edit;
    if (path.length === 0) {
      if (action === "replace") value = arg;
      else if (action === "append") value = appendTo(value, arg);
      else problems.push(`${action} needs a non-empty path`);
      continue;
    }
    value = cow.writable(value);
    let parent: unknown = value;
    for (const key of path.slice(0, -1)) {
      const child = childOf(parent, key);
      if (!Array.isArray(child) && !isRecord(child)) {
        parent = undefined; // the path leaves the value: reported below
        break;
      }
      const writable = cow.writable(child);
      setChild(parent, key, writable);
      parent = writable;
    }
    const last = path[path.length - 1];
    if (Array.isArray(parent)) {
      const i = Number(last);
      if (!Number.isInteger(i)) {
        problems.push(`bad index ${String(last)}`);
      } else if (action === "replace") parent[i] = arg;
      else if (action === "append") parent[i] = appendTo(parent[i], arg);
      else if (action === "add") parent.splice(i, 0, arg);
      else parent.splice(i, 1);
    } else if (isRecord(parent)) {
      const k = String(last);
      if (action === "replace" || action === "add") parent[k] = arg;
      else if (action === "append") parent[k] = appendTo(parent[k], arg);
      else delete parent[k];
    } else {
      problems.push(`path ${JSON.stringify(path)} does not exist`);
    }
  }
  return { value, problems };
}
