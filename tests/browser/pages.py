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


def reload_until(page: Any, selector: str, text: str, timeout: float = 10.0) -> None:
    """Reload until ``selector`` contains ``text``: background jobs finish after the page was served."""
    import time

    deadline = time.monotonic() + timeout
    while text not in (page.locator(selector).inner_text() if page.locator(selector).count() else ""):
        if time.monotonic() > deadline:
            raise AssertionError(f"{selector} never showed {text!r}: {page.locator(selector).inner_text()!r}")
        time.sleep(0.3)
        page.reload()


SCREENSHOTS = Path(__file__).parent / "screenshots"  # not committed (.gitignore): for people to look at


def snap(page: Any, name: str, *, full_page: bool = True) -> Path:
    """Save a screenshot of ``page`` as tests/browser/screenshots/<name>.png."""
    SCREENSHOTS.mkdir(exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    return path
