"""The studio's editors in a real browser: a shipped plan changed through the modeler's properties panel,
validated with a bad script, deployed over its failing saved cases and run to the new task in the right
inbox; a decision table cell edited in dmn-js and deployed; the form editor with its live preview."""
from __future__ import annotations

import io
import json
import re
from typing import Any

import pytest
from flask import Flask
from playwright.sync_api import expect

from tests.api.test_instance_migration import without_approval
from tests.browser.pages import login
from tests.browser.pages import logout
from tests.browser.pages import snap
from tests.helpers import CHANGE_REQUEST_FILES
from tests.helpers import Api

pytestmark = pytest.mark.browser

MARKED = re.compile(r"\bordra-error\b")
DOMAIN = {"order_id": 1, "domain_order_id": 7, "spec": "Site visit", "action": "add", "site_postcode": "SW1A 1AA",
          "serving_exchange": "LDN-SOUTH", "survey_needed": False}


def centre(page: Any, element_id: str) -> tuple[float, float]:
    box = page.locator(f"#process-modeler .djs-element[data-element-id={element_id}]").first.bounding_box()
    assert box is not None
    return box["x"] + box["width"] / 2, box["y"] + box["height"] / 2


def select_element(page: Any, element_id: str) -> None:
    x, y = centre(page, element_id)
    page.mouse.click(x, y)
    expect(page.locator(".properties-panel h3")).to_contain_text(element_id)


def select_lane(page: Any, lane_id: str) -> None:
    """Click the lane's title strip, scrolling the canvas (mouse wheel) until the palette no longer covers it."""
    lane = page.locator(f"#process-modeler .djs-element[data-element-id={lane_id}]").first
    for _ in range(10):
        box = lane.bounding_box()
        assert box is not None
        x, y = box["x"] + 12, box["y"] + box["height"] / 2
        hit = page.evaluate("([x, y]) => { const e = document.elementFromPoint(x, y);"
                            " const owner = e && e.closest('.djs-element'); return owner && owner.dataset.elementId; }",
                            [x, y])
        if hit == lane_id:
            break
        page.mouse.move(box["x"] + box["width"] / 2, y)
        page.mouse.wheel(-150, 0)  # the canvas scrolls right, out from under the palette
    heading = page.locator(".properties-panel h3")
    for _ in range(3):  # a click right after the panel's last edit is sometimes taken by it, as a person's is
        page.mouse.click(x, y)
        try:
            expect(heading).to_contain_text(lane_id, timeout=2000)
            return
        except AssertionError:
            continue
    expect(heading).to_contain_text(lane_id)


