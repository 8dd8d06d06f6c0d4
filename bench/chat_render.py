"""Chatbot rendering: a 500-message history, and a 1,000-token streamed reply.

One fresh Chromium opens bench/chat_render.html; the measurements run in the page
(bench/chat_render.js):

- **render**: the same 500 messages rendered fresh by the Chatbot, as one gr.Markdown of the
  same texts (the same Markdown pipeline; the baseline) and as bare escaped innerHTML (no
  Markdown at all). Rounds alternate the three kinds after one unrecorded warm-up round; the
  figure is the median time from the call to the end of layout, as a ratio to each baseline.
- **stream**: a generator appends an assistant message to the 500-message history
  (`BENCH_CHAT_STREAM_EARLIER` picks fewer) and yields it 1,000 times, one token more each time. A
  MutationObserver on the Chatbot counts mutation records (all, those in the message list, and
  those inside messages that existed before: must be 0) until the final token is painted.

Run alone: `python3 bench/chat_render.py [ROUNDS]` (prints JSON; at least 5 rounds).
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from common import REPO, environment, fresh_browser, log, ratio, static_server, summary

HERE = Path(__file__).parent
LOOP = (HERE / "chat_render.js").read_text()
PATH = "/bench/chat_render.html"
KINDS = ("chat", "markdown", "innerhtml")
TOKENS = 1000
STREAM_RUNS = 3
#: Messages already shown when a reply streams in: the whole 500-message history.
STREAM_EARLIER = int(os.environ.get("BENCH_CHAT_STREAM_EARLIER", "500"))
TIMEOUT_MS = int(os.environ.get("BENCH_STREAM_TIMEOUT_MS", "60000"))


def _run(page: Any, **args: Any) -> dict[str, Any]:
    try:
        defaults = {
            "mode": "render",
            "kind": None,
            "tokens": TOKENS,
            "earlier": STREAM_EARLIER,
            "timeoutMs": TIMEOUT_MS,
        }
        return dict(page.evaluate(LOOP, {**defaults, **args}))
    except Exception as exc:
        raise RuntimeError(f"chat bench failed ({args}): {exc}") from exc


def measure(playwright: Any, base: str, rounds: int) -> dict[str, Any]:
    """Render rounds (chat, markdown, innerhtml alternating), then streamed replies."""
    samples: dict[str, list[dict[str, Any]]] = {kind: [] for kind in KINDS}
    streams: list[dict[str, Any]] = []
    with fresh_browser(playwright) as page:
        page.goto(base + PATH, wait_until="load", timeout=120_000)
        page.wait_for_selector("#history .blocklite-chat-message", timeout=120_000)
        page.wait_for_selector("#stream-btn", state="visible", timeout=120_000)
        time.sleep(2.0)  # let late loads (the highlight chunk, wasm tier-up) settle
        for kind in KINDS:
            _run(page, kind=kind)  # warm-up round, not recorded
        log(f"chat render: {rounds} rounds of {', '.join(KINDS)}")
        for i in range(rounds):
            for kind in KINDS if i % 2 == 0 else tuple(reversed(KINDS)):
                samples[kind].append(_run(page, kind=kind))
            log(
                f"chat render round {i + 1}/{rounds}: "
                + ", ".join(f"{k} {samples[k][-1]['sync_ms']:.1f} ms" for k in KINDS)
            )
        for i in range(STREAM_RUNS):
            streams.append(_run(page, mode="stream"))
            log(
                f"chat stream {i + 1}/{STREAM_RUNS}: {streams[-1]['final_painted_ms']:.0f} ms, "
                f"{streams[-1]['mutation_records']} mutation records, "
                f"{streams[-1]['mutations_touching_earlier']} inside earlier messages"
            )
            time.sleep(0.3)
    sync = {kind: summary([s["sync_ms"] for s in samples[kind]]) for kind in KINDS}
    painted = {kind: summary([s["frame_ms"] for s in samples[kind]]) for kind in KINDS}

    def med(key: str) -> float:
        return round(statistics.median(s[key] for s in streams), 2)

    return {
        "render_ratio_vs_markdown": ratio(sync["chat"]["median_ms"], sync["markdown"]["median_ms"]),
        "render_ratio_vs_innerhtml": ratio(
            sync["chat"]["median_ms"], sync["innerhtml"]["median_ms"]
        ),
        "painted_ratio_vs_markdown": ratio(
            painted["chat"]["median_ms"], painted["markdown"]["median_ms"]
        ),
        "messages": samples["chat"][0]["messages"],
        "render_to_layout": sync,
        "render_to_next_frame": painted,
        "stream": {
            "tokens": TOKENS,
            "earlier_messages": streams[0]["earlier_messages"],
            "mutations_touching_earlier": max(s["mutations_touching_earlier"] for s in streams),
            "mutations_per_token_median": med("mutations_per_token"),
            "message_list_mutations_per_token_median": med("message_list_mutations_per_token"),
            "status_mutation_records_median": med("status_mutation_records"),
            "mutation_records_median": med("mutation_records"),
            "final_painted": summary([s["final_painted_ms"] for s in streams]),
            "frames_median": med("frames"),
            "distinct_painted_median": med("distinct_painted"),
            "runs": streams,
        },
        "method": {
            "rounds": rounds,
            "warmup_rounds": 1,
            "kinds": {
                "chat": "Chatbot.setValue(500 messages) after emptying it",
                "markdown": "one gr.Markdown.setValue(the 500 texts joined by blank lines)",
                "innerhtml": "bare innerHTML of the 500 escaped texts, one <div><p> each",
            },
            "timing": "performance.now() from the call to a forced layout (render_to_layout) "
            "and to the next requestAnimationFrame (render_to_next_frame)",
            "stream": f"{STREAM_RUNS} runs of a {TOKENS}-yield generator on top of "
            f"{STREAM_EARLIER} messages",
        },
    }


def main() -> int:
    from playwright.sync_api import sync_playwright

    rounds = max(5, int(sys.argv[1]) if len(sys.argv) > 1 else 7)
    with static_server(REPO) as base, sync_playwright() as pw:
        result = {"environment": environment(), "chat_render": measure(pw, base, rounds)}
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
