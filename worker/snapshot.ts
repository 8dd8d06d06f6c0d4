/**
 * The memory snapshot the build made: fetch it, and unpack it if it was shipped gzip-compressed.
 *
 * Why it exists: restoring Pyodide from a snapshot of its memory taken after blocklite's core imports
 * (scripts/snapshot.mjs) skips the interpreter's start-up and those imports. The raw snapshot is ~31 MB,
 * mostly zeros, and static hosts rarely compress `application/octet-stream`, so the build ships it
 * gzip-compressed (~5 MB) and the worker inflates it with the platform's DecompressionStream. A server
 * that adds `Content-Encoding: gzip` itself is fine too: then the bytes arrive raw and are used as is.
 * The worker inflates while downloading (`streamSnapshot`), so on a real network the inflating hides
 * behind the transfer.
 */

const GZIP_MAGIC = [0x1f, 0x8b];

/** True when `bytes` start like a gzip stream (a raw snapshot starts with "\0snp"). */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length > 2 && bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
}

/** Inflate a gzip stream with the platform's DecompressionStream (browsers and Node 18+). */
export async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  // The copy (~5 MB, about a millisecond) gives a plain ArrayBuffer-backed view, which Blob requires.
  const stream = new Blob([new Uint8Array(bytes)]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The raw snapshot (the form `loadPyodide({_loadSnapshot})` wants) from the bytes as served. */
export function inflateSnapshot(bytes: Uint8Array): Promise<Uint8Array> {
  return isGzip(bytes) ? gunzip(bytes) : Promise.resolve(bytes);
}

/** Fetch the snapshot at `url` and inflate it as it arrives (the default way the worker gets it). */
export async function streamSnapshot(url: string): Promise<Uint8Array> {
  const res = await fetch(url);
  if (!res.ok || !res.body) throw new Error(`GET ${url}: HTTP ${res.status}`);
  const reader = res.body.getReader();
  // Peek at the first chunk to tell gzip from raw, then replay it ahead of the rest.
  const head = await reader.read();
  if (head.done) throw new Error(`GET ${url}: empty response`);
  const body = new ReadableStream<Uint8Array<ArrayBuffer>>({
    start: (controller) => controller.enqueue(head.value),
    pull: async (controller) => {
      const next = await reader.read();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    cancel: (reason) => reader.cancel(reason),
  });
  const raw = isGzip(head.value) ? body.pipeThrough(new DecompressionStream("gzip")) : body;
  return new Uint8Array(await new Response(raw).arrayBuffer());
}

/** The parts of the Emscripten module `keepTrampoline` reads and writes. */
interface EmscriptenModuleLike {
  HEAP32: Int32Array;
  __PyRuntime?: number;
  __PyEM_EMSCRIPTEN_TRAMPOLINE_OFFSET?: number;
}

/** Address of CPython's call-trampoline pointer in the wasm heap, or null if this Pyodide has none. */
function trampolineSlot(m: EmscriptenModuleLike): number | null {
  if (typeof m.__PyRuntime !== "number" || typeof m.__PyEM_EMSCRIPTEN_TRAMPOLINE_OFFSET !== "number") return null;
  return (m.__PyRuntime + m.HEAP32[m.__PyEM_EMSCRIPTEN_TRAMPOLINE_OFFSET >>> 2]) >>> 2;
}

/**
 * Keep the runtime's own choice of CPython's call trampoline across a restore.
 *
 * Before Python starts, Pyodide picks how CPython calls C functions through mismatched pointers (a
 * wasm trampoline where the engine allows it, else a JS one) and writes that choice into Python's
 * memory. Restoring a snapshot overwrites it with the choice of the engine that made the snapshot
 * (Node at build time: the JS one), and a JS frame on the stack makes stack switching (JSPI, which
 * `time.sleep` and `run_sync` use in Chromium) fail with "SuspendError: trying to suspend JS frames".
 * `wrap` records the choice right after Pyodide wrote it (a pre-run hook, which runs after
 * Pyodide's own); `restore` writes it back once the snapshot is in. Returns null when this Pyodide
 * does not expose what is needed (then the snapshot must not be used).
 */
export function keepTrampoline(): {
  wrap: <T>(create: (settings: any) => T) => (settings: any) => T;
  restore: (m: EmscriptenModuleLike) => void;
} {
  let saved: number | null = null;
  return {
    wrap: (create) => (settings) => {
      settings.preRun = [
        ...(settings.preRun ?? []),
        (m: EmscriptenModuleLike) => {
          const slot = trampolineSlot(m);
          saved = slot === null ? null : m.HEAP32[slot];
        },
      ];
      return create(settings);
    },
    restore: (m) => {
      const slot = trampolineSlot(m);
      if (slot === null || saved === null) throw new Error("cannot keep the call trampoline across the restore");
      m.HEAP32[slot] = saved;
    },
  };
}
