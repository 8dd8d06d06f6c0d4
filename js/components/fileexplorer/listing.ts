/**
 * FileExplorer's folder listing, asked of the app: `ls(path parts)` through Gradio's
 * `POST gradio_api/component_server` route (py/blocklite/server/component_server.py).
 *
 * Why it exists: the tree is the worker's filesystem, listed by Python one folder at a time as the
 * user opens it (a big root costs nothing until explored); the page's fetch reaches the worker
 * through the shim. Entries are checked here, so nothing untrusted reaches the tree's DOM as
 * anything but text.
 */

import { isRecord } from "../../lib/guards";

export interface Entry {
  name: string;
  type: "file" | "folder";
  /** Matches the app's `glob` (may be selected). */
  valid: boolean;
}

/** The entries of an `ls` answer (anything malformed is left out). */
export function entriesOf(answer: unknown): Entry[] {
  if (!Array.isArray(answer)) return [];
  const out: Entry[] = [];
  for (const x of answer) {
    if (!isRecord(x) || typeof x.name !== "string") continue;
    out.push({ name: x.name, type: x.type === "folder" ? "folder" : "file", valid: x.valid === true });
  }
  return out;
}

/** List one folder (`parts` from root_dir) of component `id`; rejects with a readable message. */
export async function listFolder(rootUrl: string, id: number, parts: string[]): Promise<Entry[]> {
  const response = await fetch(`${rootUrl}gradio_api/component_server/`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ component_id: id, fn_name: "ls", data: parts, session_hash: "" }),
  });
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) {
    const detail = isRecord(body) && typeof body.detail === "string" ? body.detail : `HTTP ${response.status}`;
    throw new Error(detail);
  }
  return entriesOf(body);
}
