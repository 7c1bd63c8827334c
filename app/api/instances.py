"""Process instances over the API."""
from __future__ import annotations

from flask import Response
from flask import jsonify

from app.api.blueprint import bp
from app.api.body import data_field
from app.api.body import json_object
from app.api.spec import DATA_BODY
from app.api.spec import documented
from app.api.spec import ref
from app.api.spec import resource
from app.api.spec import text_body
from app.auth.access import api_roles
from app.auth.access import api_user
from app.auth.roles import INSTANCE_STARTERS as STARTERS
from app.auth.roles import INSTANCE_VIEWERS as VIEWERS
from app.instances import presenters
from app.instances import service as instances
from app.instances.diagram import instance_diagram
from app.instances.diagram import instance_to_draw


@bp.post("/processes/<process_id>/instances")
@documented("Start the newest version of a process (403 for one Ordra starts itself for an order, "
            "e.g. an order plan, unless the caller is a process admin)", tag="instances", body=DATA_BODY, ok=201,
            errors=(409,), response=ref("Instance"))
@api_roles(*STARTERS)
def start_instance(process_id: str) -> tuple[Response, int]:
    instance = instances.start_by_hand(process_id, data_field(json_object()), user=api_user())
    return jsonify(presenters.instance_json(instance)), 201


@bp.get("/instances/<int:instance_id>")
@documented("An instance with its tasks and history", tag="instances", response=ref("Instance"))
@api_roles(*VIEWERS)
def get_instance(instance_id: int) -> Response:
    return jsonify(presenters.instance_json(presenters.instance_to_show(instance_id), with_history=True))


@bp.post("/instances/<int:instance_id>/retry")
@documented("Retry the failed task of an instance", tag="instances", body=DATA_BODY, errors=(409,),
            response=ref("Instance"))
@api_roles("process_admin", "fallout_agent", "fallout_manager")
def retry_instance(instance_id: int) -> Response:
    instance = instances.retry(instance_id, actor_id=api_user().id, data=data_field(json_object()) or None)
    return jsonify(presenters.instance_json(instance))


@bp.post("/instances/<int:instance_id>/cancel")
@documented("Cancel an instance", tag="instances", body=text_body("reason"), errors=(409,),
            response=ref("Instance"))
@api_roles("process_admin", "order_manager", "fulfillment_manager")
def cancel_instance(instance_id: int) -> Response:
    reason = str(json_object().get("reason", ""))
    return jsonify(presenters.instance_json(instances.cancel(instance_id, actor_id=api_user().id, reason=reason)))


@bp.get("/instances/<int:instance_id>/diagram")
@documented("The instance's BPMN (laid out if it had no diagram) and, per element it reached, "
            "{\"state\": completed|active|waiting|failed|cancelled, \"count\"}", tag="instances",
            response=resource("bpmn", "elements", bpmn={"type": "string"}, elements={"type": "object"}))
@api_roles(*VIEWERS)
def get_instance_diagram(instance_id: int) -> Response:
    return jsonify(instance_diagram(instance_to_draw(instance_id)))
