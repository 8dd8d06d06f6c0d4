/**
 * Text direction for long values, without `dir="auto"`.
 *
 * Why it exists: Chromium recomputes `dir="auto"` over the whole value of a textarea each time
 * the value is set, which is quadratic in its length (1 MB: 1.2 s, 2 MB: 6 s, 5 MB: 33 s in a
 * Textbox). For values longer than `LONG_TEXT`, the direction is decided here once, as the
 * browser would (the first strong letter: Hebrew, Arabic, Syriac, Thaana or N'Ko → rtl).
 */

/** Values longer than this (characters) get an explicit direction instead of "auto". */
export const LONG_TEXT = 100_000;

const LETTER = /\p{L}/u;
const RTL = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

/** "auto" for short texts; for long ones, the direction of the first letter ("ltr" if none). */
export function directionFor(text: string): "auto" | "ltr" | "rtl" {
  if (text.length <= LONG_TEXT) return "auto";
  const first = LETTER.exec(text);
  return first && RTL.test(first[0]) ? "rtl" : "ltr";
}
