"""TMF list conventions: ``offset``/``limit`` query parameters and the ``X-Total-Count`` header."""
from __future__ import annotations

from typing import Any

from flask import Response
from flask import jsonify
from flask import request

from app.errors import BadRequest
from app.validation import DB_INT_MAX

DEFAULT_LIMIT = 100
MAX_LIMIT = 1000


def paging() -> tuple[int, int]:
    """The request's ``(offset, limit)``: offset from 0, limit 1 to 1000 (default 100).

    :raises BadRequest: either is not a whole number in range.
    """
    values = []
    for name, default, low, high in (("offset", 0, 0, DB_INT_MAX), ("limit", DEFAULT_LIMIT, 1, MAX_LIMIT)):
        text = request.args.get(name, str(default)).strip()
        if not (text.isascii() and text.isdigit()) or int(text) < low or (high is not None and int(text) > high):
            bound = f"from {low} to {high}" if high is not None else f"of at least {low}"
            raise BadRequest(errors=[{"field": name, "message": f"must be a whole number {bound}"}])
        values.append(int(text))
    return values[0], values[1]


def list_response(items: list[dict[str, Any]], total: int) -> Response:
    """A JSON array with ``X-Total-Count`` (all matches) and ``X-Result-Count`` (this page)."""
    response = jsonify(items)
    response.headers["X-Total-Count"] = str(total)
    response.headers["X-Result-Count"] = str(len(items))
    return response
