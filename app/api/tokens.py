"""The caller's own API tokens over the API: list, issue, revoke.

Issuing and revoking need the caller's password (HTTP Basic): a bearer token may list its user's tokens but not
mint another (which would outlive the revocation of the one that minted it) nor revoke one (see
``app.auth.access.api_user_with_password``). A new token may use at most the caller's roles.
"""
from __future__ import annotations

from typing import Any

from flask import Response
from flask import jsonify

from app.api.blueprint import bp
from app.api.body import json_object
from app.api.spec import documented
from app.api.spec import json_body
from app.api.spec import resource
from app.auth import service
from app.auth.access import api_roles
from app.auth.access import api_user
from app.auth.access import api_user_with_password
from app.auth.roles import ROLES
from app.errors import Invalid

_DATE = {"type": ["string", "null"], "format": "date-time"}
_TOKEN = resource("id", "name", "roles", "created_at", "expires_at", "revoked_at", "status", "last_used_at",
                  id={"type": "integer"}, name={"type": "string"},
                  roles={"type": ["array", "null"], "items": {"enum": list(ROLES)},
                         "description": "the roles the token may use; null: all of its user's"},
                  created_at={"type": "string", "format": "date-time"}, expires_at=_DATE, revoked_at=_DATE,
                  status={"enum": ["active", "expired", "revoked"]},
                  last_used_at={**_DATE, "description": "when a request last came in with the token, to within "
                                "API_TOKEN_USE_RECORD_SECONDS (5 minutes); null: never"})
_ISSUED = {**_TOKEN, "required": [*_TOKEN["required"], "token"],
           "properties": {**_TOKEN["properties"],
                          "token": {"type": "string", "description": "the bearer token: shown this once only"}}}
_ISSUE_BODY = json_body({"type": "object", "required": ["name"], "properties": {
    "name": {"type": "string", "minLength": 1, "maxLength": service.TOKEN_NAME_MAX},
    "expires_days": {"type": ["integer", "null"], "minimum": 1,
                     "description": "days until it stops working (at most API_TOKEN_MAX_DAYS); none: until revoked"},
    "roles": {"type": "array", "items": {"enum": list(ROLES)},
              "description": "some of your roles; none: all of them"}}})


@bp.get("/tokens")
@documented("Your API tokens, revoked and expired ones too (never the tokens themselves)", tag="tokens",
            response={"type": "array", "items": _TOKEN})
@api_roles()
def list_tokens() -> Response:
    return jsonify([service.token_json(row) for row in service.list_tokens(api_user().username)])


@bp.post("/tokens")
@documented("Issue yourself an API token (needs your password: HTTP Basic); the answer holds the token, "
            "shown this once", tag="tokens", body=_ISSUE_BODY, ok=201, response=_ISSUED, password_only=True)
@api_roles()
def issue_token() -> tuple[Response, int]:
    user = api_user_with_password()
    body = json_object()
    issued = service.issue_token_for(user, name=_text(body, "name"), expires_days=_days(body),
                                     roles=_roles(body), actor_id=user.id)
    return jsonify({**service.token_json(issued.row), "token": issued.secret}), 201


@bp.delete("/tokens/<int:token_id>")
@documented("Revoke one of your API tokens at once (needs your password: HTTP Basic)", tag="tokens", ok=204,
            errors=(404,), password_only=True)
@api_roles()
def revoke_token(token_id: int) -> tuple[str, int]:
    user = api_user_with_password()
    service.revoke_token(token_id, owner_id=user.id, actor_id=user.id)
    return "", 204


def _text(body: dict[str, Any], field: str) -> str:
    value = body.get(field, "")
    if not isinstance(value, str):
        raise Invalid(errors=[{"field": field, "message": "must be a text"}])
    return value


def _days(body: dict[str, Any]) -> int | None:
    value = body.get("expires_days")
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
        raise Invalid(errors=[{"field": "expires_days", "message": "must be a whole number of days, or null"}])
    return value


def _roles(body: dict[str, Any]) -> list[str]:
    value = body.get("roles", [])
    if not isinstance(value, list) or not all(isinstance(role, str) for role in value):
        raise Invalid(errors=[{"field": "roles", "message": "must be a list of role names"}])
    return value
