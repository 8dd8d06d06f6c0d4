"""The base of everything that appears on the page: ids, the `with` context stack, config props.

Creation order is render order: a block created inside `with container:` becomes that container's
next child as soon as its constructor runs (unless `render=False`). Every block remembers which
constructor arguments were given explicitly, because returning a component instance from an event
handler updates exactly those properties and keeps the rest.

The keywords every block takes are declared once, in `Block.__init__`, and typed for subclasses by
`BlockKeywords`: a subclass writes `**shared: Unpack[BlockKeywords]` (or a TypedDict extending it,
such as components/base.py's `ComponentKeywords`) and forwards it with `super().__init__(**shared)`.
A keyword that TypedDict does not name raises TypeError naming the class, as a plain signature
would.
"""

from __future__ import annotations

import functools
import inspect
import itertools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

if TYPE_CHECKING:
    from .blocks import Blocks

_ids = itertools.count()


class Context:
    """Where newly created blocks go: the innermost open container and the Blocks app around it."""

    block: BlockContext | None = None
    root_block: Blocks | None = None


class BlockKeywords(TypedDict, total=False):
    """The keyword parameters of `Block.__init__`, for a subclass's `**shared` (same defaults)."""

    visible: bool
    elem_id: str | None
    elem_classes: list[str] | str | None
    render: bool
    key: int | str | None


#: `Unpack[SomeKeywords]`, as `from __future__ import annotations` leaves the annotation.
_UNPACKED = re.compile(r"(?:typing\.)?Unpack\[(\w+)\]")


def shared_keywords(init: Callable[..., None]) -> frozenset[str] | None:
    """The names `**shared: Unpack[SomeKeywords]` of `init` accepts (None: no such parameter)."""
    for parameter in inspect.signature(init).parameters.values():
        if parameter.kind is not inspect.Parameter.VAR_KEYWORD:
            continue
        annotation = parameter.annotation
        if isinstance(annotation, str):
            match = _UNPACKED.fullmatch(annotation.strip())
            if match is None:
                return None
            typed = init.__globals__.get(match.group(1))
        else:  # an evaluated annotation: Unpack[SomeKeywords]
            typed = next(iter(getattr(annotation, "__args__", ())), None)
        keys = getattr(typed, "__optional_keys__", None)
        if keys is None:
            raise TypeError(
                f"{init.__qualname__}: **{parameter.name} is annotated {annotation!r}, but that "
                "TypedDict is not defined when the class is (import it at run time)"
            )
        return frozenset(keys) | typed.__required_keys__  # type: ignore[union-attr]
    return None


_BY_NAME = (inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.KEYWORD_ONLY)


def _record_constructor_args(init: Callable[..., None]) -> Callable[..., None]:
    """Wrap `__init__` so the outermost call stores the arguments the user actually passed, and
    a keyword its `**shared: Unpack[...]` does not name is refused."""
    signature = inspect.signature(init)
    var_keyword = next(
        (p.name for p in signature.parameters.values() if p.kind is p.VAR_KEYWORD), None
    )
    allowed = shared_keywords(init)
    named = {p.name for p in signature.parameters.values() if p.kind in _BY_NAME}

    @functools.wraps(init)
    def wrapper(self: Block, *args: Any, **kwargs: Any) -> None:
        if allowed is not None:
            for name in kwargs:
                if name not in allowed and name not in named:
                    where = f"{type(self).__name__}.__init__()"
                    raise TypeError(f"{where} got an unexpected keyword argument {name!r}")
        if "_constructor_args" not in self.__dict__:
            bound = signature.bind_partial(self, *args, **kwargs)
            given = dict(bound.arguments)
            given.pop(next(iter(signature.parameters)), None)  # self
            if var_keyword is not None:
                given.update(given.pop(var_keyword, None) or {})
            self._constructor_args = given
        init(self, *args, **kwargs)

    return wrapper


class Block:
    """Anything with an id in the layout: components and layout containers."""

    #: Name of the block in the config (`type`); defaults to the lowercase class name.
    block_type: ClassVar[str] = ""
    #: Constructor parameters that go into the config's `props` (None values are left out).
    props: ClassVar[tuple[str, ...]] = ("visible", "elem_id", "elem_classes", "key")
    #: Layout containers and buttons are not part of the API description.
    skip_api: ClassVar[bool] = True

    _constructor_args: dict[str, Any]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "__init__" in cls.__dict__:
            cls.__init__ = _record_constructor_args(cls.__dict__["__init__"])  # type: ignore[method-assign]
        if not cls.__dict__.get("block_type"):
            cls.block_type = cls.__name__.lower()

    def __init__(
        self,
        *,
        visible: bool = True,
        elem_id: str | None = None,
        elem_classes: list[str] | str | None = None,
        render: bool = True,
        key: int | str | None = None,
    ) -> None:
        self._id = next(_ids)
        self.visible = visible
        self.elem_id = elem_id
        self.elem_classes = [elem_classes] if isinstance(elem_classes, str) else elem_classes
        self.key = key
        self.parent: BlockContext | None = None
        if render:
            self.render()

    @property
    def id(self) -> int:
        return self._id

    def render(self) -> Block:
        """Place this block in the innermost open container (and register it with the app)."""
        if Context.block is not None:
            Context.block.add(self)
        if Context.root_block is not None:
            Context.root_block.register(self)
        return self

    def get_props(self) -> dict[str, Any]:
        """The block's `props` in the config: declared parameters that are not None, plus `name`."""
        config: dict[str, Any] = {}
        for name in self.props:
            value = getattr(self, name, None)
            if value is not None:
                config[name] = value
        config["name"] = self.block_type
        return config

    def get_config(self) -> dict[str, Any]:
        """This block's entry in the config's `components` list."""
        return {
            "id": self._id,
            "type": self.block_type,
            "props": self.get_props(),
            "skip_api": self.skip_api,
            "component_class_id": self.block_type,
            "key": self.key,
        }

    def __repr__(self) -> str:
        label = getattr(self, "label", None)
        return f"{type(self).__name__}(id={self._id}{f', label={label!r}' if label else ''})"


class BlockContext(Block):
    """A block that holds children: layouts and the Blocks app itself."""

    def __init__(self, **kwargs: Any) -> None:
        self.children: list[Block] = []
        self._previous_block: BlockContext | None = None
        super().__init__(**kwargs)

    def add(self, child: Block) -> None:
        child.parent = self
        self.children.append(child)

    def __enter__(self) -> BlockContext:
        self._previous_block = Context.block
        Context.block = self
        return self

    def __exit__(self, *exc: object) -> None:
        Context.block = self._previous_block

    def layout(self) -> dict[str, Any]:
        """The `{id, children}` tree the config's `layout` is made of."""
        return {
            "id": self._id,
            "children": [
                child.layout() if isinstance(child, BlockContext) else {"id": child.id}
                for child in self.children
            ],
        }
