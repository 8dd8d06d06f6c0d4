/**
 * Dedent for app code written inside an indented `<script type="text/x-blocklite">` tag.
 *
 * Why it exists: Python is indentation-sensitive, and script tags usually sit indented in HTML. It is
 * also where the numbering of lines in tracebacks is decided, so it lives alone and unit-tested.
 */

/**
 * Remove the common indentation of the script's lines. The line break right after the opening tag is
 * dropped, so line 1 of the app (the line numbers in tracebacks) is the first line after `<script>`.
 */
export function dedent(text: string): string {
  const lines = text.replace(/^[ \t]*(\r\n|\r|\n)/, "").split(/\r\n|\r|\n/);
  let prefix: string | null = null;
  for (const line of lines) {
    if (line.trim() === "") continue;
    const lead = /^[ \t]*/.exec(line)?.[0] ?? "";
    if (prefix === null) prefix = lead;
    else {
      let i = 0;
      while (i < prefix.length && i < lead.length && prefix[i] === lead[i]) i++;
      prefix = prefix.slice(0, i);
    }
    if (prefix === "") break;
  }
  const cut = prefix?.length ?? 0;
  return lines
    .map((l) => (l.trim() === "" ? "" : l.slice(cut)))
    .join("\n")
    .replace(/\s+$/, "")
    .concat("\n");
}
