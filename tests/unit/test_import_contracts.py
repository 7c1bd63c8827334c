"""The import graph of app/: no circles, and the layers of pyproject.toml ([tool.importlinter]) hold.

The layers are the contract docs/ARCHITECTURE.md describes; ``lint-imports`` checks them, and the
coverage test makes sure no module slips past them by being in no layer at all.
"""
from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import grimp
import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return grimp.build_graph("app", cache_dir=None)


def cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan), each sorted."""
    edges = {m: sorted(graph.find_modules_directly_imported_by(m)) for m in sorted(graph.modules)}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for imported in edges[module]:
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10 * len(edges)))
    for module in edges:
        if module not in index:
            visit(module)
    return found


def test_the_import_graph_of_app_has_no_circle(graph: grimp.ImportGraph) -> None:
    assert cycles(graph) == []


def test_the_cycle_finder_finds_a_circle(graph: grimp.ImportGraph) -> None:
    """The check above can fail: one added import back up closes a circle it reports."""
    graph.add_import(importer="app.errors", imported="app.orchestration.service")
    try:
        found = cycles(graph)
    finally:
        graph.remove_import(importer="app.errors", imported="app.orchestration.service")
    assert len(found) == 1 and {"app.errors", "app.orchestration.service"} <= set(found[0])


def layer_modules() -> list[str]:
    config = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["importlinter"]
    (layers,) = [c["layers"] for c in config["contracts"] if c["type"] == "layers"]
    return [name.strip() for layer in layers for name in layer.replace("|", ":").split(":")]


def test_every_module_of_app_is_in_a_layer(graph: grimp.ImportGraph) -> None:
    """A module in no layer would be checked by no contract; only import-free package files may be,
    and ``app`` itself: the factory, above every layer, which nothing in app/ imports."""
    layered = layer_modules()
    outside = sorted(m for m in graph.modules - {"app"}
                     if not any(m == layer or m.startswith(layer + ".") for layer in layered)
                     and graph.find_modules_directly_imported_by(m))
    assert graph.find_modules_that_directly_import("app") == set()
    assert outside == []


def test_the_import_contracts_hold() -> None:
    lint_imports = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run([str(lint_imports), "--no-cache"], cwd=REPO, capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "0 broken" in result.stdout