def test_change_a_shipped_plan_in_the_modeler_and_run_it(app: Flask, live_server: str, page: Any,
                                                         seeded: dict[str, Any]) -> None:
    login(page, live_server, "admin")
    page.set_viewport_size({"width": 1600, "height": 1000})
    page.goto(f"{live_server}/studio/processes/plan_field_visit/edit")
    modeler = page.locator("#process-modeler")
    expect(modeler).to_have_attribute("data-ready", "true")
    expect(page.locator(".bjs-powered-by")).to_be_visible()

    # a new task dropped on the flow from the start event, made a user task, given a form in the panel
    page.locator(".djs-palette .entry[data-action='create.task']").click()
    x, y = centre(page, "f1")
    page.mouse.move(x, y)
    page.mouse.click(x, y)
    new_task = page.locator(".properties-panel h3")
    expect(new_task).to_contain_text("Task Activity_")
    task_id = new_task.inner_text().split()[-1]
    page.keyboard.press("Escape")  # leaves the label editing bpmn-js opens on a new task; it stays selected
    page.locator(".djs-context-pad .entry[data-action='replace']").click()
    page.locator(".djs-popup [data-id='replace-with-user-task']").click()
    expect(new_task).to_contain_text(f"UserTask {task_id}")
    page.locator("#prop-name").fill("Check the visit slot")
    page.locator("#prop-name").press("Tab")
    page.locator("select.prop-form").select_option("survey_site.json")
    expect(page.locator(".form-preview form")).to_be_visible()  # the form as the inbox renders it
    expect(page.locator(".form-preview")).to_contain_text("Survey")

    # the lane's role, picked from the nine
    select_lane(page, "Lane_system")
    expect(page.locator("select.prop-role")).to_have_value("Order agent")
    page.locator("select.prop-role").select_option("Order manager")
    snap(page, "modeler-properties-lane")

    # a bad script: the sandbox compiler answers as it is typed; Validate marks the element
    select_element(page, "no_survey")
    code = page.locator(".properties-panel textarea.code-field")
    code.fill('survey_result = "not_required" +')
    expect(page.locator(".code-errors li").first).to_contain_text("line 1")
    modeler.locator(".modeler-validate").click()
    expect(modeler.locator(".modeler-problems li[data-element=no_survey]")).to_be_visible()
    expect(modeler.locator(".djs-element[data-element-id=no_survey]")).to_have_class(MARKED)
    snap(page, "modeler-bad-script")
    code.fill('survey_result = "not_required"')
    expect(page.locator(".code-errors")).to_have_attribute("data-checked", "ok")
    modeler.locator(".modeler-validate").click()
    expect(modeler.locator(".djs-element[data-element-id=no_survey]")).not_to_have_class(MARKED)

    # the shipped cases for this plan now stop at the new task: refused, then deployed anyway
    modeler.locator(".modeler-deploy").click()
    expect(modeler.locator(".modeler-status")).to_contain_text("Not deployed")
    expect(modeler.locator(".modeler-problems li[data-case]").first).to_contain_text("test case")
    expect(modeler.locator(f".djs-element[data-element-id={task_id}]")).to_have_class(MARKED)
    snap(page, "modeler-cases-fail")
    modeler.locator(".modeler-force").click()
    expect(modeler.locator(".modeler-status")).to_contain_text("Deployed as version 2")
    snap(page, "modeler-deployed-v2")

    api = Api(app.test_client())
    started = api.post("/api/v1/processes/plan_field_visit/instances", json={"data": DOMAIN})
    assert started.status_code == 201, started.json
    assert started.json["version"] == 2
    assert [(t["name"], t["role"]) for t in started.json["tasks"]] == [("Check the visit slot", "order_manager")]
    logout(page)
    login(page, live_server, "omanager")
    page.goto(f"{live_server}/")
    expect(page.locator("main")).to_contain_text("Check the visit slot")
    snap(page, "inbox-new-task")


def test_edit_a_decision_cell_in_dmn_js_and_deploy(app: Flask, live_server: str, page: Any,
                                                  seeded: dict[str, Any]) -> None:
    login(page, live_server, "admin")
    page.set_viewport_size({"width": 1400, "height": 1000})
    page.goto(f"{live_server}/studio/decisions/approval_level/edit")
    editor = page.locator("#decision-modeler")
    expect(editor).to_have_attribute("data-ready", "true")
    expect(page.locator(".bjs-powered-by").first).to_be_visible()

    cell = editor.locator("td[data-element-id=r3_level]")
    expect(cell).to_contain_text("high bandwidth")
    cell.click()
    page.keyboard.press("Control+A")
    page.keyboard.type('"premium"')
    editor.locator(".decision-try").click()  # leaves the cell

    # the typed test panel evaluates the edited table
    editor.locator("#try-0").fill("800")
    editor.locator("#try-1").fill("0")
    editor.locator(".decision-evaluate").click()
    expect(editor.locator(".decision-try-result")).to_contain_text("premium")
    snap(page, "dmn-editor-edited")

    editor.locator(".dmn-deploy").click()  # the shipped case for row 3 now fails
    expect(editor.locator(".modeler-status")).to_contain_text("Not deployed")
    expect(editor.locator(".modeler-problems")).to_contain_text("row 3")
    editor.locator(".modeler-status button").click()
    expect(editor.locator(".modeler-status")).to_contain_text("Deployed as version 2")
    api = Api(app.test_client())
    result = api.post("/api/v1/decisions/approval_level/evaluate", json={"facts": {"bandwidth": 800, "surcharge": 0}})
    assert result.json["outputs"]["level"] == "premium"


