"""The decision editor's decision requirements diagram (DRD) in a real browser: a switch above dmn-js's canvas
opens the file's DRD or any of its decisions and follows the views dmn-js opens itself; the DRD pans and zooms
from the keyboard; edits in any view are kept as drafts and checked; a decision a warning names (one the file
cannot use) is marked on its DRD shape; at a phone's width nothing scrolls sideways. The file:
tests/data/dmn/order_routing_drd.dmn, three decisions (two tables, a literal expression), two input data and a
knowledge source, laid out (DMNDI)."""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from playwright.sync_api import expect

from tests.browser.pages import login
from tests.browser.pages import snap
from tests.browser.test_accessibility import tab_to
from tests.helpers import DATA
from tests.helpers import Api

pytestmark = pytest.mark.browser

WARNED = re.compile(r"\bordra-warning\b")
VIEWS = ["Diagram (DRD)", "Customer Segment", "Jeopardy Level", "Escalation"]
DRG = ("route_segment", "route_jeopardy", "route_escalation", "i_order", "i_days_late", "ks_policy")
EDITOR = "#decision-modeler"
# dmn-js draws the DRD inside one <g class="viewport">: its matrix is the view (a: the zoom, e/f: the pan)
VIEW = """root => { const m = document.querySelector(root + ' .djs-container > svg .viewport').transform
    .baseVal.consolidate().matrix; return {scale: m.a, x: m.e, y: m.f}; }"""  # evaluated with the page's root
SIDEWAYS = "document.documentElement.scrollWidth - document.documentElement.clientWidth"


@pytest.fixture()
def editor(app: Flask, live_server: str, page: Any, seeded: dict[str, Any]) -> Any:
    """The editor of route_jeopardy, the middle decision of the file, opened by admin."""
    assert Api(app.test_client()).deploy(DATA / "dmn" / "order_routing_drd.dmn").status_code == 201
    login(page, live_server, "admin")
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{live_server}/studio/decisions/route_jeopardy/edit")
    expect(page.locator(EDITOR)).to_have_attribute("data-ready", "true")
    return page


def switch(page: Any, filename: str = "order_routing_drd.dmn") -> Any:
    return page.get_by_role("navigation", name=f"Views of {filename}")


def expect_current(page: Any, name: str, filename: str = "order_routing_drd.dmn") -> None:
    """``name`` is the open view: the one button of the switch marked aria-current."""
    expect(switch(page, filename).locator("button[aria-current=true]")).to_have_text([name])


def expect_the_switch_on_a_phone(page: Any, root: str, view: str) -> None:
    """At 390 px, ``view`` opened from the switch: every button of the switch within the page, and on the DRD the
    pan-zoom buttons above the canvas."""
    page.set_viewport_size({"width": 390, "height": 844})
    switch(page).get_by_role("button", name=view).click()
    expect_current(page, view)
    for button in switch(page).get_by_role("button").all():
        box = button.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 390, (button.inner_text(), box)
    if view == "Diagram (DRD)":
        expect(page.locator(f"{root} .djs-shape[data-element-id=route_escalation]")).to_be_visible()
        canvas = page.locator(f"{root} .dmn-canvas").bounding_box()
        for name in ("Zoom in", "Zoom out", "Fit to view", "Pan right"):
            box = page.get_by_role("button", name=name, exact=True).bounding_box()
            assert box["x"] + box["width"] <= 390 and box["y"] + box["height"] <= canvas["y"], (name, box)


