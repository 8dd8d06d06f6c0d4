"""All benchmarks in one run; prints one JSON document on stdout (progress on stderr).

Called by bench/run.sh after it installed and built everything. Knobs (environment):
BENCH_COLD_RUNS (fresh browsers per cold-start side, default 5), BENCH_CLICKS (clicks per app,
default 60), BENCH_STREAM_RUNS (streaming runs per app and mode, default 5), BENCH_CHAT_ROUNDS
(Chatbot render rounds, default 7), BENCH_SOAK_EVENTS (events in the memory soak, default
10000), BENCH_MD_ROUNDS (Markdown size rounds, default 3), BENCH_UPLOAD_RUNS (20 MB upload
round trips per side, default 5), BENCH_GALLERY_RUNS (24-image Gallery shows per side, default
5), BENCH_DATAFRAME_RUNS (10,000-row Dataframe shows and scrolls per side, default 3).
"""

from __future__ import annotations

import json
import os
import time
import traceback

import chat_render
import cold_start
import dataframe
import gallery
import latency
import markdown_size
import soak
import streaming
import upload
from common import REPO, environment, log, static_server


def main() -> int:
    from playwright.sync_api import sync_playwright

    cold_runs = max(5, int(os.environ.get("BENCH_COLD_RUNS", "5")))
    clicks = max(50, int(os.environ.get("BENCH_CLICKS", "60")))
    stream_runs = max(5, int(os.environ.get("BENCH_STREAM_RUNS", "5")))
    chat_rounds = max(5, int(os.environ.get("BENCH_CHAT_ROUNDS", "7")))
    soak_events = max(1000, int(os.environ.get("BENCH_SOAK_EVENTS", "10000")))
    md_rounds = max(1, int(os.environ.get("BENCH_MD_ROUNDS", "3")))
    upload_runs = max(3, int(os.environ.get("BENCH_UPLOAD_RUNS", "5")))
    gallery_runs = max(3, int(os.environ.get("BENCH_GALLERY_RUNS", "5")))
    dataframe_runs = max(2, int(os.environ.get("BENCH_DATAFRAME_RUNS", "3")))
    started = time.monotonic()
    env = environment()
    try:
        with static_server(REPO) as base, sync_playwright() as pw:
            log(f"serving {REPO} at {base}")
            cold = cold_start.measure(pw, base, cold_runs)
            lat = latency.measure(pw, base, clicks)
            stream = streaming.measure(pw, base, stream_runs)
            chat = chat_render.measure(pw, base, chat_rounds)
            soaked = soak.measure(pw, base, soak_events)
            md_size = markdown_size.measure(pw, base, md_rounds)
            uploaded = upload.measure(pw, base, upload_runs)
            shown = gallery.measure(pw, base, gallery_runs)
            table = dataframe.measure(pw, base, dataframe_runs)
    except Exception as exc:
        # Still one JSON document on stdout, saying what broke; the traceback goes to stderr.
        traceback.print_exc()
        print(json.dumps({"error": f"{type(exc).__name__}: {exc}", "environment": env}, indent=2))
        return 1
    env["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    result = {
        "cold_start_ratio": cold["cold_start_ratio"],
        "click_p50_ratio": lat["click_p50_ratio"],
        "streaming_time_ratio": stream["streaming_time_ratio"],
        "chat_render_ratio_vs_markdown": chat["render_ratio_vs_markdown"],
        "chat_stream_mutations_touching_earlier": chat["stream"]["mutations_touching_earlier"],
        "soak_worker_heap_growth_mb": soaked["worker_heap_growth_mb"],
        "soak_page_heap_growth_mb": soaked["page_heap_growth_mb"],
        "upload_20mb_round_trip_ratio_vs_gradio": uploaded["round_trip_ratio_vs_gradio"],
        "upload_20mb_peak_wasm_growth_per_file_size": uploaded["memory"][
            "peak_wasm_growth_per_file_size"
        ],
        "gallery_24_show_ratio_vs_gradio": shown["show_ratio_vs_gradio"],
        "dataframe_10k_first_paint_ratio_vs_gradio": table["first_paint_ratio_vs_gradio"],
        "dataframe_10k_scroll_frame_p90_ratio_vs_gradio": table["scroll_frame_p90_ratio_vs_gradio"],
        "targets": {
            "cold_start_ratio": 0.6,
            "click_p50_ratio": 0.1,
            "soak_worker_heap_growth_mb": 2,
        },
        "summary_ms": {
            "blocklite_cold_start_median": cold["blocklite"]["median_ms"],
            "baseline_load_pyodide_median": cold["baseline_load_pyodide"]["median_ms"],
            "blocklite_click_p50": lat["blocklite"]["p50_ms"],
            "blocklite_click_p90": lat["blocklite"]["p90_ms"],
            "gradio_click_p50": lat["gradio"]["p50_ms"],
            "gradio_click_p90": lat["gradio"]["p90_ms"],
            "blocklite_streaming_final_median": stream["blocklite"]["final_painted"]["median_ms"],
            "gradio_streaming_final_median": stream["gradio"]["final_painted"]["median_ms"],
            "blocklite_streaming_distinct_painted_median": stream["blocklite"][
                "distinct_painted_median"
            ],
            "gradio_streaming_distinct_painted_median": stream["gradio"]["distinct_painted_median"],
            "chat_render_500_median": chat["render_to_layout"]["chat"]["median_ms"],
            "markdown_render_500_median": chat["render_to_layout"]["markdown"]["median_ms"],
            "chat_stream_1000_tokens_median": chat["stream"]["final_painted"]["median_ms"],
            "markdown_plain_ms_per_mb_max": md_size["plain_ms_per_mb_max"],
            "blocklite_gallery_24_show_median": shown["show_ms"]["blocklite"]["median_ms"],
            "gradio_gallery_24_show_median": shown["show_ms"]["gradio"]["median_ms"],
            "blocklite_dataframe_10k_first_paint_median": table["first_paint_ms"]["blocklite"][
                "median_ms"
            ],
            "gradio_dataframe_10k_first_paint_median": table["first_paint_ms"]["gradio"][
                "median_ms"
            ],
            "blocklite_dataframe_scroll_frame_median": table["scroll_frame_ms"]["blocklite"][
                "median_ms"
            ],
            "blocklite_dataframe_scroll_frame_p90": table["scroll_frame_ms"]["blocklite"]["p90_ms"],
            "gradio_dataframe_scroll_frame_p90": table["scroll_frame_ms"]["gradio"]["p90_ms"],
            "markdown_table_2000_columns_median": md_size["table_2000_columns"]["full"][
                "median_ms"
            ],
        },
        "environment": {**env, "gradio": lat["gradio"]["version"]},
        "cold_start": cold,
        "latency": lat,
        "streaming": stream,
        "chat_render": chat,
        "soak": soaked,
        "markdown_size": md_size,
        "upload": uploaded,
        "gallery": shown,
        "dataframe": table,
        "wall_time_s": round(time.monotonic() - started, 1),
    }
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