def form_editor(page: Any, live_server: str, filename: str) -> Any:
    """The form editor on a deployed form, opened by admin, ready."""
    login(page, live_server, "admin")
    page.set_viewport_size({"width": 1400, "height": 1000})
    page.goto(f"{live_server}/studio/forms/edit?file={filename}")
    editor = page.locator("#form-editor")
    expect(editor).to_have_attribute("data-ready", "true")
    return editor


def test_form_editor_shows_the_form_as_the_inbox_does(app: Flask, live_server: str, page: Any,
                                                      seeded: dict[str, Any]) -> None:
    editor = form_editor(page, live_server, "approval.json")
    preview = editor.locator(".form-live-preview")
    expect(preview.locator("select[name=decision]")).to_be_visible()
    editor.locator(".form-add-field").click()
    field = editor.locator(".form-editor-field").nth(2)
    field.locator(".field-name").fill("site_code")
    field.locator(".field-title").fill("Site code")
    field.locator(".field-required").check()
    field.locator(".field-pattern").fill("^[A-Z]{3}$")
    field.locator(".field-example").fill("LDN")
    expect(preview.locator("input[name=site_code]")).to_be_visible()
    expect(preview).to_contain_text("Site code")
    field.locator(".field-choices").fill("a = Alpha\nb = Beta")
    expect(preview.locator("select[name=site_code] option", has_text="Beta")).to_have_count(1)
    snap(page, "form-editor")
    editor.locator(".form-deploy").click()
    expect(editor.locator(".modeler-status")).to_contain_text("Deployed as version 2")
    api = Api(app.test_client())
    forms = [f for f in api.get("/api/v1/models").json["forms"] if f["file"] == "approval.json"]
    assert max(f["version"] for f in forms) == 2


def test_form_editor_sets_a_field_required_only_when_a_choice_is_made(app: Flask, live_server: str, page: Any,
                                                                     seeded: dict[str, Any]) -> None:
    """The shipped approval form asks the customer's reason when the decision is reject: the editor shows that
    condition on the field, and a second one is added the same way, deployed and read back."""
    editor = form_editor(page, live_server, "order_approval.json")
    names = editor.locator(".form-editor-field .field-name")
    expect(names).to_have_count(7)
    assert [names.nth(i).input_value() for i in range(7)] == [  # the file's order, not sorted by name
        "customer", "recurring_total", "one_time_total", "currency", "approval_decision", "approval_reason",
        "customer_reason"]
    reason, note = (editor.locator(".form-editor-field").nth(i) for i in (6, 5))
    expect(reason.locator(".field-required-when option:checked")).to_have_text("Decision is “Reject the order”")
    expect(note.locator(".field-required-when option:checked")).to_have_text("—")
    preview = editor.locator(".form-live-preview")
    expect(preview.locator(".field-help")).to_have_text(["Required when Decision is “Reject the order”."])

    note.locator(".field-required-when").select_option(label="Decision is “Reject the order”")
    expect(preview.locator(".field-help")).to_have_text(["Required when Decision is “Reject the order”."] * 2)
    schema = json.loads(editor.locator(".form-json").text_content() or "{}")
    assert schema["allOf"] == [{"if": {"properties": {"approval_decision": {"const": "reject"}},
                                       "required": ["approval_decision"]},
                                "then": {"required": ["approval_reason", "customer_reason"]}}]
    note.locator(".field-required").check()  # always required: the condition no longer applies to it
    expect(note.locator(".field-required-when")).to_be_disabled()
    note.locator(".field-required").uncheck()
    snap(page, "form-editor-required-when")
    editor.locator(".form-deploy").click()
    expect(editor.locator(".modeler-status")).to_contain_text("Deployed as version 2")
    api = Api(app.test_client())
    spec = next(f for f in api.get("/api/v1/models").json["forms"] if f["file"] == "order_approval.json"
                and f["version"] == 2)
    assert spec["file"] == "order_approval.json"
    page.reload()
    expect(editor).to_have_attribute("data-ready", "true")
    expect(editor.locator(".form-editor-field").nth(5).locator(".field-required-when option:checked")).to_have_text(
        "Decision is “Reject the order”")


