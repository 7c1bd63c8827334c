"""The studio's modeler: rename elements in bpmn-js, see errors marked on the diagram, deploy a new version."""
from __future__ import annotations

import io
import re
from typing import Any

import pytest
from flask import Flask
from playwright.sync_api import expect

from tests.browser.pages import login
from tests.browser.pages import snap
from tests.helpers import DATA
from tests.helpers import Api

pytestmark = pytest.mark.browser

# a user task in the fulfillment agents' lane (the file's lane names no role until renamed)
IN_ROLE_LANE = (DATA / "models" / "unknown_lane.bpmn").read_bytes().replace(b'name="Sales team"',
                                                                             b'name="Fulfillment agent"')


MARKED = re.compile(r"\bordra-error\b")


def rename(page: Any, element_id: str, new_name: str) -> None:
    """Double-click the element (a lane on its title strip), replace its label in bpmn-js's direct
    editing box, and commit."""
    element = page.locator(f".djs-element[data-element-id={element_id}]").first
    element.dblclick(position={"x": 12, "y": 40} if element_id.startswith("Lane") else None)
    box = page.locator(".djs-direct-editing-parent")
    expect(box).to_be_visible()
    page.keyboard.press("Control+A")
    page.keyboard.type(new_name)
    page.locator(".djs-container svg").first.click(position={"x": 5, "y": 5})  # empty canvas: commits
    expect(box).to_be_hidden()


def test_rename_validate_with_a_marked_error_then_deploy(app: Flask, live_server: str, page: Any) -> None:
    api = Api(app.test_client())
    deployed = api.post("/api/v1/models", content_type="multipart/form-data",
                        data={"files": [(io.BytesIO(IN_ROLE_LANE), "unknown_lane.bpmn")]})
    assert deployed.status_code == 201, deployed.json
    login(page, live_server, "admin")
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{live_server}/studio/processes/unknown_lane/edit")
    modeler = page.locator("#process-modeler")
    expect(modeler).to_have_attribute("data-ready", "true")
    expect(page.locator(".bjs-powered-by")).to_be_visible()  # the bpmn.io watermark stays
    task = modeler.locator(".djs-element[data-element-id=do_it]")

    rename(page, "Lane_unknown_lane", "Sales team")  # no such role: the user task has nobody to do it
    modeler.locator(".modeler-validate").click()
    expect(modeler.locator(".modeler-status")).to_contain_text("1 problem(s) found")
    expect(modeler.locator(".modeler-problems li[data-element=do_it]")).to_contain_text("names no role")
    expect(task).to_have_class(MARKED)
    snap(page, "modeler-error-marked")

    rename(page, "Lane_unknown_lane", "Fulfillment agent")
    rename(page, "do_it", "Do it now")
    modeler.locator(".modeler-validate").click()
    expect(modeler.locator(".modeler-status")).to_contain_text("Valid")
    expect(modeler.locator(".modeler-problems li")).to_have_count(0)
    expect(task).not_to_have_class(MARKED)

    modeler.locator(".modeler-deploy").click()
    expect(modeler.locator(".modeler-status")).to_contain_text("Deployed as version 2")
    snap(page, "modeler-deployed")
    [newest] = [p for p in api.get("/api/v1/models").json["processes"] if p["version"] == 2]
    assert [t["name"] for t in newest["user_tasks"]] == ["Do it now"]
    assert newest["lanes"] == ["Fulfillment agent"]
    changes = api.get("/api/v1/processes/unknown_lane/diff?from=1&to=2").json
    assert changes["changed"] == ["do_it"]
    # bpmn-js writes the whole file anew: only the rename is a difference, not its re-serialising
    assert [line["text"] for line in changes["details"]["do_it"]] == ['name: "Do it" → "Do it now"']

    modeler.locator(".modeler-deploy").click()  # the same again: no third version
    expect(modeler.locator(".modeler-status")).to_contain_text("Nothing changed: version 2")

    page.goto(f"{live_server}/studio/processes/unknown_lane/diff?from=1&to=2")
    newer = page.locator(".bpmn-version-diff").nth(1)
    expect(newer).to_have_attribute("data-ready", "true")
    expect(newer.locator(".djs-element[data-element-id=do_it]")).to_have_class(re.compile(r"\bordra-diff-changed\b"))
    expect(newer.locator(".djs-element.ordra-diff-added")).to_have_count(0)
    expect(page.locator(".diff-lines li")).to_have_text(['name: "Do it" → "Do it now"'])
    snap(page, "version-diff")
