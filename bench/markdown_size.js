// In-page Markdown size measurement (passed to page.evaluate by bench/markdown_size.py).
// Builds the text of `kind` ("plain": words in lines, paragraphs split by blank lines;
// "oneline": the same words with single newlines only, one huge paragraph; "table": a GFM table
// of `columns` columns) of about `bytes` characters, sets it as the Markdown's value and times
// the call until the first piece is laid out (`first_ms`, a forced reflow) and until the whole text
// is shown and laid out (`full_ms`: long texts render in pieces, one per task, while an element
// inside has `data-rendering`), with the longest main-thread task meanwhile (`longest_task_ms`).
// `target` picks another display (tb, code, json, hl, label, chat; default md): the text is
// wrapped in the value shape that component takes.
async ({ kind, bytes, columns, target }) => {
  const app = [...globalThis.blocklite.apps.values()][0];
  const md = [...app.components.values()].find((c) => c.props.elem_id === `${target ?? "md"}-size`);
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
  const shape = {
    md: (t) => t,
    tb: (t) => t,
    code: (t) => t,
    json: (t) => t.split("\n\n"),
    hl: (t) => t.split("\n\n").map((p, i) => [p, i % 3 === 0 ? "x" : null]),
    label: (t) => ({ label: t.slice(0, 200), confidences: t.split("\n\n").slice(0, 50).map((p, i) => ({ label: p, confidence: 1 / (i + 1) })) }),
    chat: (t) => [{ role: "user", content: [{ type: "text", text: "q" }] }, { role: "assistant", content: [{ type: "text", text: t }] }],
  }[target ?? "md"];
  const empty = { md: "", tb: "", code: "", json: null, hl: [], label: null, chat: [] }[target ?? "md"];
  const value = shape(text);
  md.setValue(empty);
  await frame();
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
  });
  observer.observe({ type: "longtask" });
  const t0 = performance.now();
  md.setValue(value);
  void md.el.getBoundingClientRect().height;
  const t1 = performance.now();
  while (md.el.querySelector("[data-rendering]")) await new Promise((resolve) => setTimeout(resolve, 5));
  void md.el.getBoundingClientRect().height;
  const t2 = performance.now();
  await frame();
  await new Promise((resolve) => setTimeout(resolve, 0));
  observer.disconnect();
  const shown = md.el.textContent.length;
  md.setValue(empty);
  return { kind, bytes: text.length, first_ms: t1 - t0, full_ms: t2 - t0, longest_task_ms: longest, shown_chars: shown };
};
