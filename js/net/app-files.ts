/**
 * An app's files, seen from the page: upload to the worker, and load what the worker serves.
 *
 * Why it exists: an app's files live in its worker's memory, and only `fetch`/`EventSource` are
 * routed there (js/net/shim.ts). An `<img src>`, `<video src>` or `<a href download>` that names
 * the app's file route would go to the real network and fail on a static host. So every file URL
 * under the app's root is fetched through the shim once and shown as a blob: URL (media seek inside
 * a blob without Range requests); no service worker is involved. Remote URLs pass through as they
 * are, unless the page is offline (js/page/network.ts). One AppFiles per app session; `dispose`
 * revokes its blob URLs.
 */

import type { FileData, UploadProgressMessage } from "../../protocol/gradio";
import { isNumber, isRecord } from "../lib/guards";
import { mayFetch } from "../page/network";

export type { FileData };

/** What a component may do with files (ComponentContext.files). */
export interface AppFiles {
  /** The app's absolute root URL, ending in "/". */
  readonly rootUrl: string;
  /** `launch(max_file_size=)` in bytes; null for no limit. */
  readonly maxFileSize: number | null;
  /** Upload files to the app (`POST gradio_api/upload`); rejects with a readable message. */
  upload(files: readonly File[], options?: UploadOptions): Promise<FileData[]>;
  /** A URL an element can load for this file or URL: a blob: URL for the app's own files, the URL
   * itself for others; null when it may not load (offline and remote) or there is none. */
  src(file: FileData | string | null | undefined): Promise<string | null>;
  /** Point every src/href/poster inside `root` that names an app file at its blob: URL. Call it
   * before `root` is in the document: the attributes are taken off at once and set when loaded. */
  adopt(root: ParentNode): Promise<void>;
  /** `css` with its `url()`s of app files as blob: URLs: `apply` gets it now (those URLs blank)
   * and again when they are loaded. */
  adoptCss(css: string, apply: (css: string) => void): void;
  /** Revoke every blob: URL made (the session ends). */
  dispose(): void;
}

export interface UploadOptions {
  /** Bytes received by the app so far, of `total`. */
  onProgress?: (loaded: number, total: number) => void;
  signal?: AbortSignal;
}

/** A FileData read from the wire (null if it is not one). */
export function asFileData(x: unknown): FileData | null {
  if (!isRecord(x) || typeof x.path !== "string") return null;
  const text = (k: string): string | null => {
    const v = x[k];
    return typeof v === "string" ? v : null;
  };
  return {
    path: x.path,
    url: text("url"),
    size: isNumber(x.size) ? x.size : null,
    orig_name: text("orig_name"),
    mime_type: text("mime_type"),
    is_stream: x.is_stream === true,
    meta: { _type: "gradio.FileData" },
  };
}

/** The name to show for a file: its original name, else the last part of its path. */
export function fileName(file: FileData): string {
  return file.orig_name || file.path.split(/[\\/]/).pop() || "file";
}

