"""The closure-day form of the business-calendar page: it carries the CSRF token and what was typed; the checks
are the service's (app/jeopardy/closures.py), the same for the page and the API, and land next to their fields."""
from __future__ import annotations

from typing import Any

from wtforms import StringField

from app.jeopardy.closures import NAME_MAX
from app.webforms import PageForm


class ClosureDayForm(PageForm):
    date = StringField("Date", render_kw={"type": "date", "required": True})
    name = StringField("Name", render_kw={"maxlength": NAME_MAX, "required": True,
                                          "placeholder": "e.g. Christmas Eve"})

    def add_errors(self, errors: list[dict[str, Any]]) -> None:
        """Put the service's field errors next to their fields (one without a known field: next to the date)."""
        for problem in errors:
            field = self.name if problem.get("field") == "name" else self.date
            field.errors = [*field.errors, problem["message"]]
