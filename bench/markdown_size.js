// In-page Markdown size measurement (passed to page.evaluate by bench/markdown_size.py).
// Builds the text of `kind` ("plain": words in lines, paragraphs split by blank lines;
// "oneline": the same words with single newlines only, one huge paragraph; "table": a GFM table
// of `columns` columns) of about `bytes` characters, sets it as the Markdown's value and times
// the call until layout is done (a forced reflow).
async ({ kind, bytes, columns }) => {
  const app = [...globalThis.blocklite.apps.values()][0];
  const md = [...app.components.values()].find((c) => c.props.elem_id === "md-size");
  if (!md) throw new Error("bench component not found");
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const words = ["alpha", "beta", "gamma", "delta", "lorem", "ipsum", "dolor", "sit", "amet", "text"];
  let text = "";
  if (kind === "table") {
    const row = (f) => `| ${Array.from({ length: columns }, (_, i) => f(i)).join(" | ")} |\n`;
    text = row((i) => `c${i}`) + row(() => "---");
    while (text.length < bytes) text += row((i) => String(i % 100));
  } else {
    const parts = [];
    let n = 0;
    let line = 0;
    while (n < bytes) {
      let s = "";
      for (let w = 0; w < 12; w++) s += `${words[(n + w * 7) % words.length]} `;
      s += `${line}.`;
      parts.push(s);
      n += s.length + 1;
      line++;
      if (kind === "plain" && line % 6 === 0) parts.push("");
      if (kind === "noline") parts[parts.length - 1] += " ";
    }
    text = parts.join(kind === "noline" ? "" : "\n");
  }
  md.setValue("");
  await frame();
  const t0 = performance.now();
  md.setValue(text);
  void md.el.getBoundingClientRect().height;
  const t1 = performance.now();
  await frame();
  const painted = performance.now() - t0;
  const shown = md.el.textContent.length;
  md.setValue("");
  return { kind, bytes: text.length, sync_ms: t1 - t0, frame_ms: painted, shown_chars: shown };
};
