"""`gr.Interface` and `gr.TabbedInterface`: a whole app from a function and its inputs/outputs.

An Interface is a Blocks laid out the way Gradio lays it out: title, description, inputs on the
left with Clear and Submit, outputs on the right, examples below, then the article. Its kind follows
from the arguments: standard, output-only (no inputs: a Generate button), input-only (no outputs),
or unified (the same components in and out: one column, the output overwrites the input).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from .blocks import Blocks
from .components.base import Component
from .components.registry import shortcut, shortcut_names


def component_from(spec: Component | str, *, render: bool = False) -> Component:
    """A component instance from an instance or a Gradio string shortcut ("textbox", ...).

    The shortcuts are those of the block registry (components/registry.py).
    """
    if isinstance(spec, Component):
        return spec
    found = shortcut(spec) if isinstance(spec, str) else None
    if found is None:
        known = ", ".join(shortcut_names())
        raise ValueError(f"Unknown component {spec!r}: use a component or one of {known}")
    entry, kwargs = found
    return entry.load()(render=render, **kwargs)


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, (list, tuple)) else [value]


class Interface(Blocks):
    """`gr.Interface(fn, inputs, outputs)`: the app laid out for you."""

    def __init__(
        self,
        fn: Callable[..., Any],
        inputs: Component | str | Sequence[Component | str] | None,
        outputs: Component | str | Sequence[Component | str] | None,
        examples: list[Any] | None = None,
        *,
        cache_examples: bool | None = None,
        examples_per_page: int = 10,
        live: bool = False,
        title: str | None = None,
        description: str | None = None,
        article: str | None = None,
        flagging_mode: str | None = None,
        api_name: str | None = "predict",
        submit_btn: str = "Submit",
        stop_btn: str = "Stop",  # accepted; Gradio's Stop button for generators is not drawn yet
        clear_btn: str | None = "Clear",
        additional_inputs: Component | str | Sequence[Component | str] | None = None,
        additional_inputs_accordion: str | None = None,
        batch: bool = False,
        max_batch_size: int = 4,
        concurrency_limit: int | str | None = "default",
        show_progress: str = "full",
        **blocks_kwargs: Any,
    ) -> None:
        super().__init__(title=title or "Gradio", mode="interface", **blocks_kwargs)
        self.fn = fn
        self.input_components = [component_from(c) for c in _as_list(inputs)]
        self.output_components = [component_from(c) for c in _as_list(outputs)]
        self.additional_inputs = [component_from(c) for c in _as_list(additional_inputs)]
        unified = bool(self.input_components) and self.input_components == self.output_components
        self.kind = (
            "unified"
            if unified
            else "output_only"
            if not self.input_components
            else "input_only"
            if not self.output_components
            else "standard"
        )
        listener = {
            "api_name": api_name,
            "batch": batch,
            "max_batch_size": max_batch_size,
            "concurrency_limit": concurrency_limit,
            "show_progress": show_progress,
        }
        all_inputs = [*self.input_components, *self.additional_inputs]
        _default_labels(fn, all_inputs, self.output_components)
        with self:
            self._build(title, description, article, live, submit_btn, clear_btn,
                        additional_inputs_accordion, all_inputs, listener, examples,
                        cache_examples, examples_per_page)  # fmt: skip

    def _build(
        self,
        title: str | None,
        description: str | None,
        article: str | None,
        live: bool,
        submit_label: str,
        clear_label: str | None,
        accordion_label: str | None,
        all_inputs: list[Component],
        listener: dict[str, Any],
        examples: list[Any] | None,
        cache_examples: bool | None,
        examples_per_page: int,
    ) -> None:
        from .components.button import Button, ClearButton
        from .components.text import Markdown
        from .events import on
        from .examples import Examples
        from .layouts import Accordion, Column, Row

        if title:
            Markdown(f"# {title}", elem_classes="blocklite-interface-title")
        if description:
            Markdown(description, elem_classes="blocklite-interface-description")
        with Row(equal_height=False):
            with Column(variant="panel"):
                for component in self.input_components:
                    component.render()
                if self.additional_inputs:
                    with Accordion(accordion_label or "Additional Inputs", open=False):
                        for component in self.additional_inputs:
                            component.render()
                with Row():
                    clear = ClearButton(value=clear_label) if clear_label else None
                    submit = (
                        None
                        if live
                        else Button("Generate" if self.kind == "output_only" else submit_label,
                                    variant="primary")
                    )  # fmt: skip
            if self.kind in ("standard", "output_only"):
                with Column(variant="panel"):
                    for component in self.output_components:
                        component.render()
        outputs = self.output_components
        if clear is not None:
            clear.add([*all_inputs, *[c for c in outputs if c not in all_inputs]])
        if submit is not None:
            on([submit.click], self.fn, all_inputs, outputs, **listener)
        elif live and all_inputs:
            on(None, self.fn, all_inputs, outputs, **listener)
        elif live:
            self.load(self.fn, None, outputs, **listener)
        if examples:
            Examples(
                examples,
                self.input_components,
                outputs,
                fn=self.fn,
                cache_examples=cache_examples,
                examples_per_page=examples_per_page,
            )
        if article:
            Markdown(article, elem_classes="blocklite-interface-article")


def _default_labels(
    fn: Callable[..., Any], inputs: list[Component], outputs: list[Component]
) -> None:
    """Gradio's labels for unlabelled components: the parameter's name, and "output"."""
    import inspect

    try:
        names = [p.name for p in inspect.signature(fn).parameters.values()]
    except (TypeError, ValueError):
        names = []
    for index, component in enumerate(inputs):
        if component.label is None and index < len(names):
            component.label = names[index]
    for index, component in enumerate(outputs):
        if component.label is None and component not in inputs:
            component.label = "output" if len(outputs) == 1 else f"output {index}"


class TabbedInterface(Blocks):
    """Several Interfaces (or Blocks) as tabs of one app."""

    def __init__(
        self,
        interface_list: Sequence[Blocks],
        tab_names: Sequence[str] | None = None,
        title: str | None = None,
        **blocks_kwargs: Any,
    ) -> None:
        super().__init__(title=title or "Gradio", **blocks_kwargs)
        names = (
            list(tab_names) if tab_names else [f"Tab {i + 1}" for i in range(len(interface_list))]
        )
        if len(names) != len(interface_list):
            raise ValueError("TabbedInterface: give one tab name per interface")
        from .components.text import Markdown
        from .layouts import Tab, Tabs

        with self:
            if title:
                Markdown(f"# {title}")
            with Tabs():
                for name, interface in zip(names, interface_list):
                    with Tab(name):
                        interface.render()
