"""Modelling without a mouse in the studio (static/modeling_keys.js with bpmn-js's and dmn-js's own keys): the
palette's and the context pad's entries are named buttons Tab reaches and Enter or Space uses, a create entry
puts its element in a free place, and a process is built, named, validated and kept as a draft with the keyboard
alone: once the modeler's page has loaded, nothing is clicked."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Any

import pytest
from flask import Flask
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from playwright.sync_api import expect

from tests.browser.pages import snap
from tests.browser.test_accessibility import serious_violations
from tests.browser.test_accessibility import tab_to

pytestmark = pytest.mark.browser

BPMN = "{http://www.omg.org/spec/BPMN/20100524/MODEL}"
CANVAS = ".djs-container > svg"
PANEL_TITLE = ".properties-panel h3"


def log_in_by_keyboard(page: Any, base: str) -> None:
    page.goto(f"{base}/login")
    page.fill("input[name=username]", "admin")
    page.fill("input[name=password]", "demo")
    page.keyboard.press("Enter")
    page.wait_for_selector("text=Log out")


def expect_keyboard_buttons(entries: Any) -> None:
    """Each entry a button in the Tab order with a name a screen reader says."""
    assert entries.count() > 0
    for index in range(entries.count()):
        entry = entries.nth(index)
        expect(entry).to_have_attribute("role", "button")
        expect(entry).to_have_attribute("tabindex", "0")
        expect(entry).to_have_accessible_name(re.compile(r"\w"))


def shift_tab_to(page: Any, selector: str, most: int = 60) -> None:
    for _ in range(most):
        page.keyboard.press("Shift+Tab")
        if page.evaluate("s => document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"{selector} not reached in {most} Shift+Tabs")


def pick(page: Any, action: str) -> None:
    """From the focused canvas, Tab to an entry of the selected element's context pad (or the palette) and use it."""
    tab_to(page, f'.entry[data-action="{action}"]', most=12)
    page.keyboard.press("Enter")


def saved_draft(page: Any, base: str, process_id: str, wanted: str) -> ET.Element:
    """The user's draft as the server keeps it, once it holds ``wanted`` (drafts are saved a moment after an edit)."""
    for _ in range(50):
        answer = page.request.get(f"{base}/studio/drafts/process/{process_id}")
        if answer.ok and wanted in answer.json()["content"]:
            return ET.fromstring(answer.json()["content"].encode())
        page.wait_for_timeout(200)
    raise AssertionError(f"no draft of {process_id} with {wanted!r}")


def open_editor(page: Any, base: str, path: str, editor: str) -> Any:
    """Log in by keyboard at 1280 px and open the studio editor at ``path``; its ``editor`` element, once ready."""
    page.set_viewport_size({"width": 1280, "height": 900})
    log_in_by_keyboard(page, base)
    page.goto(f"{base}{path}")
    found = page.locator(editor)
    expect(found).to_have_attribute("data-ready", "true")
    return found


