// The component registry (js/components/registry.ts): which types exist and the facts their specs
// declare (headless, text value, shown in chat messages, stylesheets), which the renderer, the
// translations and chat messages rely on instead of lists of type names.
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadUi } from "./ui-bundle.mjs";

const r = await loadUi("components/registry");

test("every Gradio type the page renders has one entry", () => {
  assert.deepEqual(r.registeredTypes().sort(), [
    "accordion", "annotatedimage", "audio", "browserstate", "button", "chatbot", "checkbox", "checkboxgroup",
    "clearbutton", "code", "colorpicker", "column", "dataframe", "dataset", "datetime", "downloadbutton",
    "dropdown", "file", "fileexplorer", "form", "gallery", "group", "highlightedtext", "html", "image",
    "imageeditor", "imageslider", "json", "label", "markdown", "model3d", "multimodaltextbox", "nativeplot",
    "number", "plot", "radio", "row", "sidebar", "slider", "state", "tabitem", "tabs", "textbox", "timer",
    "uploadbutton", "video",
  ]);
  assert.equal(r.specFor("no-such-type"), r.fallbackSpec, "unknown types get the placeholder");
  assert.equal(r.specFor("constructor"), r.fallbackSpec, "no prototype keys");
});

test("traits: headless, text values, chat-message types", () => {
  const having = (pred) => r.registeredTypes().filter(pred).sort();
  assert.deepEqual(having(r.isHeadless), ["browserstate", "state", "timer"]);
  assert.deepEqual(having(r.isTextValue), ["button", "clearbutton", "html", "markdown", "textbox"]);
  assert.deepEqual(having(r.showsInMessage), [
    "checkbox", "checkboxgroup", "code", "colorpicker", "datetime", "dropdown", "file", "highlightedtext", "html",
    "json", "label", "markdown", "number", "radio", "slider", "textbox",
  ]);
});

test("component stylesheets: the chatbot's, the image's and the multimodal box's, once each", () => {
  const css = r.componentStyles();
  assert.equal(css.split(".blocklite-app .blocklite-image {").length, 2, "image.css once");
  assert.ok(css.includes(".blocklite-chat"), "chat.css is included");
  assert.ok(css.includes(".blocklite-mm-box"), "multimodal.css is included");
  assert.equal(css.split(".blocklite-chatbot").length > 1, true);
});
