"""The editors' drafts as a process admin meets them: kept under the name the form is given, never shared by two
new forms, said to be gone once deployed (the note kept saying "Draft saved." after the deploy had discarded
the draft), and kept when a deploy did not deploy them (offered, never opened)."""
from __future__ import annotations

from typing import Any

import pytest
from flask import Flask
from playwright.sync_api import expect

from tests.browser.pages import login
from tests.browser.pages import snap
from tests.browser.test_console_clean import console_errors
from tests.browser.test_console_clean import ours
from tests.browser.test_studio_editors import centre
from tests.helpers import CHANGE_REQUEST_FILES
from tests.helpers import REPO
from tests.helpers import Api

pytestmark = pytest.mark.browser
FORM = "#form-editor"


def drafts(app: Flask, page: Any = None, awaited: set[tuple[str, str]] | None = None) -> set[tuple[str, str]]:
    """The admin's drafts, as (kind, model id), read on the server (a fetch of one missing logs a 404); with
    ``awaited``, read again for up to 5 s until they are those (the editors store and delete them in the
    background)."""
    for _ in range(50):
        kept = _drafts(app)
        if awaited is None or kept == awaited:
            break
        page.wait_for_timeout(100)
    return kept


def _drafts(app: Flask, content: bool = False) -> Any:
    from sqlalchemy import select

    from app.auth.models import User
    from app.extensions import db
    from app.studio import authoring

    with app.app_context():
        admin = db.session.scalar(select(User).where(User.username == "admin"))
        if content:
            return {(d.kind, d.model_id): d.content for d in authoring.list_drafts(admin.id)}
        return {(d.kind, d.model_id) for d in authoring.list_drafts(admin.id, with_content=False)}


def test_a_new_forms_draft_is_kept_under_the_name_typed_and_goes_when_deployed(app: Flask, live_server: str,
                                                                               page: Any) -> None:
    errors = console_errors(page)
    login(page, live_server, "admin")
    page.goto(f"{live_server}/studio/forms/edit")
    expect(page.locator(FORM)).to_have_attribute("data-ready", "true")
    expect(page.locator("h1")).to_have_text("Form editor new_form.json")
    page.locator(".form-title").fill("Site checklist")
    expect(page.locator(f"{FORM} .modeler-draft")).to_have_text("Draft saved.")
    assert drafts(app) == {("form", "new_form.json")}
    # named: the heading says so and the draft moves to the name (none is left under new_form.json)
    page.locator(".form-filename").fill("site_checklist.json")
    expect(page.locator("h1")).to_have_text("Form editor site_checklist.json")
    page.locator(".form-add-field").click()
    page.locator("#field-0-name").fill("ladder")
    assert drafts(app, page, {("form", "site_checklist.json")}) == {("form", "site_checklist.json")}

    # another new form neither offers nor overwrites it
    page.goto(f"{live_server}/studio/forms/edit")
    expect(page.locator(FORM)).to_have_attribute("data-ready", "true")
    expect(page.locator(".form-filename")).to_have_value("new_form.json")
    expect(page.locator(f"{FORM} .modeler-draft")).to_have_text("")
    page.goto(f"{live_server}/studio/")
    page.locator("#drafts").get_by_role("link", name="site_checklist.json").click()
    expect(page.locator(FORM)).to_have_attribute("data-ready", "true")
    expect(page.locator(".form-title")).to_have_value("Site checklist")
    expect(page.locator(".form-filename")).to_have_value("site_checklist.json")

    page.locator(".form-deploy").click()
    expect(page.locator(f"{FORM} .modeler-status")).to_have_text("Deployed as version 1.")
    expect(page.locator(f"{FORM} .modeler-draft")).to_have_text("Draft discarded: it is deployed.")
    assert drafts(app, page, set()) == set()
    assert errors == []


def open_the_modeler_on_approve(app: Flask, live_server: str, page: Any) -> None:
    """The modeler on the deployed change_request, opened by admin, its task 'approve' selected."""
    assert Api(app.test_client()).deploy(*CHANGE_REQUEST_FILES).status_code == 201
    login(page, live_server, "admin")
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{live_server}/studio/processes/change_request/edit")
    expect(page.locator("#process-modeler")).to_have_attribute("data-ready", "true")
    page.mouse.click(*centre(page, "approve"))


def test_after_a_deploy_the_modeler_no_longer_says_draft_saved(app: Flask, live_server: str, page: Any) -> None:
    open_the_modeler_on_approve(app, live_server, page)
    expect(page.locator(".properties-panel h3").first).to_have_text("UserTask approve")
    page.locator("#prop-name").fill("Approve the change")
    page.locator("#prop-name").press("Tab")
    note = page.locator("#process-modeler .modeler-draft")
    expect(note).to_have_text("Draft saved.")
    page.locator(".modeler-deploy").click()
    expect(page.locator(".modeler-status")).to_contain_text("Deployed as version 2.")
    expect(note).to_have_text("Draft discarded: it is deployed.")
    assert drafts(app, page, set()) == set()


