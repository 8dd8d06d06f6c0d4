/**
 * Turns a parsed config into DOM: walks the layout tree from the root Blocks (id 0) and creates one
 * component per node (headless ones, gr.State and gr.Timer, are created but not attached: they render
 * nothing; they are created even when the layout leaves them out).
 *
 * Why it exists: building components is the registry's job (js/components/registry.ts); this module
 * is only the walk over the layout, the error containment around each component, and the factory
 * for display-only components inside other components (chat messages), which it hands to them
 * through their context so that no component module imports the registry.
 */

import type { AppConfig, ComponentConfig } from "../../protocol/gradio";
import { type Dict } from "../lib/guards";
import type { Component, ComponentContext } from "../components/base";
import type { AppFiles } from "../net/app-files";
import { fallbackSpec, isHeadless, loadTypes, showsInMessage, specFor } from "../components/registry";

/** Load the chunks of the large components `config` names (before `renderLayout`). */
export function loadComponents(config: AppConfig): Promise<void> {
  return loadTypes(config.components.map((c) => c.type));
}

export function createComponent(config: ComponentConfig, ctx: ComponentContext): Component {
  return specFor(config.type).create(config.id, config.type, config.props, ctx);
}

let innerIds = -1;

/**
 * A display-only component of `type` for inside another component (a chat message shows values):
 * it fires nothing, takes no input and has a negative id. Null when `type` may not appear there.
 */
export function createInnerComponent(appId: string, type: string, props: Dict, files: AppFiles): Component | null {
  if (!showsInMessage(type)) return null;
  const ctx: ComponentContext = {
    appId,
    trigger: () => undefined,
    hasListener: () => false,
    isInteractive: () => false,
    createInner: () => null,
    files,
  };
  return createComponent({ id: innerIds--, type, props: { ...props, interactive: false } }, ctx);
}

/**
 * Render `config.layout` into `container`; returns every created component by id. Components that
 * fail to construct become placeholders (the error is logged), never an exception.
 */
export function renderLayout(config: AppConfig, container: HTMLElement, ctx: ComponentContext): Map<number, Component> {
  const byId = new Map<number, ComponentConfig>();
  for (const c of config.components) byId.set(c.id, c);
  const created = new Map<number, Component>();

  const walk = (nodeId: number, children: AppConfig["layout"]["children"], parent: HTMLElement): void => {
    for (const child of children) {
      if (created.has(child.id) || child.id === nodeId) continue;
      const cfg = byId.get(child.id) ?? { id: child.id, type: "missing", props: {} };
      let comp: Component;
      try {
        comp = createComponent(cfg, ctx);
      } catch (err) {
        console.error(`blocklite: could not render component ${cfg.id} (${cfg.type})`, err);
        comp = fallbackSpec.create(cfg.id, cfg.type, cfg.props, ctx);
      }
      created.set(child.id, comp);
      if (!comp.headless) parent.append(comp.el);
      const slot = comp.childSlot();
      if (child.children.length > 0) walk(child.id, child.children, slot ?? parent);
    }
  };
  walk(config.layout.id, config.layout.children, container);
  for (const cfg of config.components) {
    if (created.has(cfg.id) || !isHeadless(cfg.type)) continue;
    try {
      created.set(cfg.id, createComponent(cfg, ctx));
    } catch (err) {
      console.error(`blocklite: could not create component ${cfg.id} (${cfg.type})`, err);
    }
  }
  return created;
}