def test_move_running_instances_from_the_version_page(app: Flask, live_server: str, page: Any) -> None:
    api = Api(app.test_client())
    assert api.deploy(*CHANGE_REQUEST_FILES).status_code == 201
    ids = [api.post("/api/v1/processes/change_request/instances", json={"data": {"customer": c}}).json["id"]
           for c in ("a", "b")]
    task = [t for t in api.get("/api/v1/tasks", user="fulfiller").json if t["instance_id"] == ids[1]][0]
    details = {"bandwidth": 1000, "site_postcode": "SW1A 1AA", "install_date": "2027-01-15", "cabling_needed": False}
    assert api.post(f"/api/v1/tasks/{task['id']}/complete", user="fulfiller", json={"data": details}).status_code == 200
    assert api.post("/api/v1/models", content_type="multipart/form-data",
                    data={"files": [(io.BytesIO(without_approval()), "change_request.bpmn")]}).status_code == 201

    login(page, live_server, "admin")
    page.goto(f"{live_server}/studio/processes/change_request/versions/1")
    section = page.locator("#instance-migration")
    expect(section.locator(".migration-report")).to_be_hidden()  # no empty table before a dry run
    section.locator(".migration-dry-run").click()
    expect(section.locator(".migration-report")).to_be_visible()
    expect(section.locator(".migration-status")).to_contain_text("1 of 2 instance(s) can move")
    expect(section.locator(f"tr[data-instance='{ids[1]}'] .verdict")).to_have_text("cannot move")
    expect(section.locator(f"tr[data-instance='{ids[1]}']")).to_contain_text("'approve' does not exist")
    section.locator(".migration-confirm").click()
    expect(section.locator(".migration-status")).to_contain_text("2 of 2 done — 1 moved, 1 left where they were")
    expect(section.locator(f"tr[data-instance='{ids[0]}'] .verdict")).to_have_text("moved")
    expect(page.locator(".running-note")).to_contain_text("before the migration moved some away")
    snap(page, "version-page-migration")
    assert api.get(f"/api/v1/instances/{ids[0]}").json["version"] == 2
    assert api.get(f"/api/v1/instances/{ids[1]}").json["version"] == 1
    page.get_by_role("link", name="Count them again").click()
    expect(page.locator(".running-count")).to_have_text("1 running instance")  # the one left where it was


