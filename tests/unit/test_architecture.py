"""The layering rules of ARCHITECTURE.md and STYLE.md, checked on the source."""
from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app"


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def modules() -> list[Path]:
    return sorted(APP.rglob("*.py"))


def test_only_the_engine_imports_spiffworkflow() -> None:
    offenders = [str(p.relative_to(APP)) for p in modules()
                 if any(n.split(".")[0] == "SpiffWorkflow" for n in imports_of(p))
                 and "engine" not in p.relative_to(APP).parts[:1]]
    assert offenders == []


def test_views_are_imported_only_by_the_factory_and_its_wiring() -> None:
    offenders = [str(p.relative_to(APP)) for p in modules() if p not in (APP / "__init__.py", APP / "wiring.py")
                 and any(n.endswith(".views") or ".views." in n for n in imports_of(p))]
    assert offenders == []


def test_rules_and_engine_do_not_import_views_or_web() -> None:
    for package in ("rules", "engine"):
        for path in (APP / package).rglob("*.py"):
            bad = [n for n in imports_of(path) if n.startswith(("app.api", "app.web")) or n.endswith(".views")]
            assert bad == [], f"{path.relative_to(APP)} imports {bad}"


def test_services_never_commit() -> None:
    allowed = {APP / "database.py", APP / "web.py"}
    offenders = [str(p.relative_to(APP)) for p in modules()
                 if p not in allowed and "session.commit()" in p.read_text()]
    assert offenders == []
