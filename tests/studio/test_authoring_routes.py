"""The studio editors' server side: choices, code checks, form previews, drafts, templates, generic
validate/deploy of an edited file, and the version page's migrations (session login + JSON)."""
from __future__ import annotations

import html
import io
import json
import re
from typing import Any

import pytest

from tests.helpers import CHANGE_REQUEST_FILES
from tests.helpers import REPO


def login(client: Any, username: str) -> None:
    client.post("/login", data={"username": username, "password": "demo"})


@pytest.fixture()
def admin(api: Any, client: Any) -> Any:
    assert api.deploy(*CHANGE_REQUEST_FILES).status_code == 201
    login(client, "admin")
    return client


def test_choices_list_roles_forms_connectors_decisions_and_processes(admin: Any) -> None:
    choices = admin.get("/studio/modeler/choices").json
    assert len(choices["roles"]) == 9 and {"id": "order_approver", "label": "Order approver"} in choices["roles"]
    assert "approval.json" in choices["forms"] and "technical_details.json" in choices["forms"]
    reserve = next(c for c in choices["connectors"] if c["name"] == "inventory/reserve")
    assert reserve["inputs"]["required"] == ["resource_type"]
    assert "resource_type" in reserve["inputs"]["properties"] and reserve["outputs"]["type"] == "object"
    assert {"id": "approval_level", "name": "Approval level"} in choices["decisions"]
    assert [p["id"] for p in choices["processes"]] == ["change_request"]


def test_code_check_uses_the_sandbox_compiler(admin: Any) -> None:
    bad = admin.post("/studio/check-code", json={"code": "x = (1 +", "mode": "exec"}).json["errors"]
    assert bad and bad[0].startswith("line 1")
    assert admin.post("/studio/check-code", json={"code": "x = __import__('os')", "mode": "exec"}).json["errors"]
    assert admin.post("/studio/check-code", json={"code": "total = a + b", "mode": "exec"}).json == {"errors": []}
    assert admin.post("/studio/check-code", json={"code": "x = 1", "mode": "eval"}).json["errors"]
    assert admin.post("/studio/check-code", json={"code": "x", "mode": "run"}).status_code == 422
    assert admin.post("/studio/check-code", json={"code": 5}).status_code == 422


def test_the_form_editor_opens_a_form_with_its_fields_in_order(admin: Any) -> None:
    """Flask's JSON sorted the keys: the editor listed the fields by name and deployed them in that order."""
    page = admin.get("/studio/forms/edit?file=technical_details.json").get_data(as_text=True)
    embedded = re.search(r'<script type="application/json" class="form-schema">(.*?)</script>', page, re.S)
    assert embedded is not None
    file_order = list(json.loads((REPO / "forms" / "technical_details.json").read_text())["properties"])
    assert list(json.loads(embedded.group(1))["properties"]) == file_order


def test_form_preview_renders_as_the_inbox_does(admin: Any) -> None:
    deployed = admin.post("/studio/forms/preview", json={"file": "approval.json"})
    assert deployed.status_code == 200
    page = deployed.get_data(as_text=True)
    assert 'name="decision"' in page and "Reason" in page and "<select" in page
    typed = admin.post("/studio/forms/preview", json={"schema": {"type": "object", "required": ["n"], "properties": {
        "n": {"type": "integer", "title": "Count <b>", "minimum": 1}}}})
    assert typed.status_code == 200 and "Count &lt;b&gt;" in typed.get_data(as_text=True)
    blob = {"type": "object", "properties": {"x": {"type": "blob"}}}
    bad = admin.post("/studio/forms/preview", json={"schema": blob})
    assert bad.status_code == 422 and bad.json["errors"][0]["field"] == "schema"
    assert admin.post("/studio/forms/preview", json={"file": "nope.json"}).status_code == 404


