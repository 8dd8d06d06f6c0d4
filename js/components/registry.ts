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
import { dataframeSpec } from "./dataframe/dataframe";
import { fileExplorerSpec } from "./fileexplorer/fileexplorer";
import { highlightedTextSpec } from "./highlightedtext";
import { htmlSpec } from "./html";
import { audioSpec } from "./audio/audio";
import { imageSpec } from "./image/image";
import { videoSpec } from "./video/video";
import { imageEditorSpec } from "./imageeditor/imageeditor";
import { imageSliderSpec } from "./imageslider/imageslider";
import { annotatedImageSpec } from "./annotatedimage/annotatedimage";
import { jsonSpec } from "./json";
import { labelSpec } from "./label";
import { layoutSpec, stateSpec, unknownSpec } from "./layout";
import { markdownSpec } from "./markdown";
import { model3dSpec } from "./model3d/model3d";
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
  dataframe: dataframeSpec,
  fileexplorer: fileExplorerSpec,
  uploadbutton: uploadButtonSpec,
  downloadbutton: downloadButtonSpec,
  audio: audioSpec,
  image: imageSpec,
  video: videoSpec,
  imageeditor: imageEditorSpec,
  imageslider: imageSliderSpec,
  annotatedimage: annotatedImageSpec,
  model3d: model3dSpec,
};

/** The spec for `type`; the "Unsupported component" placeholder for a type the page does not know. */
export function specFor(type: string): ComponentSpec {
  return Object.hasOwn(COMPONENTS, type) ? COMPONENTS[type] : unknownSpec;
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

/** Every registered type name (for tests and diagnostics). */
export function registeredTypes(): string[] {
  return Object.keys(COMPONENTS);
}
