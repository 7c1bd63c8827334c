"""The two ways a task form can be wrong: its definition, or a submission against it."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from app.errors import Invalid


class FormSpecError(Invalid):
    """A form definition (JSON Schema, UI schema or Camunda fields) the builder cannot honour.

    Raised when the definition loads, so the studio can show every problem at upload. Each
    message names where the problem is (a schema path such as ``properties.qty.minimum`` or a
    field name), and ``errors`` holds one ``{"message": ...}`` per problem.
    """

    def __init__(self, messages: Sequence[str]) -> None:
        first = messages[0] if messages else "The form definition is not supported."
        summary = first if len(messages) <= 1 else f"{first} (and {len(messages) - 1} more)"
        super().__init__(summary, [{"message": message} for message in messages])

    @property
    def messages(self) -> list[str]:
        """Every problem's message, in the order found."""
        return [str(error["message"]) for error in self.errors]


class FormInvalid(Invalid):
    """Submitted form data that does not validate.

    ``errors`` is ``[{"field": name, "message": msg}, ...]``: one entry per bad field, in form
    order, with dotted names for fields of a nested object (``address.street``).
    """

    def __init__(self, errors: list[dict[str, Any]]) -> None:
        super().__init__("The submitted form data is not valid.", errors)
