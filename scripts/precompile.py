"""Build-time bytecode compiler, run by Pyodide under Node (see scripts/pyodide-node.mjs).

Why it exists: most of Pyodide's start-up time is spent compiling `.py` sources of the standard library
and of our own wheel. Compiling them here, with the very Python (3.14, Pyodide build) that runs them in
the browser, lets us ship sourceless `.pyc` files whose magic number and bytecode match the runtime
exactly, so the interpreter only unmarshals them. It must not run on the host's CPython: a different
minor version would write bytecode that Pyodide rejects.

Everything here works on paths of the Emscripten file system; the Node driver mounts the host folders
with NODEFS before calling `build_stdlib` and `build_wheel`.
"""

from __future__ import annotations

import base64
import hashlib
import importlib.util
import io
import json
import os
import sys
import sysconfig
import tomllib
import zipfile
from importlib._bootstrap_external import _code_to_hash_pyc  # type: ignore[attr-defined]

# Fixed timestamp for wheel entries: the same sources give a byte-identical wheel.
_WHEEL_DATE = (2020, 1, 1, 0, 0, 0)


def _bytecode(source: bytes, display_name: str) -> bytes:
    """Compile `source` to the body of a sourceless, unchecked-hash `.pyc` file.

    `display_name` becomes `co_filename`, i.e. what tracebacks show. Callers pass the path the `.pyc`
    file itself has at run time, which is also the module's `__file__`: code that compares
    `frame.f_code.co_filename` with `__file__` (e.g. to drop its own frames from a traceback) keeps
    working, and the traceback names a file that exists.
    """
    code = compile(source, display_name, "exec", dont_inherit=True, optimize=0)
    return bytes(_code_to_hash_pyc(code, importlib.util.source_hash(source), checked=False))


def _deflated(name: str, date_time: tuple[int, ...], data: bytes) -> tuple[zipfile.ZipInfo, bytes]:
    info = zipfile.ZipInfo(name, date_time=date_time)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    return info, data


def build_stdlib(src_zip: str, out_zip: str, prefix: str) -> str:
    """Rewrite Pyodide's `python_stdlib.zip` with every `x.py` replaced by a sourceless `x.pyc`.

    `prefix` is where the zip lives at run time (Pyodide mounts it at `/lib/python314.zip`); it is
    used for `co_filename`. Entries that do not compile keep their source. Returns a JSON summary.
    """
    compiled = kept = 0
    failed: list[str] = []
    with zipfile.ZipFile(src_zip) as zin, zipfile.ZipFile(out_zip, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item)
            name = item.filename
            if name.endswith(".py") and not item.is_dir():
                try:
                    pyc = _bytecode(data, f"{prefix}/{name[:-3]}.pyc")
                except SyntaxError as exc:
                    failed.append(f"{name}: {exc}")
                else:
                    info, payload = _deflated(name[:-3] + ".pyc", item.date_time, pyc)
                    zout.writestr(info, payload, compresslevel=9)
                    compiled += 1
                    continue
            copy = zipfile.ZipInfo(name, date_time=item.date_time)
            copy.external_attr = item.external_attr
            copy.compress_type = zipfile.ZIP_STORED if item.is_dir() else zipfile.ZIP_DEFLATED
            zout.writestr(copy, data, compresslevel=9)
            kept += 1
    return json.dumps({"compiled": compiled, "kept": kept, "failed": failed})


def _project(pyproject: str) -> dict:
    with open(pyproject, "rb") as f:
        return tomllib.load(f)["project"]


def _metadata(project: dict) -> str:
    lines = [
        "Metadata-Version: 2.1",
        f"Name: {project['name']}",
        f"Version: {project['version']}",
    ]
    if "description" in project:
        lines.append(f"Summary: {project['description']}")
    if "requires-python" in project:
        lines.append(f"Requires-Python: {project['requires-python']}")
    license_ = project.get("license")
    if isinstance(license_, dict) and "text" in license_:
        lines.append(f"License: {license_['text']}")
    lines += [f"Requires-Dist: {dep}" for dep in project.get("dependencies", [])]
    for extra, deps in project.get("optional-dependencies", {}).items():
        lines.append(f"Provides-Extra: {extra}")
        lines += [f'Requires-Dist: {dep}; extra == "{extra}"' for dep in deps]
    return "\n".join(lines) + "\n\n"


def _record_line(name: str, data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{name},sha256={digest},{len(data)}"


def build_wheel(src_root: str, package: str, pyproject: str, out_dir: str, site_packages: str) -> str:
    """Build `<name>-<version>-py3-none-any.whl` from `src_root/package/**` with sourceless `.pyc`.

    Non-Python files (py.typed, static assets) are copied as they are; `__pycache__` and stray `.pyc`
    files are skipped. `site_packages` is where Pyodide installs wheels, used for `co_filename`.
    Returns a JSON summary with the wheel's file name.
    """
    project = _project(pyproject)
    name, version = project["name"], project["version"]
    dist_name = name.replace("-", "_")
    wheel_name = f"{dist_name}-{version}-py3-none-any.whl"
    dist_info = f"{dist_name}-{version}.dist-info"

    files: list[tuple[str, bytes]] = []
    compiled = 0
    base = os.path.join(src_root, package)
    for folder, dirs, names in os.walk(base):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__" and not d.startswith("."))
        for fname in sorted(names):
            if fname.endswith((".pyc", ".pyo")) or fname.startswith("."):
                continue
            path = os.path.join(folder, fname)
            arc = os.path.relpath(path, src_root).replace(os.sep, "/")
            with open(path, "rb") as f:
                data = f.read()
            if fname.endswith(".py"):
                arc = arc[:-3] + ".pyc"
                data = _bytecode(data, f"{site_packages}/{arc}")
                compiled += 1
            files.append((arc, data))

    files.append((f"{dist_info}/METADATA", _metadata(project).encode()))
    wheel_meta = "Wheel-Version: 1.0\nGenerator: blocklite-precompile\nRoot-Is-Purelib: true\n"
    files.append((f"{dist_info}/WHEEL", (wheel_meta + "Tag: py3-none-any\n\n").encode()))
    scripts = project.get("scripts", {})
    if scripts:
        body = "[console_scripts]\n" + "".join(f"{k} = {v}\n" for k, v in scripts.items())
        files.append((f"{dist_info}/entry_points.txt", body.encode()))
    record_name = f"{dist_info}/RECORD"
    record = "\n".join([_record_line(n, d) for n, d in files] + [f"{record_name},,"]) + "\n"
    files.append((record_name, record.encode()))

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zout:
        for arc, data in files:
            info, payload = _deflated(arc, _WHEEL_DATE, data)
            zout.writestr(info, payload, compresslevel=9)
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, wheel_name), "wb") as f:
        f.write(buf.getvalue())
    return json.dumps({"wheel": wheel_name, "compiled": compiled, "files": len(files)})


def python_info() -> str:
    """The runtime's version, bytecode tag, and where it keeps the stdlib zip and site-packages."""
    stdlib_zip = next(p for p in sys.path if p.endswith(".zip"))
    return json.dumps(
        {
            "version": sys.version.split()[0],
            "cache_tag": sys.implementation.cache_tag,
            "stdlib_zip": stdlib_zip,
            # normpath keeps a leading "//" (POSIX allows it); __file__ never has one.
            "site_packages": "/" + os.path.normpath(sysconfig.get_paths()["purelib"]).lstrip("/"),
        }
    )
