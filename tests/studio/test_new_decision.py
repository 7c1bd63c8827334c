"""The studio's "New decision": dmn-js's editor on a decision table named after the id asked for, refused (422,
saying why) for an id that is taken or malformed; the table it starts from validates, deploys as ``<id>.dmn`` and
answers."""
from __future__ import annotations

import io
import json
import re
from typing import Any

import pytest

from tests.helpers import CHANGE_REQUEST_FILES
from tests.workspace.workspace_support import login


@pytest.fixture()
def admin(api: Any, client: Any) -> Any:
    assert api.deploy(*CHANGE_REQUEST_FILES).status_code == 201
    login(client, "admin")
    return client


def started(page: str) -> str:
    """The DMN file the editor opens with."""
    found = re.search(r'<script type="application/json" class="dmn-xml">(.*?)</script>', page, re.S)
    assert found, page
    return str(json.loads(found.group(1)))


def test_a_new_decision_table_validates_deploys_and_answers(admin: Any, api: Any) -> None:
    assert 'href="/studio/decisions/new">New decision</a>' in admin.get("/studio/").get_data(as_text=True)
    page = admin.get("/studio/decisions/new").get_data(as_text=True)
    assert 'data-decision-id="my_decision" data-filename="my_decision.dmn"' in page
    assert 'data-new="true"' in page and "deploys as file my_decision.dmn" in page
    content = started(page)
    assert '<decision id="my_decision" name="My decision">' in content

    body = {"filename": "my_decision.dmn", "content": content}
    checked = admin.post("/studio/models/validate", json=body)
    assert checked.status_code == 200 and checked.json["valid"], checked.json
    deployed = admin.post("/studio/models/deploy", json=body)
    assert deployed.status_code == 201, deployed.json
    answer = api.post("/api/v1/decisions/my_decision/evaluate", json={"facts": {"input": "example"}})
    assert answer.json["outputs"] == "an answer"

    # the next new decision takes the next free id; the deployed one is edited as any other
    assert 'data-decision-id="my_decision_2"' in admin.get("/studio/decisions/new").get_data(as_text=True)
    assert 'data-new="false"' in admin.get("/studio/decisions/my_decision/edit").get_data(as_text=True)


@pytest.mark.parametrize(("decision_id", "problem"), [
    ("approval_level", "decision &#39;approval_level&#39; is already deployed"),
    ("9lives", "letters, digits, &#39;_&#39; and &#39;-&#39;, starting with a letter or &#39;_&#39;"),
    ("a b", "letters, digits"),
    ("x" * 102, "letters, digits"),
])
def test_an_id_taken_or_malformed_is_refused_saying_why(admin: Any, decision_id: str, problem: str) -> None:
    refused = admin.get("/studio/decisions/new", query_string={"decision_id": decision_id})
    assert refused.status_code == 422
    page = refused.get_data(as_text=True)
    assert problem in page and 'id="decision-modeler"' not in page


def test_an_id_whose_file_name_is_deployed_is_refused(admin: Any, api: Any) -> None:
    """``routing.dmn`` holds other decisions: a new ``routing`` would deploy as its next version."""
    other = b"""<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="r" name="r" namespace="x">
  <decision id="route_a" name="Route A"><literalExpression><text>1</text></literalExpression></decision>
</definitions>"""
    assert api.post("/api/v1/models", data={"files": [(io.BytesIO(other), "routing.dmn")]},
                    content_type="multipart/form-data").status_code == 201
    refused = admin.get("/studio/decisions/new?decision_id=routing")
    assert refused.status_code == 422
    assert "a file routing.dmn is already deployed (with other decisions)" in refused.get_data(as_text=True)


def test_only_process_admins_start_a_decision(api: Any, client: Any) -> None:
    login(client, "agent")
    assert client.get("/studio/decisions/new").status_code == 403


def test_a_draft_of_a_new_decision_reopens_as_the_new_decision(admin: Any) -> None:
    """The studio's list of drafts opens a decision never deployed in "New decision" (its edit page is a 404)."""
    content = started(admin.get("/studio/decisions/new?decision_id=tariff").get_data(as_text=True))
    assert admin.put("/studio/drafts/decision/tariff", json={"content": content}).status_code == 200
    assert 'href="/studio/decisions/new?decision_id=tariff">tariff</a>' in admin.get("/studio/").get_data(as_text=True)
    assert 'data-has-draft="true"' in admin.get("/studio/decisions/new?decision_id=tariff").get_data(as_text=True)
