// In-page Chatbot measurements (passed to page.evaluate by bench/chat_render.py).
//
// mode "render": one fresh render of the 500-message history, of one `kind`:
//   "chat"      the Chatbot's setValue(history) (it was emptied first),
//   "markdown"  the same texts, joined, as the value of one gr.Markdown (same Markdown pipeline),
//   "innerhtml" the same texts, escaped, as bare <div><p>…</p></div> innerHTML (no Markdown).
// Each is timed from just before the call until layout is done (a forced reflow: `sync_ms`) and
// until the next animation frame (`frame_ms`, the frame that paints it).
//
// mode "stream": show the last `earlier` messages of the history, click #stream-btn (a generator
// appends an assistant message and yields the growing history `tokens` times) and watch the Chatbot with a MutationObserver until the last
// token is painted: mutation records in total, and those whose target is inside a message that
// existed before the click (must be 0: earlier messages are never re-rendered), and how many were
// in the message list (the rest belong to the event's status display over the component).
async ({ mode, kind, tokens, earlier: keep, timeoutMs }) => {
  const app = [...globalThis.blocklite.apps.values()][0];
  const byElemId = (id) => [...app.components.values()].find((c) => c.props.elem_id === id);
  const chat = byElemId("history");
  const md = byElemId("md-baseline");
  if (!chat || !md) throw new Error("bench components not found");
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const state = (globalThis.__chatBench ??= {
    history: structuredClone(chat.getValue()),
  });

  if (mode === "render") {
    const history = state.history;
    const texts = history.map((m) => m.content.map((c) => c.text ?? "").join("\n"));
    let bare = document.getElementById("bare-baseline");
    if (!bare) {
      bare = document.createElement("div");
      bare.id = "bare-baseline";
      bare.style.cssText = "height:400px;overflow:auto";
      md.el.after(bare);
    }
    const escape = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
    const run = {
      chat: [() => chat.setValue([]), () => chat.setValue(history), chat.el],
      markdown: [() => md.setValue(""), () => md.setValue(texts.join("\n\n")), md.el],
      innerhtml: [
        () => (bare.innerHTML = ""),
        () => (bare.innerHTML = texts.map((t) => `<div class="msg"><p>${escape(t)}</p></div>`).join("")),
        bare,
      ],
    }[kind];
    const [reset, fill, el] = run;
    reset();
    await frame();
    await frame();
    const t0 = performance.now();
    fill();
    void el.getBoundingClientRect().height; // style + layout now
    const sync = performance.now() - t0;
    await frame();
    const painted = performance.now() - t0;
    return { kind, sync_ms: sync, frame_ms: painted, messages: history.length };
  }

  // mode === "stream": on top of the last `keep` messages of the history
  chat.setValue(state.history.slice(state.history.length - keep));
  await frame();
  await frame();
  const root = chat.el;
  const earlier = new WeakSet(root.querySelectorAll(".blocklite-chat-message"));
  const earlierCount = root.querySelectorAll(".blocklite-chat-message").length;
  const logEl = root.querySelector(".blocklite-chat-log");
  let records = 0;
  let inLog = 0;
  let touching = 0;
  const observer = new MutationObserver((list) => {
    for (const r of list) {
      records += 1;
      if (logEl.contains(r.target)) inLog += 1;
      for (let x = r.target.nodeType === 1 ? r.target : r.target.parentElement; x && x !== root; x = x.parentElement) {
        if (earlier.has(x)) {
          touching += 1;
          break;
        }
      }
    }
  });
  observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  const last = `t${tokens - 1} `.trim();
  const painted = new Set();
  let frames = 0;
  const t0 = performance.now();
  document.querySelector("#stream-btn").click();
  for (;;) {
    await frame();
    frames += 1;
    const reply = root.querySelector(`.blocklite-chat-message[data-index="${earlierCount}"]`);
    const text = reply ? reply.textContent : "";
    if (text) painted.add(text.length);
    if (text.includes(last)) break;
    if (performance.now() - t0 > timeoutMs) {
      observer.disconnect();
      throw new Error(`the ${tokens}-token reply was not painted within ${timeoutMs} ms (${text.length} chars)`);
    }
  }
  const finalMs = performance.now() - t0;
  for (const r of observer.takeRecords()) {
    records += 1;
    if (logEl.contains(r.target)) inLog += 1;
  }
  observer.disconnect();
  return {
    tokens,
    earlier_messages: earlierCount,
    final_painted_ms: finalMs,
    frames,
    distinct_painted: painted.size,
    mutation_records: records,
    mutations_touching_earlier: touching,
    mutations_per_token: records / tokens,
    message_list_mutation_records: inLog,
    message_list_mutations_per_token: inLog / tokens,
    status_mutation_records: records - inLog,
  };
}