def test_new_process_from_a_template_opens_laid_out(app: Flask, live_server: str, page: Any,
                                                   seeded: dict[str, Any]) -> None:
    login(page, live_server, "admin")
    page.set_viewport_size({"width": 1400, "height": 1000})
    page.goto(f"{live_server}/studio/processes/new?template=parallel_fulfilment&process_id=fulfil_fast")
    modeler = page.locator("#process-modeler")
    expect(modeler).to_have_attribute("data-ready", "true")
    expect(modeler.locator(".djs-element[data-element-id=activate_billing]")).to_be_visible()
    # the id field names the next diagram, not this one: typing there renamed nothing, and Deploy said only
    # "Deployed as version 1." (of fulfil_fast)
    page.get_by_label("Process id").fill("fulfil_faster")
    expect(page.locator(".template-file")).to_have_text("This diagram is fulfil_fast and deploys as fulfil_fast.bpmn; "
                                                        "Start from this template begins fulfil_faster on a new "
                                                        "diagram.")
    page.get_by_label("Process id").fill("fulfil_fast")
    expect(page.locator(".template-file")).to_have_text("Deploys as file fulfil_fast.bpmn.")
    select_element(page, "activate_billing")
    expect(page.locator("select.prop-connector")).to_have_value("billing/activate")
    expect(page.locator("input.prop-param[data-param=product]")).to_have_value("'Business Fibre Internet'")
    modeler.locator(".modeler-deploy").click()
    expect(modeler.locator(".modeler-status")).to_contain_text("Deployed as version 1")
    snap(page, "modeler-template")
    page.goto(f"{live_server}/studio/processes/new?template=service_call&process_id=call_twice")
    expect(modeler).to_have_attribute("data-ready", "true")
    select_element(page, "wait_before_retry")
    expect(page.locator(".timer-preview")).to_have_text("Fires after 1 minute.")
    page.locator("input.prop-timer").fill("PT2H30M")
    expect(page.locator(".timer-preview")).to_have_text("Fires after 2 hours 30 minutes.")
    page.locator("input.prop-timer").fill("two hours")
    expect(page.locator(".timer-preview")).to_contain_text("Not an ISO 8601 duration")
    page.locator("input.prop-timer").fill("PT45S")
    page.locator("input.prop-timer").press("Tab")
    modeler.locator(".modeler-validate").click()
    expect(modeler.locator(".modeler-status")).to_contain_text("Valid")


def test_connector_inputs_from_the_declaration_and_a_missing_one_marked(app: Flask, live_server: str, page: Any,
                                                                       seeded: dict[str, Any]) -> None:
    login(page, live_server, "admin")
    page.set_viewport_size({"width": 1400, "height": 1000})
    page.goto(f"{live_server}/studio/processes/new?template=service_call&process_id=call_declared")
    modeler = page.locator("#process-modeler")
    expect(modeler).to_have_attribute("data-ready", "true")
    select_element(page, "call_service")
    expect(page.locator("select.prop-connector")).to_have_value("provisioning/activate")
    panel = page.locator(".properties-panel")
    # one field per declared input, in the declaration's order, the required one starred; the declared outputs listed
    expect(panel.locator(".prop-input label")).to_have_text(["service *", "service_id", "action", "site_postcode"])
    expect(panel.locator("input.prop-param[data-param=service]")).to_have_value("'demo service'")
    expect(panel.locator(".prop-outputs")).to_contain_text("service_id (string)")

    # the required input emptied: flagged in the panel, refused by the server on the element
    panel.locator("input.prop-param[data-param=service]").fill("")
    panel.locator("input.prop-param[data-param=service]").press("Tab")
    expect(panel.locator(".param-missing").first).to_contain_text("Required")
    modeler.locator(".modeler-validate").click()
    problem = modeler.locator(".modeler-problems li[data-element=call_service]")
    expect(problem).to_contain_text("without its required parameter(s) service")
    expect(modeler.locator(".djs-element[data-element-id=call_service]")).to_have_class(MARKED)
    snap(page, "modeler-connector-missing-input")

    # another connector: its own inputs; filled from task data of the same names, then valid
    page.locator("select.prop-connector").select_option("inventory/reserve")
    expect(panel.locator(".prop-input label")).to_have_text(["resource_type *", "resource_id"])
    expect(panel.locator(".prop-outputs")).to_contain_text("serial_number")
    expect(panel.locator("textarea.prop-other-params")).to_have_value("action = 'add'")
    panel.locator("textarea.prop-other-params").fill("")
    panel.locator("textarea.prop-other-params").press("Tab")
    panel.locator(".prop-fill-params").click()
    expect(panel.locator("input.prop-param[data-param=resource_type]")).to_have_value("resource_type")
    expect(panel.locator(".param-missing").first).to_have_text("")
    snap(page, "modeler-connector-inputs")
    modeler.locator(".modeler-validate").click()
    expect(modeler.locator(".modeler-status")).to_contain_text("Valid")
    expect(modeler.locator(".djs-element[data-element-id=call_service]")).not_to_have_class(MARKED)


