// js/page/i18n.ts: locale choice, fallbacks, the two forms a key arrives in, and which props are text
// (which component types have a text value comes from the component registry, as in the page).
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadUi } from "./ui-bundle.mjs";

const { Translator, pickLocale, parseTranslations } = await loadUi("page/i18n");
const { isTextValue } = await loadUi("components/registry");

const TRANSLATIONS = {
  en: { greeting: "Hello", submit: "Submit", only_en: "English only" },
  fr: { greeting: "Bonjour", submit: "Soumettre" },
  "pt-BR": { greeting: "Olá" },
};
const marker = (key) => `__i18n__${JSON.stringify({ __type__: "translation_metadata", key })}`;
// Python's json.dumps puts spaces after ':' and ','; the page must read that form too.
const pyMarker = (key) => `__i18n__{"__type__": "translation_metadata", "key": ${JSON.stringify(key)}}`;

test("the locale: exact tag, then the language alone, in the reader's order", () => {
  const available = Object.keys(TRANSLATIONS);
  assert.equal(pickLocale(["fr-FR"], available), "fr");
  assert.equal(pickLocale(["fr-CA", "en-US"], available), "fr");
  assert.equal(pickLocale(["pt-br"], available), "pt-BR", "tags compare case-insensitively");
  assert.equal(pickLocale(["ja-JP", "en-GB"], available), "en");
  assert.equal(pickLocale(["ja", "de"], available), null);
  assert.equal(pickLocale([], available), null);
});

test("a key: the reader's locale, else English, else the key itself", () => {
  const fr = new Translator(TRANSLATIONS, ["fr-FR", "fr"], isTextValue);
  assert.equal(fr.locale, "fr");
  assert.equal(fr.text("greeting"), "Bonjour");
  assert.equal(fr.text("only_en"), "English only");
  assert.equal(fr.text("missing"), "missing");
  const ja = new Translator(TRANSLATIONS, ["ja"], isTextValue);
  assert.equal(ja.locale, null);
  assert.equal(ja.lang, "en", "the text shown is English");
  assert.equal(ja.text("greeting"), "Hello");
  const none = new Translator({}, ["fr"], isTextValue);
  assert.equal(none.lang, null);
  assert.equal(none.text("greeting"), "greeting");
  const enUs = new Translator({ "en-US": { k: "US" }, fr: {} }, ["ja"], isTextValue);
  assert.equal(enUs.text("k"), "US", "an en-* locale is English when there is no plain en");
});

test("metadata objects and markers inside strings are translated, other values kept", () => {
  const fr = new Translator(TRANSLATIONS, ["fr"], isTextValue);
  assert.equal(fr.value({ __type__: "translation_metadata", key: "submit" }), "Soumettre");
  assert.equal(fr.value(marker("greeting")), "Bonjour");
  assert.equal(fr.value(pyMarker("greeting")), "Bonjour");
  assert.equal(fr.value(`# ${pyMarker("greeting")}, Ann! ${marker("submit")}.`), "# Bonjour, Ann! Soumettre.");
  assert.equal(fr.value(pyMarker('we}ird "key"')), 'we}ird "key"', "braces and quotes inside the key");
  assert.equal(fr.value("__i18n__ not json {"), "__i18n__ not json {");
  assert.equal(fr.value('__i18n__{"key": "greeting"}'), '__i18n__{"key": "greeting"}', "no __type__: not ours");
  assert.equal(fr.value("plain"), "plain");
  assert.equal(fr.value(3), 3);
  assert.deepEqual(fr.value({ a: 1 }), { a: 1 });
});

test("props: text props everywhere, value only where it is text, choice labels not values", () => {
  const fr = new Translator(TRANSLATIONS, ["fr"], isTextValue);
  const props = { label: marker("greeting"), info: marker("submit"), placeholder: marker("greeting"), elem_id: "x" };
  assert.deepEqual(fr.props("number", { ...props, value: 3 }), {
    label: "Bonjour",
    info: "Soumettre",
    placeholder: "Bonjour",
    elem_id: "x",
    value: 3,
  });
  assert.equal(fr.props("button", { value: marker("submit") }).value, "Soumettre");
  assert.equal(fr.props("markdown", { value: `**${marker("greeting")}**` }).value, "**Bonjour**");
  const dd = fr.props("dropdown", { value: marker("greeting"), choices: [[marker("greeting"), marker("greeting")], ["b", "b"]] });
  assert.deepEqual(dd.choices, [["Bonjour", marker("greeting")], ["b", "b"]]);
  assert.equal(dd.value, marker("greeting"), "a choice value is data: the server compares it");
  assert.deepEqual(fr.props("dataset", { headers: [marker("greeting"), "Age"] }).headers, ["Bonjour", "Age"]);
  const original = { label: marker("greeting") };
  fr.props("textbox", original);
  assert.equal(original.label, marker("greeting"), "props are copied, not changed in place");
});

test("outputs: updates translate their props, plain values only for text components", () => {
  const fr = new Translator(TRANSLATIONS, ["fr"], isTextValue);
  assert.deepEqual(fr.output("textbox", { __type__: "update", label: marker("greeting"), value: marker("submit") }), {
    __type__: "update",
    label: "Bonjour",
    value: "Soumettre",
  });
  assert.equal(fr.output("markdown", marker("greeting")), "Bonjour");
  assert.equal(fr.output("json", marker("greeting")), marker("greeting"));
});

test("parseTranslations keeps only string texts", () => {
  assert.deepEqual(parseTranslations(null), {});
  assert.deepEqual(parseTranslations({ en: { a: "A", b: 2 }, fr: "nope" }), { en: { a: "A" } });
});
