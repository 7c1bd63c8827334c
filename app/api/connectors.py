"""The connectors a model's service tasks may call, with their declared inputs and outputs."""
from __future__ import annotations

from flask import Response
from flask import jsonify

from app import connectors
from app.api.blueprint import bp
from app.api.spec import documented
from app.api.spec import list_of
from app.api.spec import ref
from app.auth.access import api_roles
from app.auth.roles import STAFF_ROLES


@bp.get("/connectors")
@documented("Connectors the service tasks may call: name, kind (builtin, demo, rest), description and their "
            "inputs and outputs as JSON Schema (every call is checked against both)", tag="studio",
            response=list_of("Connector"))
@api_roles(*STAFF_ROLES)
def list_connectors() -> Response:
    """Every connector of this installation: name, kind (builtin, demo, rest), description, inputs, outputs."""
    return jsonify([connector.describe() for connector in connectors.all_connectors()])


@bp.get("/connectors/<path:name>")
@documented("One connector with its declared inputs and outputs", tag="studio", errors=(404,),
            response=ref("Connector"))
@api_roles(*STAFF_ROLES)
def get_connector(name: str) -> Response:
    return jsonify(connectors.get(name).describe())
