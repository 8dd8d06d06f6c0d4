"""`Blocks`: the app. A context manager that collects components, layouts and listeners.

`with gr.Blocks() as demo:` opens the app; everything created inside is rendered into it in creation
order. `demo.launch()` hands the app to whoever serves it: the worker bridge in the browser, or an
ASGI server on CPython. `demo.app` is the ASGI application itself.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from .block import Block, BlockContext, Context
from .launch import LaunchOptions, parse_launch_options

if TYPE_CHECKING:
    from .events import Dependency
    from .server.app import App

#: Blocks apps in creation order, and the ones that called launch(): the worker runs the last one.
created: list[Blocks] = []
launched: list[Blocks] = []


class Blocks(BlockContext):
    """A Gradio-style app: lay out components inside `with Blocks() as demo:`."""

    block_type = "blocks"

    def __init__(
        self,
        analytics_enabled: bool | None = None,
        mode: str = "blocks",
        title: str = "Gradio",
        fill_height: bool = False,
        fill_width: bool = False,
        delete_cache: tuple[int, int] | None = None,
        *,
        theme: Any = None,
        css: str | None = None,
        css_paths: Any = None,
        js: str | None = None,
        head: str | None = None,
        head_paths: Any = None,
    ) -> None:
        self.mode = mode
        self.title = title
        self.fill_height = fill_height
        self.fill_width = fill_width
        self.delete_cache = delete_cache
        self.theme = theme
        self.css = css
        self.css_paths = css_paths
        self.js = js
        self.head = head
        self.head_paths = head_paths
        self.blocks: dict[int, Block] = {}
        self.fns: list[Dependency] = []
        self._api_names: set[str] = set()
        self.launch_options = LaunchOptions()
        self._app: App | None = None
        self._outer_root: Blocks | None = None
        super().__init__(render=False)
        self.blocks[self.id] = self
        created.append(self)

    # -- building --------------------------------------------------------------------------------

    def register(self, block: Block) -> None:
        """Record a block rendered inside this app (so config and events can find it by id)."""
        self.blocks[block.id] = block

    def add_dependency(self, dep: Dependency) -> int:
        self.fns.append(dep)
        return len(self.fns) - 1

    def claim_api_name(self, dep: Dependency, requested: str | bool | None) -> str:
        """The endpoint name: the given one or the function's name, made unique with `_1`, `_2`."""
        if requested is False:
            return "false"
        if isinstance(requested, str) and requested:
            base = requested.lstrip("/")
        else:
            fn_name = getattr(dep.fn, "__name__", None) or "js_fn"
            base = "lambda" if fn_name == "<lambda>" else fn_name
        name, suffix = base, 0
        while name in self._api_names:
            suffix += 1
            name = f"{base}_{suffix}"
        self._api_names.add(name)
        return name

    def __enter__(self) -> Blocks:
        self._outer_root = Context.root_block
        if self._outer_root is not None and Context.block is not None:
            # A Blocks inside another one renders there as a group of its children.
            Context.block.add(self)
            self._outer_root.register(self)
        Context.root_block = self
        super().__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        super().__exit__(*exc)
        Context.root_block = self._outer_root
        if self._outer_root is not None:
            self._outer_root.blocks.update(self.blocks)
            self._outer_root.fns.extend(dep for dep in self.fns if dep not in self._outer_root.fns)

    # -- serving ---------------------------------------------------------------------------------

    @property
    def app(self) -> App:
        """The ASGI application serving this Blocks (Gradio's wire protocol)."""
        if self._app is None:
            from .server.app import App

            self._app = App(self)
        return self._app

    @property
    def show_error(self) -> bool:
        return self.launch_options.show_error

    def launch(self, *args: Any, **kwargs: Any) -> Blocks:
        """Serve the app. In the browser the worker picks it up; on CPython an ASGI server runs it.

        Accepts Gradio's `launch()` parameters; those without meaning in a browser are ignored
        with one note, an unknown keyword raises TypeError.
        """
        self.launch_options = parse_launch_options(args, kwargs)
        launched.append(self)
        if sys.platform == "emscripten":
            self.launch_options.note_ignored()
            return self
        from .server.serve import serve

        serve(self, self.launch_options)
        return self

    def queue(self, *args: Any, **kwargs: Any) -> Blocks:
        """Accepted for compatibility; every event goes through the queue already."""
        return self

    def get_config_file(self) -> dict[str, Any]:
        """The app's /config as Gradio builds it (with an empty `root`)."""
        from .server.config import build_config

        return build_config(self, root="")

    def __repr__(self) -> str:
        return f"Blocks(id={self.id}, title={self.title!r})"
