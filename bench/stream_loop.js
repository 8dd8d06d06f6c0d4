// In-page streaming measurement (passed to page.evaluate by bench/streaming.py), the same for both
// apps. One run: click `#clear-btn` and wait for `#streamed` to read "", then record
// performance.now() and click `#stream-btn`. A requestAnimationFrame loop samples the output
// control's .value once per frame (a callback runs just before its frame is painted, so a value it
// sees is a value the user saw) and counts the distinct values; with `poll`, a tight MessageChannel
// loop also counts the distinct values observable between tasks. The run ends when the painted
// value has `finalLength` characters. Everything is bounded by `timeoutMs`.
async ({ finalLength, timeoutMs, poll }) => {
  const control = (id) => document.querySelector(`#${id} textarea, #${id} input`);
  const byId = (id) => {
    const el = document.getElementById(id);
    return el && el.tagName !== "BUTTON" ? el.querySelector("button") || el : el;
  };
  const output = control("streamed");
  const btn = byId("stream-btn");
  const clear = byId("clear-btn");
  if (!output || !btn || !clear) {
    throw new Error(`controls not found: output=${!!output} stream=${!!btn} clear=${!!clear}`);
  }
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

  // Reset: the previous run left `finalLength` characters in the output.
  const tReset = performance.now();
  clear.click();
  while (output.value !== "") {
    if (performance.now() - tReset > timeoutMs) {
      throw new Error(`clear: output still ${JSON.stringify(output.value.slice(0, 40))}`);
    }
    await sleep(5);
  }
  await frame();
  await sleep(50);

  const painted = new Set();
  const paintedLengths = [];
  const polled = new Set();
  let frames = 0;
  let maxFrameGap = 0;
  let firstPaintedMs = null;
  let finalPolledMs = null;
  let done = false;
  const t0 = performance.now();
  btn.click();

  if (poll) {
    const channel = new MessageChannel();
    let wake = null;
    channel.port1.onmessage = () => wake && wake();
    const yieldTask = () => new Promise((resolve) => {
      wake = resolve;
      channel.port2.postMessage(0);
    });
    (async () => {
      while (!done && performance.now() - t0 < timeoutMs) {
        const v = output.value;
        if (v && !polled.has(v)) {
          polled.add(v);
          if (v.length === finalLength && finalPolledMs === null) finalPolledMs = performance.now() - t0;
        }
        await yieldTask();
      }
      channel.port1.close();
    })();
  }

  let last = t0;
  for (;;) {
    await frame();
    const now = performance.now();
    frames += 1;
    maxFrameGap = Math.max(maxFrameGap, now - last);
    last = now;
    const v = output.value;
    if (v && !painted.has(v)) {
      painted.add(v);
      paintedLengths.push(v.length);
      if (firstPaintedMs === null) firstPaintedMs = now - t0;
    }
    if (v.length === finalLength) break;
    if (now - t0 > timeoutMs) {
      done = true;
      throw new Error(`no ${finalLength}-character value within ${timeoutMs} ms ` +
        `(output: ${JSON.stringify(v.slice(0, 80))}, length ${v.length})`);
    }
  }
  done = true;
  const finalMs = performance.now() - t0;
  // The frame can come before the poll's next task: the poll would then see the value no earlier.
  if (poll && finalPolledMs === null) {
    polled.add(output.value);
    finalPolledMs = finalMs;
  }
  return {
    final_painted_ms: finalMs,
    first_painted_ms: firstPaintedMs,
    distinct_painted: painted.size,
    painted_lengths: paintedLengths,
    frames,
    max_frame_gap_ms: maxFrameGap,
    distinct_polled: poll ? polled.size : null,
    final_polled_ms: finalPolledMs,
  };
}
