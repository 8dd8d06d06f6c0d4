"""Running one event: page values → function arguments → function → values for the page.

Kept apart from the server so the same steps serve the queue, `/run/...` and `demo(...)` calls.
Every misuse (wrong number of values, unknown output) raises `EventError` naming the listener, which
the server reports as an error event.
"""

from __future__ import annotations

import inspect
from typing import TYPE_CHECKING, Any

from .block import Block
from .components.base import Component
from .updates import UPDATE_TYPE, is_update

if TYPE_CHECKING:
    from .events import Dependency


class EventError(Exception):
    """The listener or its call is inconsistent (not an exception raised by the user's code)."""


def preprocess_inputs(dep: Dependency, data: list[Any]) -> list[Any]:
    """Turn the page's JSON values into the function's arguments."""
    if len(data) != len(dep.inputs):
        raise EventError(
            f"{dep.name} takes {len(dep.inputs)} input value(s) but the request sent {len(data)}."
        )
    if not dep.preprocess:
        return list(data)
    return [component.preprocess(payload) for component, payload in zip(dep.inputs, data)]


def build_arguments(dep: Dependency, values: list[Any]) -> tuple[list[Any], dict[str, Any]]:
    """Positional arguments, or one dict keyed by component when the inputs were a set."""
    if dep.inputs_as_dict:
        return [dict(zip(dep.inputs, values))], {}
    return values, {}


async def call_function(dep: Dependency, values: list[Any]) -> Any:
    """Call the user's function; sync functions run inline (the worker has no threads)."""
    assert dep.fn is not None
    args, kwargs = build_arguments(dep, values)
    result = dep.fn(*args, **kwargs)
    if inspect.isawaitable(result):
        result = await result
    return result


def _update_payload(block: Block, update: dict[str, Any], postprocess: bool) -> dict[str, Any]:
    payload = {key: value for key, value in update.items() if key != "__type__"}
    if "value" in payload and postprocess and isinstance(block, Component):
        payload["value"] = block.postprocess(payload["value"])
    return {"__type__": UPDATE_TYPE, **payload}


def _instance_update(returned: Block, target: Block) -> dict[str, Any]:
    """A component returned by a handler updates exactly the arguments it was built with."""
    args = {k: v for k, v in returned._constructor_args.items() if k not in ("render", "key")}
    if "elem_classes" in args and isinstance(args["elem_classes"], str):
        args["elem_classes"] = [args["elem_classes"]]
    return {"__type__": UPDATE_TYPE, **args}


def postprocess_output(dep: Dependency, block: Block, value: Any) -> Any:
    """One returned value → the JSON the page applies to `block`."""
    if isinstance(value, Block):
        value = _instance_update(value, block)
    if is_update(value):
        return _update_payload(block, value, dep.postprocess)
    if not dep.postprocess:
        return value
    if isinstance(block, Component):
        return block.postprocess(value)
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


def postprocess_result(dep: Dependency, result: Any) -> list[Any]:
    """The function's return value → the `data` list of the event's output."""
    values = split_result(dep, result)
    return [postprocess_output(dep, block, value) for block, value in zip(dep.outputs, values)]