def test_drafts_are_per_user_and_never_deployed(admin: Any, api: Any, client: Any) -> None:
    saved = admin.put("/studio/drafts/process/change_request", json={"content": "<bpmn:definitions/>"})
    assert saved.status_code == 200 and saved.json["content"] == "<bpmn:definitions/>"
    again = admin.put("/studio/drafts/process/change_request", json={"content": "<x/>"})
    assert again.json["content"] == "<x/>"
    assert admin.get("/studio/drafts/process/change_request").json["content"] == "<x/>"
    assert admin.put("/studio/drafts/process/change_request", json={"content": ""}).status_code == 422
    assert admin.put("/studio/drafts/nonsense/x", json={"content": "a"}).status_code == 404
    client.post("/logout")
    login(client, "fmanager")
    assert client.get("/studio/drafts/process/change_request").status_code == 403
    client.post("/logout")
    login(client, "admin")
    assert client.delete("/studio/drafts/process/change_request").status_code == 204
    assert client.get("/studio/drafts/process/change_request").status_code == 404
    assert [p["version"] for p in api.get("/api/v1/models").json["processes"]] == [1]


def test_new_process_from_a_template_deploys_and_waits_in_the_role_inbox(admin: Any, api: Any) -> None:
    page = admin.get("/studio/processes/new?template=approval&process_id=discount_ok")
    assert page.status_code == 200
    xml = json.loads(html.unescape(re.search(r'class="bpmn-xml">(.*?)</script>', page.get_data(as_text=True),
                                             re.S).group(1)))
    assert 'id="discount_ok"' in xml and "BPMNDiagram" in xml  # laid out for the modeler
    deployed = admin.post("/studio/models/deploy", json={"filename": "discount_ok.bpmn", "content": xml})
    assert deployed.status_code == 201, deployed.json
    started = api.post("/api/v1/processes/discount_ok/instances", json={"data": {}})
    assert started.status_code == 201, started.json
    assert [t["role"] for t in started.json["tasks"]] == ["order_approver"]
    for template in ("service_call", "parallel_fulfilment"):
        page = admin.get(f"/studio/processes/new?template={template}&process_id=t_{template}")
        xml = json.loads(html.unescape(re.search(r'class="bpmn-xml">(.*?)</script>', page.get_data(as_text=True),
                                                 re.S).group(1)))
        checked = admin.post("/studio/models/validate", json={"filename": f"t_{template}.bpmn", "content": xml})
        assert checked.json["valid"] is True, (template, checked.json)
    assert admin.get("/studio/processes/new?template=nope").status_code == 404
    assert admin.get("/studio/processes/new?process_id=1bad id").status_code == 422


def test_edited_file_deploy_refused_by_a_failing_case_then_forced(admin: Any, api: Any) -> None:
    created = api.post("/api/v1/decisions/approval_level/tests", json={
        "name": "small is standard", "inputs": {"bandwidth": 100, "surcharge": 0},
        "expected": {"approval_needed": False, "level": "standard"}})
    assert created.status_code == 201
    changed = (REPO / "dmn" / "approval_level.dmn").read_text().replace('"standard"', '"basic"')
    checked = admin.post("/studio/models/validate", json={"filename": "approval_level.dmn", "content": changed})
    assert checked.json["valid"] is False and checked.json["errors"][0]["case"] == "small is standard"
    refused = admin.post("/studio/models/deploy", json={"filename": "approval_level.dmn", "content": changed})
    assert refused.status_code == 422 and refused.json["cases"][0]["passed"] is False
    forced = admin.post("/studio/models/deploy", json={"filename": "approval_level.dmn", "content": changed,
                                                       "force": True})
    assert forced.status_code == 201 and forced.json["forced_test_failures"][0]["case"] == "small is standard"
    bad = admin.post("/studio/models/deploy", json={"filename": "../x.bpmn", "content": "<a/>"})
    assert bad.status_code == 422


