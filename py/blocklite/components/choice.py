"""Choice components: `Checkbox`, `CheckboxGroup`, `Radio`, `Dropdown`.

Choices travel as `[label, value]` pairs (Gradio's config format). A value the page sends that is
not a choice is refused like Gradio refuses it; a value a handler returns that is not a choice is
an error naming the component (unless the component allows custom values).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar, Literal, Unpack

from ..errors import Error
from ..events import EventListener
from .base import Component, ComponentKeywords

Choice = str | int | float | tuple[str, Any]


def normalize_choices(choices: Sequence[Choice] | None) -> list[list[Any]]:
    """`["a", ("B", 2)]` → `[["a", "a"], ["B", 2]]`."""
    pairs: list[list[Any]] = []
    for choice in choices or []:
        if isinstance(choice, (tuple, list)):
            if len(choice) != 2:
                raise ValueError(
                    f"a choice must be a value or a (label, value) pair, not {choice!r}"
                )
            pairs.append([str(choice[0]), choice[1]])
        else:
            pairs.append([str(choice), choice])
    return pairs


class Checkbox(Component):
    """A single true/false box."""

    api_type: ClassVar[dict[str, Any]] = {"type": "boolean"}
    python_type = "bool"
    example_value = True

    change = EventListener("change")
    input = EventListener("input")
    select = EventListener("select")

    def __init__(self, value: bool | Any = False, **shared: Unpack[ComponentKeywords]) -> None:
        super().__init__(value, **shared)

    def preprocess(self, payload: Any) -> bool:
        return bool(payload)

    def postprocess(self, value: Any) -> bool | None:
        if value is None:
            return None
        if not isinstance(value, (bool, int)):
            raise TypeError(f"{self.describe()} expects True or False, got {value!r}")
        return bool(value)


class _Choices(Component):
    """What the choice lists share: choices, `type` (value or index), validation."""

    props: ClassVar[tuple[str, ...]] = (*Component.props, "choices", "type")
    allow_custom_value = False

    change = EventListener("change")
    input = EventListener("input")
    select = EventListener("select")

    def __init__(
        self,
        choices: Sequence[Choice] | None = None,
        value: Any = None,
        *,
        type: Literal["value", "index"] = "value",
        **shared: Unpack[ComponentKeywords],
    ) -> None:
        if type not in ("value", "index"):
            raise ValueError(
                f"{self.__class__.__name__}: type must be 'value' or 'index', not {type!r}"
            )
        self.choices = normalize_choices(choices)
        self.type = type
        super().__init__(value, **shared)

    def normalize_prop(self, name: str, value: Any) -> Any:
        return normalize_choices(value) if name == "choices" else value

    @property
    def choice_values(self) -> list[Any]:
        return [value for _, value in self.choices]

    def _check(self, value: Any, *, from_page: bool) -> Any:
        if self.allow_custom_value or value in self.choice_values:
            return value
        known = self.choice_values
        if from_page:
            raise Error(f"Value: {value!r} is not in the list of choices: {known}")
        raise ValueError(f"{self.describe()}: {value!r} is not one of its choices {known}")

    def _to_python(self, value: Any) -> Any:
        if self.type == "index":
            return self.choice_values.index(value) if value in self.choice_values else None
        return value


class CheckboxGroup(_Choices):
    """Several boxes; the value is the list of checked choices."""

    api_type: ClassVar[dict[str, Any]] = {"type": "array", "items": {"type": "string"}}
    python_type = "list[str]"
    example_value: ClassVar[Any] = []

    def preprocess(self, payload: Any) -> list[Any]:
        values = [] if payload is None else payload if isinstance(payload, list) else [payload]
        return [self._to_python(self._check(v, from_page=True)) for v in values]

    def postprocess(self, value: Any) -> list[Any] | None:
        if value is None:
            return None
        values = list(value) if isinstance(value, (list, tuple, set)) else [value]
        return [self._check(v, from_page=False) for v in values]


class Radio(_Choices):
    """One choice out of several, as radio buttons."""

    api_type: ClassVar[dict[str, Any]] = {"type": "string"}
    python_type = "str"

    def preprocess(self, payload: Any) -> Any:
        return None if payload is None else self._to_python(self._check(payload, from_page=True))

    def postprocess(self, value: Any) -> Any:
        return None if value is None else self._check(value, from_page=False)


class Dropdown(_Choices):
    """A drop-down list: one value, or several with `multiselect=True`."""

    props: ClassVar[tuple[str, ...]] = (
        *_Choices.props,
        "multiselect",
        "allow_custom_value",
        "filterable",
        "max_choices",
    )
    api_type: ClassVar[dict[str, Any]] = {"type": "string"}
    python_type = "str"

    key_up = EventListener("key_up", "A key was released in the filter box.")
    focus = EventListener("focus")
    blur = EventListener("blur")

    def __init__(
        self,
        choices: Sequence[Choice] | None = None,
        value: Any = None,
        *,
        type: Literal["value", "index"] = "value",
        multiselect: bool | None = None,
        allow_custom_value: bool = False,
        max_choices: int | None = None,
        filterable: bool = True,
        **shared: Unpack[ComponentKeywords],
    ) -> None:
        self.multiselect = multiselect
        self.allow_custom_value = allow_custom_value
        self.max_choices = max_choices
        self.filterable = filterable
        if value is None and not multiselect and choices:
            value = normalize_choices(choices)[0][1]  # Gradio preselects the first choice
        super().__init__(choices, value, type=type, **shared)

    def preprocess(self, payload: Any) -> Any:
        if self.multiselect:
            values = [] if payload is None else payload if isinstance(payload, list) else [payload]
            if self.max_choices is not None and len(values) > self.max_choices:
                raise Error(f"{self.describe()}: choose at most {self.max_choices} option(s)")
            return [self._to_python(self._check(v, from_page=True)) for v in values]
        return None if payload is None else self._to_python(self._check(payload, from_page=True))

    def postprocess(self, value: Any) -> Any:
        if value is None:
            return None
        if self.multiselect:
            values = list(value) if isinstance(value, (list, tuple, set)) else [value]
            return [self._check(v, from_page=False) for v in values]
        return self._check(value, from_page=False)
