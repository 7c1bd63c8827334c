"""The API docs page renders openapi.json with the vendored Swagger UI."""
from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.pages import snap

pytestmark = pytest.mark.browser


def test_api_docs_list_the_operations(live_server: str, page: Any) -> None:
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{live_server}/api/docs")
    expect(page.locator(".swagger-ui .opblock").first).to_be_visible()
    assert page.locator(".swagger-ui .opblock").count() > 30
    expect(page.locator(".swagger-ui")).to_contain_text("/api/v1/orders/{order_id}/timeline")
    snap(page, "api-docs", full_page=False)