def test_run_saved_cases_runs_them_on_the_table_as_edited(admin: Any, api: Any) -> None:
    """The editor's "Run saved test cases" ran them on the deployed table: with a row edited so a case fails, it
    showed the case passing while Validate and Deploy said it failed."""
    assert api.post("/api/v1/decisions/approval_level/tests", json={
        "name": "small is standard", "inputs": {"bandwidth": 100, "surcharge": 0},
        "expected": {"approval_needed": False, "level": "standard"}}).status_code == 201
    changed = (REPO / "dmn" / "approval_level.dmn").read_text().replace('"standard"', '"basic"')
    run = admin.post("/studio/decisions/approval_level/tests/run",
                     json={"filename": "approval_level.dmn", "content": changed})
    assert run.status_code == 200, run.json
    case = next(c for c in run.json["cases"] if c["name"] == "small is standard")
    assert case["passed"] is False and case["actual"]["level"] == "basic", case
    assert "'basic'" in case["first_difference"]["message"]
    # the deployed table still passes it: the answer was the edited table's
    deployed = api.post("/api/v1/decisions/approval_level/tests/run").json["cases"]
    assert next(c for c in deployed if c["name"] == "small is standard")["passed"] is True

    broken = admin.post("/studio/decisions/approval_level/tests/run",
                        json={"filename": "approval_level.dmn", "content": changed.replace("</definitions>", "")})
    assert broken.status_code == 422 and "not well-formed XML" in broken.json["errors"][0]["message"], broken.json
    bad_feel = changed.replace("&lt; 500", "&lt; 500 +", 1)
    bad_cell = admin.post("/studio/decisions/approval_level/tests/run",
                          json={"filename": "approval_level.dmn", "content": bad_feel})
    assert bad_cell.status_code == 422 and bad_cell.json["errors"][0]["element"] == "r1_bw", bad_cell.json
    assert "syntax error" in bad_cell.json["errors"][0]["message"]
    gone = admin.post("/studio/decisions/approval_level/tests/run",
                      json={"filename": "approval_level.dmn", "content": changed.replace("approval_level", "other")})
    assert gone.status_code == 422 and "approval_level" in gone.json["errors"][0]["message"], gone.json


def test_deploying_a_table_again_unchanged_stores_no_new_version(admin: Any, api: Any) -> None:
    """jeopardy_sla v2 was v1 again, deployed from the editor: the same bytes, through the API or the editor's
    route, answer "nothing changed" (the editor sends the file as opened while it is unedited: see
    tests/browser/test_studio_drafts.py)."""
    sla = REPO / "dmn" / "jeopardy_sla.dmn"
    assert api.deploy(sla).status_code == 201
    again = api.deploy(sla)
    assert again.status_code == 200 and again.json["unchanged"] is True, again.json
    edited = admin.post("/studio/models/deploy", json={"filename": "jeopardy_sla.dmn", "content": sla.read_text()})
    assert edited.status_code == 200 and edited.json["decisions"][0]["version"] == 1, edited.json


def test_a_decision_the_edited_file_cannot_use_is_a_warning_naming_it(admin: Any) -> None:
    """The file's other decisions still deploy, so it is valid; the decision editor marks the one named."""
    content = (REPO / "tests" / "data" / "dmn" / "order_routing_drd.dmn").read_text()
    broken = content.replace('else "work queue"', 'else "work queue" +')
    checked = admin.post("/studio/models/validate", json={"filename": "order_routing_drd.dmn", "content": broken})
    assert checked.json["valid"] is True
    [warning] = checked.json["warnings"]
    assert warning["element"] == "route_escalation" and "cannot be used" in warning["message"], warning


def test_editor_pages_open(admin: Any) -> None:
    decision = admin.get("/studio/decisions/approval_level/edit")
    assert decision.status_code == 200 and "dmn-modeler" in decision.get_data(as_text=True)
    form = admin.get("/studio/forms/edit?file=approval.json")
    assert form.status_code == 200 and "form-editor" in form.get_data(as_text=True)
    assert admin.get("/studio/forms/edit").status_code == 200
    assert admin.get("/studio/forms/edit?file=nope.json").status_code == 404


