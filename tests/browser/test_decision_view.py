"""The deployed decision's read-only page in a real browser: dmn-js's viewer shows the file's decision
requirements diagram (DRD) and its decisions behind the decision editor's view switch, opened on the page's
decision; the DRD pans and zooms from the keyboard; nothing in it can be edited; a file without a diagram gets
the editor's first layout; the test panel still marks the rules it matched; at a phone's width nothing scrolls
sideways. The files: tests/data/dmn/order_routing_drd.dmn (laid out) and order_routing.dmn (no DMNDI)."""
from __future__ import annotations

from typing import Any

import pytest
from flask import Flask
from playwright.sync_api import expect

from tests.browser.pages import login
from tests.browser.pages import snap
from tests.browser.test_accessibility import tab_to
from tests.browser.test_decision_drd import DRG
from tests.browser.test_decision_drd import SIDEWAYS
from tests.browser.test_decision_drd import VIEW
from tests.browser.test_decision_drd import VIEWS
from tests.browser.test_decision_drd import expect_current
from tests.browser.test_decision_drd import expect_the_switch_on_a_phone
from tests.browser.test_decision_drd import switch
from tests.helpers import DATA
from tests.helpers import Api

pytestmark = pytest.mark.browser

VIEWER = "#decision-viewer"
EDGES = ("ir1", "ir2", "ir3", "ir4", "ir5", "ar1")


@pytest.fixture()
def viewer(app: Flask, live_server: str, page: Any, seeded: dict[str, Any]) -> Any:
    """The read-only page of route_jeopardy, the middle decision of the file, opened by admin."""
    assert Api(app.test_client()).deploy(DATA / "dmn" / "order_routing_drd.dmn").status_code == 201
    login(page, live_server, "admin")
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{live_server}/studio/decisions/route_jeopardy")
    expect(page.locator(VIEWER)).to_have_attribute("data-ready", "true")
    return page


def expect_read_only(page: Any) -> None:
    """No editing in the viewer: no palette, context pad, editable cell or field (the DRD's one input is
    diagram-js's search box, Ctrl+F), nor anything to save with."""
    for editing in (".djs-palette", ".djs-context-pad", "[contenteditable]", ".cm-editor", "textarea", "select",
                    "input:not(.djs-search-input input)"):
        expect(page.locator(f"{VIEWER} {editing}")).to_have_count(0)


def test_the_read_only_page_shows_the_drd_and_each_decision_behind_the_switch(viewer: Any) -> None:
    page = viewer
    expect(switch(page).get_by_role("button")).to_have_text(VIEWS)
    expect_current(page, "Jeopardy Level")  # the page's decision, as before
    expect(page.locator(f"{VIEWER} td[data-element-id=jl_gold_late] ~ td").first).to_be_visible()
    expect(page.locator("#decision-table")).to_be_hidden()  # the server's copy: for the page without scripts
    expect(page.get_by_role("button", name="Zoom in")).to_be_hidden()
    expect_read_only(page)
    page.locator(f"{VIEWER} td[data-element-id=jl_gold_late] ~ td").first.click()  # a click edits nothing
    expect_read_only(page)

    # the DRD, reached and opened with the keyboard alone: every decision, input data and requirement
    tab_to(page, f"{VIEWER} .dmn-views button[data-view=order_routing_drd]", most=40)
    page.keyboard.press("Enter")
    expect_current(page, "Diagram (DRD)")
    expect(switch(page).get_by_role("button", name="Diagram (DRD)")).to_be_focused()
    for element_id in DRG:
        expect(page.locator(f"{VIEWER} .djs-shape[data-element-id={element_id}]")).to_be_visible()
    for edge in EDGES:
        expect(page.locator(f"{VIEWER} .djs-connection[data-element-id={edge}]")).to_be_attached()
    expect(page.locator(f"{VIEWER} .bjs-powered-by")).to_be_visible()
    page.locator(f"{VIEWER} .djs-shape[data-element-id=route_segment]").click()
    expect_read_only(page)
    snap(page, "dmn-viewer-drd")

    # its canvas pans and zooms from the keyboard, and with the buttons above it
    canvas = f"{VIEWER} .djs-container > svg"
    expect(page.locator(canvas)).to_have_attribute("aria-label", "Decision requirements diagram (read-only)")
    fitted = page.evaluate(VIEW, VIEWER)
    switch(page).get_by_role("button", name="Diagram (DRD)").focus()  # the shape clicked above had it
    tab_to(page, canvas, most=20)
    page.keyboard.press("+")
    zoomed = page.evaluate(VIEW, VIEWER)
    assert zoomed["scale"] > fitted["scale"] * 1.05, (fitted, zoomed)
    page.keyboard.press("ArrowRight")
    assert page.evaluate(VIEW, VIEWER)["x"] < zoomed["x"] - 10
    page.keyboard.press("0")
    assert page.evaluate(VIEW, VIEWER) == pytest.approx(fitted, abs=0.5)
    page.get_by_role("button", name="Zoom out").click()
    assert page.evaluate(VIEW, VIEWER)["scale"] < fitted["scale"]

    # dmn-js's drill-down on a decision's shape, from the keyboard: the switch follows and keeps the focus
    page.locator(f"{VIEWER} .djs-overlays[data-container-id=route_segment] .drill-down-overlay button").focus()
    page.keyboard.press("Enter")
    expect_current(page, "Customer Segment")
    expect(switch(page).get_by_role("button", name="Customer Segment")).to_be_focused()
    expect(page.locator(f"{VIEWER} td[data-element-id=seg_gold] ~ td").first).to_be_visible()
    expect(page.get_by_role("button", name="Zoom in")).to_be_hidden()
    expect_read_only(page)
    switch(page).get_by_role("button", name="Escalation").click()
    expect_current(page, "Escalation")
    expect(page.locator(f"{VIEWER} .dmn-literal-expression-container .textarea")).to_contain_text('"work queue"')
    expect_read_only(page)


