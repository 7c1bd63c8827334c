"""The connectors a model's service tasks may call, with their declared inputs and outputs."""
from __future__ import annotations

from flask import Response
from flask import jsonify

from app import connectors
from app.api.blueprint import bp
from app.auth.access import api_roles
from app.auth.roles import STAFF_ROLES


@bp.get("/connectors")
@api_roles(*STAFF_ROLES)
def list_connectors() -> Response:
    """Every connector of this installation: name, kind (builtin, demo, rest), description, inputs, outputs."""
    return jsonify([connector.describe() for connector in connectors.all_connectors()])


@bp.get("/connectors/<path:name>")
@api_roles(*STAFF_ROLES)
def get_connector(name: str) -> Response:
    return jsonify(connectors.get(name).describe())
