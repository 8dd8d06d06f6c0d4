"""The app registry: the Blocks a run of app code built and launched; it keeps none alive."""

from __future__ import annotations

import gc
import weakref

import pytest

import blocklite as gr
from blocklite import app_registry


@pytest.fixture(autouse=True)
def _no_server(monkeypatch: pytest.MonkeyPatch) -> None:
    import blocklite.server.serve as serve

    monkeypatch.setattr(serve, "serve", lambda app, options: None)


def _app(title: str) -> gr.Blocks:
    with gr.Blocks(title=title) as demo:
        gr.Markdown(title)
    return demo


def test_the_launched_blocks_wins_over_one_created_later() -> None:
    with app_registry.collect() as run:
        first = _app("first")
        first.launch()
        _app("second")
    assert run.app is first


def test_the_last_launch_wins_when_several_launch() -> None:
    with app_registry.collect() as run:
        first, second = _app("first"), _app("second")
        second.launch()
        first.launch()
    assert run.app is first


def test_without_launch_the_last_created_blocks_is_the_app() -> None:
    with app_registry.collect() as run:
        _app("first")
        second = _app("second")
    assert run.app is second


def test_a_run_that_builds_nothing_has_no_app() -> None:
    before = _app("outside")  # built outside the run: not the run's
    with app_registry.collect() as run:
        pass
    assert run.app is None
    assert before.title == "outside"


def test_the_innermost_collection_records_and_a_closed_one_stops() -> None:
    with app_registry.collect() as outer:
        mine = _app("outer")
        with app_registry.collect() as inner:
            theirs = _app("inner")
        assert inner.app is theirs
    assert outer.app is mine
    _app("after")  # after the run: nothing records it
    assert outer.app is mine and inner.app is theirs


def test_a_finished_run_keeps_only_its_app_alive() -> None:
    with app_registry.collect() as run:
        dropped = weakref.ref(_app("dropped"))
        launched = _app("launched")
        launched.launch()
        also_dropped = weakref.ref(_app("created last"))
        kept = weakref.ref(launched)
        del launched
    gc.collect()
    assert dropped() is None and also_dropped() is None
    assert run.app is kept()
    del run
    gc.collect()
    assert kept() is None  # the registry holds nothing once the run is gone


def test_blocks_built_outside_any_run_are_not_kept() -> None:
    demo = _app("plain")
    demo.launch()
    gone = weakref.ref(demo)
    del demo
    gc.collect()
    assert gone() is None
