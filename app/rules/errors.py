"""The errors of the decision engine, all under :class:`RulesError`."""
from __future__ import annotations

from typing import Any

from app.errors import DomainError
from app.errors import Invalid


class RulesError(DomainError):
    """Base of every error the decision engine raises on purpose."""


class DmnInvalid(RulesError, Invalid):
    """A DMN file that cannot be deployed.

    ``errors`` lists every problem found, each ``{"file", "line", "message"}``, so an author can fix
    all cells in one go.
    """

    def __init__(self, errors: list[dict[str, Any]]) -> None:
        count = len(errors)
        summary = errors[0]["message"] if count == 1 else f"{count} problems, first: {errors[0]['message']}"
        super().__init__(summary, errors)


class DecisionFailed(RulesError, Invalid):  # the model cannot answer these facts: 422
    """A decision that could not produce a result at run time: a UNIQUE table with several matching
    rules, an ANY table whose matching rules disagree, an input or output outside its allowed
    values, an unknown decision, or a decision kind Ordra does not evaluate."""


class NoMatch(RulesError):
    """No rule matched and the table has no default output; raised by ``DecisionResult.require()``
    for callers that must not continue without an answer (order processing routes it to fallout)."""
