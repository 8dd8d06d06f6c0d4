/**
 * Splitting a long Markdown text into pieces that render on their own.
 *
 * Why it exists: a multi-megabyte value rendered in one go blocks the page for seconds. Cut at
 * blank lines outside code fences, each piece is a run of whole blocks, so pieces can be parsed,
 * sanitized and inserted one per task (js/components/markdown.ts) and the page stays responsive.
 * The cost: a reference-style link whose definition sits in another piece stays as text, and an
 * HTML block spanning pieces is closed at the cut. Only texts above `CHUNK_AT` are split.
 */

/** Texts longer than this (characters) render in pieces. */
export const CHUNK_AT = 200_000;
/** About this many characters per piece. */
export const CHUNK_SIZE = 100_000;

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** `source` cut into pieces of about `size` characters at blank lines outside fences (linear).
 * Joining the pieces with "\n" gives back the source. */
export function splitMarkdown(source: string, size: number = CHUNK_SIZE): string[] {
  if (source.length <= size) return [source];
  const pieces: string[] = [];
  let start = 0;
  let pos = 0;
  let fence: string | null = null;
  while (pos < source.length) {
    let end = source.indexOf("\n", pos);
    if (end === -1) end = source.length;
    const line = source.slice(pos, end);
    const marker = FENCE.exec(line)?.[1];
    if (marker && (fence === null || (marker[0] === fence[0] && marker.length >= fence.length))) {
      fence = fence === null ? marker : null;
    } else if (fence === null && line.trim() === "" && pos - start >= size) {
      pieces.push(source.slice(start, pos - 1));
      start = pos;
    }
    pos = end + 1;
  }
  pieces.push(source.slice(start));
  return pieces;
}
