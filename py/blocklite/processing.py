"""Running one event: page values → function arguments → function → values for the page.

Kept apart from the server so the same steps serve the queue, `/run/...` and `demo(...)` calls.
Every misuse (wrong number of values, unknown output) raises `EventError` naming the listener, which
the server reports as an error event.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from . import handler_window
from .block import Block
from .components.base import Component
from .progress import Progress
from .request import EventData, Request
from .state import SessionState, State
from .updates import UPDATE_TYPE, is_update

if TYPE_CHECKING:
    from .events import Dependency


class EventError(Exception):
    """The listener or its call is inconsistent (not an exception raised by the user's code)."""


@dataclass
class CallContext:
    """What a call needs besides its input values: the session's State and the trigger."""

    state: SessionState = field(default_factory=SessionState)
    request: Request | None = None
    event_data: Any = None
    trigger: Block | None = None
    cancelled: Callable[[], bool] = lambda: False


def preprocess_inputs(dep: Dependency, data: list[Any], call: CallContext) -> list[Any]:
    """Turn the page's JSON values into the function's arguments (State from the session)."""
    if len(data) != len(dep.inputs):
        raise EventError(
            f"{dep.name} takes {len(dep.inputs)} input value(s) but the request sent {len(data)}."
        )
    values = []
    for declared, payload in zip(dep.inputs, data):
        component = call.state.component(declared)  # as this session's updates left it
        if isinstance(component, State):
            values.append(call.state.get(component))
        elif dep.preprocess:
            values.append(component.preprocess(payload))
        else:
            values.append(payload)
    return values


def _injected_value(cls: type, call: CallContext) -> Any:
    if issubclass(cls, Progress):
        return cls()
    if issubclass(cls, Request):
        return call.request
    if issubclass(cls, EventData):
        return cls(call.trigger, call.event_data)
    return None


def build_arguments(
    dep: Dependency, values: list[Any], call: CallContext
) -> tuple[list[Any], dict[str, Any]]:
    """Positional arguments: the inputs in order, with `gr.Request`/`gr.EventData` parameters
    filled in where the signature has them (as keywords once the inputs run out)."""
    inputs = [dict(zip(dep.inputs, values))] if dep.inputs_as_dict else list(values)
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for position, (name, cls) in sorted(dep.injections.items()):
        while len(args) < position and inputs:
            args.append(inputs.pop(0))
        if len(args) == position:
            args.append(_injected_value(cls, call))
        else:
            kwargs[name] = _injected_value(cls, call)
    return [*args, *inputs], kwargs


def call_function(dep: Dependency, values: list[Any], call: CallContext) -> Any:
    """Call the user's function; returns its result, a coroutine, or a (async) generator."""
    assert dep.fn is not None
    args, kwargs = build_arguments(dep, values, call)
    with handler_window.running():  # in the browser, the page may interrupt what runs inside
        return handler_window.watched(dep.fn(*args, **kwargs))


async def resolve(result: Any) -> Any:
    return await result if inspect.isawaitable(result) else result


def _update_payload(
    block: Block, update: dict[str, Any], postprocess: bool, call: CallContext
) -> dict[str, Any]:
    payload = {key: value for key, value in update.items() if key != "__type__"}
    props = {key: value for key, value in payload.items() if key != "value"}
    if props and isinstance(block, Component):
        # New choices, bounds...: this session's copy of the component takes them, so the value
        # here and later input from the page are checked against what the page now shows.
        block = call.state.update_component(block, props)
        payload.update(
            {
                key: getattr(block, key)
                for key in props
                if key in block.props and hasattr(block, key)
            }
        )
    if "value" in payload and postprocess and isinstance(block, Component):
        payload["value"] = block.postprocess(payload["value"])
    return {"__type__": UPDATE_TYPE, **payload}


def _instance_update(returned: Block) -> dict[str, Any]:
    """A component returned by a handler updates exactly the arguments it was built with."""
    args = {k: v for k, v in returned._constructor_args.items() if k not in ("render", "key")}
    if "elem_classes" in args and isinstance(args["elem_classes"], str):
        args["elem_classes"] = [args["elem_classes"]]
    return {"__type__": UPDATE_TYPE, **args}


def postprocess_output(dep: Dependency, block: Block, value: Any, call: CallContext) -> Any:
    """One returned value → the JSON the page applies to `block`."""
    if isinstance(value, Block):
        value = _instance_update(value)
    if is_update(value):
        return _update_payload(block, value, dep.postprocess, call)
    if not dep.postprocess:
        return value
    if isinstance(block, Component):
        return call.state.component(block).postprocess(value)
    raise EventError(
        f"{dep.name} returned {value!r} for {block!r}, a layout: layouts take only updates "
        f"such as gr.update(visible=False)."
    )


def split_result(dep: Dependency, result: Any) -> list[Any]:
    """The function's return value as one entry per output (updates for outputs not named)."""
    outputs = dep.outputs
    if (
        isinstance(result, dict)
        and not is_update(result)
        and result
        and all(isinstance(key, Block) for key in result)
    ):
        values: list[Any] = [{"__type__": UPDATE_TYPE}] * len(outputs)
        for block, value in result.items():
            if block not in outputs:
                raise EventError(
                    f"{dep.name} returned a value for {block!r}, which is not one of its outputs."
                )
            values[outputs.index(block)] = value
        return values
    if not outputs:
        return []
    if len(outputs) == 1:
        return [result]
    if is_update(result) and len(result) == 1:
        return [result] * len(outputs)  # a lone gr.skip() leaves every output as it is
    if not isinstance(result, (tuple, list)):
        raise EventError(
            f"{dep.name} has {len(outputs)} outputs but returned a single "
            f"{type(result).__name__}: return a tuple with one value per output."
        )
    if len(result) != len(outputs):
        raise EventError(
            f"{dep.name} has {len(outputs)} outputs but returned {len(result)} value(s)."
        )
    return list(result)


def _store_state(dep: Dependency, state: State, value: Any, call: CallContext) -> bool:
    if is_update(value):
        if "value" not in value:
            return False  # gr.skip() / an update without a value leaves the State as it is
        value = value["value"]
    return call.state.set(state, value)


def postprocess_result(
    dep: Dependency, result: Any, call: CallContext
) -> tuple[list[Any], list[int]]:
    """The function's return value → the output's `data` list, and the ids of States whose
    value changed and that have `.change` listeners (the page fires those)."""
    data: list[Any] = []
    changed: list[int] = []
    for block, value in zip(dep.outputs, split_result(dep, result)):
        if isinstance(block, State):
            if _store_state(dep, block, value, call) and dep.blocks.has_listener(block, "change"):
                changed.append(block.id)
            data.append(None)  # State values never travel
        else:
            data.append(postprocess_output(dep, block, value, call))
    return data, changed
