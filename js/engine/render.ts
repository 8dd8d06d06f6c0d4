/**
 * Turns a parsed config into DOM: walks the layout tree from the root Blocks (id 0) and creates one
 * component per node (headless ones, gr.State and gr.Timer, are created but not attached: they render
 * nothing; they are created even when the layout leaves them out).
 *
 * Why it exists: it is the single place that maps Gradio component types to our classes, so adding a
 * component is one line here plus its module.
 */

import type { AppConfig, ComponentConfig } from "../../protocol/gradio";
import { type Dict } from "../lib/guards";
import { type Component, type ComponentContext } from "../components/base";
import { BrowserState } from "../components/browserstate";
import { Button } from "../components/button";
import { Chatbot } from "../components/chat/chatbot";
import { Checkbox } from "../components/checkbox";
import { ClearButton } from "../components/clearbutton";
import { CheckboxGroup, Radio } from "../components/choices";
import { Code } from "../components/code";
import { ColorPicker } from "../components/colorpicker";
import { Dataset } from "../components/dataset";
import { DateTime } from "../components/datetime";
import { Dropdown } from "../components/dropdown";
import { HighlightedText } from "../components/highlightedtext";
import { Html } from "../components/html";
import { Json } from "../components/json";
import { Label } from "../components/label";
import { Layout, StateBlock, Unknown } from "../components/layout";
import { Markdown } from "../components/markdown";
import { NumberBox } from "../components/number";
import { Accordion, Sidebar } from "../components/panels";
import { Slider } from "../components/slider";
import { TabItem, Tabs } from "../components/tabs";
import { Textbox } from "../components/textbox";
import { Timer } from "../components/timer";

type Factory = new (id: number, type: string, props: Dict, ctx: ComponentContext) => Component;

const FACTORIES: Record<string, Factory> = {
  row: Layout,
  column: Layout,
  form: Layout,
  group: Layout,
  state: StateBlock,
  markdown: Markdown,
  textbox: Textbox,
  number: NumberBox,
  button: Button,
  clearbutton: ClearButton,
  slider: Slider,
  checkbox: Checkbox,
  checkboxgroup: CheckboxGroup,
  radio: Radio,
  dropdown: Dropdown,
  colorpicker: ColorPicker,
  datetime: DateTime,
  dataset: Dataset,
  html: Html,
  json: Json,
  label: Label,
  highlightedtext: HighlightedText,
  code: Code,
  tabs: Tabs,
  tabitem: TabItem,
  accordion: Accordion,
  sidebar: Sidebar,
  timer: Timer,
  browserstate: BrowserState,
  chatbot: Chatbot,
};

/** Types that render nothing: created even when the layout does not place them (e.g. `every=` timers). */
const HEADLESS: ReadonlySet<string> = new Set(["state", "timer", "browserstate"]);

export function createComponent(config: ComponentConfig, ctx: ComponentContext): Component {
  const Factory = Object.hasOwn(FACTORIES, config.type) ? FACTORIES[config.type] : Unknown;
  return new Factory(config.id, config.type, config.props, ctx);
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
        comp = new Unknown(cfg.id, cfg.type, cfg.props, ctx);
      }
      created.set(child.id, comp);
      if (!comp.headless) parent.append(comp.el);
      const slot = comp.childSlot();
      if (child.children.length > 0) walk(child.id, child.children, slot ?? parent);
    }
  };
  walk(config.layout.id, config.layout.children, container);
  for (const cfg of config.components) {
    if (created.has(cfg.id) || !HEADLESS.has(cfg.type)) continue;
    try {
      created.set(cfg.id, createComponent(cfg, ctx));
    } catch (err) {
      console.error(`blocklite: could not create component ${cfg.id} (${cfg.type})`, err);
    }
  }
  return created;
}
