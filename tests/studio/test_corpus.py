"""Every BPMN and DMN file of the vendored corpus goes through the studio validator.

Each file's outcome must be the one ``tests/data/corpus/manifest.json`` records: accepted, or
refused with a reason containing the recorded text. Every refusal names the file, says why in the
admin's words (no Python or SpiffWorkflow wording) and, for BPMN, the element and its line.
``python -m tests.studio.test_corpus`` prints the tally; ``--write`` rewrites the manifest.
"""
from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.errors import Invalid
from tests.helpers import DATA
from tests.rules.tck_support import siblings

CORPUS = DATA / "corpus"
MANIFEST = CORPUS / "manifest.json"
MODEL_FILES = sorted(p for folder in (CORPUS, DATA / "dmn-tck") for p in folder.rglob("*")
                     if p.suffix in (".bpmn", ".dmn"))
# what must never reach an admin: Python exceptions and reprs, SpiffWorkflow's vocabulary, raw libxml2
NOT_FOR_USERS = re.compile(r"Traceback|Error\(|Exception|<Element|0x[0-9a-f]{6}|SubWorkflow|serviceTaskOperator|"
                           r"\{http://|atomic type|NoneType|object has no attribute|not JSON serializable")


def key(path: Path) -> str:
    return str(path.relative_to(DATA))


def expected() -> dict[str, Any]:
    return dict(json.loads(MANIFEST.read_text()))


def bundle_for(path: Path) -> tuple[list[Any], list[Any]]:
    """The file plus its folder's decisions and forms; the folder's other BPMN files as context (and
    for a DMN file, the folder's other DMN files as deployed, for its imports)."""
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
    deployed = DeployedContext(bpmn_sources=context, connectors=set(connectors.names()),
                               dmn_imports=siblings(path) if path.suffix == ".dmn" else {})
    try:
        validate_upload(uploads, deployed, max_bytes=5_000_000, python_evaluator=python_evaluator())
    except Invalid as exc:
        return exc.errors
    return []


def outcome(errors: list[dict[str, Any]]) -> Any:
    return "accepted" if not errors else {"refused": errors[0]["message"][:90]}


def test_manifest_lists_every_corpus_file() -> None:
    assert len(MODEL_FILES) > 200
    assert sorted(expected()) == sorted(key(p) for p in MODEL_FILES)


@pytest.fixture(scope="module")
def validator_app(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """One app for the whole corpus, on an empty database: validating a file reads nothing stored (so the corpus is
    not run once per database, nor pays for a database per file)."""
    from app import create_app
    from tests.helpers import TEST_CONFIG
    return create_app({**TEST_CONFIG, "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path_factory.mktemp('corpus')}/c.db"})


@pytest.mark.parametrize("path", MODEL_FILES, ids=key)
def test_corpus_file_gets_its_recorded_outcome(validator_app: Any, path: Path) -> None:
    with validator_app.app_context():
        errors = validate(path)
    want = expected()[key(path)]
    if want == "accepted":
        assert not errors, errors
        return
    assert errors, f"{key(path)} was accepted; the manifest says refused: {want['refused']}"
    assert any(want["refused"] in error["message"] for error in errors), errors
    for error in errors:
        assert error["file"] and len(error["message"]) > 10, error
        assert not NOT_FOR_USERS.search(error["message"]), error
        if path.suffix == ".bpmn":
            assert error.get("element") and error.get("line"), error


def tally(app: Any) -> Iterator[tuple[str, Any]]:
    with app.app_context():
        for path in MODEL_FILES:
            yield key(path), outcome(validate(path))


if __name__ == "__main__":
    import tempfile

    from app import create_app
    from tests.helpers import TEST_CONFIG

    with tempfile.TemporaryDirectory() as tmp:
        results = dict(tally(create_app({**TEST_CONFIG, "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp}/c.db"})))
    for name, result in results.items():
        print(f"{name}: {result if result == 'accepted' else 'refused: ' + result['refused']}")
    refused = sum(result != "accepted" for result in results.values())
    print(f"\n{len(results) - refused} accepted, {refused} refused of {len(results)} files")
    if "--write" in sys.argv:
        MANIFEST.write_text(json.dumps(results, indent=1, sort_keys=True) + "\n")
