"""The step before what cannot be taken back (a disconnect, a cancellation): what it does, then a choice between
doing it and going back. The same page in the portal and the workspace; posting it again with ``confirmed=yes``
does it."""
from __future__ import annotations

from collections.abc import Sequence

from flask import render_template
from flask import request

CONFIRMED = "confirmed"


def confirmed() -> bool:
    """Whether the posted form is the confirmation page's own (its *yes*)."""
    return request.form.get(CONFIRMED) == "yes"


def confirm_page(title: str, lines: Sequence[str], *, action: str, fields: Sequence[tuple[str, str]], yes: str,
                 no: str, back: str) -> str:
    """The page asking to confirm: ``lines`` say what it does; *yes* posts ``fields`` to ``action`` again,
    confirmed; *no* goes ``back``."""
    return render_template("confirm.html", confirm={"title": title, "lines": lines, "action": action,
                                                    "fields": fields, "yes": yes, "no": no, "back": back})
