"""Files nested deeper than anything drawn or written by hand are refused naming the file (and the cell),
never with a 500 or "could not be checked"."""
from __future__ import annotations

import io
import json
from typing import Any

import pytest

from tests.helpers import REPO


def upload(api: Any, url: str, name: str, content: bytes) -> Any:
    return api.post(url, data={"files": [(io.BytesIO(content), name)]}, content_type="multipart/form-data")


@pytest.mark.parametrize("depth", [40, 1000, 20_000])
@pytest.mark.parametrize("url", ["/api/v1/models", "/api/v1/models/validate"])
def test_a_form_nested_too_deeply_is_refused(api: Any, url: str, depth: int) -> None:
    """json.loads raised RecursionError at ~1,000 levels: a 500 on validate and deploy."""
    content = b'{"type":"object","properties":{"a":' * depth + b'{"type":"string"}' + b"}}" * depth
    response = upload(api, url, "deep.json", content)
    errors = response.json["errors"]
    assert response.status_code == (422 if url.endswith("models") else 200), response.json
    assert [(e["file"], e["line"], e["message"]) for e in errors] == [
        ("deep.json", None, "the JSON nests deeper than 32 levels")]


def test_a_feel_cell_nested_too_deeply_is_refused_naming_its_cell(api: Any) -> None:
    """Lark recursed past Python's limit on 5,000 operators one inside another: the file was "could not be
    checked"."""
    deep = "-" * 5000 + "1"  # a number negated 5,000 times
    content = (REPO / "dmn" / "approval_level.dmn").read_bytes().replace(
        b'<outputEntry id="r1_needed"><text>false</text>', f'<outputEntry id="r1_needed"><text>{deep}</text>'.encode())
    report = upload(api, "/api/v1/models/validate", "approval_level.dmn", content).json
    assert report["valid"] is False
    messages = [(e["file"], e["line"], e["message"]) for e in report["errors"]]
    assert any(file == "approval_level.dmn" and line == 16 and "nests too deeply" in message
               for file, line, message in messages), json.dumps(messages)[:500]
