"""Human labels for the codes that states and statuses are stored as (``inProgress`` → "In progress")."""
from __future__ import annotations

import re

# Codes whose words alone would read wrong or too technical.
_SPECIAL = {"inProgress": "In progress", "on_track": "On track", "at_risk": "At risk", "assessingCancellation":
            "Assessing cancellation", "pendingCancellation": "Pending cancellation"}


def state_label(code: object) -> str:
    """``inProgress`` → "In progress", ``at_risk`` → "At risk", ``completed`` → "Completed"; "" stays ""."""
    text = str(code or "")
    if text in _SPECIAL:
        return _SPECIAL[text]
    words = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", text).replace("_", " ").strip().lower()
    return words[:1].upper() + words[1:]


# What an order line does to a product, as the people who asked for it name it (TMF keeps "delete").
_LINE_ACTIONS = {"add": "New", "modify": "Change", "suspend": "Suspend", "resume": "Resume", "delete": "Disconnect",
                 "noChange": "No change"}


def line_action_label(code: object) -> str:
    """``delete`` → "Disconnect", ``modify`` → "Change"; an unknown code reads as its words."""
    text = str(code or "")
    return _LINE_ACTIONS.get(text) or state_label(text)
