"""The studio's pages share one script for what every editor needs (``static/studio_common.js``): a helper
copied into each editor drifted apart (the modeler's debounce passed its arguments on, the others' did not)."""
from __future__ import annotations

import re

import pytest

from tests.helpers import REPO

STATIC = REPO / "app" / "static"
TEMPLATES = REPO / "app" / "templates" / "studio"
SHARED = {"element": r"function element\(", "debounce": r"function debounce\(",
          "usersSaid": r"function usersSaid\(", "discardDraft": r"(function discardDraft\(|discardDraft = function)",
          "fileXml": r"function fileXml\("}
PAGES = {"decision_edit.html": "dmn_editor.js", "decision.html": "dmn_viewer.js", "form_edit.html": "form_editor.js",
         "process_edit.html": "case_editor.js", "process_version.html": "version_page.js"}


@pytest.mark.parametrize("name", sorted(SHARED))
def test_each_shared_helper_is_defined_once_in_the_shared_script(name: str) -> None:
    defining = sorted(path.name for path in STATIC.glob("*.js") if re.search(SHARED[name], path.read_text()))
    assert defining == ["studio_common.js"]


@pytest.mark.parametrize("template, script", sorted(PAGES.items()))
def test_the_studio_pages_load_the_shared_script_before_their_own(template: str, script: str) -> None:
    text = (TEMPLATES / template).read_text()
    assert "studio_common.js" in text and text.index("studio_common.js") < text.index(script)
