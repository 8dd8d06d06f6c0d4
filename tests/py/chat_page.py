"""A page stand-in for driving a ChatInterface through the queue as the browser does.

It keeps every component's value as the page would, fires an event's listeners with the event's
data, applies their outputs (updates, streamed diffs), and then runs the listeners chained with
`.then`/`.success`/`.failure`, so a test reads like a user's actions: `page.send("hi")`,
`page.fire(chatbot, "retry")`.
"""

from __future__ import annotations

import copy
from typing import Any

from blocklite.testing import TestClient


def apply_edits(value: Any, edits: list[list[Any]]) -> Any:
    """Apply a streamed diff (`[action, path, value]` edits) to the previous value."""
    for action, path, item in edits:
        if not path:
            value = value + item if action == "append" else item
            continue
        parent = value
        for key in path[:-1]:
            parent = parent[key]
        last = path[-1]
        if action == "replace":
            parent[last] = item
        elif action == "append":
            parent[last] = parent[last] + item
        elif action == "add":
            if isinstance(parent, list):
                parent.insert(last, item)
            else:
                parent[last] = item
        elif action == "delete":
            del parent[last]
    return value


class ChatPage:
    """One session of a Blocks app, as its page sees it."""

    def __init__(self, client: TestClient, demo: Any, session_hash: str = "page") -> None:
        self.client = client
        self.session = session_hash
        config = demo.get_config_file()
        self.deps = config["dependencies"]
        self.values: dict[int, Any] = {
            c["id"]: copy.deepcopy(c["props"].get("value")) for c in config["components"]
        }
        self.props: dict[int, dict[str, Any]] = {
            c["id"]: dict(c["props"]) for c in config["components"]
        }
        #: Every streamed state of each output, per listener run: [(dep id, data), ...].
        self.frames: list[tuple[int, list[Any]]] = []
        self.errors: list[dict[str, Any]] = []

    def value(self, block: Any) -> Any:
        return self.values[block.id]

    def set(self, block: Any, value: Any) -> None:
        self.values[block.id] = value

    def fire(self, block: Any, event: str, data: Any = None) -> None:
        block_id = getattr(block, "id", block)
        for dep in self.deps:
            if [block_id, event] in dep["targets"]:
                self._run(dep, data)

    def send(self, text: str, textbox: Any, *, trigger: str = "submit") -> None:
        """Type `text` into the message box and press Enter."""
        self.set(textbox, text)
        self.fire(textbox, trigger)

    def _run(self, dep: dict[str, Any], event_data: Any) -> None:
        success = True
        if dep["backend_fn"]:
            success = self._call(dep, event_data)
        for follower in self.deps:
            if follower["trigger_after"] != dep["id"]:
                continue
            if follower["trigger_only_on_success"] and not success:
                continue
            if follower["trigger_only_on_failure"] and success:
                continue
            self._run(follower, None)

    def _call(self, dep: dict[str, Any], event_data: Any) -> bool:
        data = [self.values.get(i) for i in dep["inputs"]]
        joined = self.client.post(
            "/gradio_api/queue/join",
            json={
                "data": data,
                "fn_index": dep["id"],
                "session_hash": self.session,
                "event_data": event_data,
            },
        )
        assert joined.status == 200, joined.text
        stream = self.client.get(f"/gradio_api/queue/data?session_hash={self.session}")
        last: list[Any] | None = None
        for message in stream.sse():
            if message["msg"] == "process_generating":
                out = message["output"]["data"]
                last = (
                    out
                    if last is None
                    else [apply_edits(copy.deepcopy(v), e) for v, e in zip(last, out)]
                )
                self.frames.append((dep["id"], copy.deepcopy(last)))
            elif message["msg"] == "process_completed":
                if not message["success"]:
                    self.errors.append(message["output"])
                    return False
                self._apply(dep, message["output"]["data"])
                return True
        raise AssertionError(f"no process_completed for listener {dep['id']}")

    def _apply(self, dep: dict[str, Any], data: list[Any]) -> None:
        for block_id, value in zip(dep["outputs"], data):
            if isinstance(value, dict) and value.get("__type__") == "update":
                props = {k: v for k, v in value.items() if k != "__type__"}
                if "value" in props:
                    self.values[block_id] = props.pop("value")
                self.props.setdefault(block_id, {}).update(props)
            else:
                self.values[block_id] = value