def test_a_draft_save_that_lands_after_the_deploy_does_not_bring_the_draft_back(app: Flask, live_server: str,
                                                                                page: Any) -> None:
    """The first save of an edit is held on its way to the server until the deploy has answered: it then stored
    the deployed file as a draft again, and the note said "Draft saved." under "Deployed as version 2."."""
    open_the_modeler_on_approve(app, live_server, page)
    held: list[Any] = []
    page.route("**/studio/drafts/process/**", lambda route: held.append(route) if route.request.method == "PUT"
               else route.continue_())
    page.locator("#prop-name").fill("Approve the change")
    page.locator("#prop-name").press("Tab")
    for _ in range(100):  # the draft is sent 1.5 s after the last edit
        if held:
            break
        page.wait_for_timeout(100)
    assert [route.request.method for route in held] == ["PUT"]
    page.locator(".modeler-deploy").click()
    expect(page.locator(".modeler-status")).to_contain_text("Deployed as version 2.")
    held[0].continue_()  # the save lands now, after the deploy
    note = page.locator("#process-modeler .modeler-draft")
    expect(note).to_have_text("Draft discarded: it is deployed.")
    assert drafts(app, page, set()) == set()
    page.wait_for_timeout(500)  # nothing else comes later to store it again
    assert drafts(app) == set()


def on_flow(page: Any, flow_id: str) -> tuple[float, float]:
    """A point on the flow's line, a third of the way along, on the screen."""
    return tuple(page.evaluate("""id => {
        const path = document.querySelector(`#process-modeler .djs-element[data-element-id=${id}] .djs-visual > path`);
        const at = path.getPointAtLength(path.getTotalLength() / 3).matrixTransform(path.getScreenCTM());
        return [at.x, at.y]; }""", flow_id))


def test_a_gateways_flow_is_made_the_default_in_the_panel(app: Flask, live_server: str, page: Any) -> None:
    """Validate says a flow out of an exclusive gateway needs "a condition or [to be] the default", and the panel
    offered only the condition: the default was hidden in bpmn-js's replace menu (the wrench)."""
    assert Api(app.test_client()).deploy(*CHANGE_REQUEST_FILES).status_code == 201  # approval.json
    login(page, live_server, "admin")
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{live_server}/studio/processes/new?template=approval&process_id=my_approval")
    expect(page.locator("#process-modeler")).to_have_attribute("data-ready", "true")
    page.mouse.click(*centre(page, "f_yes"))
    heading = page.locator(".properties-panel h3").first
    expect(heading).to_have_text("SequenceFlow f_yes")
    default = page.get_by_label("Default flow")
    expect(default).to_be_checked()
    expect(page.locator("#prop-condition")).to_have_count(0)  # a default flow's condition is never read

    default.uncheck()
    expect(default).to_be_focused()
    expect(page.locator("#prop-condition")).to_be_visible()
    page.locator(".modeler-validate").click()
    expect(page.locator(".modeler-problems li[data-element=f_yes]")).to_contain_text("give it a condition or make it "
                                                                                     "the default")
    default.check()
    expect(page.locator("#prop-condition")).to_have_count(0)
    page.locator(".modeler-validate").click()
    expect(page.locator(".modeler-status")).to_have_text("Valid: ready to deploy.")

    # a flow with a condition made the default loses its condition (the flow 'rejected' was decision == 'reject')
    page.mouse.click(*on_flow(page, "f_no"))  # a bent flow: the middle of its box is off the line
    expect(heading).to_have_text("SequenceFlow f_no")
    expect(page.locator("#prop-condition")).to_have_value("decision == 'reject'")
    page.get_by_label("Default flow").check()
    expect(page.locator("#prop-condition")).to_have_count(0)
    page.mouse.click(*centre(page, "f_yes"))
    expect(heading).to_have_text("SequenceFlow f_yes")
    expect(page.get_by_label("Default flow")).not_to_be_checked()  # a gateway has one default


def test_edits_made_just_before_leaving_an_editor_are_kept_as_its_draft(app: Flask, live_server: str,
                                                                        page: Any) -> None:
    """The draft is stored 1.5 s after the last edit: a name typed and a link followed at once was lost."""
    open_the_modeler_on_approve(app, live_server, page)
    page.locator("#prop-name").fill("Approve the change now")
    page.locator("#prop-name").press("Tab")
    page.get_by_role("link", name="view v1").click()
    expect(page.locator("h1")).to_contain_text("v1")
    assert drafts(app, page, {("process", "change_request")}) == {("process", "change_request")}

    page.goto(f"{live_server}/studio/forms/edit?file=approval.json")
    expect(page.locator(FORM)).to_have_attribute("data-ready", "true")
    page.locator(".form-title").fill("Approval, checked")
    page.get_by_role("link", name="Studio").click()
    kept = {("process", "change_request"), ("form", "approval.json")}
    assert drafts(app, page, kept) == kept
    assert "Approve the change now" in _drafts(app, content=True)[("process", "change_request")]
    assert "Approval, checked" in _drafts(app, content=True)[("form", "approval.json")]


