"""Instance pages: list, start and show (status, data, tasks, history)."""
from __future__ import annotations

from typing import Any

from flask import Blueprint
from flask import jsonify
from flask import redirect
from flask import render_template
from flask import request
from flask import url_for
from flask_login import current_user
from werkzeug.wrappers import Response

from app.auth.access import page_roles
from app.auth.roles import INSTANCE_STARTERS as STARTERS
from app.auth.roles import INSTANCE_VIEWERS as VIEWERS
from app.errors import Invalid
from app.instances import presenters
from app.instances import service as instances
from app.instances.diagram import element_details
from app.instances.diagram import instance_elements
from app.instances.diagram import instance_to_draw
from app.studio.diagrams import process_diagram_xml
from app.validation import json_text

bp = Blueprint("instances", __name__, url_prefix="/instances")


@bp.get("/")
@page_roles(*VIEWERS)
def index() -> str:
    return _index_page()


@bp.post("/start")
@page_roles(*STARTERS)
def start() -> Response | tuple[str, int]:
    process_id = request.form.get("process_id", "")
    typed = request.form.get("data") or "{}"
    try:
        data = json_text(typed, "data")
        if not isinstance(data, dict):
            raise Invalid(errors=[{"field": "data", "message": "must be a JSON object"}])
        instance = instances.start_by_hand(process_id, data, user=current_user)
    except Invalid as exc:  # the form again, with what was typed and the error next to its field
        return _index_page(process_id=process_id, typed=typed, errors=exc.errors or []), 422
    return redirect(url_for("instances.show", instance_id=instance.id))


def _index_page(*, process_id: str = "", typed: str = "{}", errors: list[dict[str, Any]] | None = None) -> str:
    messages = [str(e.get("message", "")) if e.get("field", "data") == "data" else f"{e['field']}: {e.get('message')}"
                for e in errors or []]
    return render_template("instances/index.html", instances=instances.recent_instances(100),
                           processes=instances.startable_processes(current_user), chosen=process_id, typed=typed,
                           errors=messages)


@bp.get("/<int:instance_id>")
@page_roles(*VIEWERS)
def show(instance_id: int) -> str:
    instance = presenters.instance_to_show(instance_id)  # the marks come from marks(): no saved workflow here
    return render_template("instances/show.html", instance=instance,
                           body=presenters.instance_json(instance, with_history=True),
                           diagram_xml=process_diagram_xml(instance.process_version))


@bp.get("/<int:instance_id>/marks")
@page_roles(*VIEWERS)
def marks(instance_id: int) -> Response:
    """The diagram's marks and click details for the page (the API takes no session cookie)."""
    instance = instance_to_draw(instance_id)
    return jsonify({"status": instance.status, "elements": instance_elements(instance),
                    "details": element_details(instance)})


@bp.post("/<int:instance_id>/retry")
@page_roles("process_admin", "fallout_agent", "fallout_manager")
def retry(instance_id: int) -> Response:
    instances.retry(instance_id, actor_id=current_user.id)
    return redirect(url_for("instances.show", instance_id=instance_id))