def test_version_page_migration_routes(admin: Any, api: Any) -> None:
    api.post("/api/v1/processes/change_request/instances", json={"data": {"customer": "x"}})
    changed = (REPO / "bpmn" / "change_request.bpmn").read_text().replace('name="Approve change"',
                                                                          'name="Approve the change"')
    assert admin.post("/studio/models/deploy", json={"filename": "change_request.bpmn",
                                                     "content": changed}).status_code == 201
    page = admin.get("/studio/processes/change_request/versions/1").get_data(as_text=True)
    assert "instance-migration" in page
    dry = admin.post("/studio/processes/change_request/migrations", json={"from_version": 1, "to_version": 2})
    assert dry.status_code == 200 and dry.json["instances"][0]["movable"] is True
    run = admin.post("/studio/processes/change_request/migrations", json={"from_version": 1, "to_version": 2,
                                                                         "dry_run": False})
    assert run.status_code == 202
    progress = admin.get(f"/studio/processes/change_request/migrations/{run.json['id']}").json
    assert progress["progress"]["moved"] == 1 and progress["status"] == "finished"


def test_save_a_completed_instance_as_a_test_case_from_its_page(admin: Any, api: Any) -> None:
    started = api.post("/api/v1/processes/change_request/instances", json={"data": {"customer": "x"}}).json
    task = started["tasks"][0]
    details = {"bandwidth": 100, "site_postcode": "SW1A 1AA", "install_date": "2027-01-15", "cabling_needed": False}
    assert api.post(f"/api/v1/tasks/{task['id']}/complete", user="fulfiller",
                    json={"data": details}).status_code == 200
    page = admin.get(f"/instances/{started['id']}").get_data(as_text=True)
    assert "Save as test case" in page
    saved = admin.post(f"/studio/instances/{started['id']}/test-case", data={"name": "from the page"})
    assert saved.status_code == 302 and saved.location.endswith("/studio/processes/change_request/versions/1")
    assert "from the page" in admin.get(saved.location).get_data(as_text=True)
    again = admin.post(f"/studio/instances/{started['id']}/test-case", json={"name": "from the page"})
    assert again.status_code == 409


def test_decision_page_test_panel_has_a_typed_field_per_input_column(admin: Any) -> None:
    page = admin.get("/studio/decisions/approval_level").get_data(as_text=True)
    assert 'id="input-0" name="input-0"' in page and 'type="number"' in page and "Bandwidth" in page
    tried = admin.post("/studio/decisions/approval_level", data={"input-0": "100", "input-1": "50", "facts": "{}"})
    assert tried.status_code == 200, tried.get_data(as_text=True)
    assert 'class="matched" data-rule="2"' in tried.get_data(as_text=True)
    decimal = admin.post("/studio/decisions/approval_level", data={"input-0": "499.5", "input-1": "0", "facts": "{}"})
    assert 'class="matched" data-rule="1"' in decimal.get_data(as_text=True)
    bad = admin.post("/studio/decisions/approval_level", data={"input-0": "lots", "input-1": "0", "facts": "{}"})
    assert bad.status_code == 422 and "must be a number" in bad.get_data(as_text=True)


# --- the modeler's test case form ------------------------------------------------------------------------

AUTO_DETAILS = {"bandwidth": 100, "site_postcode": "SW1A 1AA", "install_date": "2026-01-01", "cabling_needed": False}


def edited_change_request(change: bytes = b"", to: bytes = b"") -> dict[str, Any]:
    content = (REPO / "bpmn" / "change_request.bpmn").read_bytes().replace(change, to)
    return {"filename": "change_request.bpmn", "content": content.decode()}


