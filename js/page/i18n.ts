/**
 * The app's own translations (`launch(i18n=gr.I18n(...))`), applied where props enter the page.
 *
 * Why it exists: Python never translates; it sends a translation key wherever text would go, as
 * Gradio does: a `{__type__: "translation_metadata", key}` object, or that object's JSON after a
 * `__i18n__` marker inside a string (what `str(i18n("key"))`, f-strings and concatenation produce).
 * The config's `i18n_translations` maps locale → {key: text}. This module picks the reader's locale
 * from `navigator.languages` (exact tag, then the language alone: "fr-CA" → "fr"; per key, English
 * when the locale lacks it, else the key itself) and rewrites the text props of a component's props
 * (its config props and every later update), so no component knows about translation.
 */

import type { Translations } from "../../protocol/gradio";
import { type Dict, isRecord } from "../lib/guards";

export type { Translations };

const MARKER = "__i18n__";
const METADATA = "translation_metadata";

/** Props that are text for the reader, in any component. */
const TEXT_PROPS: readonly string[] = ["label", "info", "placeholder", "title", "description", "submit_btn", "stop_btn"];
/** Whether a component type's `value` is text for the reader (elsewhere a value is data: a choice, a
 * number). The component registry knows (js/components/registry.ts, isTextValue); it is passed in. */
export type TextValueRule = (type: string) => boolean;

/** `i18n_translations` from the config: locale → {key: text}; anything malformed is left out. */
export function parseTranslations(x: unknown): Translations {
  const out: Translations = {};
  if (!isRecord(x)) return out;
  for (const [locale, table] of Object.entries(x)) {
    if (!isRecord(table)) continue;
    const texts: Record<string, string> = {};
    for (const [key, text] of Object.entries(table)) if (typeof text === "string") texts[key] = text;
    out[locale] = texts;
  }
  return out;
}

/**
 * The available locale to use for a reader whose preferences are `languages` (most preferred first):
 * for each preference, the same tag (case-insensitively), else its language alone. Null: none fits.
 */
export function pickLocale(languages: readonly string[], available: readonly string[]): string | null {
  const byLower = new Map(available.map((tag) => [tag.toLowerCase(), tag]));
  for (const wanted of languages) {
    const tag = wanted.toLowerCase();
    const hit = byLower.get(tag) ?? byLower.get(tag.split("-")[0]);
    if (hit !== undefined) return hit;
  }
  return null;
}

export class Translator {
  /** The locale picked for this reader (null: none of the app's locales fits; English is used). */
  readonly locale: string | null;
  /** The language the text is shown in (the picked locale, else the English one), for `lang=`. */
  readonly lang: string | null;
  private readonly table: Record<string, string>;
  private readonly english: Record<string, string>;

  constructor(
    translations: Translations,
    languages: readonly string[],
    private readonly textValue: TextValueRule,
  ) {
    const locales = Object.keys(translations);
    this.locale = pickLocale(languages, locales);
    this.table = this.locale === null ? {} : translations[this.locale];
    const en = pickLocale(["en"], locales) ?? locales.find((l) => l.toLowerCase().startsWith("en-"));
    this.english = en === undefined || en === null ? {} : translations[en];
    this.lang = this.locale ?? en ?? null;
  }

  /** The text for `key`: the reader's locale, else English, else the key itself. */
  text(key: string): string {
    if (Object.hasOwn(this.table, key)) return this.table[key];
    if (Object.hasOwn(this.english, key)) return this.english[key];
    return key;
  }

  /** A metadata object becomes its text; markers inside a string are replaced; anything else stays. */
  value(x: unknown): unknown {
    if (isRecord(x)) return x.__type__ === METADATA && typeof x.key === "string" ? this.text(x.key) : x;
    return typeof x === "string" && x.includes(MARKER) ? this.replaceMarkers(x) : x;
  }

  /** A copy of a component's props (or an update's) with its reader-facing text translated. */
  props(type: string, props: Dict): Dict {
    const out: Dict = { ...props };
    for (const name of TEXT_PROPS) if (name in out) out[name] = this.value(out[name]);
    if ("value" in out && this.textValue(type)) out.value = this.value(out.value);
    if (Array.isArray(out.choices)) out.choices = out.choices.map((c) => this.choice(c));
    if (Array.isArray(out.headers)) out.headers = out.headers.map((h) => this.value(h)); // Examples' columns
    return out;
  }

  /** An output for a component of `type`: an update's props, or a plain value. */
  output(type: string, x: unknown): unknown {
    if (isRecord(x) && x.__type__ === "update") return this.props(type, x);
    return this.textValue(type) ? this.value(x) : x;
  }

  /** A `[label, value]` choice: only the label is shown, so only it is translated. */
  private choice(c: unknown): unknown {
    return Array.isArray(c) && c.length === 2 ? [this.value(c[0]), c[1]] : c;
  }

  private replaceMarkers(s: string): string {
    let out = "";
    let from = 0;
    for (let at = s.indexOf(MARKER); at !== -1; at = s.indexOf(MARKER, from)) {
      const start = at + MARKER.length;
      const end = jsonObjectEnd(s, start);
      const key = end === -1 ? null : metadataKey(s.slice(start, end));
      if (key === null) {
        out += s.slice(from, start);
        from = start;
        continue;
      }
      out += s.slice(from, at) + this.text(key);
      from = end;
    }
    return out + s.slice(from);
  }
}

/** The index just past the JSON object starting at `start` (strings and escapes respected), or -1. */
function jsonObjectEnd(s: string, start: number): number {
  if (s[start] !== "{") return -1;
  let depth = 0;
  let inString = false;
  for (let i = start; i < s.length; i++) {
    const ch = s[i];
    if (inString) {
      if (ch === "\\") i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === "{") depth++;
    else if (ch === "}" && --depth === 0) return i + 1;
  }
  return -1;
}

function metadataKey(json: string): string | null {
  try {
    const x: unknown = JSON.parse(json);
    return isRecord(x) && x.__type__ === METADATA && typeof x.key === "string" ? x.key : null;
  } catch {
    return null;
  }
}