def test_the_switch_opens_the_drd_which_pans_zooms_and_drills_into_a_decision(editor: Any) -> None:
    page = editor
    expect(switch(page).get_by_role("button")).to_have_text(VIEWS)
    expect_current(page, "Jeopardy Level")  # the URL's decision, as before
    expect(page.locator(f"{EDITOR} td[data-element-id=jl_gold_late] ~ td").first).to_be_visible()
    expect(page.get_by_role("button", name="Zoom in")).to_be_hidden()  # no pan-zoom row under a table

    # the DRD, reached and opened with the keyboard alone: every decision and what it requires
    tab_to(page, f"{EDITOR} .dmn-views button[data-view=order_routing_drd]", most=40)
    page.keyboard.press("Enter")
    expect_current(page, "Diagram (DRD)")
    expect(switch(page).get_by_role("button", name="Diagram (DRD)")).to_be_focused()
    for element_id in DRG:
        expect(page.locator(f"{EDITOR} .djs-element[data-element-id={element_id}]")).to_be_visible()
    expect(page.locator(f"{EDITOR} .bjs-powered-by")).to_be_visible()
    snap(page, "dmn-editor-drd")

    # its canvas pans and zooms from the keyboard, and with the buttons above it
    canvas = f"{EDITOR} .djs-container > svg"
    expect(page.locator(canvas)).to_have_attribute("aria-label", "Decision requirements diagram (editable)")
    fitted = page.evaluate(VIEW, EDITOR)
    tab_to(page, canvas, most=20)
    page.keyboard.press("+")
    zoomed = page.evaluate(VIEW, EDITOR)
    assert zoomed["scale"] > fitted["scale"] * 1.05, (fitted, zoomed)
    page.keyboard.press("ArrowRight")
    assert page.evaluate(VIEW, EDITOR)["x"] < zoomed["x"] - 10
    page.keyboard.press("0")
    assert page.evaluate(VIEW, EDITOR) == pytest.approx(fitted, abs=0.5)
    page.get_by_role("button", name="Zoom out").click()
    assert page.evaluate(VIEW, EDITOR)["scale"] < fitted["scale"]

    # the test panel still evaluates the page's decision, and says so
    about = page.locator(f"{EDITOR} .decision-try-about")
    expect(about).to_contain_text("Evaluates Jeopardy Level (route_jeopardy)")
    page.locator("#try-1").fill("3")  # days late; the segment is route_segment's, "bronze" for no order
    page.locator(f"{EDITOR} .decision-evaluate").click()
    expect(page.locator(f"{EDITOR} .decision-try-result")).to_contain_text('"medium"')

    # dmn-js's own drill-down on a decision's shape: the switch follows, the pan-zoom row goes
    page.locator(f"{EDITOR} .djs-overlays[data-container-id=route_segment] .drill-down-overlay button").focus()
    page.keyboard.press("Enter")
    expect_current(page, "Customer Segment")
    expect(switch(page).get_by_role("button", name="Customer Segment")).to_be_focused()  # not lost with the DRD
    expect(page.locator(f"{EDITOR} td[data-element-id=seg_gold] ~ td").first).to_be_visible()
    expect(page.get_by_role("button", name="Zoom in")).to_be_hidden()
    expect(about).to_contain_text("Evaluates Jeopardy Level (route_jeopardy)")
    expect(page.locator("label[for=try-1]")).to_contain_text("Days Late")
    # and its "View DRD": back on the diagram, with one row of buttons however often it was opened
    page.locator(f"{EDITOR} .view-drd-button").click()
    expect_current(page, "Diagram (DRD)")
    expect(page.locator(f"{EDITOR} .diagram-tools")).to_have_count(1)
    expect(page.get_by_role("button", name="Zoom in")).to_be_visible()
    switch(page).get_by_role("button", name="Jeopardy Level").click()
    expect_current(page, "Jeopardy Level")
    snap(page, "dmn-editor-table-with-switch")


def drag(page: Any, element_id: str, dx: float) -> None:
    box = page.locator(f"{EDITOR} .djs-element[data-element-id={element_id}]").first.bounding_box()
    assert box is not None
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] - 8
    page.mouse.move(x, y)
    page.mouse.down()
    page.mouse.move(x + dx / 2, y, steps=5)
    page.mouse.move(x + dx, y, steps=5)
    page.mouse.up()


