"""`ServedApp`: a finished Blocks, served. The server side of an app, built from its declaration.

`Blocks` (blocks.py) only declares the app: its components, layout and listeners. Everything that
exists only once the app is served lives here: the config and API description Gradio's page and
clients read, the event queue with its sessions, the ASGI callable (routes.py holds the routes),
direct calls of an event (`demo(...)`), and serving on CPython. `Blocks.app`, `launch()`,
`get_config_file()` and `demo(...)` build one ServedApp per Blocks and delegate to it.

The direction is one way: a ServedApp reads its Blocks (at each request, so settings given after it
was built, such as `launch(theme=...)`, still apply); nothing on the declaration side refers to the
server except `Blocks.app`, which holds it.
"""

from __future__ import annotations

import asyncio
import sys
from typing import TYPE_CHECKING, Any

from ..files.cache import FileCache
from ..files.cache import using as using_files
from ..processing import CallContext
from ..state import State
from . import serve as serving
from .config import build_api_info, build_config
from .execution import execute
from .queue import EventQueue
from .routes import Routes
from .sync import run_sync
from .types import Receive, Scope, Send
from .upload import UploadProgress

if TYPE_CHECKING:
    from ..blocks import Blocks
    from ..events import Dependency
    from ..launch import LaunchOptions


class ServedApp:
    """One Blocks app as a server: `await served(scope, receive, send)` is its ASGI application."""

    def __init__(self, blocks: Blocks) -> None:
        self.blocks = blocks
        self.queue = EventQueue(blocks)
        #: The app's files (uploads, handler outputs): its own folder, its rules (files/cache.py).
        self.files = blocks.files
        self.uploads = UploadProgress()
        self.routes = Routes(self)
        self._sweeper: asyncio.Task[None] | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        options = self.blocks.launch_options
        self.files.configure(options["allowed_paths"], options["blocked_paths"])
        delete_cache = self.blocks.delete_cache
        if self._sweeper is None and delete_cache is not None:
            self._sweeper = asyncio.ensure_future(_sweep_every(self.files, delete_cache))
        with using_files(self.files):  # components' pre/postprocess find the app's cache
            await self.routes(scope, receive, send)

    def shutdown(self) -> None:
        """The server stops: with `delete_cache`, the app's cache goes too (Gradio deletes it)."""
        if self._sweeper is not None:
            self._sweeper.cancel()
            self._sweeper = None
        if self.blocks.delete_cache is not None:
            self.files.clear()

    # -- what the page and clients read -------------------------------------------------------

    @property
    def app_id(self) -> int:
        """The id Gradio's config and `/gradio_api/app_id` report (stable for the app's life)."""
        return id(self.blocks)

    def config(self, root: str = "") -> dict[str, Any]:
        """`GET /config`; `root` is the app's absolute URL (empty for `get_config_file()`)."""
        with using_files(self.files):  # initial file values are copied into the app's cache
            return build_config(self.blocks, root)

    def api_info(self, all_endpoints: bool = False) -> dict[str, Any]:
        """`GET /gradio_api/info`."""
        return build_api_info(self.blocks, all_endpoints)

    def theme_css(self) -> str:
        """`GET /theme.css`: the app's theme as one stylesheet."""
        from ..themes.app_theme import app_stylesheet  # themes load only for an app that uses them

        return app_stylesheet(self.blocks)

    # -- running ---------------------------------------------------------------------------------

    def launch(self, options: LaunchOptions) -> None:
        """In the browser the worker serves the app (see browser/bridge.py): only note what
        `launch()` cannot honour there. On CPython, serve it with an ASGI server (serve.py)."""
        if sys.platform == "emscripten":
            options.note_ignored()
            return
        serving.serve(self, options)

    def call(self, *inputs: Any, fn_index: int | None = None, api_name: str | None = None) -> Any:
        """Run one event directly (`demo("Ann")`, `demo(1, 2, api_name="add")`).

        Inputs are the values the page would send (State inputs are filled from a fresh session
        and may be left out); returns the outputs as the page would receive them.
        """
        dep = self.dependency(fn_index, api_name)
        data = list(inputs)
        if len(data) != len(dep.inputs):
            stateless = [c for c in dep.inputs if not isinstance(c, State)]
            if len(data) != len(stateless):
                raise TypeError(
                    f"{dep.name} takes {len(stateless)} input value(s), got {len(data)}"
                )
            given = iter(data)
            data = [None if isinstance(c, State) else next(given) for c in dep.inputs]
        with using_files(self.files):
            output = run_sync(execute(self.blocks, dep, data, CallContext()))
        values = [
            value
            for block, value in zip(dep.outputs, output["data"])
            if not isinstance(block, State)
        ]
        return values[0] if len(values) == 1 else tuple(values) if values else None

    def dependency(self, fn_index: int | None, api_name: str | None) -> Dependency:
        """The listener a direct call names: by endpoint name, else by index (default 0)."""
        fns = self.blocks.fns
        if api_name is not None:
            name = api_name.lstrip("/")
            for dep in fns:
                if dep.api_name == name:
                    return dep
            raise ValueError(f"This app has no endpoint named '/{name}'")
        index = 0 if fn_index is None else fn_index
        if not 0 <= index < len(fns) or fns[index].fn is None:
            raise ValueError(f"This app has no Python event with fn_index {index}")
        return fns[index]

    def __repr__(self) -> str:
        return f"ServedApp({self.blocks!r})"


async def _sweep_every(files: FileCache, delete_cache: tuple[int, int]) -> None:
    """`Blocks(delete_cache=(frequency, age))`: every `frequency` seconds, delete the app's cache
    files older than `age` seconds (uploads and handler outputs alike, as Gradio does)."""
    frequency, age = delete_cache
    while True:
        await asyncio.sleep(max(float(frequency), 0.05))
        try:
            files.sweep(float(age))
        except OSError as error:  # a file in use, a vanished folder: try again next time
            print(f"blocklite: delete_cache could not sweep: {error}", file=sys.stderr)
