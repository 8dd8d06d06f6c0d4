/**
 * Subtitle cues for gr.Audio: Gradio's cue list (`{start, end, text}`, seconds) or a WebVTT/SRT
 * file's text, and the cue showing at a time.
 *
 * Why it exists: an `<audio>` element shows no `<track>`, so Audio draws the current line itself
 * under the waveform (Video uses a native `<track>`). Pure: Node tests check the parsing.
 */

import { isNumber, isRecord } from "../../lib/guards";

export interface Cue {
  start: number;
  end: number;
  text: string;
}

/** Gradio's cue list from the `subtitles` prop (anything malformed is left out). */
export function cuesFromList(raw: unknown): Cue[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((c) =>
    isRecord(c) && isNumber(c.start) && isNumber(c.end) && typeof c.text === "string" ? [{ start: c.start, end: c.end, text: c.text }] : [],
  );
}

/** `hh:mm:ss.mmm`, `mm:ss.mmm` or SRT's `hh:mm:ss,mmm` as seconds (NaN when it is none). */
export function parseTimestamp(text: string): number {
  const m = /^(?:(\d+):)?(\d{1,2}):(\d{1,2})(?:[.,](\d{1,3}))?$/.exec(text.trim());
  if (!m) return Number.NaN;
  const [, h, min, s, ms] = m;
  return Number(h ?? 0) * 3600 + Number(min) * 60 + Number(s) + Number((ms ?? "0").padEnd(3, "0")) / 1000;
}

/** The cues of a WebVTT or SRT file. */
export function parseCues(text: string): Cue[] {
  const cues: Cue[] = [];
  for (const block of text.replace(/\r\n?/g, "\n").split(/\n{2,}/)) {
    const lines = block.split("\n");
    const at = lines.findIndex((l) => l.includes("-->"));
    if (at < 0) continue;
    const [from = "", rest = ""] = lines[at]!.split("-->");
    const start = parseTimestamp(from);
    const end = parseTimestamp(rest.trim().split(/\s+/)[0] ?? "");
    const body = lines.slice(at + 1).join("\n").trim();
    if (Number.isFinite(start) && Number.isFinite(end) && body) cues.push({ start, end, text: body });
  }
  return cues;
}

/** The text showing at `time` seconds ("" between cues). */
export function cueAt(cues: readonly Cue[], time: number): string {
  return cues.filter((c) => time >= c.start && time < c.end).map((c) => c.text).join("\n");
}