def test_edits_in_other_views_are_kept_as_a_draft_checked_and_marked_on_the_drd(editor: Any) -> None:
    page = editor
    # an edit in the DRD (another viewer than the table the page opened on) is kept as a draft
    switch(page).get_by_role("button", name="Diagram (DRD)").click()
    expect_current(page, "Diagram (DRD)")
    before = page.locator(f"{EDITOR} .djs-element[data-element-id=ks_policy]").bounding_box()
    drag(page, "ks_policy", 80)
    assert page.locator(f"{EDITOR} .djs-element[data-element-id=ks_policy]").bounding_box()["x"] > before["x"] + 20
    expect(page.locator(f"{EDITOR} .modeler-draft")).to_have_text("Draft saved.")

    # an edit in the literal expression's viewer: checked as typed, then by Validate, the error on the decision
    switch(page).get_by_role("button", name="Escalation").click()
    expect_current(page, "Escalation")
    expression = page.locator(f"{EDITOR} .literal-expression .cm-content")
    expression.click()
    page.keyboard.press("Control+End")
    page.keyboard.type(" +")
    # the file's other decisions still deploy, so the server warns: Escalation cannot be used
    problem = page.locator(f"{EDITOR} .modeler-problems li.warning[data-element=route_escalation]")
    expect(problem).to_contain_text("cannot be used")  # the check after the edit, no button pressed
    page.locator(f"{EDITOR} .dmn-validate").click()
    expect(page.locator(f"{EDITOR} .modeler-status")).to_contain_text("1 warning(s) below")
    expect(problem).to_be_visible()

    # the decision the warning names is marked in the DRD, and unmarked once it is fixed
    switch(page).get_by_role("button", name="Diagram (DRD)").click()
    shape = page.locator(f"{EDITOR} .djs-element[data-element-id=route_escalation]")
    expect(shape).to_have_class(WARNED)
    snap(page, "dmn-editor-drd-error")

    # the draft holds both edits: offered on reload, opened, and on the page's decision again
    page.wait_for_timeout(1800)  # the draft is stored 1.5 s after the last edit
    expect(page.locator(f"{EDITOR} .modeler-draft")).to_have_text("Draft saved.")
    draft = page.evaluate("url => fetch(url, {headers: {Accept: 'application/json'}}).then(r => r.json())",
                          page.locator(EDITOR).get_attribute("data-draft-url"))
    moved = re.search(r'dmnElementRef="ks_policy">\s*<dc:Bounds [^>]*x="([\d.]+)"', draft["content"])
    assert moved and float(moved.group(1)) > 600, draft["content"]  # 560 in the file
    page.reload()
    expect(page.locator(EDITOR)).to_have_attribute("data-ready", "true")
    offer = page.locator(f"{EDITOR} .modeler-draft")
    expect(offer).to_contain_text("You have a draft from")
    offer.get_by_role("button", name="Open draft").click()
    expect(offer).to_have_text("Draft opened.")
    expect_current(page, "Jeopardy Level")
    switch(page).get_by_role("button", name="Escalation").click()
    expect(page.locator(f"{EDITOR} .literal-expression .cm-content")).to_contain_text('"work queue" +')

    # and Validate still works whichever view is open: the fix is made in the DRD's decision view, then valid
    page.locator(f"{EDITOR} .literal-expression .cm-content").click()
    page.keyboard.press("Control+End")
    page.keyboard.press("Backspace")
    page.keyboard.press("Backspace")
    switch(page).get_by_role("button", name="Diagram (DRD)").click()
    page.locator(f"{EDITOR} .dmn-validate").click()
    expect(page.locator(f"{EDITOR} .modeler-status")).to_have_text("Valid: ready to deploy.")
    expect(shape).not_to_have_class(WARNED)


@pytest.mark.parametrize("view", ["Jeopardy Level", "Diagram (DRD)"])
def test_at_390px_the_switch_wraps_and_nothing_scrolls_sideways(editor: Any, view: str) -> None:
    page = editor
    expect_the_switch_on_a_phone(page, EDITOR, view)
    assert page.evaluate(SIDEWAYS) == 0
    snap(page, f"dmn-editor-390-{'drd' if view.startswith('Diagram') else 'table'}")


# The drawn shapes' boxes, by element id (the shapes, not the requirements' edges)
SHAPES = """() => Object.fromEntries([...document.querySelectorAll('#decision-modeler .djs-element.djs-shape')]
    .map(g => { const r = g.querySelector('.djs-visual').getBoundingClientRect();
                return [g.dataset.elementId, [r.left, r.top, r.right, r.bottom]]; }))"""


def test_a_file_without_a_diagram_gets_its_drd_laid_out(app: Flask, live_server: str, page: Any,
                                                        seeded: dict[str, Any]) -> None:
    """No DMNDI: dmn-js alone would stack the decisions and leave out the input data and every requirement."""
    assert Api(app.test_client()).deploy(DATA / "dmn" / "order_routing.dmn").status_code == 201
    login(page, live_server, "admin")
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{live_server}/studio/decisions/jeopardy_level/edit")
    expect(page.locator(EDITOR)).to_have_attribute("data-ready", "true")
    views = page.get_by_role("navigation", name="Views of order_routing.dmn")
    views.get_by_role("button", name="Diagram (DRD)").click()
    for element_id in ("i_order", "i_days_late", "ir1", "ir2", "ir3", "ir4", "ir5"):
        expect(page.locator(f"{EDITOR} .djs-element[data-element-id={element_id}]")).to_be_attached()
    shapes = page.evaluate(SHAPES)
    assert set(shapes) == {"i_order", "i_days_late", "customer_segment", "jeopardy_level", "escalation"}, shapes
    for one, a in shapes.items():
        for other, b in shapes.items():
            apart = a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]
            assert one == other or apart, (one, other)
    # what requires the most lies on top: escalation above jeopardy_level above customer_segment above the order
    tops = [shapes[i][1] for i in ("escalation", "jeopardy_level", "customer_segment", "i_order")]
    assert tops == sorted(tops), shapes
    snap(page, "dmn-editor-drd-laid-out")


FACT_NAMES = json.loads((Path(__file__).parents[1] / "studio" / "fact_names.json").read_text())