def test_write_a_test_case_in_the_modeler_with_a_message(app: Flask, live_server: str, page: Any,
                                                        seeded: dict[str, Any]) -> None:
    login(page, live_server, "admin")
    page.set_viewport_size({"width": 1600, "height": 1000})
    page.goto(f"{live_server}/studio/processes/plan_field_visit/edit")
    modeler = page.locator("#process-modeler")
    expect(modeler).to_have_attribute("data-ready", "true")
    form = page.locator("details.case-editor")
    form.locator("summary").click()
    form.locator("#case-name").fill("amended while surveying, typed by hand")
    form.locator("#case-start_data").fill(json.dumps({**DOMAIN, "survey_needed": True, "characteristics": {}}))
    group = form.locator("fieldset[data-group=messages]")
    expect(group).to_contain_text("order_amended")
    group.locator("textarea").fill('{"survey_needed": false, "site_postcode": "SW1A 2AA"}')
    form.locator("textarea[data-element=provide_survey]").fill('{"ok": true}')
    form.locator("textarea[data-element=schedule_visit]").fill('{"visit_id": "V-9"}')
    form.locator("textarea[data-element=install_ont]").fill('{"ont_serial": "ONT-9"}')
    form.locator("textarea[data-element=provide_installation]").fill('{"ok": true}')

    # the expected path picked on the diagram, element by element
    form.locator(".case-pick").click()
    page.locator("#process-modeler .bpmn-canvas").scroll_into_view_if_needed()
    for element_id in ("survey_gateway", "survey_site", "no_survey"):  # the start event lies under the palette
        x, y = centre(page, element_id)
        page.mouse.click(x, y)
    expect(form.locator(".case-path li")).to_have_text(["survey_gateway", "survey_site", "no_survey"])
    form.locator(".case-path-undo").click()
    expect(form.locator(".case-path li")).to_have_text(["survey_gateway", "survey_site"])
    form.locator(".case-pick").click()

    # run on the diagram: the expected path differs; then take the run's path
    form.locator(".case-run").click()
    expect(form.locator(".case-report")).to_contain_text("The run completed")
    expect(form.locator(".case-report")).to_contain_text("The case fails")
    expect(form.locator(".case-report")).to_contain_text("survey_amended → take_amendment")
    expect(modeler.locator(".djs-element[data-element-id=take_amendment]")).to_have_class(re.compile(r"ordra-path"))
    form.locator(".case-use-run").click()
    expect(form.locator(".case-path li").nth(2)).to_have_text("survey_amended")
    form.locator("#case-expected_data").fill('{"site_postcode": "SW1A 2AA", "visit": {"visit_id": "V-9"}}')
    form.locator(".case-run").click()
    expect(form.locator(".case-report")).to_contain_text("The case passes.")
    snap(page, "modeler-test-case")
    form.locator(".case-save").click()
    expect(form.locator(".case-report")).to_contain_text("Saved test case 'amended while surveying, typed by hand'")

    api = Api(app.test_client())
    saved = next(c for c in api.get("/api/v1/processes/plan_field_visit/tests").json
                 if c["name"] == "amended while surveying, typed by hand")
    assert saved["messages"] == {"order_amended": {"survey_needed": False, "site_postcode": "SW1A 2AA"}}
    assert saved["expected_path"][2:4] == ["survey_amended", "take_amendment"]
    results = api.post("/api/v1/processes/plan_field_visit/tests/run").json["cases"]
    assert next(r for r in results if r["name"] == saved["name"])["passed"] is True


