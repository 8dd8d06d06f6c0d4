/**
 * The memory snapshot the build made: fetch it, and unpack it if it was shipped gzip-compressed.
 *
 * Why it exists: restoring Pyodide from a snapshot of its memory taken after blocklite's core imports
 * (scripts/snapshot.mjs) skips the interpreter's start-up and those imports. The raw snapshot is ~31 MB,
 * mostly zeros, and static hosts rarely compress `application/octet-stream`, so the build ships it
 * gzip-compressed (~5 MB) and the worker inflates it with the platform's DecompressionStream. A server
 * that adds `Content-Encoding: gzip` itself is fine too: then the bytes arrive raw and are used as is.
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

/** Fetch the snapshot at `url` and return its raw bytes (the form `loadPyodide({_loadSnapshot})` wants). */
export async function fetchSnapshot(
  fetchBytes: (url: string) => Promise<Uint8Array>,
  url: string,
): Promise<Uint8Array> {
  const bytes = await fetchBytes(url);
  return isGzip(bytes) ? gunzip(bytes) : bytes;
}
