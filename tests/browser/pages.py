"""Steps shared by the browser tests."""
from __future__ import annotations

from pathlib import Path
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


SCREENSHOTS = Path(__file__).parent / "screenshots"  # not committed (.gitignore): for people to look at


def snap(page: Any, name: str, *, full_page: bool = True) -> Path:
    """Save a screenshot of ``page`` as tests/browser/screenshots/<name>.png."""
    SCREENSHOTS.mkdir(exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    return path