def test_a_process_is_built_and_validated_with_the_keyboard_alone(app: Flask, live_server: str, page: Any,
                                                                   seeded: dict[str, Any]) -> None:
    modeler = open_editor(page, live_server, "/studio/processes/new?template=approval&process_id=keyed_in",
                          "#process-modeler")
    expect_keyboard_buttons(modeler.locator(".djs-palette .entry"))
    expect(modeler.locator(".modeler-keys summary")).to_have_text("Keyboard shortcuts")

    tab_to(page, CANVAS, most=60)  # every stop on the way shows a focus ring
    page.keyboard.press("Control+a")
    page.keyboard.press("Delete")
    expect(modeler.locator(".djs-shape")).to_have_count(0)

    pick(page, "create.start-event")  # the palette: put in a free place and selected, the canvas focused again
    expect(page.locator(PANEL_TITLE)).to_contain_text("StartEvent")
    expect(page.locator(CANVAS)).to_be_focused()
    expect_keyboard_buttons(modeler.locator(".djs-context-pad .entry"))
    pick(page, "append.append-task")  # bpmn-js opens the new task's label at once
    expect(page.locator(".djs-direct-editing-content")).to_be_focused()
    page.keyboard.type("Check the order")  # c, e and r are bpmn-js keys too: not while a label is typed
    page.keyboard.press("Enter")
    expect(page.locator(CANVAS)).to_be_focused()
    page.keyboard.press("r")  # bpmn-js's "change element" list, filtered by typing
    page.keyboard.type("User task")
    expect(page.locator(".djs-popup .entry.selected")).to_have_text("User task")
    page.keyboard.press("Enter")
    expect(page.locator(PANEL_TITLE)).to_contain_text("UserTask")
    expect(page.locator(CANVAS)).to_be_focused()
    pick(page, "append.end-event")
    expect(page.locator(PANEL_TITLE)).to_contain_text("EndEvent")
    expect(page.locator(".djs-direct-editing-content")).to_be_focused()
    page.keyboard.press("Enter")  # no name
    expect(page.locator(CANVAS)).to_be_focused()

    page.keyboard.press("Control+f")  # the search selects what it finds
    page.keyboard.type("Check the")
    expect(page.locator(".djs-search-result-selected")).to_contain_text("Check the order")
    page.keyboard.press("Enter")
    expect(page.locator(PANEL_TITLE)).to_contain_text("UserTask")
    expect(page.locator(CANVAS)).to_be_focused()  # the search gives the focus back: the keys below go to the canvas
    task_id = modeler.locator(".djs-shape.selected").get_attribute("data-element-id")
    task = modeler.locator(f".djs-shape[data-element-id={task_id}]")
    where = task.get_attribute("transform")  # its place in the diagram's units
    for key, kind in [("Alt+ArrowRight", "SequenceFlow"), ("Alt+ArrowRight", "EndEvent"),
                      ("Alt+ArrowLeft", "SequenceFlow"), ("Alt+ArrowLeft", "UserTask")]:
        page.keyboard.press(key)  # the next element that way; bpmn-js's plain arrows would move the task
        expect(page.locator(PANEL_TITLE)).to_contain_text(kind)
        assert task.get_attribute("transform") == where

    pick(page, "append.gateway")  # a gateway after the task, connected back to it by keyboard: a rework loop
    expect(page.locator(PANEL_TITLE)).to_contain_text("ExclusiveGateway")
    expect(page.locator(".djs-direct-editing-parent")).to_be_hidden()  # no label box opened: Escape would deselect
    expect(page.locator(CANVAS)).to_be_focused()
    gateway_id = modeler.locator(".djs-shape.selected").get_attribute("data-element-id")
    connect = modeler.locator(".ordra-connect")
    pick(page, "connect")  # not the mouse's drag: a list of the elements it may connect to
    expect(connect.get_by_role("combobox", name=re.compile("^Connect Exclusive Gateway"))).to_be_focused()
    expect(connect.get_by_role("option").first).to_have_attribute("aria-selected", "true")
    page.keyboard.press("Escape")  # cancelled: nothing connected, back on the canvas
    expect(connect).to_have_count(0)
    expect(page.locator(CANVAS)).to_be_focused()
    expect(page.locator(PANEL_TITLE)).to_contain_text("ExclusiveGateway")
    pick(page, "connect")
    options = connect.get_by_role("option")
    expect(options.filter(has_text=f"Check the order ({task_id})")).to_have_count(1)
    assert options.filter(has_text=f"({gateway_id})").count() == 0  # not itself
    page.keyboard.type("check")  # c and e are bpmn-js keys (connect tool, label): not while the list is typed in
    expect(options).to_have_count(1)
    expect(page.locator(".djs-direct-editing-content")).not_to_be_visible()
    snap(page, "modeler-connect-list", full_page=False)  # what the list looks like, wide and narrow
    page.set_viewport_size({"width": 390, "height": 844})
    snap(page, "phone-modeler-connect-list", full_page=False)
    page.set_viewport_size({"width": 1280, "height": 900})
    page.keyboard.press("ArrowDown")  # one option: stays on it
    expect(options.first).to_have_attribute("aria-selected", "true")
    page.keyboard.press("Enter")
    expect(connect).to_have_count(0)
    expect(page.locator(CANVAS)).to_be_focused()
    expect(page.locator(PANEL_TITLE)).to_contain_text("SequenceFlow")
    expect(page.locator("#announcer")).to_contain_text(
        f"Sequence flow from Exclusive Gateway ({gateway_id}) to Check the order ({task_id}) created and selected.")

    # Escape clears the selection, so that arrow keys pan the diagram instead of moving the flow
    selected = modeler.locator(".djs-element.selected")
    expect(selected).to_have_count(1)
    page.keyboard.press("Escape")
    expect(selected).to_have_count(0)
    expect(page.locator("#announcer")).to_contain_text("Nothing selected: arrow keys pan the diagram.")
    viewport = modeler.locator(".djs-container svg .viewport")
    shown = viewport.evaluate(TRANSFORM)
    page.keyboard.press("ArrowLeft")
    expect(viewport).not_to_have_attribute("transform", shown)

    page.keyboard.press("Control+f")  # back to the task for its properties
    page.keyboard.type("Check the")
    expect(page.locator(".djs-search-result-selected")).to_contain_text("Check the order")
    page.keyboard.press("Enter")
    expect(page.locator(PANEL_TITLE)).to_contain_text("UserTask")
    tab_to(page, ".properties-panel input", most=40)  # past its context pad and the palette
    expect(page.locator(".properties-panel input").first).to_have_value("Check the order")
    page.keyboard.press("End")
    page.keyboard.type(" twice")
    page.keyboard.press("Tab")

    shift_tab_to(page, ".modeler-validate")
    page.keyboard.press("Enter")
    expect(modeler.locator(".modeler-status")).to_contain_text(re.compile(r"Valid|problem"))

    draft = saved_draft(page, live_server, "keyed_in", "Check the order twice")
    process = draft.find(f"{BPMN}process")
    assert process is not None
    # the template's pool was deleted, and bpmn-js began a process of its own id: the page's id was given back
    assert process.get("id") == "keyed_in"
    kinds = {node.get("id"): node.tag.removeprefix(BPMN) for node in process}
    (start,) = [i for i, kind in kinds.items() if kind == "startEvent"]
    (task,) = [node for node in process.iter(f"{BPMN}userTask")]
    (end,) = [i for i, kind in kinds.items() if kind == "endEvent"]
    assert task.get("name") == "Check the order twice"
    flows = {(flow.get("sourceRef"), flow.get("targetRef")) for flow in process.iter(f"{BPMN}sequenceFlow")}
    (gateway,) = [i for i, kind in kinds.items() if kind == "exclusiveGateway"]
    assert flows == {(start, task.get("id")), (task.get("id"), end), (task.get("id"), gateway),
                     (gateway, task.get("id"))}


