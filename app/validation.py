"""One validation layer for what every request brings: ids, text, paging and JSON bodies.

PostgreSQL is the reference for what is valid: an id beyond its ``integer`` or a NUL byte in a text makes
it raise, where SQLite silently stores or overflows. So these checks run before any query, on both
databases alike, and turn bad input into a 4xx naming the field:

- ids in URL paths (``<int:...>``) are whole numbers from 0 to ``DB_INT_MAX``; any other is a 404;
- text path parameters (process and decision ids) longer than ``MAX_PATH_TEXT_CHARS`` or with control
  characters name nothing: 404;
- query parameters and form fields may not hold NUL or other control characters (forms keep tab, CR and
  LF), query values at most ``MAX_QUERY_CHARS`` characters: 422 with the field;
- JSON bodies nest at most ``JSON_MAX_DEPTH`` levels (400, never a ``RecursionError``) and their strings and
  keys hold no control characters but tab, CR and LF (422 with the field's path).

``check_text``, ``int_arg``, ``optional_id_arg``, ``paging_args`` and ``json_text`` (JSON typed into a form field)
are for the handlers' own fields.
"""
from __future__ import annotations

import json
import math
import re
from typing import Any

from flask import Flask
from flask import Request
from flask import current_app
from flask import request
from werkzeug.routing import IntegerConverter
from werkzeug.routing import Map

from app.errors import BadRequest
from app.errors import Invalid
from app.errors import NotFound

DB_INT_MAX = 2**31 - 1  # PostgreSQL's ``integer``: every id column of both databases fits in it
MAX_PATH_TEXT_CHARS = 255  # the process and decision id columns
MAX_QUERY_CHARS = 500
JSON_MAX_DEPTH = 32
# Control characters (tab, LF and CR are text, but not in a line) and the halves of UTF-16 pairs that JSON can
# escape alone ("\ud800"): Python holds them, UTF-8 cannot, so PostgreSQL's driver raised on them (a 500).
_CONTROL_IN_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_CONTROL_IN_LINE = re.compile(r"[\x00-\x1f\x7f\ud800-\udfff]")
_NOT_TEXT = "must not contain control characters"
_NOT_UNICODE = "must be valid Unicode text (no lone surrogate halves such as \\ud800)"


class IdConverter(IntegerConverter):
    """``<int:...>`` limited to what an id column holds, so ``/orders/99999999999999999999`` is a 404."""

    def __init__(self, map: Map, fixed_digits: int = 0, min: int | None = None, max: int | None = DB_INT_MAX,
                 signed: bool = False) -> None:
        super().__init__(map, fixed_digits=fixed_digits, min=min, max=max, signed=signed)


def install(app: Flask) -> None:
    """Wire the checks into ``app``; call before blueprints register their routes."""
    app.url_map.converters["int"] = IdConverter
    app.request_class = CheckedRequest
    app.before_request(check_request_text)


def check_text(value: Any, field: str, max_chars: int, *, required: bool = False, multiline: bool = False) -> str:
    """``value`` as a text of at most ``max_chars`` characters without control characters (tab, CR and LF
    allowed when ``multiline``); ``None`` is ``""`` unless ``required``.

    :raises Invalid: anything else, naming ``field``.
    """
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        raise Invalid(errors=[{"field": field, "message": "must be a non-empty text" if required else
                               "must be a text"}])
    if len(value) > max_chars:
        raise Invalid(errors=[{"field": field, "message": f"must be at most {max_chars} characters long"}])
    found = (_CONTROL_IN_TEXT if multiline else _CONTROL_IN_LINE).search(value)
    if found:
        raise Invalid(errors=[{"field": field, "message": _problem(found)}])
    return value


def _problem(found: re.Match[str]) -> str:
    """What is wrong with a text in which one of the patterns above found ``found``."""
    return _NOT_UNICODE if "\ud800" <= found.group() <= "\udfff" else _NOT_TEXT


def int_arg(name: str, default: int, low: int, high: int) -> int:
    """The query parameter ``name`` as a whole number from ``low`` to ``high`` (``default`` when absent).

    :raises Invalid: not a whole number in range, naming ``name``.
    """
    if name not in request.args:
        return default
    text = request.args[name].strip()
    if not (text.isascii() and text.lstrip("-").isdigit()) or not low <= int(text) <= high:
        raise Invalid(errors=[{"field": name, "message": f"must be a whole number from {low} to {high}"}])
    return int(text)


def choice_arg(name: str, choices: tuple[str, ...], default: str) -> str:
    """The query parameter ``name``, one of ``choices`` (``default`` when absent).

    :raises Invalid: any other value, naming ``name``.
    """
    value = request.args.get(name, default)
    if value not in choices:
        raise Invalid(errors=[{"field": name, "message": f"must be one of {', '.join(choices)}"}])
    return value


def optional_id_arg(name: str) -> int | None:
    """The query parameter ``name`` as an id, or None when absent.

    :raises Invalid: not an id (a whole number from 1 to ``DB_INT_MAX``); an empty value is not one either.
    """
    if name not in request.args:
        return None
    return int_arg(name, 0, 1, DB_INT_MAX)