def test_a_hand_written_case_runs_on_the_edited_diagram_and_is_saved(admin: Any) -> None:
    case = {"name": "small order", "start_data": {"customer": "ACME"}, "user_tasks": {"enter_details": AUTO_DETAILS}}
    ran = admin.post("/studio/processes/change_request/tests/try", json={**edited_change_request(), "case": case})
    assert ran.status_code == 200, ran.json
    assert ran.json["passed"] is None and ran.json["id"] is None  # nothing expected: the run is only reported
    path = ran.json["actual"]["path"]
    assert path[0] == "start" and path[-1] == "end_auto" and ran.json["actual"]["status"] == "completed"
    expecting = {**case, "expected_path": path, "expected_data": {"surcharge": 0}}
    assert admin.post("/studio/processes/change_request/tests/try",
                      json={**edited_change_request(), "case": expecting}).json["passed"] is True
    wrong = {**case, "expected_path": ["start", "enter_details", "end_auto"]}
    failed = admin.post("/studio/processes/change_request/tests/try", json={**edited_change_request(), "case": wrong})
    assert failed.json["passed"] is False and "instead of 'end_auto'" in failed.json["first_difference"]["message"]
    assert admin.post("/studio/processes/change_request/tests/run").json["cases"] == []  # tries stored nothing
    saved = admin.post("/studio/processes/change_request/tests", json=expecting)
    assert saved.status_code == 201 and saved.json["expected_path"] == path
    assert admin.post("/studio/processes/change_request/tests/run").json["cases"][0]["passed"] is True
    assert admin.post("/studio/processes/change_request/tests", json=expecting).status_code == 409  # name taken


def test_the_case_form_gets_field_errors_for_bad_cases_and_diagrams(admin: Any) -> None:
    bad = admin.post("/studio/processes/change_request/tests/try",
                     json={**edited_change_request(), "case": {"user_tasks": {"enter_details": "yes"}}})
    assert bad.status_code == 422 and bad.json["errors"][0]["field"] == "user_tasks.enter_details"
    assert admin.post("/studio/processes/change_request/tests/try",
                      json={**edited_change_request(), "case": "x"}).status_code == 422
    other = admin.post("/studio/processes/other/tests/try", json={**edited_change_request(), "case": {}})
    assert other.status_code == 422 and "no executable process 'other'" in other.json["errors"][0]["message"]
    broken = admin.post("/studio/processes/change_request/tests/try",
                        json={**edited_change_request(b"<bpmn:definitions", b"<bpmn:nonsense"), "case": {}})
    assert broken.status_code == 422
    unsaved = admin.post("/studio/processes/not_deployed/tests", json={"name": "x", "expected_path": ["start"]})
    assert unsaved.status_code == 404
    nameless = admin.post("/studio/processes/change_request/tests", json={"expected_path": ["start"]})
    assert nameless.status_code == 422 and nameless.json["errors"][0]["field"] == "name"


def test_a_new_process_may_not_take_the_id_or_file_of_a_deployed_one(admin: Any) -> None:
    taken = admin.get("/studio/processes/new?template=approval&process_id=change_request")
    page = taken.get_data(as_text=True)
    assert taken.status_code == 422 and "process &#39;change_request&#39; is already deployed" in page
    assert 'class="bpmn-xml"' not in page and 'name="process_id" value="change_request"' in page  # the picker again
    bad = admin.get("/studio/processes/new?process_id=1bad id")
    assert bad.status_code == 422 and "starting with a letter" in bad.get_data(as_text=True)
    first = admin.get("/studio/processes/new?template=approval").get_data(as_text=True)
    xml = json.loads(html.unescape(re.search(r'class="bpmn-xml">(.*?)</script>', first, re.S).group(1)))
    assert admin.post("/studio/models/deploy", json={"filename": "my_approval.bpmn", "content": xml}).status_code == 201
    second = admin.get("/studio/processes/new?template=approval")  # the template's default id is free again
    assert second.status_code == 200 and 'data-process-id="my_approval_2"' in second.get_data(as_text=True)


