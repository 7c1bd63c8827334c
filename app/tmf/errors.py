"""TMF630 ``Error`` bodies for every /tmf-api response that is not a success.

The v4 specs give each operation 400, 401, 403, 404, 405, 409 and 500; an invalid body is a 400 (where
/api/v1 answers 422). Ordra adds ``errors`` (each with its ``field``) so a client can point at the bad
field; TMF clients that do not know it ignore it.
"""
from __future__ import annotations

from http import HTTPStatus
from typing import Any

from flask import Response
from flask import jsonify

# Statuses the TMF v4 specs do not list, and the listed one that says the same to a TMF client.
TMF_STATUS = {422: 400, 413: 400}


def tmf_status(status: int) -> int:
    return TMF_STATUS.get(status, status)


def tmf_error(status: int, errors: list[dict[str, Any]]) -> Response:
    """A TMF ``Error`` with ``status`` mapped to the code the specs give (422 → 400)."""
    status = tmf_status(status)
    try:
        reason = HTTPStatus(status).phrase
    except ValueError:
        reason = "Error"
    message = "; ".join(f"{e['field']}: {e['message']}" if e.get("field") else str(e.get("message", ""))
                        for e in errors) or reason
    response = jsonify({"@type": "Error", "code": str(status), "reason": reason, "message": message,
                        "status": str(status), "errors": errors})
    response.status_code = status
    return response
