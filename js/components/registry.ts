/**
 * Every component type the page can render, by the `type` name Gradio's config uses.
 *
 * Why it exists: this map is the page's only list of component types. A new component is its own
 * module (exporting a ComponentSpec, see spec.ts) plus one entry here; the renderer
 * (js/engine/render.ts), translations and chat messages ask the registry, never a type name.
 * A type that is not here renders as a visible "Unsupported component" placeholder.
 */

import type { ComponentSpec } from "./spec";
import { browserStateSpec } from "./browserstate";
import { buttonSpec } from "./button";
import { chatbotSpec } from "./chat/chatbot";
import { checkboxSpec } from "./checkbox";
import { checkboxGroupSpec, radioSpec } from "./choices";
import { clearButtonSpec } from "./clearbutton";
import { codeSpec } from "./code";
import { colorPickerSpec } from "./colorpicker";
import { datasetSpec } from "./dataset";
import { dateTimeSpec } from "./datetime";
import { dropdownSpec } from "./dropdown";
import { downloadButtonSpec, uploadButtonSpec } from "./file/file-buttons";
import { fileSpec } from "./file/file";
import { gallerySpec } from "./gallery/gallery";
import { highlightedTextSpec } from "./highlightedtext";
import { htmlSpec } from "./html";
import { imageSpec } from "./image/image";
import { jsonSpec } from "./json";
import { labelSpec } from "./label";
import { layoutSpec, stateSpec, unknownSpec } from "./layout";
import { markdownSpec } from "./markdown";
import { multimodalTextboxSpec } from "./multimodal/multimodal";
import { numberSpec } from "./number";
import { accordionSpec, sidebarSpec } from "./panels";
import { nativePlotSpec, plotSpec } from "./plot/plot";
import { sliderSpec } from "./slider";
import { tabItemSpec, tabsSpec } from "./tabs";
import { textboxSpec } from "./textbox";
import { timerSpec } from "./timer";

/** Component type (the config's `type`) → its spec. One entry per type. */
const COMPONENTS: Readonly<Record<string, ComponentSpec>> = {
  row: layoutSpec,
  column: layoutSpec,
  form: layoutSpec,
  group: layoutSpec,
  state: stateSpec,
  markdown: markdownSpec,
  textbox: textboxSpec,
  multimodaltextbox: multimodalTextboxSpec,
  number: numberSpec,
  button: buttonSpec,
  clearbutton: clearButtonSpec,
  slider: sliderSpec,
  checkbox: checkboxSpec,
  checkboxgroup: checkboxGroupSpec,
  radio: radioSpec,
  dropdown: dropdownSpec,
  colorpicker: colorPickerSpec,
  datetime: dateTimeSpec,
  dataset: datasetSpec,
  html: htmlSpec,
  json: jsonSpec,
  label: labelSpec,
  highlightedtext: highlightedTextSpec,
  code: codeSpec,
  tabs: tabsSpec,
  tabitem: tabItemSpec,
  accordion: accordionSpec,
  sidebar: sidebarSpec,
  timer: timerSpec,
  browserstate: browserStateSpec,
  chatbot: chatbotSpec,
  file: fileSpec,
  gallery: gallerySpec,
  plot: plotSpec,
  nativeplot: nativePlotSpec,
  uploadbutton: uploadButtonSpec,
  downloadbutton: downloadButtonSpec,
  image: imageSpec,
};

/**
 * The large components (media, data, editing) whose modules are chunks, loaded when a config first
 * names their type (`loadTypes`, before the app renders): an app without them does not download,
 * parse or compile them. None of them is headless, a text value or shown in chat messages, so
 * their traits are known without loading them.
 */
const LAZY: Readonly<Record<string, () => Promise<ComponentSpec>>> = {
  dataframe: () => import("./dataframe/dataframe").then((m) => m.dataframeSpec),
  fileexplorer: () => import("./fileexplorer/fileexplorer").then((m) => m.fileExplorerSpec),
  audio: () => import("./audio/audio").then((m) => m.audioSpec),
  video: () => import("./video/video").then((m) => m.videoSpec),
  imageeditor: () => import("./imageeditor/imageeditor").then((m) => m.imageEditorSpec),
  imageslider: () => import("./imageslider/imageslider").then((m) => m.imageSliderSpec),
  annotatedimage: () => import("./annotatedimage/annotatedimage").then((m) => m.annotatedImageSpec),
  model3d: () => import("./model3d/model3d").then((m) => m.model3dSpec),
};

const loaded = new Map<string, ComponentSpec>();
const loading = new Map<string, Promise<void>>();

/** Load the modules of the lazy types among `types` (and their CSS, once). A chunk that fails to
 * load leaves its type to the placeholder, with the error in the console. */
export function loadTypes(types: Iterable<string>): Promise<void> {
  const work: Promise<void>[] = [];
  for (const type of new Set(types)) {
    if (!Object.hasOwn(LAZY, type) || loaded.has(type)) continue;
    let pending = loading.get(type);
    if (!pending) {
      pending = LAZY[type]().then(
        (spec) => {
          loaded.set(type, spec);
          if (spec.css) injectComponentCss(spec.css);
        },
        (err: unknown) => {
          loading.delete(type); // a later render may try again
          console.error(`blocklite: could not load the ${type} component`, err);
        },
      );
      loading.set(type, pending);
    }
    work.push(pending);
  }
  return Promise.all(work).then(() => undefined);
}

const injectedCss = new Set<string>();

function injectComponentCss(css: string): void {
  if (injectedCss.has(css) || typeof document === "undefined") return;
  injectedCss.add(css);
  const style = document.createElement("style");
  style.dataset.blockliteComponent = "";
  style.textContent = css; // in the components layer, whose order frame.css fixed
  const main = document.querySelector("style[data-blocklite]");
  if (main) main.after(style);
  else document.head.append(style);
}

/** The spec for `type`; the "Unsupported component" placeholder for a type the page does not know
 * (or a lazy type whose module is not loaded: `loadTypes` first). */
export function specFor(type: string): ComponentSpec {
  if (Object.hasOwn(COMPONENTS, type)) return COMPONENTS[type];
  return loaded.get(type) ?? unknownSpec;
}

/** The placeholder's spec (also used when a component fails to construct). */
export const fallbackSpec: ComponentSpec = unknownSpec;

/** Whether `type` renders nothing and is created even when the layout leaves it out. */
export function isHeadless(type: string): boolean {
  return specFor(type).headless === true;
}

/** Whether a `type` component's value is reader-facing text (translated). */
export function isTextValue(type: string): boolean {
  return specFor(type).textValue === true;
}

/** Whether a `type` component may be shown inside a chat message. */
export function showsInMessage(type: string): boolean {
  return specFor(type).inMessage === true;
}

/** The stylesheets components bring, each once, in registry order (js/main.ts injects them). */
export function componentStyles(): string {
  return [...new Set(Object.values(COMPONENTS).map((spec) => spec.css ?? "").filter((css) => css !== ""))].join("\n");
}

/** Every registered type name, loaded or lazy (for tests and diagnostics). */
export function registeredTypes(): string[] {
  return [...Object.keys(COMPONENTS), ...Object.keys(LAZY)];
}
