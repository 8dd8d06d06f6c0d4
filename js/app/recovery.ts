/**
 * What survives a worker restart: the values the page's components show.
 *
 * Why it exists: a restarted worker runs the app's code again and serves a fresh session, so the
 * new UI would show the app's defaults; the user's typing and the outputs (a Chatbot's history
 * included) are taken from the old components before they go and written into the new ones, which
 * have the same ids because the same code builds them. State lives in the worker's session, not
 * in the page, so it starts from its default; BrowserState reads its own storage again.
 */

import type { Component } from "../components/base";

/** Components whose value is not the page's to keep (see above). */
const NOT_KEPT: ReadonlySet<string> = new Set(["state", "browserstate"]);

/** The value of every component that keeps its value over a restart, by component id. */
export function captureValues(components: ReadonlyMap<number, Component>): Map<number, unknown> {
  const values = new Map<number, unknown>();
  for (const [id, comp] of components) {
    if (NOT_KEPT.has(comp.type)) continue;
    try {
      values.set(id, comp.getValue());
    } catch (err) {
      console.warn(`blocklite: could not read component ${id} before the restart`, err);
    }
  }
  return values;
}

/** Write the kept values into the new components (same ids, same types); returns how many. */
export function restoreValues(components: ReadonlyMap<number, Component>, values: ReadonlyMap<number, unknown>, types: ReadonlyMap<number, string>): number {
  let restored = 0;
  for (const [id, value] of values) {
    const comp = components.get(id);
    if (!comp || comp.type !== types.get(id)) continue; // the code built something else there
    try {
      comp.setValue(value);
      restored++;
    } catch (err) {
      console.warn(`blocklite: could not restore component ${id} after the restart`, err);
    }
  }
  return restored;
}

/** The type of every component, to check that a restored id is still the same kind of thing. */
export function typesOf(components: ReadonlyMap<number, Component>): Map<number, string> {
  return new Map([...components].map(([id, comp]) => [id, comp.type]));
}
