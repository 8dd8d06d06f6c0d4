/**
 * What a component module tells the rest of the page about its component type: how to build it and
 * the few facts other modules need before (or without) building one.
 *
 * Why it exists: each component module exports one spec per type it implements, and
 * components/registry.ts maps type names to specs. Nothing else in js/ names a component type, so a
 * new component is its own module (plus CSS beside it) and one registry entry.
 */

import type { Dict } from "../lib/guards";
import type { Component, ComponentContext } from "./base";

export type ComponentClass = new (id: number, type: string, props: Dict, ctx: ComponentContext) => Component;

export interface ComponentSpec {
  /** Build the component (its constructor renders it). */
  create(id: number, type: string, props: Dict, ctx: ComponentContext): Component;
  /** Renders nothing (gr.State, gr.Timer): created even when the layout does not place it. */
  readonly headless?: boolean;
  /** Its `value` is text for the reader, translated like labels (js/page/i18n.ts). */
  readonly textValue?: boolean;
  /** It may appear, display-only, inside a chat message (it shows a value and fires nothing). */
  readonly inMessage?: boolean;
  /** Its stylesheet (a .css file beside its module, imported as text), injected once with the page's. */
  readonly css?: string;
}

/** The spec of a component class (the usual case: `create` is its constructor). */
export function componentSpec(cls: ComponentClass, traits: Omit<ComponentSpec, "create"> = {}): ComponentSpec {
  return { create: (id, type, props, ctx) => new cls(id, type, props, ctx), ...traits };
}
