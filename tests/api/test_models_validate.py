"""Validating an upload without storing it, and re-deploying identical files without new versions."""
from __future__ import annotations

import io
from typing import Any

from tests.helpers import DATA
from tests.helpers import REPO

MODELS = DATA / "models"


def post_files(api: Any, path: str, files: dict[str, bytes], user: str = "admin") -> Any:
    return api.post(path, user=user, content_type="multipart/form-data",
                    data={"files": [(io.BytesIO(content), name) for name, content in files.items()]})


def deployed(api: Any) -> tuple[Any, Any]:
    return api.get("/api/v1/models").json, api.get("/api/v1/deployments").json


def test_validate_reports_errors_and_stores_nothing(api: Any) -> None:
    before = deployed(api)
    response = post_files(api, "/api/v1/models/validate",
                          {"missing_form.bpmn": (MODELS / "missing_form.bpmn").read_bytes()})
    assert response.status_code == 200, response.json
    body = response.json
    assert body["valid"] is False and body["warnings"] == []
    assert [set(e) for e in body["errors"]] == [{"file", "line", "element", "message"}] * len(body["errors"])
    assert any(e["file"] == "missing_form.bpmn" and "no_such_form.json" in e["message"] for e in body["errors"])
    assert deployed(api) == before


def test_validate_accepts_a_good_upload_and_stores_nothing(api: Any) -> None:
    before = deployed(api)
    response = post_files(api, "/api/v1/models/validate", {"divide.bpmn": (MODELS / "divide.bpmn").read_bytes()})
    assert response.status_code == 200
    assert response.json["valid"] is True and response.json["errors"] == []
    assert deployed(api) == before


def test_validate_without_files_is_422(api: Any) -> None:
    response = api.post("/api/v1/models/validate", content_type="multipart/form-data", data={})
    assert response.status_code == 422 and response.json["errors"][0]["field"] == "files"


def test_validate_is_for_process_admins_only(api: Any) -> None:
    files = {"divide.bpmn": (MODELS / "divide.bpmn").read_bytes()}
    assert post_files(api, "/api/v1/models/validate", files, user="agent").status_code == 403
    assert post_files(api, "/api/v1/models/validate", files, user="alice").status_code == 403
    assert api.post("/api/v1/models/validate", user=None).status_code == 401


def test_identical_redeploy_answers_200_with_the_existing_versions(api: Any) -> None:
    files = {"divide.bpmn": (MODELS / "divide.bpmn").read_bytes(),
             "wait_a_second.bpmn": (MODELS / "wait_a_second.bpmn").read_bytes()}
    first = post_files(api, "/api/v1/models", files)
    assert first.status_code == 201, first.json
    deployments = api.get("/api/v1/deployments").json

    again = post_files(api, "/api/v1/models", files)
    assert again.status_code == 200, again.json
    assert again.json["unchanged"] is True and again.json["deployment"] == first.json["deployment"]
    assert {(p["id"], p["version"]) for p in again.json["processes"]} == \
        {(p["id"], p["version"]) for p in first.json["processes"]}
    assert api.get("/api/v1/deployments").json == deployments


def test_changed_or_partly_new_upload_creates_versions(api: Any) -> None:
    divide = (MODELS / "divide.bpmn").read_bytes()
    assert post_files(api, "/api/v1/models", {"divide.bpmn": divide}).status_code == 201
    changed = post_files(api, "/api/v1/models", {"divide.bpmn": divide.replace(b'name="', b'name="New ', 1)})
    assert changed.status_code == 201, changed.json
    assert [p["version"] for p in changed.json["processes"]] == [2]
    # the original content again differs from the latest version: a third version, not an answer from v1
    back = post_files(api, "/api/v1/models", {"divide.bpmn": divide})
    assert back.status_code == 201 and [p["version"] for p in back.json["processes"]] == [3]
    mixed = post_files(api, "/api/v1/models", {"divide.bpmn": divide,
                                               "wait_a_second.bpmn": (MODELS / "wait_a_second.bpmn").read_bytes()})
    assert mixed.status_code == 201


def test_identical_redeploy_from_two_deployments_lists_each_latest_version(api: Any) -> None:
    divide = (MODELS / "divide.bpmn").read_bytes()
    wait = (MODELS / "wait_a_second.bpmn").read_bytes()
    assert post_files(api, "/api/v1/models", {"divide.bpmn": divide}).status_code == 201
    second = post_files(api, "/api/v1/models", {"wait_a_second.bpmn": wait})
    again = post_files(api, "/api/v1/models", {"divide.bpmn": divide, "wait_a_second.bpmn": wait})
    assert again.status_code == 200
    assert again.json["deployment"] == second.json["deployment"]
    assert sorted(p["id"] for p in again.json["processes"]) == ["divide", "wait_a_second"]


def test_identical_upload_in_the_studio_page_creates_no_version(api: Any, client: Any) -> None:
    divide = (MODELS / "divide.bpmn").read_bytes()
    first = post_files(api, "/api/v1/models", {"divide.bpmn": divide})
    client.post("/login", data={"username": "admin", "password": "demo"})
    page = client.post("/studio/", content_type="multipart/form-data",
                       data={"files": [(io.BytesIO(divide), "divide.bpmn")], "note": ""}, follow_redirects=True)
    assert page.status_code == 200
    assert "Nothing changed" in page.get_data(as_text=True)
    assert [d["deployment"] for d in api.get("/api/v1/deployments").json] == [first.json["deployment"]]


