"""TMF630 list conventions: paging, attribute filtering and ``fields`` selection, and the count headers.

A list route names the attributes a client may filter on, each with the column it reads; every other
query parameter but ``offset``, ``limit`` and ``fields`` is refused with a 400 rather than ignored, so a
client never takes unfiltered data for filtered. ``name=a,b`` matches either value; dates and numbers
also take ``name.gt``, ``name.gte``, ``name.lt`` and ``name.lte``.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC
from datetime import datetime
from typing import Any

from flask import Response
from flask import jsonify
from flask import request
from sqlalchemy import ColumnElement
from werkzeug.datastructures import MultiDict

from app.errors import BadRequest
from app.validation import DB_INT_MAX

DEFAULT_LIMIT = 100
MAX_LIMIT = 1000
RESERVED = ("offset", "limit", "fields")
MAX_TEXT = 200
ALWAYS_SELECTED = ("id", "href", "@type")
COMPARISONS = {"gt": "__gt__", "gte": "__ge__", "lt": "__lt__", "lte": "__le__"}


@dataclass(frozen=True)
class Filter:
    """A filterable attribute: the column it reads and how its text becomes a value (``kind``)."""

    column: Any
    kind: str = "text"  # text | int | date | bool
    convert: Callable[[str], Any] | None = None  # overrides ``kind`` (e.g. a TMF state to Ordra's)
    contains: bool = False  # a text matches when it is part of the value, in any case
    # the condition that the entity has one of the values, where that is no plain ``column == value``
    # (e.g. offerings in a category: a link table); ``column`` then says what the values are
    matches: Callable[[list[Any]], ColumnElement[bool]] | None = None


def paging() -> tuple[int, int]:
    """The request's ``(offset, limit)``: offset from 0, limit 1 to 1000 (default 100).

    :raises BadRequest: either is not a whole number in range.
    """
    values = []
    for name, default, low, high in (("offset", 0, 0, DB_INT_MAX), ("limit", DEFAULT_LIMIT, 1, MAX_LIMIT)):
        text = request.args.get(name, str(default)).strip()
        if not (text.isascii() and text.isdigit()) or not low <= int(text) <= high:
            raise BadRequest(errors=[{"field": name, "message": f"must be a whole number from {low} to {high}"}])
        values.append(int(text))
    return values[0], values[1]


def conditions(filters: dict[str, Filter], args: MultiDict[str, str] | None = None) -> list[ColumnElement[bool]]:
    """The SQL conditions of the request's attribute filters (or of ``args``, e.g. an export job's query).

    :raises BadRequest: an attribute the list cannot filter on, an operator its kind does not take, or
        a value that is not of its kind; each naming the query parameter.
    """
    args = request.args if args is None else args
    found: list[ColumnElement[bool]] = []
    for parameter in args:
        if parameter in RESERVED:
            continue
        name, _, operator = parameter.partition(".") if _has_operator(parameter) else (parameter, "", "")
        spec = filters.get(name)
        if spec is None:
            allowed = ", ".join(sorted(filters)) or "none"
            raise BadRequest(errors=[{"field": parameter,
                                      "message": f"not a filter of this list (filters: {allowed})"}])
        for text in args.getlist(parameter):
            found.append(_condition(parameter, spec, operator, text))
    return found


def _has_operator(parameter: str) -> bool:
    return parameter.rsplit(".", 1)[-1] in COMPARISONS


def _condition(parameter: str, spec: Filter, operator: str, text: str) -> ColumnElement[bool]:
    if operator:
        if spec.kind not in ("date", "int"):
            raise BadRequest(errors=[{"field": parameter, "message": f".{operator} applies to dates and numbers"}])
        return getattr(spec.column, COMPARISONS[operator])(_value(parameter, spec, text))  # type: ignore[no-any-return]
    if spec.contains:
        return spec.column.icontains(_value(parameter, spec, text), autoescape=True)  # type: ignore[no-any-return]
    values = [_value(parameter, spec, part) for part in text.split(",")]
    if spec.matches is not None:
        return spec.matches(values)
    return spec.column == values[0] if len(values) == 1 else spec.column.in_(values)  # type: ignore[no-any-return]


def _value(parameter: str, spec: Filter, text: str) -> Any:
    if len(text) >= 2 and text[0] == text[-1] == '"':  # TMF clients (the CTKs among them) quote values
        text = text[1:-1]
    try:
        if len(text) > MAX_TEXT or not text.isprintable():
            raise ValueError(text)
        if spec.convert is not None:
            return spec.convert(text)
        if spec.kind == "int":
            if not (text.isascii() and text.isdigit()) or int(text) > DB_INT_MAX:
                raise ValueError(text)
            return int(text)
        if spec.kind == "bool":
            return {"true": True, "false": False}[text.lower()]
        if spec.kind == "date":
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
            return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)
    except (ValueError, KeyError, OverflowError):
        message = {"int": "a whole number", "bool": "true or false", "date": "an ISO 8601 date-time"}.get(
            spec.kind, f"a printable text of at most {MAX_TEXT} characters")
        raise BadRequest(errors=[{"field": parameter, "message": f"must be {message}"}]) from None
    return text


def selected(body: dict[str, Any]) -> dict[str, Any]:
    """``body`` reduced to the ``fields=`` the request names (plus id, href and @type at every level); all
    without it. A dotted name selects inside an attribute (TMF630): ``fields=productOrderItem.id,state``
    keeps ``state`` and, of each order item, its ``id``."""
    wanted = request.args.get("fields")
    if not wanted:
        return body
    tree: dict[str, Any] = {}
    for name in wanted.split(","):
        branch = tree
        for part in (p.strip() for p in name.split(".")):
            if not part:
                break
            branch = branch.setdefault(part, {})
    return _select(body, tree) if tree else body


def fields_asked() -> set[str]:
    """The top-level attributes ``fields=`` names (none without it)."""
    return {name.split(".")[0].strip() for name in request.args.get("fields", "").split(",")} - {""}


def _select(value: Any, tree: dict[str, Any]) -> Any:
    """``value`` with only the attributes ``tree`` names (an empty tree keeps it whole; lists per entry)."""
    if not tree:
        return value
    if isinstance(value, list):
        return [_select(entry, tree) for entry in value]
    if isinstance(value, dict):
        return {k: _select(v, tree.get(k, {})) for k, v in value.items() if k in tree or k in ALWAYS_SELECTED}
    return value


def one_response(body: dict[str, Any], status: int = 200) -> Response:
    response = jsonify(selected(body))
    response.status_code = status
    return response


def list_response(items: list[dict[str, Any]], total: int) -> Response:
    """A JSON array (``fields`` applied) with ``X-Total-Count`` (all matches) and ``X-Result-Count`` (this page)."""
    response = jsonify([selected(item) for item in items])
    response.headers["X-Total-Count"] = str(total)
    response.headers["X-Result-Count"] = str(len(items))
    return response
