/**
 * Runs the JavaScript of `js=` listeners and of `Blocks(js=...)` in the page.
 *
 * Why it exists: Gradio lets a listener carry JS source for a function (`"(x) => x.toUpperCase()"`,
 * `"async function (a, b) { ... }"`) that runs in the browser before (or instead of) the Python
 * function. The source is compiled once with `new Function` (the app author wrote it, like the
 * app's Python), called with the values of the listener's inputs followed by its outputs (what
 * Gradio passes), and awaited. `valuesFor` maps its return value onto N slots: a single slot takes
 * the value as it is, several take an array; `undefined` means "nothing returned".
 */

type Compiled = (args: unknown[]) => Promise<unknown>;

const cache = new Map<string, Compiled>();

/** A listener's `js` compiled to a caller; throws (SyntaxError, TypeError) when it is not a function. */
export function compileListener(source: string): Compiled {
  const hit = cache.get(source);
  if (hit) return hit;
  const make: unknown = new Function(`"use strict"; return (\n${asExpression(source)}\n);`);
  const fn: unknown = typeof make === "function" ? Reflect.apply(make, undefined, []) : undefined;
  if (typeof fn !== "function") throw new TypeError("js= must be the source of a JavaScript function");
  const call: Compiled = async (args) => {
    const result: unknown = await Reflect.apply(fn, undefined, args);
    return result;
  };
  cache.set(source, call);
  return call;
}

/**
 * Run `Blocks(js=...)`: the source of a function (called with no arguments) or, leniently, plain
 * statements. Resolves when it (and the promise it returns) is done; rejects with its error.
 */
export async function runAppJs(source: string): Promise<void> {
  let fn: unknown;
  try {
    const make: unknown = new Function(`"use strict"; return (\n${asExpression(source)}\n);`);
    fn = typeof make === "function" ? Reflect.apply(make, undefined, []) : undefined;
  } catch (err) {
    if (!(err instanceof SyntaxError)) throw err;
    // Not an expression: run it as a function body (statements).
    const body: unknown = new Function(source);
    fn = body;
  }
  if (typeof fn === "function") {
    const result: unknown = Reflect.apply(fn, undefined, []);
    await result;
  }
}

/** The source without a trailing `;` (`"(x) => x;"` is a function expression too). */
function asExpression(source: string): string {
  return source.trim().replace(/;+$/, "");
}

/** The function's return value as `n` slot values; null when it returned nothing (`undefined`). */
export function valuesFor(result: unknown, n: number): unknown[] | null {
  if (result === undefined) return null;
  if (n === 1) return [result];
  return Array.isArray(result) ? result : [result];
}

/** A readable one-line description of something thrown by user JS. */
export function describeError(err: unknown): string {
  if (err instanceof Error) return `${err.name}: ${err.message}`;
  try {
    return String(err);
  } catch {
    return "unknown error";
  }
}
