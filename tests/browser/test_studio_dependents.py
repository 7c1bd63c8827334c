"""A form edited in the studio reaches the task: the form editor's deploy gives the processes using the form a
new version and says so; a new instance's task shows the new field, a running one keeps its form."""
from __future__ import annotations

from typing import Any

import pytest
from flask import Flask
from playwright.sync_api import expect

from tests.browser.pages import login
from tests.browser.pages import logout
from tests.browser.pages import snap
from tests.browser.test_console_clean import console_errors
from tests.helpers import CHANGE_REQUEST_FILES
from tests.helpers import Api

pytestmark = pytest.mark.browser


def test_a_form_deployed_in_the_editor_shows_in_new_tasks(app: Flask, live_server: str, page: Any) -> None:
    api = Api(app.test_client())
    assert api.deploy(*CHANGE_REQUEST_FILES).status_code == 201
    running = api.post("/api/v1/processes/change_request/instances", json={"data": {"customer": "Old"}}).json
    errors = console_errors(page)
    login(page, live_server, "admin")
    page.goto(f"{live_server}/studio/forms/edit?file=technical_details.json")
    editor = page.locator("#form-editor")
    expect(editor).to_have_attribute("data-ready", "true")
    editor.locator(".form-add-field").click()
    field = editor.locator(".form-editor-field").last
    field.locator(".field-name").fill("rack")
    field.locator(".field-title").fill("Rack position")
    expect(editor.locator(".form-live-preview input[name=rack]")).to_be_visible()
    editor.locator(".form-deploy").click()
    status = editor.locator(".modeler-status")
    expect(status).to_contain_text("Deployed as version 2. New instances of change_request (v2) use it.")
    snap(page, "form-editor-deployed-with-users")
    page.wait_for_timeout(2000)  # longer than the editor waits before it saves a draft
    page.wait_for_load_state("networkidle")
    assert errors == []  # no DELETE of a draft that was never saved (a 404 in the console)
    assert api.get("/api/v1/drafts").json == []  # nor a draft of what was just deployed, saved after the deploy

    started = api.post("/api/v1/processes/change_request/instances", json={"data": {"customer": "New"}}).json
    assert started["version"] == 2
    logout(page)
    login(page, live_server, "fulfiller")
    page.goto(f"{live_server}/tasks/{started['tasks'][0]['id']}")
    expect(page.locator("form.task-form")).to_contain_text("Rack position")
    page.goto(f"{live_server}/tasks/{running['tasks'][0]['id']}")
    expect(page.locator("form.task-form")).to_contain_text("Bandwidth")
    expect(page.locator("form.task-form")).not_to_contain_text("Rack position")
