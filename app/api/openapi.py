"""``GET /api/v1/openapi.json``: the OpenAPI 3.1 description of the API.

Every path is generated from the operation its route declares: ``app.api.spec`` for ``/api/v1``,
``app.tmf.spec`` for the TM Forum APIs under ``/tmf-api``; a route that declares nothing is missing.
"""
from __future__ import annotations

import copy
import re
from typing import Any

from flask import Response
from flask import current_app
from flask import jsonify

from app.api.blueprint import bp
from app.api.spec import OPERATION
from app.api.spec import SCHEMAS
from app.validation import DB_INT_MAX
from app.validation import MAX_PATH_TEXT_CHARS

# The routes the document describes: Ordra's own API and the TM Forum Open APIs (app.tmf.spec).
DESCRIBED_PREFIXES = ("/api/v1/", "/tmf-api/")


def route_parameters(rule_path: str) -> list[dict[str, Any]]:
    """The path parameters of a Flask route, typed by its converters: ``<int:x>`` is an id, ``<path:x>``
    a name that may hold slashes (a connector's), anything else a text an id column holds (see ``app.validation``)."""
    text = {"type": "string", "minLength": 1, "maxLength": MAX_PATH_TEXT_CHARS}
    schemas = {"int": {"type": "integer", "minimum": 0, "maximum": DB_INT_MAX}, "path": text}
    return [{"name": name, "in": "path", "required": True,
             "schema": schemas.get(converter, {**text, "pattern": "^[^/]+$"})}
            for converter, name in re.findall(r"<(?:(\w+):)?(\w+)>", rule_path)]


def api_paths() -> dict[str, Any]:
    """Ordra's own API under ``/api/v1`` and the TM Forum APIs under ``/tmf-api``, from the operations their
    routes declare (``app.api.spec.documented``, ``app.tmf.spec``)."""
    paths: dict[str, Any] = {}
    for rule in current_app.url_map.iter_rules():
        view = current_app.view_functions[rule.endpoint]
        declared = getattr(view, OPERATION, None)
        if not rule.rule.startswith(DESCRIBED_PREFIXES) or declared is None:
            continue
        path = re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule.rule)
        for method in sorted((rule.methods or set()) - {"HEAD", "OPTIONS"}):
            described = copy.deepcopy(declared)
            parameters = route_parameters(rule.rule) + described.get("parameters", [])
            if parameters:
                described["parameters"] = parameters
            paths.setdefault(path, {})[method.lower()] = described
    return dict(sorted(paths.items()))


BEARER = ("A token from the account's API tokens page, `POST /api/v1/tokens` or `ordra users token NAME`; one "
          "limited to some roles may use only those roles of its user's (those the user still holds): any other "
          "answers 403. A token may list its user's tokens, not issue or revoke one (that needs the password: "
          "HTTP Basic).")


def document() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "Ordra API and TM Forum Open APIs", "version": "1"},
        "servers": [{"url": "/"}],
        "security": [{"basic": []}, {"bearer": []}],
        "components": {
            "securitySchemes": {"basic": {"type": "http", "scheme": "basic"},
                                "bearer": {"type": "http", "scheme": "bearer",
                                           "description": BEARER}},
            "schemas": SCHEMAS,
        },
        "paths": api_paths(),
    }


@bp.get("/openapi.json")
def openapi() -> Response:
    return jsonify(document())