def test_form_editor_builds_a_group_and_a_multi_select(app: Flask, live_server: str, page: Any,
                                                       seeded: dict[str, Any]) -> None:
    editor = form_editor(page, live_server, "approval.json")
    preview = editor.locator(".form-live-preview")

    # a group (nested object) with two fields of its own, one required
    editor.locator(".form-add-field").click()
    group = editor.locator(".form-editor-field[data-index='2']")
    group.locator("#field-2-name").fill("site")
    group.locator("#field-2-title").fill("Site")
    group.locator("#field-2-type").select_option("object")
    expect(group.locator("#field-2-type option[value=object]")).to_have_count(1)
    group.locator(".form-add-group-field").click()
    group.locator(".form-add-group-field").click()
    group.locator("#field-2-0-name").fill("street")
    group.locator("#field-2-0-title").fill("Street")
    group.locator("#field-2-0-required").check()
    group.locator("#field-2-1-name").fill("floor")
    group.locator("#field-2-1-type").select_option("integer")
    expect(group.locator("#field-2-0-type option[value=object]")).to_have_count(0)  # one level, as the inbox reads
    expect(preview.locator("input[name='site.street']")).to_be_visible()
    expect(preview.locator("input[name='site.floor']")).to_be_visible()

    # a multi-select: an array of choices, at least one
    editor.locator(".form-add-field").click()
    several = editor.locator(".form-editor-field[data-index='3']")
    several.locator("#field-3-name").fill("access")
    several.locator("#field-3-title").fill("Access needs")
    several.locator("#field-3-type").select_option("array")
    several.locator("#field-3-choices").fill("ladder = Ladder\nkey = Key from reception")
    several.locator("#field-3-required").check()
    expect(preview.locator("select[name=access][multiple] option", has_text="Key from reception")).to_have_count(1)
    snap(page, "form-editor-nested")
    editor.locator(".form-deploy").click()
    expect(editor.locator(".modeler-status")).to_contain_text("Deployed as version 2")

    schema = json.loads(editor.locator(".form-json").text_content() or "")
    assert schema["properties"]["site"] == {
        "type": "object", "title": "Site", "required": ["street"],
        "properties": {"street": {"type": "string", "title": "Street"}, "floor": {"type": "integer"}}}
    assert schema["properties"]["access"] == {
        "type": "array", "title": "Access needs", "uniqueItems": True, "minItems": 1,
        "items": {"type": "string", "oneOf": [{"const": "ladder", "title": "Ladder"},
                                              {"const": "key", "title": "Key from reception"}]}}
    assert "access" in schema["required"] and "site" not in schema["required"]  # the group itself: not ticked


@pytest.mark.parametrize("size", [{"width": 1366, "height": 800}, {"width": 390, "height": 844}])
def test_the_modeler_fits_the_diagram_beside_its_palette(app: Flask, live_server: str, page: Any,
                                                         size: dict[str, int]) -> None:
    """Opened (and after *Fit*), no task, event or gateway lies under the palette."""
    from tests.workspace.workspace_support import seed_shop

    seed_shop(app)
    page.set_viewport_size(size)
    login(page, live_server, "admin")
    page.goto(f"{live_server}/studio/processes/customer_order/edit")
    expect(page.locator("#process-modeler")).to_have_attribute("data-ready", "true")
    under_palette = """() => {
      const palette = document.querySelector('#process-modeler .djs-palette').getBoundingClientRect();
      return [...document.querySelectorAll('#process-modeler .djs-element.djs-shape')]
        .map(el => [el.dataset.elementId, el.getBoundingClientRect()])
        .filter(([, box]) => box.width < palette.width * 2)  // not the pool and its lanes, which run behind it
        .filter(([, box]) => box.left < palette.right && box.top < palette.bottom)
        .map(([id]) => id);
    }"""
    assert page.evaluate(under_palette) == []
    page.get_by_role("button", name="Zoom in").click()
    page.get_by_role("button", name="Fit").click()
    assert page.evaluate(under_palette) == []
