// In-page click -> output latency loop (passed to page.evaluate). For each click: set the input to a
// distinct text (value + `input` event), let the page settle, then record performance.now(), click the
// button and poll the output control's .value in a tight MessageChannel loop until it reads
// `Hello <text>!` (texts are `${prefix} ${first}`, `${prefix} ${first + 1}`...).
// Bounded: `warmup` + `clicks` iterations, each waiting at most `timeoutMs`.
async ({ warmup, clicks, timeoutMs, prefix, first, settleMs, gapMs }) => {
  const control = (id) => document.querySelector(`#${id} textarea, #${id} input`);
  const byId = (id) => {
    const el = document.getElementById(id);
    return el && el.tagName !== "BUTTON" ? el.querySelector("button") || el : el;
  };
  const channel = new MessageChannel();
  let wake = null;
  channel.port1.onmessage = () => wake && wake();
  const yieldTask = () => new Promise((resolve) => {
    wake = resolve;
    channel.port2.postMessage(0);
  });
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const samples = [];
  for (let i = 0; i < warmup + clicks; i++) {
    const text = `${prefix} ${first + i}`;
    const expected = `Hello ${text}!`;
    const input = control("name");
    const output = control("greeting");
    const btn = byId("greet-btn");
    if (!input || !output || !btn) {
      throw new Error(`controls not found: input=${!!input} output=${!!output} button=${!!btn}`);
    }
    input.value = text;
    input.dispatchEvent(new Event("input", { bubbles: true }));
    await sleep(settleMs);
    const t0 = performance.now();
    btn.click();
    for (;;) {
      if (output.value === expected) break;
      if (performance.now() - t0 > timeoutMs) {
        throw new Error(`click ${first + i}: no "${expected}" within ${timeoutMs} ms (output: ${JSON.stringify(output.value)})`);
      }
      await yieldTask();
    }
    const dt = performance.now() - t0;
    if (i >= warmup) samples.push(dt);
    await sleep(gapMs);
  }
  return samples;
}
