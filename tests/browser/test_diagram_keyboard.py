"""A diagram pans and zooms without a mouse (static/diagram_keys.js): keys on the focused canvas, named buttons
above it, and a step reached with Tab scrolled into view. Everything here is done with the keyboard alone.

One seeded server, one browser context and one page serve the module: an order at its approval gives the
instance page a plan to draw, and a second version of activate_line gives the studio's diff page two diagrams.
"""
from __future__ import annotations

import io
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect
from werkzeug.serving import make_server

from tests.browser.pages import snap
from tests.browser.test_accessibility import serious_violations
from tests.browser.test_accessibility import tab_to
from tests.conftest import _dispose
from tests.conftest import make_app
from tests.helpers import DATA
from tests.helpers import Api
from tests.orchestration.flow import fibre_bundle
from tests.orchestration.flow import order_360
from tests.orchestration.flow import place
from tests.workspace.workspace_support import bundle_parties

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
BUTTONS = ("Zoom in", "Zoom out", "Fit to view", "Pan left", "Pan up", "Pan down", "Pan right")
# bpmn-js draws everything inside one <g class="viewport">: its matrix is the view (a: the zoom, e/f: the pan)
VIEW = """sel => { const m = document.querySelector(sel + ' .djs-container > svg .viewport').transform.baseVal
    .consolidate().matrix; return {scale: m.a, x: m.e, y: m.f}; }"""
# Each step's drawn shape, and whether it lies inside the canvas (1 px of rounding allowed) and the window
STEPS = """sel => { const svg = document.querySelector(sel + ' .djs-container > svg').getBoundingClientRect();
    const inside = (r, box) => r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top - 1
        && r.bottom <= box.bottom + 1;
    const screen = {left: 0, top: 0, right: innerWidth, bottom: innerHeight};
    return Object.fromEntries([...document.querySelectorAll(sel + ' .djs-element[tabindex="0"]')].map(g => {
        const r = g.querySelector('.djs-visual').getBoundingClientRect();
        return [g.dataset.elementId, inside(r, svg) && inside(r, screen)]; })); }"""
# v2's script: a line too long for a phone, so its box scrolls sideways inside itself
SECOND_SCRIPT = (b'port = activation["access_port"]\nline_reference = activation.get("line_reference", '
                 b'"unknown") + "/" + site_postcode.replace(" ", "").upper()  # the provider\'s own reference')
FOCUSED_STEP = "() => document.activeElement.closest('.djs-element')?.dataset.elementId ?? null"


