"""The instance page draws the running order's diagram with bpmn-js and marks where it is."""
from __future__ import annotations

from typing import Any

import pytest
from flask import Flask
from playwright.sync_api import expect

from tests.browser.pages import login
from tests.browser.pages import snap
from tests.helpers import REPO
from tests.helpers import Api
from tests.orchestration.flow import approve
from tests.orchestration.flow import fibre_bundle
from tests.orchestration.flow import order_360
from tests.orchestration.flow import place
from tests.workspace.workspace_support import bundle_parties
from tests.workspace.workspace_support import seed_shop

pytestmark = pytest.mark.browser


def place_demo_order(app: Flask) -> tuple[Api, int]:
    """A fibre bundle for Bravo plc over the TMF API, waiting at its approval."""
    seed_shop(app)
    seeded = bundle_parties(app)
    api = Api(app.test_client())
    return api, place(api, fibre_bundle(seeded))


def test_instance_page_marks_the_active_approval_and_the_completed_enrichment(
        app: Flask, live_server: str, page: Any) -> None:
    api, order_id = place_demo_order(app)
    instance_id = order_360(api, order_id)["process"][0]["id"]
    login(page, live_server, "fmanager")
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{live_server}/instances/{instance_id}")
    diagram = page.locator("#instance-diagram")
    expect(diagram.locator(".djs-element.ordra-state-active[data-element-id=approve_order]")).to_have_count(1)
    expect(diagram.locator(".djs-element.ordra-state-completed[data-element-id=enrich_site]")).to_have_count(1)
    expect(diagram.locator(".djs-element.ordra-state-completed[data-element-id=enrich_customer]")).to_have_count(1)
    expect(diagram.locator(".djs-element[data-element-id=decompose]")).not_to_have_class("ordra-state-completed")
    expect(page.locator(".bjs-powered-by")).to_be_visible()  # the bpmn.io watermark stays

    diagram.locator(".djs-element[data-element-id=approve_order]").click()
    details = diagram.locator(".bpmn-details")
    expect(details).to_contain_text("Approve order")
    expect(details).to_contain_text("Active")
    expect(details).to_contain_text("order approver")
    snap(page, "instance-diagram")

    approve(api, order_id)  # elsewhere: the page follows without a reload
    expect(diagram.locator(".djs-element.ordra-state-completed[data-element-id=approve_order]")).to_have_count(
        1, timeout=6000)
    expect(diagram.locator(".djs-element.ordra-state-completed[data-element-id=decompose]")).to_have_count(1)


def test_order_page_shows_what_it_waits_on_its_graph_and_one_gantt_bar_per_domain_order(
        app: Flask, live_server: str, page: Any) -> None:
    api, order_id = place_demo_order(app)
    approve(api, order_id)
    domains = order_360(api, order_id)["domain_orders"]
    login(page, live_server, "fmanager")
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{live_server}/workspace/orders/{order_id}")
    gantt = page.locator("#order-gantt")
    expect(gantt.locator("[data-domain-order-id]")).to_have_count(len(domains))
    assert sorted(int(i) for i in gantt.locator("[data-domain-order-id]").evaluate_all(
        "bars => bars.map(b => b.dataset.domainOrderId)")) == sorted(d["id"] for d in domains)
    expect(gantt.locator("[data-work-item-id]")).to_have_count(1)  # the survey, under the field visit
    expect(gantt.locator("path.dependency")).not_to_have_count(0)
    expect(gantt.locator("#gantt-now")).to_have_count(1)
    expect(page.locator("#waiting-on")).to_contain_text("Survey site (any fulfillment agent)")
    expect(page.locator("#waiting-on")).to_contain_text(
        "survey_result from Field Visit (Installation) for Access Line (Business Fibre Internet)")
    graph = page.locator("#decomposition-graph")
    expect(graph.locator(".node")).to_have_count(len(domains) + 4 + 1)  # domain orders, lines, the order
    # the four services wait for the survey, the four products' billing for the installation
    expect(graph.locator("path.edge-requires")).to_have_count(8)
    snap(page, "order-orchestration")
    page.locator("#orchestration").screenshot(path=str(snap(page, "order-orchestration-auto", full_page=False)))
    page.get_by_role("link", name="week").click()
    expect(page.locator(".zoom a[aria-current]")).to_have_text("week")
    page.locator("#decomposition-graph").screenshot(path=str(snap(page, "order-graph", full_page=False).parent
                                                             / "order-graph.png"))
    page.locator("#order-gantt").screenshot(path=str(snap(page, "order-gantt", full_page=False).parent
                                                     / "order-gantt.png"))


def test_team_timeline_shows_all_open_work_and_reassigns_from_the_chart(
        app: Flask, live_server: str, page: Any) -> None:
    api, order_id = place_demo_order(app)
    approve(api, order_id)
    login(page, live_server, "fmanager")
    page.set_viewport_size({"width": 1280, "height": 800})
    page.get_by_role("link", name="Team timeline").click()
    chart = page.locator("#team-gantt")
    expect(chart.locator("[data-work-item-id]")).to_have_count(1)  # the survey
    label = chart.locator("[data-work-item-id] a .label").first
    assert label.evaluate("l => getComputedStyle(l).fill") == "rgb(36, 87, 197)"  # it reads as a link
    chart.locator("[data-work-item-id] a").first.click()
    page.select_option("#assignee", "fulfiller")
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".flash")).to_contain_text("is now with fulfiller")
    snap(page, "team-timeline")


def test_every_shipped_process_draws_without_warnings_on_its_version_page(
        app: Flask, live_server: str, page: Any) -> None:
    seed_shop(app)
    login(page, live_server, "admin")
    page.set_viewport_size({"width": 1280, "height": 900})
    for path in sorted((REPO / "bpmn").glob("*.bpmn")):
        page.goto(f"{live_server}/studio/processes/{path.stem}/versions/1")
        diagram = page.locator("#process-diagram")
        expect(diagram).to_have_attribute("data-warnings", "0")
        shapes = diagram.locator(".djs-element.djs-shape").count()
        assert shapes >= 3, (path.stem, shapes)
        snap(page, f"process-{path.stem}")