def test_the_decision_diagram_s_palette_works_from_the_keyboard(app: Flask, live_server: str, page: Any,
                                                               seeded: dict[str, Any]) -> None:
    editor = open_editor(page, live_server, "/studio/decisions/approval_level/edit", "#decision-modeler")
    tab_to(page, ".dmn-views li:first-child button", most=40)
    expect(page.locator(".dmn-views li:first-child button")).to_have_text("Diagram (DRD)")
    page.keyboard.press("Enter")
    expect(editor).to_have_attribute("data-view", "drd")
    expect_keyboard_buttons(editor.locator(".djs-palette .entry"))
    decisions = editor.locator(".djs-shape[data-element-id^=Decision_]")
    expect(decisions).to_have_count(0)
    tab_to(page, '.djs-palette .entry[data-action="create.decision"]', most=20)
    page.keyboard.press("Enter")
    expect(decisions).to_have_count(1)
    expect(decisions.first).to_have_class(re.compile(r"\bselected\b"))
    expect(editor.locator(CANVAS)).to_be_focused()
    # its context pad's Connect entry opens the same list: the new decision requires an existing element
    pick(page, "connect")
    connect = editor.locator(".ordra-connect")
    expect(connect.get_by_role("combobox", name=re.compile(r"^Connect .*Decision_"))).to_be_focused()
    expect(connect.get_by_role("option")).to_have_text(["Approval level (approval_level)"])
    page.keyboard.press("Enter")
    expect(connect).to_have_count(0)
    expect(editor.locator(CANVAS)).to_be_focused()
    expect(editor.locator(".djs-connection.selected[data-element-id^=InformationRequirement_]")).to_have_count(1)
    expect(page.locator("#announcer")).to_contain_text(
        re.compile(r"Information requirement from Decision \(Decision_\w+\) to Approval level \(approval_level\)"))