@pytest.fixture(scope="module")
def site(seeded_sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    folder = tmp_path_factory.mktemp("diagram-keys")
    shutil.copy(seeded_sqlite_template, folder / "ordra.db")
    with pytest.MonkeyPatch.context() as env:
        env.setenv("ORDRA_INSTANCE_PATH", str(folder))
        app = make_app(f"sqlite:///{folder / 'ordra.db'}")
        bundle = bundle_parties(app)
        api = Api(app.test_client())
        order_id = place(api, fibre_bundle(bundle, external_id="KEYS-1"))
        activate_line = DATA / "models" / "activate_line.bpmn"
        assert api.deploy(activate_line).status_code == 201
        second = activate_line.read_bytes().replace(b'name="Activate line"', b'name="Activate the line"').replace(
            b'port = activation["access_port"]', SECOND_SCRIPT)
        assert api.post("/api/v1/models", data={"files": [(io.BytesIO(second), activate_line.name)]},
                        content_type="multipart/form-data").status_code == 201
        app.config["WTF_CSRF_ENABLED"] = True
        server = make_server("127.0.0.1", 0, app, threaded=True)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        yield {"base": f"http://127.0.0.1:{server.server_port}",
               "instance": order_360(api, order_id)["process"][0]["id"]}
        server.shutdown()
        _dispose(app)


@pytest.fixture(scope="module")
def desk(browser: Any, site: dict[str, Any]) -> Iterator[Any]:
    """One page, logged in as admin (who sees instances, version pages and the modeler), at 1280 px."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.goto(f"{site['base']}/login")
    page.fill("input[name=username]", "admin")
    page.fill("input[name=password]", "demo")
    page.keyboard.press("Enter")
    page.wait_for_selector("text=Log out")
    yield page
    context.close()


def open_instance(page: Any, site: dict[str, Any]) -> str:
    page.goto(f"{site['base']}/instances/{site['instance']}")
    page.wait_for_selector("#instance-diagram[data-marked] .diagram-tools")
    return "#instance-diagram"


def view(page: Any, diagram: str) -> dict[str, float]:
    return dict(page.evaluate(VIEW, diagram))


def test_keys_on_the_focused_diagram_zoom_pan_and_fit_it(desk: Any, site: dict[str, Any]) -> None:
    diagram = open_instance(desk, site)
    canvas = f"{diagram} .djs-container > svg"
    expect(desk.locator(canvas)).to_have_attribute("aria-label", "Diagram of Customer order")
    expect(desk.locator(canvas)).to_have_accessible_description(
        "In the diagram: arrow keys pan (Shift: faster), + and − zoom, 0 fits it to the view.")
    fitted = view(desk, diagram)
    tab_to(desk, canvas, most=80)  # every stop on the way, the canvas too, shows a focus ring

    desk.keyboard.press("+")
    zoomed = view(desk, diagram)
    assert zoomed["scale"] > fitted["scale"] * 1.05, (fitted, zoomed)
    desk.keyboard.press("ArrowRight")
    panned = view(desk, diagram)
    assert panned["x"] < zoomed["x"] - 10 and panned["y"] == pytest.approx(zoomed["y"]), (zoomed, panned)
    desk.keyboard.press("ArrowDown")
    assert view(desk, diagram)["y"] < panned["y"] - 10
    scroll = desk.evaluate("scrollY")
    desk.keyboard.press("Shift+ArrowUp")
    assert view(desk, diagram)["y"] > panned["y"] + 100  # faster, and the page itself did not scroll
    assert desk.evaluate("scrollY") == scroll
    desk.keyboard.press("-")
    assert view(desk, diagram)["scale"] < zoomed["scale"]
    desk.keyboard.press("0")
    assert view(desk, diagram) == pytest.approx(fitted, abs=0.5)
    expect(desk.locator(canvas)).to_be_focused()


def test_the_named_buttons_zoom_pan_and_fit_from_the_keyboard(desk: Any, site: dict[str, Any]) -> None:
    diagram = open_instance(desk, site)
    tools = desk.get_by_role("group", name="Pan and zoom diagram of customer order")
    for name in BUTTONS:
        expect(tools.get_by_role("button", name=name, exact=True)).to_be_visible()
    fitted = view(desk, diagram)
    tab_to(desk, f"{diagram} .diagram-tools button[aria-label='Zoom in']", most=80)
    desk.keyboard.press("Enter")
    desk.keyboard.press("Enter")
    zoomed = view(desk, diagram)
    assert zoomed["scale"] > fitted["scale"] * 1.2, (fitted, zoomed)
    tab_to(desk, f"{diagram} .diagram-tools button[aria-label='Pan right']", most=8)
    desk.keyboard.press("Enter")
    assert view(desk, diagram)["x"] < zoomed["x"] - 10
    desk.keyboard.press("Shift+Tab")  # Pan down
    desk.keyboard.press("Enter")
    assert view(desk, diagram)["y"] < zoomed["y"] - 10
    for _ in range(3):  # Pan up, Pan left, Fit to view
        desk.keyboard.press("Shift+Tab")
    expect(tools.get_by_role("button", name="Fit to view")).to_be_focused()
    desk.keyboard.press("Space")
    assert view(desk, diagram) == pytest.approx(fitted, abs=0.5)


def test_a_step_reached_with_tab_is_scrolled_into_view(desk: Any, site: dict[str, Any]) -> None:
    diagram = open_instance(desk, site)
    canvas = f"{diagram} .djs-container > svg"
    tab_to(desk, canvas, most=80)
    for _ in range(6):
        desk.keyboard.press("+")
    hidden = {step for step, seen in desk.evaluate(STEPS, diagram).items() if not seen}
    assert len(hidden) >= 3, hidden  # zoomed in, most of the plan is off the canvas
    reached = []
    while True:
        desk.keyboard.press("Tab")
        step = desk.evaluate(FOCUSED_STEP)
        if step is None:
            break
        reached.append(step)
        assert desk.evaluate(STEPS, diagram)[step], f"{step} has the focus but is not in view"
    assert hidden <= set(reached), (hidden, reached)
    snap(desk, "diagram-step-scrolled-into-view", full_page=False)


def test_the_version_diff_diagrams_have_the_buttons_and_keys_too(desk: Any, site: dict[str, Any]) -> None:
    desk.goto(f"{site['base']}/studio/processes/activate_line/diff?from=1&to=2")
    desk.wait_for_selector(".bpmn-version-diff[data-ready] .diagram-tools")
    first = ".bpmn-version-diff"
    expect(desk.get_by_role("button", name="Zoom in")).to_have_count(2)
    fitted = view(desk, first)
    tab_to(desk, f"{first} .djs-container > svg", most=40)
    desk.keyboard.press("+")
    assert view(desk, first)["scale"] > fitted["scale"]


def test_the_version_diff_says_what_changed_in_each_element(desk: Any, site: dict[str, Any]) -> None:
    """Under each changed element its lines; the script's two versions open from the keyboard, each in a box
    reached with Tab; at 390 px the page does not scroll sideways (only the script's box does)."""
    desk.goto(f"{site['base']}/studio/processes/activate_line/diff?from=1&to=2")
    details = desk.locator(".diff-details")
    # as the diagram reads, left to right (by id, note came first)
    expect(details.locator("h3")).to_have_text(["Activate the line (reserve)", "Note (note)"])
    expect(details.locator(".diff-lines").nth(0)).to_have_text('name: "Activate line" → "Activate the line"')
    script = details.locator("details")
    expect(script.locator("summary")).to_have_text("script changed")
    boxes = script.locator("[role=region]")  # closed: hidden, so not in the accessibility tree yet
    expect(boxes).to_have_count(2)
    expect(boxes.first).to_be_hidden()
    tab_to(desk, ".diff-lines summary", most=40)
    desk.keyboard.press("Enter")
    expect(boxes.nth(0)).to_have_accessible_name("script of Note (note) in v1")
    expect(boxes.nth(0)).to_have_text('port = activation["access_port"]')
    expect(boxes.nth(1)).to_contain_text("line_reference = activation.get(")
    desk.keyboard.press("Tab")
    expect(boxes.nth(0)).to_be_focused()
    assert serious_violations(desk) == []
    desk.locator("h1").scroll_into_view_if_needed()
    snap(desk, "version-diff-what-changed")
    desk.set_viewport_size(PHONE)
    try:
        desk.reload()  # drawn for the phone's width, as a phone would load it
        desk.wait_for_selector(".bpmn-version-diff[data-ready] .diagram-tools")
        script.locator("summary").click()
        assert desk.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") == 0
        newer = boxes.nth(1)
        assert newer.evaluate("e => e.scrollWidth > e.clientWidth")  # the long line scrolls inside its box
        assert newer.bounding_box()["x"] + newer.bounding_box()["width"] <= PHONE["width"]
        snap(desk, "version-diff-what-changed-390")
    finally:
        desk.set_viewport_size({"width": 1280, "height": 900})


def test_the_modeler_pans_zooms_and_fits_from_the_keyboard(desk: Any, site: dict[str, Any]) -> None:
    desk.goto(f"{site['base']}/studio/processes/customer_order/edit")
    desk.wait_for_selector("#process-modeler[data-ready=true]")
    modeler = "#process-modeler"
    canvas = f"{modeler} .djs-container > svg"
    expect(desk.locator(canvas)).to_have_attribute("aria-label", "Process diagram (editable)")
    for name in ("Zoom in", "Zoom out", "Fit"):
        expect(desk.get_by_role("button", name=name, exact=True)).to_be_visible()
    fitted = view(desk, modeler)
    tab_to(desk, canvas, most=60)
    desk.keyboard.press("+")
    zoomed = view(desk, modeler)
    assert zoomed["scale"] > fitted["scale"]
    desk.keyboard.press("ArrowLeft")  # nothing selected: the arrows pan
    assert view(desk, modeler)["x"] > zoomed["x"] + 10
    desk.keyboard.press("Control+ArrowUp")  # bpmn-js's own binding still pans
    assert view(desk, modeler)["y"] > zoomed["y"] + 10
    desk.keyboard.press("0")
    assert view(desk, modeler)["scale"] == pytest.approx(fitted["scale"], abs=0.01)
    desk.keyboard.press("Control+a")  # with a selection the arrows are bpmn-js's (they move it) and do not pan
    expect(desk.locator(f"{modeler} .djs-element.selected")).not_to_have_count(0)
    selected = view(desk, modeler)
    desk.keyboard.press("ArrowRight")
    assert view(desk, modeler) == selected
    desk.keyboard.press("Control+z")  # in case bpmn-js moved something
    desk.keyboard.press("Escape")
    desk.keyboard.press("Control+=")  # and bpmn-js's own zoom key
    assert view(desk, modeler)["scale"] > fitted["scale"]
    desk.keyboard.press("Control+-")
    assert view(desk, modeler)["scale"] == pytest.approx(fitted["scale"], abs=0.05)


def test_at_390px_the_buttons_fit_the_screen_above_the_canvas(browser: Any, site: dict[str, Any]) -> None:
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(f"{site['base']}/login")
    page.fill("input[name=username]", "admin")
    page.fill("input[name=password]", "demo")
    page.keyboard.press("Enter")
    page.wait_for_selector("text=Log out")
    diagram = open_instance(page, site)
    canvas = page.locator(f"{diagram} .bpmn-canvas").bounding_box()
    for name in BUTTONS:
        box = page.locator(diagram).get_by_role("button", name=name, exact=True).bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], (name, box)
        assert box["y"] + box["height"] <= canvas["y"], (name, box, canvas)  # above the drawing, not over it
    assert page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") == 0
    fitted = view(page, diagram)
    tab_to(page, f"{diagram} .diagram-tools button[aria-label='Zoom in']", most=80)
    page.keyboard.press("Enter")
    assert view(page, diagram)["scale"] > fitted["scale"]
    context.close()