def line_of(content: bytes, element_id: str) -> int:
    """The 1-based line of the tag carrying ``id="element_id"``, read from the text itself."""
    lines = content.decode().splitlines()
    return next(number for number, text in enumerate(lines, 1) if f'id="{element_id}"' in text)


def test_errors_name_the_element_at_fault_and_its_own_line(api: Any) -> None:
    content = (MODELS / "element_faults.bpmn").read_bytes()
    response = post_files(api, "/api/v1/models/validate", {"element_faults.bpmn": content})
    assert response.status_code == 200 and response.json["valid"] is False
    errors = response.json["errors"]
    by_element = {e["element"]: e for e in errors}
    expected = {"bad_script": "script of 'Bad script'", "f_bad_condition": "condition of 'Pick'",
                "no_role": "names no role", "no_form": "no_such_form.json",
                "no_connector": "no_such_connector", "no_decision": "no_such_decision",
                "bad_timer": "timer of 'Bad timer'"}
    assert set(by_element) == set(expected), errors
    for element, fragment in expected.items():
        error = by_element[element]
        assert fragment in error["message"], error
        assert error["file"] == "element_faults.bpmn"
        assert error["line"] == line_of(content, element), error
    assert line_of(content, "element_faults") not in {e["line"] for e in errors}


def test_deploy_refusal_names_the_element_too(api: Any) -> None:
    content = (MODELS / "missing_form.bpmn").read_bytes()
    response = post_files(api, "/api/v1/models", {"missing_form.bpmn": content})
    assert response.status_code == 422
    [error] = response.json["errors"]
    assert error["element"] == "fill" and error["line"] == line_of(content, "fill")


BAD_FEEL_CELL = b"""<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="defs" name="d" namespace="x">
  <decision id="bad_cell" name="Bad cell">
    <decisionTable id="table">
      <input id="in_a"><inputExpression id="in_a_expr" typeRef="number"><text>a</text></inputExpression></input>
      <output id="out_o" name="o" typeRef="number"/>
      <rule id="rule_1">
        <inputEntry id="cell_broken"><text>[1..</text></inputEntry>
        <outputEntry id="cell_out"><text>1</text></outputEntry>
      </rule>
    </decisionTable>
  </decision>
</definitions>
"""


def test_a_bad_feel_cell_is_named(api: Any) -> None:
    response = post_files(api, "/api/v1/models/validate", {"bad_cell.dmn": BAD_FEEL_CELL})
    assert response.status_code == 200 and response.json["valid"] is False
    [error] = response.json["errors"]
    assert error["element"] == "cell_broken" and error["line"] == line_of(BAD_FEEL_CELL, "cell_broken"), error


def test_identical_file_whose_process_moved_to_another_file_deploys_again(api: Any) -> None:
    divide = (MODELS / "divide.bpmn").read_bytes()
    assert post_files(api, "/api/v1/models", {"divide.bpmn": divide}).status_code == 201
    assert post_files(api, "/api/v1/models", {"divide_copy.bpmn": divide}).status_code == 201  # divide v2
    back = post_files(api, "/api/v1/models", {"divide.bpmn": divide})
    assert back.status_code == 201, back.json  # makes divide.bpmn's process the newest again
    assert [(p["id"], p["version"]) for p in back.json["processes"]] == [("divide", 3)]


def test_the_studio_page_deploys_over_failing_cases_only_when_ticked(api: Any, client: Any) -> None:
    """The upload page refused a change whose saved cases fail with no way on, where the editors offer 'Deploy
    anyway': it says so and takes the same choice as a checkbox."""
    assert api.deploy(REPO / "dmn" / "approval_level.dmn").status_code == 201
    case = {"name": "small is standard", "inputs": {"bandwidth": 100, "surcharge": 0},
            "expected": {"approval_needed": False, "level": "standard"}}
    assert api.post("/api/v1/decisions/approval_level/tests", json=case).status_code == 201
    changed = (REPO / "dmn" / "approval_level.dmn").read_bytes().replace(b'"standard"', b'"basic"')
    client.post("/login", data={"username": "admin", "password": "demo"})
    refused = client.post("/studio/", content_type="multipart/form-data",
                          data={"files": [(io.BytesIO(changed), "approval_level.dmn")], "note": ""})
    text = refused.get_data(as_text=True)
    assert refused.status_code == 422 and "test case &#39;small is standard&#39;" in text
    assert "tick <em>Deploy even if saved test cases fail" in text.replace("\n      ", " ")
    forced = client.post("/studio/", content_type="multipart/form-data", follow_redirects=True,
                         data={"files": [(io.BytesIO(changed), "approval_level.dmn")], "note": "", "force": "y"})
    assert forced.status_code == 200
    assert "Deployed approval_level v2 (deployment version 2)" in forced.get_data(as_text=True)
    deployment = api.get("/api/v1/deployments").json[0]
    assert [f["case"] for f in deployment["forced_test_failures"]] == ["small is standard"]