FOCUSED_CELL = "() => { const c = document.activeElement.closest('td[data-coords]'); return c && c.dataset.coords; }"
TRANSFORM = "e => e.getAttribute('transform')"


MENU_ITEM = "() => document.activeElement.matches('[role=menuitem]') && document.activeElement.textContent"
CELL_TEXTS = "rows => rows.map(r => Array.from(r.querySelectorAll('td[data-coords]'), c => c.innerText.trim()))"


def expect_focused_cell(page: Any, coords: str) -> None:
    """The focus on the cell at ``coords`` (rule:column), given a moment: dmn-js draws an edit, then the focus moves."""
    try:
        page.wait_for_function(f"want => ({FOCUSED_CELL})() === want", arg=coords, timeout=3000)
    except PlaywrightTimeoutError:
        raise AssertionError(f"the focus is on cell {page.evaluate(FOCUSED_CELL)}, not {coords}") from None


def choose(page: Any, entry: str, key: str = "ArrowDown", most: int = 12) -> None:
    """In the open menu, press ``key`` until ``entry`` has the focus (disabled entries are passed over)."""
    for _ in range(most):
        if page.evaluate(MENU_ITEM) == entry:
            return
        page.keyboard.press(key)
    raise AssertionError(f"{entry!r} not reached with {key}: {page.evaluate(MENU_ITEM)!r} has the focus")


def table_menu(page: Any, editor: Any, rules: Any) -> None:
    """dmn-js's context menu from the keyboard, from the focused second rule's second cell: a rule added below and a
    column removed with keys alone, each as the mouse's menu would, and undone with Ctrl+Z."""
    menu = editor.get_by_role("menu", name="Decision table context menu")
    count = rules.count()
    shown = rules.evaluate_all(CELL_TEXTS)
    page.keyboard.press("Shift+F10")  # the focused cell's menu, its first entry focused
    expect(menu).to_be_visible()
    expect(menu.get_by_role("menuitem").first).to_be_focused()
    expect(menu.get_by_role("menuitem", name="Add rule below")).to_be_visible()
    page.keyboard.press("ArrowDown")
    assert page.evaluate(MENU_ITEM) == "Cut rule"
    snap(page, "decision-table-menu-by-keyboard", full_page=False)  # its focused entry ringed
    assert serious_violations(page) == []
    page.keyboard.press("Shift+Tab")
    assert page.evaluate(MENU_ITEM) == "Copy rule"
    page.keyboard.press("ArrowUp")  # round to the last
    expect(menu.get_by_role("menuitem").last).to_be_focused()
    page.keyboard.press("Escape")  # closed, the focus back on the cell
    expect(menu).to_have_count(0)
    expect_focused_cell(page, "1:1")
    assert rules.evaluate_all(CELL_TEXTS) == shown
    page.set_viewport_size({"width": 390, "height": 844})  # on a phone: in view, beside the cell
    page.keyboard.press("Shift+F10")
    expect(menu.get_by_role("menuitem").first).to_be_focused()
    box = menu.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 390
    snap(page, "phone-decision-table-menu-by-keyboard", full_page=False)
    page.keyboard.press("Escape")
    expect(menu).to_have_count(0)
    expect_focused_cell(page, "1:1")
    page.set_viewport_size({"width": 1280, "height": 900})

    page.keyboard.press("ContextMenu")  # the menu key too
    expect(menu).to_be_visible()
    choose(page, "Add rule below")
    page.keyboard.press("Enter")
    expect(menu).to_have_count(0)
    expect(rules).to_have_count(count + 1)
    expect_focused_cell(page, "2:1")  # the new rule's cell in the same column
    assert rules.evaluate_all(CELL_TEXTS) == shown[:2] + [["", "", "", "", ""]] + shown[2:]
    page.keyboard.type("7")
    page.keyboard.press("Shift+Enter")  # kept (the cell's text is the rule's once the focus leaves it)
    expect(editor.locator("td[data-coords='2:1']")).to_have_text("7", use_inner_text=True)
    page.keyboard.press("Control+z")  # the typing undone, then the rule added with the menu
    expect(editor.locator("td[data-coords='2:1']")).to_have_text("", use_inner_text=True)
    page.keyboard.press("Control+z")
    expect(rules).to_have_count(count)
    assert rules.evaluate_all(CELL_TEXTS) == shown

    # a column's menu, from its "Edit input" button: the second input column removed, with Tab and Space
    columns = editor.locator(".tjs-table thead th[data-col-id]")
    names = columns.evaluate_all("ths => ths.map(th => th.dataset.colId)")
    edit = f"th[data-col-id='{names[1]}'] button[aria-label='Edit input']"
    shift_tab_to(page, edit, most=30)
    page.keyboard.press("Shift+F10")
    expect(menu).to_be_visible()
    expect(menu.get_by_role("menuitem").first).to_have_text("Copy input column")
    choose(page, "Remove input column", key="Tab")
    page.keyboard.press(" ")
    expect(menu).to_have_count(0)
    expect(columns).to_have_count(len(names) - 1)
    assert columns.evaluate_all("ths => ths.map(th => th.dataset.colId)") == names[:1] + names[2:]
    assert rules.evaluate_all(CELL_TEXTS) == [row[:1] + row[2:] for row in shown]
    # the focus on the column now in its place
    expect(editor.locator(f"th[data-col-id='{names[2]}'] .edit-button")).to_be_focused()
    page.keyboard.press("Control+z")
    expect(columns).to_have_count(len(names))
    assert rules.evaluate_all(CELL_TEXTS) == shown
    tab_to(page, "td[data-coords='1:1'] [contenteditable]", most=30)


