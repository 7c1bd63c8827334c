"""End to end in Chromium: a fulfilment manager adds a closure day, is told why a Saturday cannot be one, and
removes the day again; the history of changes on the page says who did each, newest first."""
from __future__ import annotations

from datetime import date
from datetime import timedelta
from typing import Any

import pytest
from flask import Flask
from playwright.sync_api import expect

from tests.browser.pages import login
from tests.browser.pages import snap

pytestmark = pytest.mark.browser


def next_weekday(weekday: int, after: date) -> date:
    """The first date after ``after`` falling on ``weekday`` (Monday 0), at least a week on."""
    day = after + timedelta(days=7)
    return day + timedelta(days=(weekday - day.weekday()) % 7)


def test_a_fulfilment_manager_adds_and_removes_a_closure_day(app: Flask, live_server: str, page: Any) -> None:
    today = date.today()
    saturday, wednesday = next_weekday(5, today), next_weekday(2, today)
    login(page, live_server, "fmanager")
    page.get_by_role("link", name="Jeopardy").click()
    page.get_by_role("link", name="Business hours and closure days").click()
    expect(page.locator("#business-hours")).to_contain_text("Mon–Fri 09:00–17:00 (UTC)")
    expect(page.locator("#closure-days")).to_have_text("No closure days ahead.")
    expect(page.locator("#closure-day-changes")).to_have_text("No closure day added or removed yet.")

    page.get_by_label("Date").fill(saturday.isoformat())
    page.get_by_label("Name").fill("Stocktake")
    page.get_by_role("button", name="Add closure day").click()
    expect(page.locator("#date-error")).to_contain_text(f"Saturday {saturday.isoformat()} is not a business day")
    expect(page.get_by_label("Date")).to_have_attribute("aria-invalid", "true")
    expect(page.get_by_label("Name")).to_have_value("Stocktake")  # what was typed stays

    page.get_by_label("Date").fill(wednesday.isoformat())
    page.get_by_role("button", name="Add closure day").click()
    expect(page.locator(".flash")).to_contain_text(f"Added the closure day {wednesday.isoformat()} (Stocktake)")
    row = page.locator(f"#closure-days tr[data-day='{wednesday.isoformat()}']")
    expect(row).to_contain_text("Stocktake")
    expect(row).to_contain_text("fmanager")
    changes = page.locator("#closure-day-changes li")
    expect(changes).to_have_count(1)  # the refused Saturday left none
    expect(changes.first).to_contain_text(f"Added {wednesday.isoformat()} Wed (Stocktake) by Fiona "
                                          "Fulfillment-Manager (fmanager).")
    expect(changes.first).to_contain_text("No open work re-timed.")
    snap(page, "business-calendar")

    row.get_by_role("button", name=f"Remove the closure day {wednesday.isoformat()}").click()
    expect(page.locator(".flash")).to_contain_text(f"Removed the closure day {wednesday.isoformat()}")
    expect(page.locator("#closure-days")).to_have_text("No closure days ahead.")
    expect(changes).to_have_count(2)
    expect(changes.first).to_contain_text(f"Removed {wednesday.isoformat()} Wed (Stocktake) by Fiona "
                                          "Fulfillment-Manager (fmanager).")
    expect(changes.nth(1)).to_contain_text(f"Added {wednesday.isoformat()}")
    expect(page.locator("#closure-day-changes-pages")).to_contain_text("Changes 1–2 of 2, newest first.")
