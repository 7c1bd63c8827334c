"""Reading request bodies for the API."""
from __future__ import annotations

from typing import Any

from flask import request

from app.errors import BadRequest
from app.errors import Invalid

_FORMS = ("application/x-www-form-urlencoded", "multipart/form-data")


def json_object() -> dict[str, Any]:
    """The request's JSON object (an empty body counts as ``{}``).

    :raises BadRequest: the body is not JSON or not an object; form fields (a form's body is parsed before the
        handler runs, so it looked empty: an instance started without its data, a decision without its facts).
    """
    if request.mimetype in _FORMS and (request.form or request.files):  # read as no body at all: dropped unsaid
        raise BadRequest("the body must be a JSON object (Content-Type: application/json), not form fields")
    if not request.get_data():
        return {}
    payload = request.get_json(silent=True)
    if not isinstance(payload, dict):
        raise BadRequest("the body must be a JSON object (Content-Type: application/json)")
    return payload


def data_field(payload: dict[str, Any]) -> dict[str, Any]:
    """The ``data`` member of a payload, which must be an object when present."""
    data = payload.get("data", {})
    if not isinstance(data, dict):
        raise Invalid(errors=[{"field": "data", "message": "must be a JSON object"}])
    return data


def idempotency_key() -> str | None:
    """The ``Idempotency-Key`` header: a repeated request with the same key gets the first answer."""
    key = request.headers.get("Idempotency-Key", "").strip()
    if len(key) > 100:
        raise Invalid(errors=[{"field": "Idempotency-Key", "message": "at most 100 characters"}])
    return key or None
