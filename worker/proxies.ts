/**
 * Small helpers for values crossing the JS ⇄ Python boundary.
 *
 * Why it exists: PyProxy lifetimes are the easiest thing to get wrong in a Pyodide worker (a leaked
 * proxy keeps Python objects alive; a borrowed attribute proxy dies with its owner; transferring a view
 * of the wasm heap would detach Python's memory). These rules live here once, used by runtime.ts and
 * relay.ts.
 */

/** The part of a PyProxy we use. Calling a proxy of a Python callable returns a value or a PyProxy. */
export interface PyProxyLike {
  destroy(): void;
}
export type PyCallable = PyProxyLike & ((...args: unknown[]) => unknown);

/** Destroy `value` if it is a PyProxy; never throws (already destroyed is fine). */
export function destroyProxy(value: unknown): void {
  if (value && typeof (value as PyProxyLike).destroy === "function") {
    try {
      (value as PyProxyLike).destroy();
    } catch {
      // already destroyed
    }
  }
}

/** Call a Python method through a temporary bound-method proxy and release that proxy. */
export function callMethod(obj: any, name: string): unknown {
  const method = obj[name] as PyCallable;
  try {
    return method();
  } finally {
    destroyProxy(method);
  }
}

/** A body chunk from Python as a Uint8Array whose whole buffer may be transferred. */
export function toChunk(value: unknown): Uint8Array {
  if (value instanceof Uint8Array) {
    const whole =
      value.buffer instanceof ArrayBuffer && value.byteOffset === 0 && value.byteLength === value.buffer.byteLength;
    // Never transfer a view into someone else's buffer (e.g. the wasm heap): copy it.
    return whole ? value : value.slice();
  }
  if (typeof value === "string") return new TextEncoder().encode(value);
  if (value && typeof (value as { toJs?: unknown }).toJs === "function") {
    // A PyProxy of bytes/bytearray/memoryview: toJs() copies it out of the wasm heap.
    return toChunk((value as { toJs(): unknown }).toJs());
  }
  if (value instanceof ArrayBuffer) return new Uint8Array(value.slice(0));
  if (value === undefined || value === null) return new Uint8Array(0);
  throw new TypeError(`respond("body"): expected bytes, got ${typeof value}`);
}
