"""`Blocks`: the app as declared. A context manager collecting components, layouts and listeners.

`with gr.Blocks() as demo:` opens the app; everything created inside is rendered into it in creation
order, and every listener registers here. Serving is not this module's job: `demo.app` is the
app's server side (server/served_app.py: config, API info, queue and sessions, the ASGI callable),
built from the finished Blocks; `launch()`, `demo(...)` and `get_config_file()` delegate to it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from . import app_registry
from .block import Block, BlockContext, Context
from .components.base import Component
from .components.timer import Timer
from .events import Dependency, EventListener, ListenerHost, on
from .files.cache import FileCache
from .files.cache import activate as activate_files
from .files.cache import deactivate as deactivate_files
from .launch import LaunchOptions, parse_launch_options
from .page_options import PageOptions, resolve_page_options
from .server.served_app import ServedApp


@dataclass
class QueueSettings:
    """`Blocks.queue(...)` as given."""

    default_concurrency_limit: int | None = 1
    max_size: int | None = None
    status_update_rate: float | str = "auto"


class Blocks(BlockContext, ListenerHost):
    """A Gradio-style app: lay out components inside `with Blocks() as demo:`."""

    block_type = "blocks"

    load = EventListener("load", "The page loaded the app (also fires for each new visitor).")
    unload = EventListener("unload", "The page is going away (best effort: pagehide, unmount).")

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
        if theme is not None:  # a bad theme fails here, at the user's line
            _check_theme(theme, "gr.Blocks")
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
        self.queue_settings = QueueSettings()
        self._served: ServedApp | None = None
        #: The app's files (files/cache.py): active inside `with demo:`, so values given to
        #: components there (examples, initial files) go into this app's own cache folder.
        self.files = FileCache()
        self._files_token: Any = None
        self._page_options: PageOptions | None = None
        self._outer_root: Blocks | None = None
        super().__init__(render=False)
        self.blocks[self.id] = self
        app_registry.record_created(self)

    # -- building --------------------------------------------------------------------------------

    def register(self, block: Block) -> None:
        """Record a block rendered inside this app (so config and events can find it by id)."""
        self.blocks[block.id] = block

    def add_dependency(self, dep: Dependency) -> int:
        self.fns.append(dep)
        return len(self.fns) - 1

    def has_listener(self, block: Block, event: str) -> bool:
        return any((block.id, event) in dep.targets for dep in self.fns)

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
        self._files_token = activate_files(self.files)
        super().__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            if exc[0] is None:
                self._attach_value_functions()
                if self._outer_root is None:
                    self._check_listeners()
        finally:  # even when a check fails, the next `with gr.Blocks()` starts from a clean slate
            super().__exit__(*exc)
            Context.root_block = self._outer_root
            deactivate_files(self._files_token)
        if self._outer_root is not None:
            self._outer_root.adopt(self)

    def adopt(self, other: Blocks) -> None:
        """Take in another Blocks' components and listeners (it renders inside this one).

        Listener ids are positions in this app's list, so the adopted ones are renumbered; chains
        and cancels refer to the listener objects, so they follow.
        """
        self.blocks.update(other.blocks)
        self.files.link(other.files)  # its examples' and initial files are served by this app
        for dep in other.fns:
            if dep in self.fns:
                continue
            dep.blocks = self
            dep.id = self.add_dependency(dep)
            if dep.api_name != "false":
                dep.api_name = self.claim_api_name(dep, dep.api_name)

    def render(self) -> Blocks:
        """Show an already built Blocks (an Interface...) inside the one being built."""
        outer = Context.root_block
        if outer is None or outer is self:
            return self
        if Context.block is not None:
            Context.block.add(self)
        outer.register(self)
        outer.adopt(self)
        return self

    def _check_listeners(self) -> None:
        """Every listener's inputs and outputs must be on the page, or it could never run."""
        for dep in self.fns:
            for role, blocks in (("input", dep.inputs), ("output", dep.outputs)):
                for block in blocks:
                    if block.id not in self.blocks:
                        raise ValueError(
                            f"{dep.name}: its {role} {block!r} is not part of this Blocks "
                            "(it was created outside the `with gr.Blocks()` block, or with "
                            "render=False and never rendered)"
                        )

    def _attach_value_functions(self) -> None:
        """`gr.Number(fn, inputs=[a, b])`: compute on load, and again when an input changes."""
        for block in list(self.blocks.values()):
            if not isinstance(block, Component) or block.value_function is None:
                continue
            fn, inputs = block.value_function, block.value_inputs
            block.value_function = None  # attached once, even if this Blocks is re-entered
            options = {"api_visibility": "undocumented", "show_progress": "hidden"}
            self.load(fn, inputs, block, **options)
            if inputs is not None:
                on(None, fn, inputs, block, **options)
            if block.every is not None:
                timer = block.every if isinstance(block.every, Timer) else Timer(block.every)
                timer.tick(fn, inputs, block, **options)

    def __call__(
        self, *inputs: Any, fn_index: int | None = None, api_name: str | None = None
    ) -> Any:
        """Run one of the app's events directly: `demo("Ann")`, `demo(1, 2, api_name="add")`.

        Inputs are the values the page would send (State inputs are filled from a fresh session
        and may be left out); returns the outputs as the page would receive them.
        """
        return self.app.call(*inputs, fn_index=fn_index, api_name=api_name)

    # -- serving ---------------------------------------------------------------------------------

    @property
    def app(self) -> ServedApp:
        """The app's server side, built once: the ASGI application serving this Blocks."""
        if self._served is None:
            self._served = ServedApp(self)
        return self._served

    @property
    def page_options(self) -> PageOptions:
        """css/js/head/i18n as the page gets them: fixed at launch(), else from Blocks(...) now."""
        if self._page_options is not None:
            return self._page_options
        return resolve_page_options(self, self.launch_options)

    @property
    def show_error(self) -> bool:
        return self.launch_options.show_error

    def launch(self, *args: Any, **kwargs: Any) -> Blocks:
        """Serve the app. In the browser the worker picks it up; on CPython an ASGI server runs it.

        Accepts Gradio's `launch()` parameters; those without meaning in a browser are ignored
        with one note, an unknown keyword raises TypeError.
        """
        options = parse_launch_options(args, kwargs)
        if options["theme"] is not None:
            _check_theme(options["theme"], "launch()")
        self.launch_options = options
        self._page_options = resolve_page_options(self, options)  # reads css_paths...
        app_registry.record_launched(self)
        self.app.launch(options)
        return self

    def queue(
        self,
        status_update_rate: float | str = "auto",
        api_open: bool | None = None,
        max_size: int | None = None,
        *,
        default_concurrency_limit: int | str | None = "not_set",
    ) -> Blocks:
        """Configure the event queue (every event goes through it unless `queue=False`).

        `default_concurrency_limit`: events of one listener that may run at once (default 1;
        None: no limit); `max_size`: waiting events beyond which a join is refused with 503.
        """
        settings = self.queue_settings
        settings.status_update_rate = status_update_rate
        settings.max_size = max_size
        if default_concurrency_limit != "not_set":
            settings.default_concurrency_limit = default_concurrency_limit  # type: ignore[assignment]
        return self

    def get_config_file(self) -> dict[str, Any]:
        """The app's /config as Gradio builds it (with an empty `root`)."""
        return self.app.config(root="")

    def __repr__(self) -> str:
        return f"Blocks(id={self.id}, title={self.title!r})"


def _check_theme(theme: Any, where: str) -> None:
    """A bad theme fails at the user's line. Themes load only for an app that names one."""
    from .themes.app_theme import check_theme

    check_theme(theme, where)