def test_the_studio_lists_your_drafts_and_each_opens_in_its_editor(admin: Any) -> None:
    """Drafts were kept but shown only on the page of the model they belong to: a new process never deployed or
    a new form could not be found again, and the form editor never offered its drafts at all."""
    form = {"title": "Site access", "type": "object", "properties": {"gate_code": {"type": "string"}}}
    for kind, model_id, content in (("process", "brand_new", "<bpmn:definitions/>"),
                                    ("decision", "approval_level", "<definitions/>"),
                                    ("form", "site_access.json", form), ("form", "approval.json", form)):
        assert admin.put(f"/studio/drafts/{kind}/{model_id}", json={"content": content}).status_code == 200
    page = admin.get("/studio/").get_data(as_text=True)
    drafts = re.search(r'<ul id="drafts">(.*?)</ul>', page, re.S).group(1)
    assert 'href="/studio/processes/new?process_id=brand_new"' in drafts and "never deployed" in drafts
    assert 'href="/studio/decisions/approval_level/edit"' in drafts
    assert 'href="/studio/forms/edit?file=site_access.json&amp;draft=1"' in drafts
    opened = admin.get("/studio/forms/edit?file=site_access.json&draft=1")
    assert opened.status_code == 200 and "gate_code" in opened.get_data(as_text=True)
    offered = admin.get("/studio/forms/edit?file=approval.json").get_data(as_text=True)
    assert "You have a draft from" in offered and 'href="/studio/forms/edit?file=approval.json&amp;draft=1"' in offered
    assert admin.get("/studio/forms/edit?file=nothing.json&draft=1").status_code == 404
    assert admin.put("/studio/drafts/form/bad.json", json={"content": "[1]"}).status_code == 200
    assert admin.get("/studio/forms/edit?file=bad.json&draft=1").status_code == 422


def test_each_new_form_gets_a_file_name_of_its_own(admin: Any) -> None:
    """Every "New form" opened on new_form.json and kept its draft under that name: a second new form's first
    keystroke overwrote the draft of the first. A new form now takes a name no deployed form and none of the
    user's drafts has."""
    def new_form_name() -> str:
        page = admin.get("/studio/forms/edit").get_data(as_text=True)
        return re.search(r'id="form-filename" class="form-filename" type="text" value="([^"]+)"', page).group(1)

    assert new_form_name() == "new_form.json"
    form = {"title": "Site access", "type": "object", "properties": {"gate_code": {"type": "string"}}}
    assert admin.put("/studio/drafts/form/new_form.json", json={"content": form}).status_code == 200
    second = admin.get("/studio/forms/edit").get_data(as_text=True)
    assert new_form_name() == "new_form_2.json" and "You have a draft" not in second
    assert admin.post("/studio/models/deploy", json={"filename": "new_form_2.json", "content": form}).status_code == 201
    assert new_form_name() == "new_form_3.json"  # deployed: taken too


def test_the_upload_says_which_versions_it_made_not_only_the_deployment_number(admin: Any) -> None:
    """"Deployed as version 3." named the deployment, while the form uploaded became version 2: the admin then
    looked for a version 3 of it that is not there."""
    form = (REPO / "forms" / "approval.json").read_bytes().replace(b'"Reason"', b'"Why"')
    details = (REPO / "forms" / "technical_details.json").read_bytes().replace(b'"title"', b'"description": "x", '
                                                                                 b'"title"', 1)
    for name, content in (("technical_details.json", details), ("approval.json", form)):
        done = admin.post("/studio/", content_type="multipart/form-data", follow_redirects=True,
                          data={"files": [(io.BytesIO(content), name)], "note": ""})
        assert done.status_code == 200
    flash = html.unescape(re.search(r'class="flash[^"]*"[^>]*>(.*?)<', done.get_data(as_text=True), re.S).group(1))
    assert "Deployed approval.json v2" in flash and "(deployment version 3)" in flash
    assert flash.endswith("; the processes using it: change_request v3.")  # new instances take the new form
    again = admin.post("/studio/", content_type="multipart/form-data", follow_redirects=True,
                       data={"files": [(io.BytesIO(form), "approval.json")], "note": ""})
    assert "already deployed (deployment version 3)" in html.unescape(again.get_data(as_text=True))
