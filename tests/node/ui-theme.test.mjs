// Page-side theme logic: parsing `theme_vars` from the config, and the light/dark choice.
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadUi } from "./ui-bundle.mjs";

const { parseThemeVars } = await loadUi("page/theme");
const { parseConfig } = await loadUi("engine/config");

test("theme_vars keeps well-formed names and string values only", () => {
  const vars = parseThemeVars({
    light: { "primary-500": "#123456", "Bad Name": "x", "--dashed": "x", "block-radius": 3, "font": "'A', serif" },
    dark: "nope",
  });
  assert.deepEqual(vars, { light: { "primary-500": "#123456", font: "'A', serif" }, dark: {} });
  assert.deepEqual(parseThemeVars(null), { light: {}, dark: {} });
});

test("the config carries the theme's variables", () => {
  const config = parseConfig(
    { layout: { id: 0, children: [] }, theme_vars: { light: { "color-accent": "red" }, dark: { "color-accent": "blue" } } },
    "http://x/",
  );
  assert.deepEqual(config.themeVars, { light: { "color-accent": "red" }, dark: { "color-accent": "blue" } });
  const plain = parseConfig({ layout: { id: 0, children: [] } }, "http://x/");
  assert.deepEqual(plain.themeVars, { light: {}, dark: {} });
});

test("the light/dark choice: URL parameter, then the script tag, then the system", async () => {
  const saved = { location: globalThis.location, warn: console.warn };
  const warnings = [];
  console.warn = (...args) => warnings.push(args.join(" "));
  try {
    const { initialScheme, parseScheme } = await loadUi("page/color-scheme");
    globalThis.location = { search: "" };
    assert.equal(initialScheme(undefined), "system");
    assert.equal(initialScheme("DARK"), "dark");
    assert.equal(initialScheme("sepia"), "system");
    assert.match(warnings[0], /data-theme="sepia" is not light, dark or system/);
    globalThis.location = { search: "?x=1&__theme=light" };
    assert.equal(initialScheme("dark"), "light", "the page URL wins over the script tag");
    globalThis.location = { search: "?__theme=purple" };
    assert.equal(initialScheme("dark"), "dark", "an unknown URL value is ignored");
    assert.equal(parseScheme("system"), "system");
    assert.equal(parseScheme(1), null);
  } finally {
    globalThis.location = saved.location;
    console.warn = saved.warn;
  }
});
