// Init script for the cold-start benchmark (runs in the page before any of its scripts).
// As soon as the #name control and the #greet-btn button are visible and enabled it types "Ann"
// (value + an `input` event, as a keystroke does), clicks, and waits for #greeting to read
// "Hello Ann!". Times are performance.now(), i.e. ms since navigation start. It polls every ~4 ms
// with setTimeout (cheap: a cold start is CPU-bound and a tight loop would steal from it), and
// records when the app root's data-blocklite-state attribute changes (ready/rendered).
(() => {
  if (window !== window.top) return;
  const LIMIT_MS = 120000;
  const bench = (window.__bench = { marks: {}, states: {} });
  const control = (id) => document.querySelector(`#${id} textarea, #${id} input`);
  const button = (id) => {
    const el = document.getElementById(id);
    return el && el.tagName !== "BUTTON" ? el.querySelector("button") || el : el;
  };
  const shown = (el) => !!el && el.isConnected && el.getClientRects().length > 0;
  new MutationObserver((records) => {
    const t = performance.now();
    for (const r of records) {
      const s = r.target.getAttribute && r.target.getAttribute("data-blocklite-state");
      if (s && !(s in bench.states)) bench.states[s] = t;
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-blocklite-state"] });

  let phase = "input";
  const step = () => {
    const t = performance.now();
    if (phase === "input") {
      const input = control("name");
      const btn = button("greet-btn");
      if (shown(input) && !input.disabled && shown(btn) && !btn.disabled) {
        bench.marks.input_visible = t;
        input.value = "Ann";
        input.dispatchEvent(new Event("input", { bubbles: true }));
        btn.click();
        bench.marks.clicked = performance.now();
        phase = "output";
      }
    }
    if (phase === "output") {
      const out = control("greeting");
      if (out && out.value === "Hello Ann!") {
        bench.marks.greeting = performance.now();
        bench.done = true;
        return;
      }
      if (out && out.value) bench.last_output = out.value;
    }
    if (t > LIMIT_MS) {
      bench.error = `gave up after ${LIMIT_MS} ms in phase "${phase}" (last output: ${JSON.stringify(bench.last_output ?? null)})`;
      return;
    }
    setTimeout(step, 4);
  };
  step();
})();
