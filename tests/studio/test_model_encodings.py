"""A model uploaded in another encoding than UTF-8 (UTF-16, ISO-8859-1) is stored as uploaded, and the pages
and APIs that show it give it in UTF-8: its diagram, editor, version and diff pages answered 500."""
from __future__ import annotations

import io
from typing import Any

import pytest

from tests.helpers import CHANGE_REQUEST_FILES
from tests.helpers import REPO


def in_encoding(path: Any, encoding: str) -> bytes:
    text = path.read_text("utf-8").replace('encoding="UTF-8"', f'encoding="{encoding}"')
    return text.replace("Change requested", "Change requested é").encode(encoding)


@pytest.mark.parametrize("encoding", ["UTF-16", "ISO-8859-1"])
def test_a_process_in_another_encoding_is_shown_in_utf8(api: Any, client: Any, encoding: str) -> None:
    bpmn, dmn, *forms = CHANGE_REQUEST_FILES
    files = [(io.BytesIO(in_encoding(bpmn, encoding)), bpmn.name), (io.BytesIO(in_encoding(dmn, encoding)), dmn.name),
             *[(f.open("rb"), f.name) for f in forms]]
    deployed = api.post("/api/v1/models", data={"files": files}, content_type="multipart/form-data")
    assert deployed.status_code == 201, deployed.json
    version = deployed.json["processes"][0]["version"]
    instance = api.post("/api/v1/processes/change_request/instances", json={"data": {"customer": "Acme"}}).json
    diagram = api.get(f"/api/v1/instances/{instance['id']}/diagram")
    assert diagram.status_code == 200, diagram.json
    assert "encoding='UTF-8'" in diagram.json["bpmn"][:60] and "Change requested é" in diagram.json["bpmn"]
    stored = api.get(f"/api/v1/processes/change_request/versions/{version}/xml")
    assert stored.data == in_encoding(bpmn, encoding)  # kept as uploaded
    client.post("/login", data={"username": "admin", "password": "demo"})
    for page in (f"/instances/{instance['id']}", "/studio/processes/change_request/edit",
                 f"/studio/processes/change_request/versions/{version}",
                 f"/studio/processes/change_request/diff?from={version}&to={version}",
                 "/studio/decisions/approval_level/edit"):
        response = client.get(page)
        assert response.status_code == 200, page


def test_the_shipped_files_are_shown_byte_for_byte(api: Any) -> None:
    assert api.deploy(*CHANGE_REQUEST_FILES).status_code == 201
    instance = api.post("/api/v1/processes/change_request/instances", json={"data": {"customer": "Acme"}}).json
    shown = api.get(f"/api/v1/instances/{instance['id']}/diagram").json["bpmn"]
    assert shown == (REPO / "bpmn" / "change_request.bpmn").read_text("utf-8")
