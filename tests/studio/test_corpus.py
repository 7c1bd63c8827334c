"""Every BPMN and DMN file of the shared corpus goes through the studio validator.

Each is accepted, or refused with messages naming the file; nothing crashes. Run this module
with ``python -m tests.studio.test_corpus`` to print the tally.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.errors import Invalid
from tests.helpers import SHARED

CORPUS = SHARED / "corpus"
MODEL_FILES = sorted(p for p in CORPUS.rglob("*") if p.suffix in (".bpmn", ".dmn")) if CORPUS.exists() else []


def bundle_for(path: Path) -> tuple[list[Any], list[Any]]:
    """The file plus its folder's decisions and forms; the folder's other BPMN files as context."""
    from app.engine.parsing import BpmnSource
    from app.studio.validation import Upload
    from app.xmlsafe import parse_xml

    uploads = [Upload(path.name, path.read_bytes())]
    context = []
    if path.suffix == ".bpmn":
        uploads += [Upload(p.name, p.read_bytes()) for p in sorted(path.parent.glob("*.dmn"))]
        uploads += [Upload(p.name, p.read_bytes()) for p in sorted((path.parent / "forms").glob("*.json"))]
        for other in sorted(path.parent.glob("*.bpmn")):
            if other != path:
                try:
                    context.append(BpmnSource(other.name, parse_xml(other.read_bytes(), other.name)))
                except Invalid:
                    pass
    return uploads, context


def validate(path: Path) -> list[dict[str, Any]]:
    """Return the errors for ``path`` (empty when accepted)."""
    from app import connectors
    from app.studio.service import python_evaluator
    from app.studio.validation import DeployedContext
    from app.studio.validation import validate_upload

    uploads, context = bundle_for(path)
    deployed = DeployedContext(bpmn_sources=context, connectors=set(connectors.names()))
    try:
        validate_upload(uploads, deployed, max_bytes=5_000_000, python_evaluator=python_evaluator())
    except Invalid as exc:
        return exc.errors
    return []


@pytest.mark.skipif(not MODEL_FILES, reason="the shared corpus is not next to this checkout")
@pytest.mark.parametrize("path", MODEL_FILES, ids=lambda p: str(p.relative_to(CORPUS)))
def test_corpus_file_is_accepted_or_refused_precisely(app: Any, path: Path) -> None:
    with app.app_context():
        errors = validate(path)
    for error in errors:
        assert error["file"], error
        assert len(error["message"]) > 10, error


def tally(app: Any) -> Iterator[str]:
    with app.app_context():
        for path in MODEL_FILES:
            errors = validate(path)
            verdict = "accepted" if not errors else f"refused: {errors[0]['message'][:150]}"
            yield f"{path.relative_to(CORPUS)}: {verdict}"


if __name__ == "__main__":
    import tempfile

    from app import create_app
    from tests.helpers import TEST_CONFIG

    with tempfile.TemporaryDirectory() as tmp:
        lines = list(tally(create_app({**TEST_CONFIG, "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp}/c.db"})))
    print("\n".join(lines))
    print(f"\n{sum('accepted' in line for line in lines)} accepted, {sum('refused' in line for line in lines)} refused "
          f"of {len(lines)} files")
