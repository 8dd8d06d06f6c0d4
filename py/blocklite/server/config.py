"""`GET /config` and `GET /gradio_api/info`: the app described in Gradio's wire format."""

from __future__ import annotations

import inspect
from typing import TYPE_CHECKING, Any

from .. import __version__
from ..components.base import Component
from ..files.cache import parse_file_size
from ..files.file_data import with_root

if TYPE_CHECKING:
    from ..blocks import Blocks
    from ..events import Dependency

API_PREFIX = "/gradio_api"
PROTOCOL = "sse_v3"


def build_config(blocks: Blocks, root: str) -> dict[str, Any]:
    """The config the page renders from; `root` is the app's absolute URL."""
    components = [
        with_root(block.get_config(), root)
        for block in blocks.blocks.values()
        if block is not blocks
    ]
    dependencies = [dep.get_config() for dep in blocks.fns]
    layout = blocks.layout()
    page = blocks.page_options
    return {
        "version": __version__,
        "api_prefix": API_PREFIX,
        "mode": blocks.mode,
        "app_id": id(blocks),
        "dev_mode": False,
        "analytics_enabled": False,
        "css": page.css,
        "js": page.js,
        "head": page.head,
        "title": blocks.title,
        "connect_heartbeat": False,
        "space_id": None,
        "enable_queue": True,
        "show_error": blocks.show_error,
        "footer_links": ["api"],
        "is_colab": False,
        "max_file_size": parse_file_size(blocks.launch_options["max_file_size"]),
        "stylesheets": [],
        "protocol": PROTOCOL,
        **_theme_fields(blocks),
        "fill_height": blocks.fill_height,
        "fill_width": blocks.fill_width,
        "pwa": False,
        "pages": [["", "Home", True]],
        "page": {
            "": {
                "layout": layout,
                "components": [entry["id"] for entry in components],
                "dependencies": [entry["id"] for entry in dependencies],
            }
        },
        "mcp_server": False,
        "i18n_translations": page.translations,
        "components": components,
        "dependencies": dependencies,
        "layout": layout,
        "username": None,
        "root": root,
    }


def _theme_fields(blocks: Blocks) -> dict[str, Any]:
    """`theme`, `theme_hash`, `body_css` and blocklite's `theme_vars` (docs/themes.md)."""
    if blocks.launch_options["theme"] is None and blocks.theme is None:
        from ..themes.default_config import DEFAULT_FIELDS

        return dict(DEFAULT_FIELDS)
    from ..themes.app_theme import cached_theme_fields

    return cached_theme_fields(blocks)


def _parameter_names(dep: Dependency) -> list[str]:
    try:
        params = list(inspect.signature(dep.fn).parameters.values())  # type: ignore[arg-type]
    except (TypeError, ValueError):
        params = []
    positional = [p.name for p in params if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    return [positional[i] if i < len(positional) else f"param_{i}" for i in range(len(dep.inputs))]


def _describe(component: Component) -> dict[str, Any]:
    return {
        "label": component.label or component.block_type.capitalize(),
        "type": component.api_type,
        "python_type": {"type": component.python_type, "description": ""},
        "component": component.block_type.capitalize(),
    }


def _endpoint(dep: Dependency) -> dict[str, Any]:
    parameters = []
    for name, component in zip(_parameter_names(dep), dep.inputs):
        if component.skip_api:
            continue
        default = component.value
        parameters.append(
            {
                **_describe(component),
                "parameter_name": name,
                "parameter_has_default": default is not None,
                "parameter_default": default,
                "example_input": component.example_value,
            }
        )
    returns = [
        _describe(block)
        for block in dep.outputs
        if isinstance(block, Component) and not block.skip_api
    ]
    return {
        "parameters": parameters,
        "returns": returns,
        "api_visibility": dep.api_visibility,
        "description": dep.api_description or "",
    }


def build_api_info(blocks: Blocks, all_endpoints: bool = False) -> dict[str, Any]:
    """`/gradio_api/info`: one named endpoint per public listener with a Python function."""
    shown = {"public", "undocumented"} if all_endpoints else {"public"}
    return {
        "named_endpoints": {
            f"/{dep.api_name}": _endpoint(dep)
            for dep in blocks.fns
            if dep.fn is not None and dep.api_visibility in shown
        },
        "unnamed_endpoints": {},
    }