def test_the_test_panel_reads_paths_and_names_with_spaces_as_the_server_does(app: Flask, live_server: str, page: Any,
                                                                           seeded: dict[str, Any]) -> None:
    """The editor's test panel asks for the fact each input column reads, as the deployed decision's page does."""
    assert Api(app.test_client()).deploy(DATA / "dmn" / "order_routing.dmn").status_code == 201
    login(page, live_server, "admin")
    page.goto(f"{live_server}/studio/decisions/customer_segment/edit")
    expect(page.locator(EDITOR)).to_have_attribute("data-ready", "true")
    read = page.evaluate("cases => cases.map(([expression]) => window.OrdraStudio.factName(expression))", FACT_NAMES)
    assert read == [fact for _, fact in FACT_NAMES]

    page.locator("#try-0").fill("150000")  # order.customer.annual_spend, given nested
    page.locator(f"{EDITOR} .decision-evaluate").click()
    expect(page.locator(f"{EDITOR} .decision-try-result")).to_contain_text('"gold"')

    page.goto(f"{live_server}/studio/decisions/jeopardy_level/edit")
    expect(page.locator(EDITOR)).to_have_attribute("data-ready", "true")
    expect(page.locator("label[for=try-1]")).to_contain_text("Days Late")
    expect(page.locator(f"{EDITOR} .decision-try .help")).to_have_text(
        ["the decision Customer Segment: a value given here stands for it; left empty, it is evaluated"])
    page.locator("#try-1").fill("5")
    page.locator(f"{EDITOR} .decision-evaluate").click()
    expect(page.locator(f"{EDITOR} .decision-try-result")).to_contain_text('"medium"')
    page.locator("#try-0").fill("gold")  # the required decision's value, given
    page.locator(f"{EDITOR} .decision-evaluate").click()
    expect(page.locator(f"{EDITOR} .decision-try-result")).to_contain_text('"high"')

    # order_approval's two columns count the list ``items``: one field gives it, as JSON (shipped: seeded)
    page.goto(f"{live_server}/studio/decisions/order_approval/edit")
    expect(page.locator(EDITOR)).to_have_attribute("data-ready", "true")
    expect(page.locator(f"{EDITOR} .decision-try [data-fact]")).to_have_count(1)
    expect(page.locator("label[for=try-0]")).to_contain_text("Lines (JSON)")
    page.locator("#try-0").fill("[oops")
    page.locator(f"{EDITOR} .decision-evaluate").click()
    assert page.locator("#try-0").evaluate("input => input.validationMessage").startswith("Must be JSON")
    page.locator("#try-0").fill('[{"action": "suspend"}]')  # a line that sells nothing: rule 1, no approval
    page.locator(f"{EDITOR} .decision-evaluate").click()
    expect(page.locator(f"{EDITOR} .decision-try-result h3")).to_have_text("Matched rule 1")
    expect(page.locator(f"{EDITOR} .decision-try-result")).to_contain_text("false")


def test_a_process_admin_builds_a_new_decision_in_the_browser(app: Flask, live_server: str, page: Any,
                                                              seeded: dict[str, Any]) -> None:
    """From the studio's "New decision": a table under an id of one's own, tried, deployed, then edited as any
    deployed decision (with saved test cases)."""
    login(page, live_server, "admin")
    page.goto(f"{live_server}/studio/")
    page.get_by_role("link", name="New decision").click()
    page.get_by_label("Decision id").fill("discount_band")
    page.get_by_role("button", name="Start a table with this id").click()
    expect(page.locator(EDITOR)).to_have_attribute("data-ready", "true")
    expect(page.get_by_role("heading", level=1)).to_have_text("New decision discount_band")
    expect(switch(page, "discount_band.dmn").get_by_role("button")).to_have_text(["Diagram (DRD)", "Discount band"])
    expect(page.locator(f"{EDITOR} .decision-run-cases")).to_be_disabled()

    page.locator("#try-0").fill("example")
    page.locator(f"{EDITOR} .decision-evaluate").click()
    expect(page.locator(f"{EDITOR} .decision-try-result")).to_contain_text('"an answer"')
    expect(page.locator(f"{EDITOR} .decision-save-case")).to_be_disabled()  # not deployed yet
    snap(page, "dmn-editor-new-decision")

    page.locator(f"{EDITOR} .dmn-deploy").click()
    expect(page.locator(f"{EDITOR} .modeler-status")).to_contain_text("Deployed as version 1.")
    page.get_by_role("link", name="Go on editing it (with saved test cases)").click()
    expect(page.locator(EDITOR)).to_have_attribute("data-ready", "true")
    expect(page.locator(EDITOR)).to_have_attribute("data-new", "false")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Edit Discount band")
    page.locator("#try-0").fill("example")
    page.locator(f"{EDITOR} .decision-evaluate").click()
    expect(page.locator(f"{EDITOR} .decision-save-case")).to_be_enabled()
