"""Streaming diffs: what changed between two yields of a generator, in Gradio's edit format.

After a generator's first `process_generating` message (full values), each later one carries, per
output, a list of edits `[action, path, value]` (action: replace, append, add, delete; path: keys or
indices into the previous value, `[]` for the whole). A growing string costs only its new tail.
"""

from __future__ import annotations

from typing import Any

Edit = list[Any]
_CONTAINERS = (list, dict)


def diff(old: Any, new: Any, path: tuple[Any, ...] = ()) -> list[Edit]:
    """Edits that turn `old` into `new`."""
    if type(old) is str and type(new) is str:
        if new == old:
            return []
        if new.startswith(old):
            return [["append", list(path), new[len(old) :]]]
        return [["replace", list(path), new]]
    if isinstance(old, list) and isinstance(new, list):
        return _diff_lists(old, new, path)
    if isinstance(old, dict) and isinstance(new, dict):
        return _diff_dicts(old, new, path)
    if type(old) is type(new) and old == new:
        return []
    return [["replace", list(path), new]]


def _diff_lists(old: list[Any], new: list[Any], path: tuple[Any, ...]) -> list[Edit]:
    edits: list[Edit] = []
    for index in range(min(len(old), len(new))):
        a, b = old[index], new[index]
        # An equal item (the earlier messages of a streamed chat) is settled by one C-level
        # comparison instead of a Python walk. `==` takes True for 1 inside containers; Gradio's
        # own diff does the same at every level (its first test is `obj1 == obj2`), so a
        # stream that turns a nested 1 into True shows what Gradio shows. Leaves keep the exact
        # type check in `diff`.
        if type(a) is type(b) and type(a) in _CONTAINERS and a == b:
            continue
        edits.extend(diff(a, b, (*path, index)))
    edits.extend(["add", [*path, index], new[index]] for index in range(len(old), len(new)))
    # Deletes go last, from the end, so earlier indices stay valid.
    edits.extend(["delete", [*path, index], None] for index in reversed(range(len(new), len(old))))
    return edits


def _diff_dicts(old: dict[str, Any], new: dict[str, Any], path: tuple[Any, ...]) -> list[Edit]:
    edits: list[Edit] = []
    for key, value in new.items():
        if key in old:
            edits.extend(diff(old[key], value, (*path, key)))
        else:
            edits.append(["add", [*path, key], value])
    edits.extend(["delete", [*path, key], None] for key in old if key not in new)
    return edits
