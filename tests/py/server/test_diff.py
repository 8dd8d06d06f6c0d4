"""Streaming diffs match Gradio's edit format and rebuild the new value."""

from __future__ import annotations

from typing import Any

import pytest

from blocklite.server.diff import diff


def apply(value: Any, edits: list[list[Any]]) -> Any:
    """A reference applier (what the page does), to check diffs round-trip."""
    import copy

    value = copy.deepcopy(value)
    for action, path, new in edits:
        if not path:
            value = value + new if action == "append" else new
            continue
        *parents, last = path
        target = value
        for key in parents:
            target = target[key]
        if action == "replace":
            target[last] = new
        elif action == "append":
            target[last] = target[last] + new
        elif action == "add":
            if isinstance(target, list):
                target.insert(last, new)
            else:
                target[last] = new
        elif action == "delete":
            del target[last]
    return value


def test_growing_string_sends_only_the_tail() -> None:
    assert diff("Hel", "Hello") == [["append", [], "lo"]]
    assert diff("abc", "xyz") == [["replace", [], "xyz"]]
    assert diff("same", "same") == []


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ([1, 2, 3], [1, 5]),
        ([["a", "b"]], [["a", "bc"], ["d"]]),
        ({"a": 1, "b": "x"}, {"b": "xy", "c": [1]}),
        (
            [{"role": "user", "content": "hi"}],
            [{"role": "user", "content": "hi there"}, {"role": "a"}],
        ),
        (None, "now text"),
        (1, 1.0),
        (
            {"__type__": "update", "value": "a"},
            {"__type__": "update", "value": "ab", "visible": True},
        ),
    ],
)
def test_diffs_rebuild_the_new_value(old: Any, new: Any) -> None:
    assert apply(old, diff(old, new)) == new
