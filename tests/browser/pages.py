"""Steps shared by the browser tests."""
from __future__ import annotations

from typing import Any


def login(page: Any, base: str, username: str) -> None:
    page.goto(f"{base}/login")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", "demo")
    page.click("button[type=submit]")
    page.wait_for_selector("text=Log out")


def logout(page: Any) -> None:
    page.click("text=Log out")
    page.wait_for_selector("input[name=username]")
