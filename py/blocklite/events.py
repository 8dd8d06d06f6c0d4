"""Event listeners (`btn.click(fn, inputs, outputs)`) and the dependencies they register.

A *dependency* is one registered listener: the function, its inputs and outputs, the triggers that
fire it and the options the page needs to schedule it. Its config entry follows Gradio's wire format
(`dependencies[]` in /config), so the page and Gradio's own client understand it.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal

from .block import Block, Context
from .components.base import Component
from .request import EventData, injected_parameters

if TYPE_CHECKING:
    from .blocks import Blocks

_MISSING: Any = object()


class ListenerHost:
    """Base of `Blocks`: the app that listeners register in (blocks.py imports this module, so
    this module knows the app by this base class, never by importing it). A Blocks is never an
    output, and `demo.load(...)` outside any `with` registers in `demo` itself."""


class Dependency:
    """One listener: what runs, on what, with which inputs and outputs."""

    def __init__(
        self,
        blocks: Blocks,
        fn: Callable[..., Any] | None,
        inputs: list[Component],
        outputs: list[Block],
        targets: list[tuple[int, str]],
        *,
        inputs_as_dict: bool = False,
        api_name: str | Literal[False] | None = None,
        api_description: str | None = None,
        api_visibility: Literal["public", "undocumented", "private"] = "public",
        queue: bool | None = None,
        show_progress: Literal["full", "minimal", "hidden"] = "full",
        show_progress_on: Any = None,
        scroll_to_output: bool = False,
        batch: bool = False,
        max_batch_size: int = 4,
        preprocess: bool = True,
        postprocess: bool = True,
        cancels: list[Dependency] | Dependency | None = None,
        trigger_mode: Literal["once", "multiple", "always_last"] | None = None,
        js: str | bool | None = None,
        concurrency_limit: int | Literal["default"] | None = "default",
        concurrency_id: str | None = None,
        time_limit: float | None = None,
        stream_every: float = 0.5,
        key: int | str | None = None,
        trigger_after: Dependency | None = None,
        trigger_only_on_success: bool = False,
        trigger_only_on_failure: bool = False,
    ) -> None:
        #: The app this listener is declared in: it numbers the listener and names its endpoint,
        #: and error messages look blocks up in it. Declaration to declaration: a dependency never
        #: refers to the server that runs it (server/served_app.py reads `Blocks.fns` instead).
        self.blocks = blocks
        self.fn = fn
        self.inputs = inputs
        self.outputs = outputs
        self.targets = targets
        self.inputs_as_dict = inputs_as_dict
        self.api_description = api_description
        self.show_progress = show_progress
        self.show_progress_on = (
            None
            if show_progress_on is None
            else normalize_outputs(show_progress_on, "show_progress_on")
        )
        self.scroll_to_output = scroll_to_output
        self.batch = batch
        self.max_batch_size = max_batch_size
        self.preprocess = preprocess
        self.postprocess = postprocess
        self.cancels = [cancels] if isinstance(cancels, Dependency) else list(cancels or [])
        self.trigger_mode = trigger_mode or "once"
        if js is True:
            # Gradio transpiles such a function to run in the page; here the worker is local, so
            # the same effect is running it at once, outside the queue.
            js, queue = None, False
        self.js = js
        self.queue = queue
        self.concurrency_limit = concurrency_limit
        self.concurrency_id = concurrency_id
        self.time_limit = time_limit
        self.stream_every = stream_every
        self.key = key
        self.trigger_after = trigger_after
        self.trigger_only_on_success = trigger_only_on_success
        self.trigger_only_on_failure = trigger_only_on_failure
        self.api_visibility = api_visibility if api_name is not False else "private"
        self.injections = injected_parameters(fn)
        self.id = blocks.add_dependency(self)
        self.api_name = blocks.claim_api_name(self, api_name)

    @property
    def name(self) -> str:
        """The listener as error messages name it: function name and first trigger."""
        fn_name = getattr(self.fn, "__name__", "js") if self.fn else "js"
        trigger = ""
        if self.targets:
            block_id, event = self.targets[0]
            block = self.blocks.blocks.get(block_id)
            trigger = f" ({block!r}.{event})" if block is not None else f" ({event})"
        elif self.trigger_after is not None:
            trigger = f" (after dependency {self.trigger_after.id})"
        return f"listener {fn_name!r}{trigger}"

    def get_config(self) -> dict[str, Any]:
        """The dependency's entry in the config's `dependencies` list (Gradio's field names)."""
        return {
            "id": self.id,
            "targets": [list(target) for target in self.targets],
            "inputs": [block.id for block in self.inputs],
            "outputs": [block.id for block in self.outputs],
            "backend_fn": self.fn is not None,
            "js": self.js,
            "queue": self.queue,
            "api_name": self.api_name,
            "api_description": self.api_description,
            "scroll_to_output": self.scroll_to_output,
            "show_progress": self.show_progress,
            "show_progress_on": None
            if self.show_progress_on is None
            else [block.id for block in self.show_progress_on],
            "batch": self.batch,
            "max_batch_size": self.max_batch_size,
            "cancels": [dep.id for dep in self.cancels],
            "types": {"generator": is_generator_function(self.fn), "cancel": False},
            "collects_event_data": any(
                issubclass(cls, EventData) for _, cls in self.injections.values()
            ),
            "trigger_after": None if self.trigger_after is None else self.trigger_after.id,
            "trigger_only_on_success": self.trigger_only_on_success,
            "trigger_only_on_failure": self.trigger_only_on_failure,
            "trigger_mode": self.trigger_mode,
            "api_visibility": self.api_visibility,
            "rendered_in": None,
            "render_id": None,
            "connection": "sse",
            "time_limit": self.time_limit,
            "stream_every": self.stream_every,
            "event_specific_args": None,
            "component_prop_inputs": [],
            "js_implementation": None,
        }

    def _chain(self, fn: Any, inputs: Any, outputs: Any, options: dict[str, Any]) -> Any:
        return _register(self.blocks, [], fn, inputs, outputs, {**options, "trigger_after": self})

    def then(
        self, fn: Any = _MISSING, inputs: Any = None, outputs: Any = None, **options: Any
    ) -> Any:
        """Run after this event, whether it succeeded or failed."""
        return self._chain(fn, inputs, outputs, options)

    def success(
        self, fn: Any = _MISSING, inputs: Any = None, outputs: Any = None, **options: Any
    ) -> Any:
        """Run after this event only if it raised no error."""
        return self._chain(fn, inputs, outputs, {**options, "trigger_only_on_success": True})

    def failure(
        self, fn: Any = _MISSING, inputs: Any = None, outputs: Any = None, **options: Any
    ) -> Any:
        """Run after this event only if it raised an error."""
        return self._chain(fn, inputs, outputs, {**options, "trigger_only_on_failure": True})

    def __repr__(self) -> str:
        return f"Dependency(id={self.id}, {self.name})"


def is_generator_function(fn: Callable[..., Any] | None) -> bool:
    """Whether `fn` streams (a sync or async generator function)."""
    return fn is not None and (inspect.isgeneratorfunction(fn) or inspect.isasyncgenfunction(fn))


def normalize_inputs(inputs: Any, where: str) -> tuple[list[Component], bool]:
    """Inputs as a list of components, and whether the function takes them as one dict (a set)."""
    as_dict = isinstance(inputs, set)
    if inputs is None:
        items: list[Any] = []
    elif isinstance(inputs, (list, tuple, set)):
        items = sorted(inputs, key=lambda block: block.id) if as_dict else list(inputs)
    else:
        items = [inputs]
    for item in items:
        if not isinstance(item, Component):
            raise TypeError(
                f"{where}: inputs must be components, got {item!r} ({type(item).__name__})"
            )
    return items, as_dict


def normalize_outputs(outputs: Any, where: str) -> list[Block]:
    """Outputs as a list of blocks (components or layouts, which take property updates)."""
    if outputs is None:
        items: list[Any] = []
    elif isinstance(outputs, (list, tuple, set)):
        items = (
            sorted(outputs, key=lambda block: block.id)
            if isinstance(outputs, set)
            else list(outputs)
        )
    else:
        items = [outputs]
    for item in items:
        if not isinstance(item, Block) or isinstance(item, ListenerHost):
            raise TypeError(
                f"{where}: outputs must be components or layouts, "
                f"got {item!r} ({type(item).__name__})"
            )
    return items


def _register(
    blocks: Blocks | None,
    targets: list[tuple[int, str]],
    fn: Any,
    inputs: Any,
    outputs: Any,
    options: dict[str, Any],
) -> Any:
    """Create a dependency, or return a decorator that does once it is given the function."""
    if fn is _MISSING:

        def decorator(func: Callable[..., Any]) -> Callable[..., Any]:
            _register(blocks, targets, func, inputs, outputs, options)
            return func

        return decorator
    event = targets[0][1] if targets else "then"
    if blocks is None:
        raise AttributeError(f"Cannot call {event}() outside of a gradio.Blocks context.")
    if fn is not None and not callable(fn):
        raise TypeError(f"{event}(): fn must be callable or None, got {fn!r}")
    where = f"{event}({getattr(fn, '__name__', fn)!r})"
    input_list, as_dict = normalize_inputs(inputs, where)
    output_list = normalize_outputs(outputs, where)
    if options.pop("show_api", True) is False:
        options.setdefault("api_visibility", "undocumented")
    if options.get("trigger_mode") is None:
        # Gradio's defaults: a burst of edits runs once more with the last value, not per edit.
        options["trigger_mode"] = "always_last" if event in ("change", "key_up") else "once"
    return Dependency(
        blocks, fn, input_list, output_list, targets, inputs_as_dict=as_dict, **options
    )


class EventListener:
    """A class attribute like `Button.click`: accessed on an instance, it registers listeners."""

    def __init__(self, event_name: str, doc: str = "") -> None:
        self.event_name = event_name
        self.__doc__ = doc

    def __get__(self, block: Block | None, owner: type) -> Any:
        if block is None:
            return self
        return BoundListener(block, self.event_name)


class BoundListener:
    """`btn.click`: call it to add a listener, or pass it to `gr.on(triggers=[...])`."""

    def __init__(self, block: Block, event_name: str) -> None:
        self.block = block
        self.event_name = event_name

    def __call__(
        self, fn: Any = _MISSING, inputs: Any = None, outputs: Any = None, **options: Any
    ) -> Any:
        return _listen(self.block, self.event_name, fn, inputs, outputs, **options)

    def __repr__(self) -> str:
        return f"{self.block!r}.{self.event_name}"


def on(
    triggers: BoundListener | list[BoundListener] | None = None,
    fn: Any = _MISSING,
    inputs: Any = None,
    outputs: Any = None,
    **options: Any,
) -> Any:
    """One listener for several triggers (`gr.on([btn.click, box.submit], fn, ...)`); without
    triggers, it runs whenever any of its inputs changes. Also a decorator (fn left out)."""
    if triggers is None:
        input_list, _ = normalize_inputs(inputs, "gr.on")
        targets = [(block.id, "change") for block in input_list if hasattr(block, "change")]
        if not targets:
            raise ValueError("gr.on() without triggers needs inputs that have a .change event")
        options.setdefault("trigger_mode", "always_last")
    else:
        items = triggers if isinstance(triggers, (list, tuple)) else [triggers]
        for item in items:
            if not isinstance(item, BoundListener):
                raise TypeError(f"gr.on(): triggers must be events such as btn.click, got {item!r}")
        targets = [(item.block.id, item.event_name) for item in items]
    return _register(Context.root_block, targets, fn, inputs, outputs, options)


def _listen(
    block: Block,
    event_name: str,
    fn: Any = _MISSING,
    inputs: Any = None,
    outputs: Any = None,
    **options: Any,
) -> Any:
    blocks = Context.root_block
    if blocks is None and isinstance(block, ListenerHost):
        blocks = block  # type: ignore[assignment]
    return _register(blocks, [(block.id, event_name)], fn, inputs, outputs, options)
