"""`launch()` parameters: Gradio's list, checked like a Python signature.

The list is Gradio's `Blocks.launch` reference (plus `share`, which its description and examples
use), and one of blocklite's own at the end, `max_json_body_size`. In the browser most of them
mean nothing (there is no port, no SSL, no thread to block); those are accepted and reported once,
so pasted Gradio code runs unchanged.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import Any

#: Parameter → default, in Gradio's order.
LAUNCH_PARAMETERS: dict[str, Any] = {
    "inline": None,
    "inbrowser": False,
    "share": None,
    "debug": False,
    "max_threads": 40,
    "auth": None,
    "prevent_thread_lock": False,
    "show_error": False,
    "server_name": None,
    "server_port": None,
    "height": 500,
    "width": "100%",
    "favicon_path": None,
    "ssl_keyfile": None,
    "ssl_certfile": None,
    "ssl_keyfile_password": None,
    "ssl_verify": True,
    "allowed_paths": None,
    "blocked_paths": None,
    "root_path": None,
    "app_kwargs": None,
    "state_session_capacity": 10000,
    "auth_dependency": None,
    "max_file_size": None,
    "enable_monitoring": None,
    "strict_cors": True,
    "ssr_mode": None,
    "pwa": None,
    "mcp_server": None,
    "i18n": None,
    "theme": None,
    "css": None,
    "css_paths": None,
    "js": None,
    "head": None,
    "head_paths": None,
    # blocklite's own (Gradio has none): the largest JSON request body, in bytes (see
    # docs/reliability.md). Gradio's max_file_size is for uploads.
    "max_json_body_size": 16 * 1024 * 1024,
}

#: Parameters that have an effect in blocklite (in the browser); the rest are noted and ignored.
MEANINGFUL_IN_BROWSER = frozenset(
    {
        "show_error",
        "max_file_size",
        "state_session_capacity",
        "max_json_body_size",
        "allowed_paths",
        "blocked_paths",
        "i18n",
        "theme",
        "css",
        "css_paths",
        "js",
        "head",
        "head_paths",
        # Harmless on every platform: they only decide how a server would block.
        "debug",
        "prevent_thread_lock",
        "inline",
    }
)


@dataclass
class LaunchOptions:
    """The launch() arguments as given (defaults filled in)."""

    values: dict[str, Any] = field(default_factory=lambda: dict(LAUNCH_PARAMETERS))
    given: frozenset[str] = frozenset()

    @property
    def show_error(self) -> bool:
        return bool(self.values["show_error"])

    def __getitem__(self, name: str) -> Any:
        return self.values[name]

    def ignored_in_browser(self) -> list[str]:
        """Parameters given a non-default value that a browser app cannot honour."""
        return [
            name
            for name in self.given
            if name not in MEANINGFUL_IN_BROWSER and self.values[name] != LAUNCH_PARAMETERS[name]
        ]

    def note_ignored(self) -> None:
        ignored = sorted(self.ignored_in_browser())
        if ignored:
            print(
                f"blocklite: launch() ignores {', '.join(ignored)} in the browser "
                "(the app runs in this page; there is no server to configure).",
                file=sys.stderr,
            )


def parse_launch_options(args: tuple[Any, ...], kwargs: dict[str, Any]) -> LaunchOptions:
    """Bind positional and keyword arguments like Python binds a signature."""
    names = list(LAUNCH_PARAMETERS)
    if len(args) > len(names):
        raise TypeError(
            f"launch() takes at most {len(names)} positional arguments ({len(args)} given)"
        )
    values = dict(LAUNCH_PARAMETERS)
    given: set[str] = set()
    for name, value in zip(names, args):
        values[name] = value
        given.add(name)
    for name, value in kwargs.items():
        if name not in LAUNCH_PARAMETERS:
            raise TypeError(f"launch() got an unexpected keyword argument '{name}'")
        if name in given:
            raise TypeError(f"launch() got multiple values for argument '{name}'")
        values[name] = value
        given.add(name)
    for name in ("state_session_capacity", "max_json_body_size"):
        number = values[name]
        if isinstance(number, bool) or not isinstance(number, int) or number < 1:
            raise ValueError(f"launch(): {name} must be a positive integer, got {number!r}")
    return LaunchOptions(values, frozenset(given))