def test_the_test_panel_still_evaluates_and_its_rules_are_marked_in_the_viewer(viewer: Any) -> None:
    page = viewer
    page.locator("#input-1").fill("3")  # days late; the segment is route_segment's, "bronze" for no order
    page.get_by_role("button", name="Evaluate").click()
    expect(page.locator("#decision-result")).to_contain_text('"medium"')
    expect(page.locator(VIEWER)).to_have_attribute("data-ready", "true")
    rows = page.locator(f"{VIEWER} .tjs-table tbody tr")
    expect(rows).to_have_count(3)
    expect(page.locator(f"{VIEWER} .tjs-table tbody tr.matched")).to_have_count(1)
    expect(rows.nth(1)).to_have_class("matched")
    # back from the DRD, still marked
    switch(page).get_by_role("button", name="Diagram (DRD)").click()
    switch(page).get_by_role("button", name="Jeopardy Level").click()
    expect(rows.nth(1)).to_have_class("matched")
    snap(page, "dmn-viewer-matched")


def test_a_file_without_a_diagram_gets_its_drd_laid_out(app: Flask, live_server: str, page: Any,
                                                        seeded: dict[str, Any]) -> None:
    """No DMNDI: dmn-js's viewer alone would offer no DRD at all."""
    assert Api(app.test_client()).deploy(DATA / "dmn" / "order_routing.dmn").status_code == 201
    login(page, live_server, "admin")
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{live_server}/studio/decisions/jeopardy_level")
    expect(page.locator(VIEWER)).to_have_attribute("data-ready", "true")
    views = switch(page, "order_routing.dmn")
    expect(views.get_by_role("button")).to_have_text(["Diagram (DRD)", "Customer Segment", "Jeopardy Level",
                                                      "Escalation"])
    expect_current(page, "Jeopardy Level", "order_routing.dmn")
    views.get_by_role("button", name="Diagram (DRD)").click()
    for element_id in ("customer_segment", "jeopardy_level", "escalation", "i_order", "i_days_late"):
        expect(page.locator(f"{VIEWER} .djs-shape[data-element-id={element_id}]")).to_be_visible()
    for edge in ("ir1", "ir2", "ir3", "ir4", "ir5"):
        expect(page.locator(f"{VIEWER} .djs-connection[data-element-id={edge}]")).to_be_attached()
    expect_read_only(page)
    snap(page, "dmn-viewer-drd-laid-out")


@pytest.mark.parametrize("view", ["Jeopardy Level", "Diagram (DRD)"])
def test_at_390px_the_switch_wraps_and_nothing_scrolls_sideways(viewer: Any, view: str) -> None:
    page = viewer
    expect_the_switch_on_a_phone(page, VIEWER, view)
    if view != "Diagram (DRD)":  # the table, wider than the phone, scrolls in a container the keyboard reaches
        scroller = f"{VIEWER} .tjs-table-container"
        expect(page.get_by_role("region", name=f"Table of {view}")).to_be_visible()
        tab_to(page, scroller, most=20)
        page.keyboard.press("ArrowRight")
        page.keyboard.press("ArrowRight")
        page.wait_for_function("s => document.querySelector(s).scrollLeft > 0", arg=scroller)
    assert page.evaluate(SIDEWAYS) == 0
    snap(page, f"dmn-viewer-390-{'drd' if view.startswith('Diagram') else 'table'}")
