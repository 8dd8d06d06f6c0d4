"""Show blocklite's source lines in tracebacks while the suite runs against the bytecode-only wheel.

Why it exists: the wheel ships sourceless `.pyc` files (their `co_filename` is the `.pyc` path in
site-packages), so pytest would print `???` for every blocklite frame. The suite still imports the
wheel's bytecode; this only teaches `linecache` the matching source text from the host's `py/`, under
both names that tracebacks (`x.pyc`) and `inspect` (`x.py`) look up.
"""

from __future__ import annotations

import linecache
import os


def register(src_root: str, package: str, site_packages: str) -> int:
    count = 0
    base = os.path.join(src_root, package)
    for folder, dirs, files in os.walk(base):
        dirs[:] = [d for d in dirs if d != "__pycache__"]
        for name in files:
            if not name.endswith(".py"):
                continue
            path = os.path.join(folder, name)
            with open(path, encoding="utf-8") as f:
                text = f.read()
            lines = text.splitlines(keepends=True)
            rel = os.path.relpath(path, src_root).replace(os.sep, "/")
            installed = f"{site_packages}/{rel}"
            for key in (installed, installed[:-3] + ".pyc"):
                # mtime None: checkcache() never evicts the entry (there is no file to compare with).
                linecache.cache[key] = (len(text), None, lines, key)
            count += 1
    return count
