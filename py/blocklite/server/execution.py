"""Executing one event: inputs → the user's function (plain, async, generator) → the `output`.

Shared by the queue, `POST /gradio_api/run/...` and `demo(...)`. A generator's yields are reported
through `on_update` as they come: the first with full values, the later ones as diffs; a blocking
`time.sleep` between yields holds back nothing already yielded, because each report is written to
the session's stream before the next step runs (see session.py).
"""

from __future__ import annotations

import asyncio
import inspect
import sys
import time
import traceback
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..context import EventContext, current_event
from ..errors import Error, error_payload
from ..processing import (
    CallContext,
    EventError,
    call_function,
    postprocess_result,
    preprocess_inputs,
    resolve,
)
from ..updates import skip
from . import messages
from .diff import diff
from .messages import EventOutput, ProcessCompleted, QueueMessage

if TYPE_CHECKING:
    from ..blocks import Blocks
    from ..events import Dependency


def output_of(
    data: list[Any], changed: list[int], started: float, *, generating: bool
) -> EventOutput:
    """The `output` object of process_generating / process_completed (and of /run)."""
    return messages.event_output(
        data, changed, time.perf_counter() - started, generating=generating
    )


async def _iterate(result: Any, cancelled: Callable[[], bool]) -> Any:
    """The items of a sync or async generator, yielding to the event loop between items and
    stopping at the next yield once the event is cancelled."""
    if inspect.isasyncgen(result):
        try:
            async for item in result:
                yield item
                if cancelled():
                    break
        finally:
            await result.aclose()
    else:
        try:
            for item in result:
                yield item
                await asyncio.sleep(0)  # let other requests (a cancel, another session) in
                if cancelled():
                    break
        finally:
            result.close()


async def execute(
    blocks: Blocks,
    dep: Dependency,
    data: list[Any],
    call: CallContext,
    *,
    event_id: str = "",
    post: Callable[[QueueMessage], None] | None = None,
) -> EventOutput:
    """Run the event to completion and return its final output; with `post`, a generator's
    intermediate values are posted as `process_generating` messages."""
    started = time.perf_counter()
    token = current_event.set(EventContext(event_id, post or _print_log))
    try:
        values = preprocess_inputs(dep, data, call)
        result = call_function(dep, values, call)
        if not (inspect.isgenerator(result) or inspect.isasyncgen(result)):
            done, changed = postprocess_result(dep, await resolve(result), call)
            return output_of(done, changed, started, generating=False)
        last: list[Any] | None = None
        changed_ids: list[int] = []
        async for item in _iterate(result, call.cancelled):
            current, changed = postprocess_result(dep, item, call)
            changed_ids.extend(i for i in changed if i not in changed_ids)
            if post is not None:
                payload = current if last is None else [diff(a, b) for a, b in zip(last, current)]
                output = output_of(payload, changed, started, generating=True)
                post(messages.process_generating(event_id, output))
            last = current
        final = last if last is not None else [skip() for _ in dep.outputs]
        return output_of(final, changed_ids, started, generating=False)
    finally:
        current_event.reset(token)


def _print_log(message: QueueMessage) -> None:
    print(f"blocklite {message.get('title', 'log')}: {message.get('log')}", file=sys.stderr)


def _log_exception(dep: Dependency, error: BaseException) -> None:
    """The full traceback goes to stderr, which the worker forwards to the browser console."""
    if isinstance(error, Error) and not error.print_exception:
        return
    print(f"blocklite: error in {dep.name}:", file=sys.stderr)
    traceback.print_exception(type(error), error, error.__traceback__, file=sys.stderr)


def failure_message(
    blocks: Blocks, dep: Dependency, event_id: str, error: BaseException
) -> ProcessCompleted:
    """The process_completed of a failed event (and its traceback on stderr)."""
    _log_exception(dep, error)
    # Inconsistent listeners are the app author's bug: say what is wrong even without show_error.
    show = blocks.show_error or isinstance(error, EventError)
    return messages.process_failed(event_id, error_payload(error, show))


def _transpose(rows: list[list[Any]]) -> list[list[Any]]:
    return [list(column) for column in zip(*rows)]


async def execute_batch(
    blocks: Blocks, dep: Dependency, datas: list[list[Any]], calls: list[CallContext]
) -> list[EventOutput]:
    """`batch=True`: one call with a list per input for all the events, results split per event."""
    started = time.perf_counter()
    values = [preprocess_inputs(dep, data, call) for data, call in zip(datas, calls)]
    assert dep.fn is not None
    result = await resolve(dep.fn(*_transpose(values)))
    if len(dep.outputs) == 1 and not isinstance(result, (tuple, list)):
        raise EventError(f"{dep.name} is batched: return a list of results (one per call)")
    columns = list(result) if len(dep.outputs) != 1 else [result[0] if _nested(result) else result]
    if len(columns) != len(dep.outputs) or any(len(c) != len(datas) for c in columns):
        raise EventError(
            f"{dep.name} is batched: return one list per output, each with {len(datas)} "
            "result(s) (one per call)"
        )
    outputs = []
    for index, call in enumerate(calls):
        row = tuple(column[index] for column in columns)
        data, changed = postprocess_result(dep, row if len(row) != 1 else row[0], call)
        outputs.append(output_of(data, changed, started, generating=False))
    return outputs


def _nested(result: Any) -> bool:
    """A single-output batch fn may return `[results]` (Gradio's form) or `results` itself."""
    return len(result) == 1 and isinstance(result[0], (list, tuple))
