"""No import cycles in the library, counting imports inside functions.

A function-local import is still a runtime edge: it only hides a cycle until the function runs
(and makes the order of first calls matter). Imports under `if TYPE_CHECKING:` are annotations
only and do not count. Edges listed in `DELIBERATE_LAZY_IMPORTS` are left out of the graph: each is
an import kept inside a function on purpose, to keep start-up fast, and none of them may close a
cycle either way, so the check also runs with them counted (`test_lazy_imports_close_no_cycle`).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE_ROOT = Path(__file__).resolve().parents[2] / "py"

pytestmark = pytest.mark.skipif(
    not (PACKAGE_ROOT / "blocklite").is_dir(),
    reason="reads the library's source, which the Pyodide run does not mount (it sees tests/ only)",
)

#: (importer, imported) → why the import waits until a function runs. Start-up cost only: a lazy
#: import listed here must not be what breaks a cycle (checked below).
DELIBERATE_LAZY_IMPORTS: dict[tuple[str, str], str] = {
    ("blocklite.blocks", "blocklite.themes.app_theme"): (
        "themes load only for an app that names one: check_theme runs for Blocks(theme=...) and "
        "launch(theme=...) only, so boot() and theme-less apps never import the themes package"
    ),
    ("blocklite.server.served_app", "blocklite.themes.app_theme"): (
        "GET /theme.css only (blocklite's page reads the theme from the config): keeps the "
        "themes package out of boot()"
    ),
    ("blocklite.server.config", "blocklite.themes.default_config"): (
        "the config of a theme-less app reads the default fields on the first /config, not "
        "in boot() (bench/theme_cost.mjs times it)"
    ),
    ("blocklite.server.config", "blocklite.themes.app_theme"): (
        "the theme machinery (variables, CSS) loads only for an app with a theme "
        "(bench/theme_cost.mjs checks a theme-less config does not import it)"
    ),
}


def module_name(path: Path, root: Path = PACKAGE_ROOT) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking_block(node: ast.AST) -> bool:
    if not isinstance(node, ast.If):
        return False
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _runtime_imports(tree: ast.AST) -> list[ast.Import | ast.ImportFrom]:
    found: list[ast.Import | ast.ImportFrom] = []

    def visit(node: ast.AST) -> None:
        if _is_type_checking_block(node):
            for child in node.orelse:  # type: ignore[attr-defined]
                visit(child)
            return
        if isinstance(node, ast.Import | ast.ImportFrom):
            found.append(node)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def import_graph(root: Path = PACKAGE_ROOT, package: str = "blocklite") -> dict[str, set[str]]:
    """Module → the library modules it imports at run time (anywhere in its body)."""
    files = {module_name(p, root): p for p in (root / package).rglob("*.py")}
    graph: dict[str, set[str]] = {name: set() for name in files}
    for name, path in files.items():
        here = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in _runtime_imports(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            else:
                if node.level:
                    base = here.split(".")
                    base = base[: len(base) - (node.level - 1)]
                    stem = ".".join([*base, node.module] if node.module else base)
                else:
                    stem = node.module or ""
                targets = [stem]
                # `from . import x` / `from .pkg import mod`: the names may be submodules.
                targets += [f"{stem}.{alias.name}" for alias in node.names]
            for target in targets:
                if target in files and target != name:
                    graph[name].add(target)
                # Importing a.b.c runs a/__init__ and a/b/__init__ first: those count too, except
                # the importer's own packages (already imported before the importer runs).
                parts = target.split(".")
                for end in range(1, len(parts)):
                    package = ".".join(parts[:end])
                    if package in files and package != name and not name.startswith(package + "."):
                        graph[name].add(package)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0

    def strongconnect(node: str) -> None:
        nonlocal counter
        index[node] = low[node] = counter
        counter += 1
        stack.append(node)
        on_stack.add(node)
        for succ in sorted(graph[node]):
            if succ not in index:
                strongconnect(succ)
                low[node] = min(low[node], low[succ])
            elif succ in on_stack:
                low[node] = min(low[node], index[succ])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            strongconnect(node)
    return found


def _describe(graph: dict[str, set[str]], component: list[str]) -> str:
    members = set(component)
    edges = [f"{a} -> {b}" for a in component for b in sorted(graph[a]) if b in members]
    return "\n  ".join(edges)


def test_the_graph_sees_function_local_imports(tmp_path: Path) -> None:
    pkg = tmp_path / "pkg"
    (pkg / "sub").mkdir(parents=True)
    (pkg / "__init__.py").write_text("from .a import f\n")
    (pkg / "a.py").write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from .b import B\n"
        "def f():\n    from .sub import c\n    return c\n"
    )
    (pkg / "b.py").write_text("import pkg.a\n")
    (pkg / "d.py").write_text("from pkg.sub.c import x\n")
    (pkg / "sub" / "__init__.py").write_text("")
    (pkg / "sub" / "c.py").write_text("from ..b import x\n")
    graph = import_graph(tmp_path, "pkg")
    assert graph == {
        "pkg": {"pkg.a"},
        "pkg.a": {"pkg.sub", "pkg.sub.c"},  # the local import counts; TYPE_CHECKING does not
        "pkg.b": {"pkg.a"},
        "pkg.d": {"pkg.sub", "pkg.sub.c"},  # importing pkg.sub.c runs pkg/sub/__init__ first
        "pkg.sub": set(),
        "pkg.sub.c": {"pkg.b"},
    }
    assert cycles(graph) == [["pkg.a", "pkg.b", "pkg.sub.c"]]
    assert len(import_graph()) > 50  # the library itself is found


def test_no_import_cycles() -> None:
    graph = import_graph()
    for (importer, imported), reason in DELIBERATE_LAZY_IMPORTS.items():
        assert reason, f"{importer} -> {imported} needs its reason"
        graph[importer].discard(imported)
    found = cycles(graph)
    assert not found, "import cycles:\n" + "\n".join(
        f"- {' / '.join(c)}:\n  {_describe(graph, c)}" for c in found
    )


def test_lazy_imports_close_no_cycle() -> None:
    """The allowlist is about start-up time only: counting its imports adds no cycle."""
    assert not cycles(import_graph())


def test_cycle_finder_finds_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c"]]
