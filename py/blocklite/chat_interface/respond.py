"""The listener function that runs the user's chat function and shows its reply.

`fn(message, history, *additional_inputs)` may be a plain or async function, or a sync or async
generator; the wrapper built here is of the same kind, so the event engine streams each yield (and
stops at the next yield on a Stop) exactly as it does for any listener. Parameters the engine fills
itself (`request: gr.Request`, `progress=gr.Progress()`) are handed through: the wrapper takes the
user function's injection positions, and the message and history are the first two other arguments.

Each result becomes the new history: the history before the turn, the user's message, then the
reply messages, so every yield of a generator replaces the pending reply.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any

from ..events import is_generator_function
from ..processing import EventError
from ..request import injected_parameters
from .messages import as_input, message_parts, reply_messages, split_outputs, user_turn

#: The user's message of one turn: its text and the paths of its files.
Sent = tuple[str, list[str]]

#: Marks "no idle value": the function is always called.
_ALWAYS: Any = object()

#: (reply, history after the turn, additional output values) → the listener's return value.
Shape = Callable[[Any, list[Any], list[Any]], Any]


class Turn:
    """One call of the chat function: its arguments and how its results become outputs."""

    def __init__(self, fn: Callable[..., Any], multimodal: bool, extra_outputs: int) -> None:
        self.fn = fn
        self.multimodal = multimodal
        self.extra_outputs = extra_outputs
        self.injections = injected_parameters(fn)
        name = getattr(fn, "__name__", None) or type(fn).__name__
        self.where = f"ChatInterface function {name!r}"

    def arguments(self, args: tuple[Any, ...]) -> tuple[list[Any], Sent, list[Any]]:
        """The wrapper's arguments → the function's (message and history put in), the message
        (text and file paths), and the history before this turn."""
        call = list(args)
        positions = [i for i in range(len(call)) if i not in self.injections]
        text, files = message_parts(call[positions[0]], self.where)
        if files and not self.multimodal:
            raise EventError(f"{self.where}: the message has files, but multimodal is False")
        before = list(call[positions[1]] or [])
        call[positions[0]] = as_input(text, files, self.multimodal)
        call[positions[1]] = list(before)  # the function may append to its copy freely
        return call, (text, files), before

    def outputs(self, result: Any, sent: Sent, before: list[Any], shape: Shape) -> Any:
        reply, extra = split_outputs(result, self.extra_outputs, self.where)
        history = [*before, *user_turn(*sent), *reply_messages(reply, self.where)]
        return shape(reply, history, extra)

    def _message_missing(self, args: tuple[Any, ...]) -> bool:
        positions = [i for i in range(len(args)) if i not in self.injections]
        return bool(positions) and args[positions[0]] is None

    def listener(self, shape: Shape, idle: Any = _ALWAYS) -> Callable[..., Any]:
        """A listener function of the same kind as `fn` whose results go through `shape`; with
        `idle`, a call without a message (no turn started) returns it without calling `fn`."""
        fn = self.fn

        def skipped(args: tuple[Any, ...]) -> bool:
            return idle is not _ALWAYS and self._message_missing(args)

        if inspect.isasyncgenfunction(fn):

            async def stream_async(*args: Any, **kwargs: Any) -> Any:
                if skipped(args):
                    yield idle
                    return
                call, sent, before = self.arguments(args)
                yielded = False
                async for item in fn(*call, **kwargs):
                    yielded = True
                    yield self.outputs(item, sent, before, shape)
                if not yielded:
                    yield self.outputs(self._nothing(), sent, before, shape)

            return functools.wraps(fn)(stream_async)
        if is_generator_function(fn):

            def stream(*args: Any, **kwargs: Any) -> Any:
                if skipped(args):
                    yield idle
                    return
                call, sent, before = self.arguments(args)
                yielded = False
                for item in fn(*call, **kwargs):
                    yielded = True
                    yield self.outputs(item, sent, before, shape)
                if not yielded:
                    yield self.outputs(self._nothing(), sent, before, shape)

            return functools.wraps(fn)(stream)

        async def respond(*args: Any, **kwargs: Any) -> Any:
            if skipped(args):
                return idle
            call, sent, before = self.arguments(args)
            result = fn(*call, **kwargs)
            if inspect.isawaitable(result):
                result = await result
            return self.outputs(result, sent, before, shape)

        return functools.wraps(fn)(respond)

    def _nothing(self) -> Any:
        """A generator that yielded nothing: no reply (and no change to additional outputs)."""
        if not self.extra_outputs:
            return None
        from ..updates import skip

        return (None, *[skip() for _ in range(self.extra_outputs)])

    def run_to_end(
        self, text: str, inputs: list[Any], files: list[str] | None = None
    ) -> tuple[Any, list[Any]]:
        """The final reply of the function for `text` (and `files`) with an empty history
        (cached examples), and its additional output values."""
        from ..server.sync import run_sync

        values = [as_input(text, files or [], self.multimodal), [], *inputs]
        args = []
        while values:  # injected parameters (gr.Request...) have nothing to inject here
            args.append(None if len(args) in self.injections else values.pop(0))

        async def final() -> Any:
            result = self.fn(*args)
            last = self._nothing()
            if inspect.isasyncgen(result):
                async for item in result:
                    last = item
                return last
            if inspect.isgenerator(result):
                for item in result:
                    last = item
                return last
            return await result if inspect.isawaitable(result) else result

        reply, extra = split_outputs(run_sync(final()), self.extra_outputs, self.where)
        return reply, extra