def api_drafts(app: Flask) -> set[tuple[str, str]]:
    """The admin's drafts as GET /api/v1/drafts lists them, as (kind, model id)."""
    listed = Api(app.test_client()).get("/api/v1/drafts")
    assert listed.status_code == 200, listed.json
    return {(d["kind"], d["model_id"]) for d in listed.json}


def test_deploying_the_table_as_deployed_keeps_the_draft_left_unopened(app: Flask, live_server: str, page: Any,
                                                                        seeded: dict[str, Any]) -> None:
    """A draft offered but not opened, then Deploy: the deployed table was sent (the server answered "nothing
    changed"), yet the editor said "Draft discarded: it is deployed." and deleted the draft, whose edit was lost."""
    errors = console_errors(page)
    login(page, live_server, "admin")
    page.set_viewport_size({"width": 1400, "height": 1000})
    url = f"{live_server}/studio/decisions/approval_level/edit"
    page.goto(url)
    editor = page.locator("#decision-modeler")
    expect(editor).to_have_attribute("data-ready", "true")
    cell = editor.locator("td[data-element-id=r3_level]")
    cell.click()
    page.keyboard.press("Control+A")
    page.keyboard.type('"premium"')
    editor.locator(".decision-try").click()  # leaves the cell
    note = editor.locator(".modeler-draft")
    expect(note).to_have_text("Draft saved.")
    assert api_drafts(app) == {("decision", "approval_level")}
    # the saved cases run on the table as edited (they ran on the deployed one, and the case for row 3 passed)
    editor.locator(".decision-run-cases").click()
    expect(editor.locator(".case-results li.failed")).to_contain_text("'premium'")

    page.reload()
    expect(editor).to_have_attribute("data-ready", "true")
    expect(note).to_contain_text("You have a draft from")
    expect(editor.locator("td[data-element-id=r3_level]")).to_contain_text("high bandwidth")  # not opened
    editor.locator(".dmn-deploy").click()
    expect(editor.locator(".modeler-status")).to_have_text("Nothing changed: this table is already deployed.")
    expect(note).to_contain_text("Your draft is kept, unopened: it was not deployed.")
    snap(page, "dmn-editor-draft-kept")
    page.wait_for_timeout(500)  # a DELETE, were one sent, has landed
    expect(note).not_to_contain_text("discarded")
    assert api_drafts(app) == {("decision", "approval_level")}
    assert '"premium"' in _drafts(app, content=True)[("decision", "approval_level")]

    # opened, the draft is what a deploy deploys: then it goes
    note.get_by_role("button", name="Open draft").click()
    expect(note).to_have_text("Draft opened.")
    editor.locator(".dmn-deploy").click()
    expect(editor.locator(".modeler-status")).to_contain_text("Not deployed")  # the shipped case for row 3 fails
    editor.locator(".modeler-status button").click()
    expect(editor.locator(".modeler-status")).to_contain_text("Deployed as version 2")
    expect(note).to_have_text("Draft discarded: it is deployed.")
    assert drafts(app, page, set()) == set()
    assert [e for e in ours(errors) if "status of 422" not in e] == []  # the deploy the case refused: 422


def test_the_modeler_and_the_form_editor_keep_a_draft_left_unopened_too(app: Flask, live_server: str,
                                                                         page: Any) -> None:
    """The same deploy from the process modeler and the form editor, their drafts stored through the API."""
    api = Api(app.test_client())
    assert api.deploy(*CHANGE_REQUEST_FILES).status_code == 201
    diagram = (REPO / "bpmn" / "change_request.bpmn").read_text().replace('name="Approve change"',
                                                                         'name="Approve the change"')
    assert api.client.put("/api/v1/drafts/process/change_request", headers=api.headers("admin"),
                          json={"content": diagram}).status_code == 200
    assert api.client.put("/api/v1/drafts/form/approval.json", headers=api.headers("admin"),
                          json={"content": {"title": "Approval, drafted", "type": "object"}}).status_code == 200
    login(page, live_server, "admin")
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{live_server}/studio/processes/change_request/edit")
    expect(page.locator("#process-modeler")).to_have_attribute("data-ready", "true")
    note = page.locator("#process-modeler .modeler-draft")
    expect(note).to_contain_text("You have a draft from")
    page.locator(".modeler-deploy").click()
    expect(page.locator(".modeler-status")).to_contain_text("Nothing changed: version 1 is already deployed.")
    expect(note).to_contain_text("Your draft is kept, unopened: it was not deployed.")

    page.goto(f"{live_server}/studio/forms/edit?file=approval.json")
    expect(page.locator(FORM)).to_have_attribute("data-ready", "true")
    page.locator(".form-deploy").click()
    expect(page.locator(f"{FORM} .modeler-status")).to_have_text("Nothing changed: this form is already deployed.")
    expect(page.locator(f"{FORM} .modeler-draft")).to_contain_text("Your draft is kept, unopened: it was not deployed.")
    page.wait_for_timeout(500)  # a DELETE, were one sent, has landed
    assert api_drafts(app) == {("process", "change_request"), ("form", "approval.json")}
