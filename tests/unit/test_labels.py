"""State codes read as words on every page."""
from __future__ import annotations

import pytest

from app.labels import line_action_label
from app.labels import state_label


@pytest.mark.parametrize(("code", "label"), [
    ("inProgress", "In progress"), ("acknowledged", "Acknowledged"), ("at_risk", "At risk"),
    ("pendingCancellation", "Pending cancellation"), ("assessingCancellation", "Assessing cancellation"),
    ("completed", "Completed"), ("", ""), (None, ""),
])
def test_state_labels(code: object, label: str) -> None:
    assert state_label(code) == label


@pytest.mark.parametrize(("code", "label"), [
    ("delete", "Disconnect"), ("modify", "Change"), ("suspend", "Suspend"), ("noChange", "No change"),
    ("cease", "Cease"),
])
def test_line_action_labels(code: str, label: str) -> None:
    assert line_action_label(code) == label