/** "1.2 MB", "5.0 B" and the like (one decimal, as Gradio shows sizes). */
export function formatBytes(size: number): string {
  const units = ["B", "KB", "MB", "GB", "TB"];
  let value = size;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

let uploadIds = 0;

export function createAppFiles(rootUrl: string, maxFileSize: number | null): AppFiles {
  const root = rootUrl.endsWith("/") ? rootUrl : `${rootUrl}/`;
  const blobs = new Map<string, Promise<string>>();
  const made: string[] = [];
  let disposed = false;

  const isAppUrl = (url: string): boolean => {
    try {
      const absolute = new URL(url, root).href;
      return absolute.startsWith(root);
    } catch {
      return false;
    }
  };

  /** The app-file URL an attribute names: an absolute URL under the root, or Gradio's root-relative
   * forms (`/gradio_api/file=...`, `file=...`), which name the app's route in a Gradio page. */
  const appFileUrl = (value: string): string | null => {
    const relative = /^\/?(?:gradio_api\/)?file=(.+)$/s.exec(value.trim());
    if (relative) return `${root}gradio_api/file=${relative[1]}`;
    return isAppUrl(value) && /^[a-z][a-z0-9+.-]*:/i.test(value.trim()) ? value : null;
  };

  const blobUrl = (url: string): Promise<string> => {
    const absolute = new URL(url, root).href;
    let pending = blobs.get(absolute);
    if (!pending) {
      pending = fetch(absolute).then(async (response) => {
        if (!response.ok) throw new Error(await failure(response));
        const href = URL.createObjectURL(await response.blob());
        if (disposed) URL.revokeObjectURL(href);
        else made.push(href);
        return href;
      });
      pending.catch(() => blobs.delete(absolute)); // a later attempt may succeed
      blobs.set(absolute, pending);
    }
    return pending;
  };

  const fileUrl = (file: FileData): string => file.url || `${root}gradio_api/file=${file.path}`;

  const src = async (file: FileData | string | null | undefined): Promise<string | null> => {
    if (file === null || file === undefined) return null;
    const url = typeof file === "string" ? file : fileUrl(file);
    if (url.startsWith("data:") || url.startsWith("blob:")) return url;
    const own = appFileUrl(url);
    if (own !== null) return blobUrl(own);
    return mayFetch(url) ? url : null;
  };

  const upload = async (files: readonly File[], options: UploadOptions = {}): Promise<FileData[]> => {
    if (files.length === 0) return [];
    const tooBig = maxFileSize === null ? [] : files.filter((f) => f.size > maxFileSize);
    if (tooBig.length > 0) {
      const names = tooBig.map((f) => f.name).join(", ");
      throw new Error(`File size exceeds the maximum allowed size of ${formatBytes(maxFileSize ?? 0)}: ${names}`);
    }
    const form = new FormData();
    for (const file of files) form.append("files", file, file.name);
    const total = files.reduce((sum, f) => sum + f.size, 0);
    const uploadId = options.onProgress ? `u${Date.now().toString(36)}${(uploadIds++).toString(36)}` : null;
    const progress = uploadId && options.onProgress ? watchProgress(root, uploadId, total, options.onProgress) : null;
    try {
      const query = uploadId ? `?upload_id=${uploadId}` : "";
      const response = await fetch(`${root}gradio_api/upload${query}`, { method: "POST", body: form, signal: options.signal });
      if (!response.ok) throw new Error(await failure(response));
      const paths: unknown = await response.json();
      if (!Array.isArray(paths) || paths.length !== files.length || !paths.every((p) => typeof p === "string")) {
        throw new Error("The app's upload answer was not a list of paths");
      }
      return paths.map((path: string, i) => ({
        path,
        url: `${root}gradio_api/file=${path}`,
        size: files[i].size,
        orig_name: files[i].name,
        mime_type: files[i].type || null,
        is_stream: false,
        meta: { _type: "gradio.FileData" as const },
      }));
    } finally {
      progress?.close();
    }
  };

  const adopt = (node: ParentNode): Promise<void> => {
    // Synchronously first: an element must not try the network URL before its blob: URL is known.
    const work: Promise<void>[] = [];
    for (const el of node.querySelectorAll<HTMLElement>("[src], [href], [poster]")) {
      for (const attr of ["src", "href", "poster"]) {
        const value = el.getAttribute(attr);
        const url = value === null ? null : appFileUrl(value);
        if (url === null) continue;
        el.removeAttribute(attr);
        work.push(
          blobUrl(url).then(
            (href) => el.setAttribute(attr, href),
            (err: unknown) => console.warn(`blocklite: could not load ${url}`, err),
          ),
        );
      }
    }
    return Promise.all(work).then(() => undefined);
  };

  const adoptCss = (css: string, apply: (css: string) => void): void => {
    const found = new Map<string, string>();
    const pattern = /url\(\s*(["']?)([^"')]+)\1\s*\)/g;
    for (const match of css.matchAll(pattern)) {
      const url = appFileUrl(match[2]);
      if (url !== null) found.set(match[0], url);
    }
    if (found.size === 0) return apply(css);
    const swap = (urls: Map<string, string>): string => css.replace(pattern, (all) => (urls.has(all) ? `url("${urls.get(all)}")` : all));
    apply(swap(new Map([...found.keys()].map((k) => [k, "data:,"])))); // nothing fetched meanwhile
    const entries = [...found.entries()];
    void Promise.all(entries.map(([, url]) => blobUrl(url).catch(() => "data:,"))).then((hrefs) => {
      if (!disposed) apply(swap(new Map(entries.map(([key], i) => [key, hrefs[i]]))));
    });
  };

  const dispose = (): void => {
    disposed = true;
    for (const href of made.splice(0)) URL.revokeObjectURL(href);
    blobs.clear();
  };

  return { rootUrl: root, maxFileSize, upload, src, adopt, adoptCss, dispose };
}

/** The reason in a failed answer: FastAPI's `{detail}` JSON, or its text. */
async function failure(response: Response): Promise<string> {
  const text = await response.text().catch(() => "");
  try {
    const body: unknown = JSON.parse(text);
    if (isRecord(body) && typeof body.detail === "string") return body.detail;
  } catch {
    /* not JSON */
  }
  return text || `The app answered ${response.status}`;
}

/** Follow `upload_progress?upload_id=` (Gradio's stream: `update` chunks, then `done`). */
function watchProgress(root: string, uploadId: string, total: number, report: (loaded: number, total: number) => void): { close(): void } {
  const source = new EventSource(`${root}gradio_api/upload_progress?upload_id=${uploadId}`);
  let loaded = 0;
  source.onmessage = (ev: MessageEvent<string>) => {
    let msg: UploadProgressMessage | null = null;
    try {
      const parsed: unknown = JSON.parse(ev.data);
      if (isRecord(parsed) && typeof parsed.msg === "string") {
        msg = { msg: parsed.msg === "update" || parsed.msg === "done" ? parsed.msg : "heartbeat", chunk_size: isNumber(parsed.chunk_size) ? parsed.chunk_size : 0 };
      }
    } catch {
      return;
    }
    if (msg?.msg === "update") {
      loaded = Math.min(total, loaded + (msg.chunk_size ?? 0));
      report(loaded, total);
    } else if (msg?.msg === "done") {
      report(total, total);
      source.close();
    }
  };
  source.onerror = () => source.close();
  return { close: () => source.close() };
}
