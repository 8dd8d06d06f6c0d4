"""Native packages an app may lack (numpy, PIL, pandas): import them when there, fall back when not.

Why it exists: Gradio's defaults (`Image(type="numpy")`, `Dataframe(type="pandas")`, `format=
"webp"` conversion) need packages a browser app usually does not install. A pasted app must still
run: a component asks `optional("numpy")` and, when it is missing, takes the plain-Python path
(docs/files.md lists them) after `note_fallback` has said so once in the console. An explicit
request for the missing form (`type="numpy"` written by the app) is `require()`'s clear error.

Nothing here imports a package before a component asks: `import blocklite` stays fast.
"""

from __future__ import annotations

import importlib
import sys
from types import ModuleType

_missing: set[str] = set()
_noted: set[tuple[str, str]] = set()

#: Import name → the name to install it by (the error message names what to install).
_INSTALL_AS = {"PIL": "pillow", "numpy": "numpy", "pandas": "pandas"}


class MissingPackageError(ImportError):
    """An app asked for a form that needs a package this Python does not have."""


def optional(name: str) -> ModuleType | None:
    """The module `name` if it can be imported, else None (tried once per name)."""
    if name in sys.modules:
        return sys.modules[name]
    if name in _missing:
        return None
    try:
        return importlib.import_module(name)
    except ImportError:
        _missing.add(name)
        return None


def require(name: str, why: str) -> ModuleType:
    """The module `name`, or an error naming the package and what needed it."""
    module = optional(name)
    if module is None:
        package = _INSTALL_AS.get(name, name)
        raise MissingPackageError(
            f"{why} needs the '{package}' package, which is not installed in this Python. "
            f"Add it to the app's requirements, or use a form that needs no package."
        )
    return module


def note_fallback(name: str, what: str) -> None:
    """Say once per (package, fallback) on stderr (the browser console) that `what` was done
    instead of what Gradio does with the package."""
    if (name, what) in _noted:
        return
    _noted.add((name, what))
    package = _INSTALL_AS.get(name, name)
    print(f"blocklite: '{package}' is not installed, so {what}.", file=sys.stderr)


def forget() -> None:
    """Tests: try the imports again and note fallbacks again."""
    _missing.clear()
    _noted.clear()
