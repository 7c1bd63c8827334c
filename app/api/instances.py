"""Process instances over the API."""
from __future__ import annotations

from flask import Response
from flask import jsonify

from app.api.blueprint import bp
from app.api.body import data_field
from app.api.body import json_object
from app.auth.access import api_roles
from app.auth.access import api_user
from app.auth.roles import INSTANCE_STARTERS as STARTERS
from app.auth.roles import INSTANCE_VIEWERS as VIEWERS
from app.instances import presenters
from app.instances import service as instances
from app.instances.diagram import instance_diagram


@bp.post("/processes/<process_id>/instances")
@api_roles(*STARTERS)
def start_instance(process_id: str) -> tuple[Response, int]:
    instance = instances.start_process(process_id, data_field(json_object()), actor_id=api_user().id)
    return jsonify(presenters.instance_json(instance)), 201


@bp.get("/instances/<int:instance_id>")
@api_roles(*VIEWERS)
def get_instance(instance_id: int) -> Response:
    return jsonify(presenters.instance_json(instances.get_instance(instance_id), with_history=True))


@bp.post("/instances/<int:instance_id>/retry")
@api_roles("process_admin", "fallout_agent", "fallout_manager")
def retry_instance(instance_id: int) -> Response:
    instance = instances.retry(instance_id, actor_id=api_user().id, data=data_field(json_object()) or None)
    return jsonify(presenters.instance_json(instance))


@bp.post("/instances/<int:instance_id>/cancel")
@api_roles("process_admin", "order_manager", "fulfillment_manager")
def cancel_instance(instance_id: int) -> Response:
    reason = str(json_object().get("reason", ""))
    return jsonify(presenters.instance_json(instances.cancel(instance_id, actor_id=api_user().id, reason=reason)))


@bp.get("/instances/<int:instance_id>/diagram")
@api_roles(*VIEWERS)
def get_instance_diagram(instance_id: int) -> Response:
    return jsonify(instance_diagram(instances.get_instance(instance_id)))
