"""Ids and names longer than the columns that hold them are refused at upload, naming the element, on both
databases (PostgreSQL answered 500 for a process id over 255 characters: ``value too long``)."""
from __future__ import annotations

import io
from typing import Any

import pytest

from tests.helpers import CHANGE_REQUEST_FILES
from tests.helpers import REPO

BPMN = (REPO / "bpmn" / "change_request.bpmn").read_text("utf-8")
DMN = (REPO / "dmn" / "approval_level.dmn").read_text("utf-8")


def upload(api: Any, url: str, name: str, content: str) -> Any:
    others = [(path.open("rb"), path.name) for path in CHANGE_REQUEST_FILES  # what the process calls
              if name.endswith(".bpmn") and path.name != name]
    return api.post(url, data={"files": [(io.BytesIO(content.encode()), name), *others]},
                    content_type="multipart/form-data")


@pytest.mark.parametrize(("name", "content", "element", "what"), [
    ("change_request.bpmn", BPMN.replace('"change_request"', '"' + "p" * 300 + '"'), "p" * 300, "id"),
    ("change_request.bpmn", BPMN.replace('name="Change request" isExecutable', 'name="' + "N" * 300 + '" isExecutable'),
     "change_request", "name"),
    ("approval_level.dmn", DMN.replace('"approval_level"', '"' + "d" * 300 + '"'), "d" * 300, "id"),
], ids=["process-id", "process-name", "decision-id"])
def test_an_id_or_name_over_255_characters_is_refused(api: Any, name: str, content: str, element: str,
                                                       what: str) -> None:
    response = upload(api, "/api/v1/models", name, content)
    assert response.status_code == 422, response.json
    (error,) = response.json["errors"]
    assert error["file"] == name and error["element"] == element[:255], error
    assert error["message"] == f"the {'decision' if name.endswith('.dmn') else 'process'}'s {what} is 300 characters " \
                               "long; at most 255 are kept"
    assert api.get("/api/v1/models").status_code == 200


@pytest.mark.parametrize("attribute", ["id", "name"])
def test_a_user_task_with_a_long_id_or_name_is_refused(api: Any, attribute: str) -> None:
    """A task's id and name are kept with its work item, its events and fallouts (255 characters each): on
    PostgreSQL an instance that reached such a task answered 500."""
    long = "t" * 300
    drawn = BPMN.replace('id="enter_details" name="Enter technical details"',
                         f'id="{long}" name="Enter technical details"' if attribute == "id"
                         else f'id="enter_details" name="{long}"')
    if attribute == "id":
        drawn = drawn.replace(">enter_details<", f">{long}<").replace('"enter_details"', f'"{long}"')
    response = upload(api, "/api/v1/models", "change_request.bpmn", drawn)
    assert response.status_code == 422, response.json
    assert [(e["file"], e["line"], e["element"], e["message"]) for e in response.json["errors"]] == [
        ("change_request.bpmn", 26, long[:255] if attribute == "id" else "enter_details",
         f"the user task's {attribute} is 300 characters long; at most 255 are kept")]