def test_the_decision_editor_s_keyboard_shortcuts_do_what_its_list_says(app: Flask, live_server: str, page: Any,
                                                                        seeded: dict[str, Any]) -> None:
    """Each key the decision editor's list names (beyond the palette and Connect, tested above), in the table and
    in the DRD, from the keyboard alone: it fails if a key the list names does nothing."""
    editor = open_editor(page, live_server, "/studio/decisions/approval_level/edit", "#decision-modeler")
    keys = editor.locator(".modeler-keys")
    tab_to(page, ".modeler-keys summary", most=20)
    page.keyboard.press("Enter")
    expect(keys.locator("ul").first).to_be_visible()
    expect(keys.locator("p")).to_have_text(["In the diagram (DRD):", "In a decision table:"])
    table_keys = keys.locator("ul").nth(1)
    for said in ["Tab and Shift+Tab go from cell to cell",
                 "Enter goes to the cell below (on the last rule: to a new rule)",
                 "Ctrl+C, Ctrl+X and Ctrl+V copy, cut and paste", "Alt+↓ opens its list",
                 "Shift+F10 or the menu key opens the focused cell's menu", "Enter or Space uses the entry",
                 "Escape closes it", "Ctrl+Z undoes, Ctrl+Y redoes"]:
        expect(table_keys).to_contain_text(said)
    drd_keys = keys.locator("ul").first
    for said in ["Alt+arrow keys select the next element that way (a requirement too)",
                 "E edits the selected element's name", "Ctrl+A selects everything, Escape on the diagram nothing",
                 "H and L take the hand and lasso tools"]:
        expect(drd_keys).to_contain_text(said)
    expect(drd_keys).not_to_contain_text("R changes")  # dmn-js has no such key, nor space or connect tools
    assert serious_violations(page) == []
    snap(page, "decision-editor-keys", full_page=False)
    page.set_viewport_size({"width": 390, "height": 844})
    keys.scroll_into_view_if_needed()
    assert page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") == 0
    snap(page, "phone-decision-editor-keys", full_page=False)
    page.set_viewport_size({"width": 1280, "height": 900})

    # the table (the page opens on it): Tab to the first rule's second cell, past the name, hit policy and columns
    tab_to(page, "td[data-coords='0:1'] [contenteditable]", most=40)
    snap(page, "decision-table-cell-by-keyboard", full_page=False)  # its focus ring (views.css)
    surcharge = editor.locator("td[data-coords='0:1']")  # the first rule's second input
    before = surcharge.inner_text()
    page.keyboard.press("End")
    page.keyboard.type("9")
    page.keyboard.press("Enter")  # the cell below
    assert page.evaluate(FOCUSED_CELL) == "1:1"
    expect(surcharge).to_have_text(before + "9")
    page.keyboard.press("Shift+Enter")  # back up
    assert page.evaluate(FOCUSED_CELL) == "0:1"
    page.keyboard.press("Enter")
    page.wait_for_timeout(500)  # dmn-js keeps a cell's text 300 ms after the last key typed (its debounceInput)
    page.keyboard.press("Control+z")  # from another cell: in the one undone, dmn-js keeps its text again at once,
    expect(surcharge).to_have_text(before)  # which leaves nothing to redo
    page.keyboard.press("Control+y")
    expect(surcharge).to_have_text(before + "9")
    rules = editor.locator(".tjs-table tbody tr")
    count = rules.count()
    for row in range(2, count):
        page.keyboard.press("Enter")
        assert page.evaluate(FOCUSED_CELL) == f"{row}:1"
    page.keyboard.press("Enter")  # on the last rule: a new one
    expect(rules).to_have_count(count + 1)
    assert page.evaluate(FOCUSED_CELL) == f"{count}:1"
    page.keyboard.press("Control+z")
    expect(rules).to_have_count(count)
    # the focus stays in the table when its rule goes (dmn-js left it on the page's body): the rule before it
    expect_focused_cell(page, f"{count - 1}:1")
    for row in range(count - 2, -1, -1):  # up to the first rule
        page.keyboard.press("Shift+Enter")
        assert page.evaluate(FOCUSED_CELL) == f"{row}:1"
    page.keyboard.press("Control+c")
    page.keyboard.press("Control+v")  # the first rule copied below it
    expect(rules).to_have_count(count + 1)
    expect(editor.locator("td[data-coords='1:1']")).to_have_text(before + "9", use_inner_text=True)
    assert page.evaluate(FOCUSED_CELL) == "1:1"
    page.keyboard.press("Control+x")  # the copy cut
    expect(rules).to_have_count(count)
    expect_focused_cell(page, "1:1")  # the rule now in its place, not the page's top
    table_menu(page, editor, rules)
    hit_policy = editor.locator(".dms-input[aria-label='Hit policy']")
    shift_tab_to(page, ".dms-input[aria-label='Hit policy']")  # from the table
    was = hit_policy.inner_text()
    page.keyboard.press("Alt+ArrowDown")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    expect(hit_policy).not_to_have_text(was)
    tab_to(page, "button[aria-label='Edit input']", most=5)
    page.keyboard.press("Enter")
    expect(editor.locator(".context-menu .input-edit")).to_be_visible()
    page.keyboard.press("Escape")
    expect(editor.locator(".context-menu")).to_have_count(0)
    columns = editor.locator(".tjs-table thead th")
    width = columns.count()
    shift_tab_to(page, "button[title='Add input']", most=30)
    page.keyboard.press("Enter")
    expect(columns).to_have_count(width + 1)

    # the DRD
    tab_to(page, ".dmn-views li:first-child button", most=60)
    page.keyboard.press("Enter")
    expect(editor).to_have_attribute("data-view", "drd")
    tab_to(page, CANVAS, most=20)
    selected = editor.locator(".djs-element.selected")
    page.keyboard.press("Control+a")  # the one decision, and its context pad
    expect(selected).to_have_count(1)
    pick(page, "append.input-data")  # dmn-js opens its name at once
    expect(page.locator(".djs-direct-editing-content")).to_be_focused()
    page.keyboard.type("Customer")
    page.keyboard.press("Enter")
    expect(editor.locator(CANVAS)).to_be_focused()
    page.keyboard.press("Control+a")
    expect(selected).to_have_count(3)  # the decision, the input data, the requirement
    page.keyboard.press("Control+f")
    page.keyboard.type("approval_lev")  # by id
    page.keyboard.press("Enter")
    decision = editor.locator(".djs-shape[data-element-id=approval_level]")
    expect(decision).to_have_class(re.compile(r"\bselected\b"))
    expect(editor.locator(CANVAS)).to_be_focused()  # given back a moment after the search closes
    page.keyboard.press("e")
    expect(page.locator(".djs-direct-editing-content")).to_be_focused()
    page.keyboard.press("Control+a")
    page.keyboard.type("Level")
    page.keyboard.press("Enter")  # the page's decision renamed: its view button too, the focus kept on the canvas
    expect(decision).to_contain_text("Level")
    expect(editor.locator(CANVAS)).to_be_focused()
    page.keyboard.press("e")
    expect(page.locator(".djs-direct-editing-content")).to_be_focused()
    page.keyboard.type(" zz")
    page.keyboard.press("Escape")
    expect(decision).to_have_text("Level")
    expect(editor.locator(CANVAS)).to_be_focused()
    for key in ["Alt+ArrowUp", "Alt+ArrowDown", "Alt+ArrowLeft", "Alt+ArrowRight"]:
        page.keyboard.press(key)  # the next element that way, where there is one
        if not re.search(r"\bselected\b", decision.get_attribute("class") or ""):
            break
    else:
        raise AssertionError("no Alt+arrow left the decision")
    page.keyboard.press("Control+f")
    expect(page.locator(".djs-search-container")).to_be_visible()
    page.keyboard.press("Escape")
    expect(page.locator(".djs-search-container")).to_be_hidden()
    expect(editor.locator(CANVAS)).to_be_focused()
    page.keyboard.press("Control+f")
    page.keyboard.type("Customer")
    page.keyboard.press("Enter")
    expect(editor.locator(CANVAS)).to_be_focused()
    data = editor.locator(".djs-shape.selected[data-element-id^=InputData_]")
    expect(data).to_have_count(1)
    where = data.evaluate(TRANSFORM)
    page.keyboard.press("ArrowRight")  # moved, not panned
    expect(data).not_to_have_attribute("transform", where)
    step = data.evaluate(TRANSFORM)
    page.keyboard.press("Shift+ArrowRight")

    def x(transform: str) -> float:
        return float(re.findall(r"-?[\d.]+", transform)[4])

    expect(data).not_to_have_attribute("transform", step)
    assert x(data.evaluate(TRANSFORM)) - x(step) > x(step) - x(where) > 0
    shapes = editor.locator(".djs-shape")
    page.keyboard.press("Delete")
    expect(shapes).to_have_count(1)
    page.keyboard.press("Control+z")
    expect(shapes).to_have_count(2)
    page.keyboard.press("Control+y")
    expect(shapes).to_have_count(1)
    page.keyboard.press("Control+z")
    expect(shapes).to_have_count(2)
    for key, cursor in [("l", "djs-cursor-crosshair"), ("h", "djs-cursor-grab")]:
        page.keyboard.press(key)  # the tool, waiting for the mouse
        expect(page.locator("body")).to_have_class(re.compile(cursor))
        page.keyboard.press("Escape")
        expect(page.locator("body")).not_to_have_class(re.compile(cursor))
    viewport = editor.locator(".djs-container svg .viewport")
    shown = viewport.evaluate(TRANSFORM)
    page.keyboard.press("+")
    expect(viewport).not_to_have_attribute("transform", shown)
    page.keyboard.press("0")
    expect(viewport).to_have_attribute("transform", re.compile(r"matrix\(1[ ,]0[ ,]0[ ,]1[ ,]"))
    shown = viewport.evaluate(TRANSFORM)
    page.keyboard.press("Control+ArrowLeft")  # pans with a selection too
    expect(viewport).not_to_have_attribute("transform", shown)
    page.keyboard.press("Control+a")
    selected = editor.locator(".djs-element.selected")
    expect(selected).not_to_have_count(0)
    page.keyboard.press("l")  # a tool waiting for the mouse: Escape drops it and keeps the selection
    page.keyboard.press("Escape")
    expect(selected).not_to_have_count(0)
    page.keyboard.press("Escape")  # then Escape clears the selection, and arrow keys pan
    expect(selected).to_have_count(0)
    shown = viewport.evaluate(TRANSFORM)
    page.keyboard.press("ArrowLeft")
    expect(viewport).not_to_have_attribute("transform", shown)
    shift_tab_to(page, ".drill-down-overlay button", most=5)  # the decision's table icon, just before the canvas
    page.keyboard.press("Enter")
    expect(editor).to_have_attribute("data-view", "decisionTable")
