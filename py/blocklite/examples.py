"""`gr.Examples` and the `Dataset` component it renders.

A Dataset shows rows of sample values; clicking one sends its index. Examples listens to that click
and fills its inputs with the row, restoring each input's constructor configuration (so an input a
handler had hidden or relabelled comes back as built). With `cache_examples=True` the function runs
once per row when the app is built, and a click shows the stored outputs without running it again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, ClassVar

from .block import Context
from .components.base import Component
from .events import EventListener
from .updates import UPDATE_TYPE


class Dataset(Component):
    """Rows of sample values for some components; its value is the clicked row's index."""

    props: ClassVar[tuple[str, ...]] = (
        *Component.props,
        "components",
        "component_props",
        "samples",
        "headers",
        "samples_per_page",
        "type",
    )
    skip_api = True
    api_type: ClassVar[dict[str, Any]] = {"type": "integer"}
    python_type = "int"

    click = EventListener("click", "A sample was clicked (the value is its index).")
    select = EventListener("select")

    def __init__(
        self,
        *,
        components: Sequence[Component],
        samples: list[list[Any]],
        headers: list[str] | None = None,
        samples_per_page: int = 10,
        label: str | None = "Examples",
        visible: bool = True,
        elem_id: str | None = None,
        elem_classes: list[str] | str | None = None,
        render: bool = True,
    ) -> None:
        self.component_objects = list(components)
        self.components = [c.block_type for c in self.component_objects]
        self.component_props = [c.get_props() for c in self.component_objects]
        self.samples = [
            [c.postprocess(value) for c, value in zip(self.component_objects, row)]
            for row in samples
        ]
        self.headers = headers or []
        self.samples_per_page = samples_per_page
        self.type = "index"
        super().__init__(
            None,
            label=label,
            visible=visible,
            elem_id=elem_id,
            elem_classes=elem_classes,
            render=render,
            interactive=True,
        )

    def preprocess(self, payload: Any) -> int | None:
        if payload is None:
            return None
        index = int(payload[0] if isinstance(payload, list) else payload)
        if not 0 <= index < len(self.samples):
            from .errors import Error

            raise Error(f"{self.describe()}: there is no example {index}")
        return index


class Examples:
    """Example inputs under an app: click one to fill the inputs (and, cached, the outputs)."""

    def __init__(
        self,
        examples: list[Any],
        inputs: Component | Sequence[Component],
        outputs: Component | Sequence[Component] | None = None,
        fn: Callable[..., Any] | None = None,
        cache_examples: bool | None = None,
        examples_per_page: int = 10,
        label: str | None = "Examples",
        elem_id: str | None = None,
        run_on_click: bool = False,
        preprocess: bool = True,
        postprocess: bool = True,
        api_name: str | None = None,
        example_labels: list[str] | None = None,
        visible: bool = True,
    ) -> None:
        self.inputs = list(inputs) if isinstance(inputs, (list, tuple)) else [inputs]
        self.outputs = (
            []
            if outputs is None
            else list(outputs)
            if isinstance(outputs, (list, tuple))
            else [outputs]
        )
        rows = [row if isinstance(row, (list, tuple)) else [row] for row in examples]
        for number, row in enumerate(rows):
            if len(row) != len(self.inputs):
                raise ValueError(
                    f"gr.Examples: example {number} has {len(row)} value(s) for "
                    f"{len(self.inputs)} input(s)"
                )
        self.examples = [list(row) for row in rows]
        self.fn = fn
        self.cache_examples = bool(cache_examples) and fn is not None and bool(self.outputs)
        self.run_on_click = run_on_click
        self.dataset = Dataset(
            components=self.inputs,
            samples=self.examples,
            headers=[c.label or "" for c in self.inputs],
            samples_per_page=examples_per_page,
            label=label,
            elem_id=elem_id,
            visible=visible,
        )
        self.cached: list[list[Any]] | None = None
        if Context.root_block is not None:
            self._listen()

    def _fill(self, index: int) -> list[Any]:
        """The updates a click sends: each input back to its constructor config, with the value."""
        updates = []
        for component, value in zip(self.inputs, self.examples[index]):
            config = {
                k: v
                for k, v in component._constructor_args.items()
                if k not in ("render", "key", "value", "every", "inputs")
            }
            updates.append(
                {"__type__": UPDATE_TYPE, **config, "value": component.postprocess(value)}
            )
        return updates

    def _listen(self) -> None:
        targets = [*self.inputs, *self.outputs] if self.cache_examples else self.inputs
        if self.cache_examples:
            self.cached = [self._run(row) for row in self.examples]

        def load_example(index: int) -> Any:
            values = self._fill(index)
            if self.cached is not None:
                values += self.cached[index]
            return values[0] if len(values) == 1 else tuple(values)

        dep = self.dataset.click(
            load_example,
            self.dataset,
            targets,
            postprocess=False,
            show_progress="hidden",
            api_visibility="private",
            queue=False,
        )
        if self.run_on_click and self.fn is not None and not self.cache_examples:
            dep.then(self.fn, self.inputs, self.outputs)

    def _run(self, row: list[Any]) -> list[Any]:
        """One example through the function, as the page would show its outputs."""
        assert self.fn is not None
        values = [c.preprocess(c.postprocess(v)) for c, v in zip(self.inputs, row)]
        result = self.fn(*values)
        results = [result] if len(self.outputs) == 1 else list(result)
        return [c.postprocess(v) for c, v in zip(self.outputs, results)]