def paging_args(default_limit: int, max_limit: int) -> tuple[int, int]:
    """The request's ``(offset, limit)``: offset from 0 to ``DB_INT_MAX``, limit from 1 to ``max_limit``."""
    return int_arg("offset", 0, 0, DB_INT_MAX), int_arg("limit", default_limit, 1, max_limit)


def parse_id(value: Any, field: str) -> int:
    """An id given in a body, as a JSON number or a string of ASCII digits.

    ``str.isdigit`` is not enough: it accepts ``"²"``, which ``int()`` refuses.
    :raises Invalid: anything else, naming ``field``.
    """
    text = str(value) if isinstance(value, (str, int)) and not isinstance(value, bool) else ""
    if not (text.isascii() and text.isdigit()) or not 1 <= int(text) <= DB_INT_MAX:
        raise Invalid(errors=[{"field": field, "message": f"must be an id, a whole number from 1 to {DB_INT_MAX}"}])
    return int(text)


def check_request_text() -> None:
    """Refuse control characters and overlong values in the query string and form fields, and text path
    parameters no id column could hold."""
    for name, value in (request.view_args or {}).items():
        if isinstance(value, str) and (len(value) > MAX_PATH_TEXT_CHARS or _CONTROL_IN_LINE.search(value)):
            raise NotFound(f"no such {name.replace('_', ' ')}")
    for name, value in request.args.items(multi=True):
        check_text(name, "query parameter name", MAX_QUERY_CHARS)
        check_text(value, name, MAX_QUERY_CHARS)
    if request.method in ("POST", "PUT", "PATCH") and request.mimetype in (
            "application/x-www-form-urlencoded", "multipart/form-data"):
        for name, value in request.form.items(multi=True):
            found = _CONTROL_IN_TEXT.search(value)
            if found:  # (a multipart part may come without a name: werkzeug's is None)
                raise Invalid(errors=[{"field": name if name is not None else "(a form field without a name)",
                                       "message": _problem(found)}])


def _json_max_depth() -> int:
    return int(current_app.config.get("JSON_MAX_DEPTH", JSON_MAX_DEPTH))


def check_json_value(value: Any, max_depth: int = JSON_MAX_DEPTH) -> None:
    """Walk a parsed JSON value (without recursion).

    :raises BadRequest: it nests deeper than ``max_depth``.
    :raises Invalid: a string or key holds control characters other than tab, CR and LF, or a lone surrogate;
        the field is its path.
    """
    stack: list[tuple[Any, tuple[str | int, ...]]] = [(value, ())]
    while stack:
        node, path = stack.pop()
        if len(path) > max_depth:
            raise BadRequest(f"the JSON body nests deeper than {max_depth} levels")
        if isinstance(node, float) and not math.isfinite(node):
            raise Invalid(errors=[{"field": _path_text(path), "message": "must be a finite number"}])
        if isinstance(node, str):
            found = _CONTROL_IN_TEXT.search(node)
            if found:
                raise Invalid(errors=[{"field": _path_text(path), "message": _problem(found)}])
        elif isinstance(node, dict):
            for key, item in node.items():
                found = _CONTROL_IN_LINE.search(key)
                if found:
                    raise Invalid(errors=[{"field": _path_text(path) or "(body)",
                                           "message": f"keys {_problem(found)}"}])
                stack.append((item, (*path, key)))
        elif isinstance(node, list):
            stack.extend((item, (*path, index)) for index, item in enumerate(node))


def _path_text(path: tuple[str | int, ...]) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def json_text(text: str, field: str) -> Any:
    """A JSON text typed into the form field ``field``, parsed and checked as a JSON body is (``check_json_value``).

    :raises Invalid: not JSON, nested deeper than ``JSON_MAX_DEPTH`` levels (``json.loads`` raises
        ``RecursionError`` at ~1,000), a number that is not finite or a text with control characters; naming
        ``field`` (and the place inside it).
    """
    try:
        value = json.loads(text)
        check_json_value(value, _json_max_depth())
    except (RecursionError, BadRequest):
        raise Invalid(errors=[{"field": field, "message": f"nests deeper than {_json_max_depth()} levels"}]) from None
    except Invalid as exc:
        raise Invalid(errors=[{**e, "field": f"{field}.{e['field']}" if e.get("field") else field}
                              for e in exc.errors]) from None
    except ValueError as exc:
        raise Invalid(errors=[{"field": field, "message": f"not valid JSON: {exc}"}]) from None
    return value


class CheckedRequest(Request):
    """Flask's request, whose JSON body is checked as it is parsed (``get_json`` is what ``json`` calls)."""

    def get_json(self, force: bool = False, silent: bool = False, cache: bool = True) -> Any:
        try:
            value = super().get_json(force=force, silent=silent, cache=cache)
        except RecursionError:  # the C parser gives up on ~1,000 nested brackets
            raise BadRequest(f"the JSON body nests deeper than {_json_max_depth()} levels") from None
        if value is not None:
            check_json_value(value, _json_max_depth())
        return value
