"""Model studio over the API: upload (deploy) and list models."""
from __future__ import annotations

from flask import Response
from flask import jsonify
from flask import request

from app.api import bp
from app.auth.access import api_roles
from app.auth.access import api_user
from app.auth.roles import STAFF_ROLES
from app.errors import Invalid
from app.studio import service as studio
from app.studio.validation import Upload


@bp.post("/models")
@api_roles("process_admin")
def deploy_models() -> tuple[Response, int]:
    files = [Upload(f.filename or "", f.read()) for f in request.files.getlist("files")]
    if not files:
        raise Invalid(errors=[{"field": "files", "message": "send one or more files in the multipart field 'files'"}])
    deployment = studio.deploy(files, actor_id=api_user().id, note=request.form.get("note", ""))
    assert deployment is not None
    return jsonify(studio.deployment_json(deployment)), 201


@bp.get("/models")
@api_roles(*STAFF_ROLES)
def list_models() -> Response:
    return jsonify(studio.models_overview())


@bp.get("/deployments")
@api_roles("process_admin")
def list_deployments() -> Response:
    return jsonify([studio.deployment_json(d) for d in studio.list_deployments()])


@bp.get("/deployments/<int:deployment_id>")
@api_roles("process_admin")
def get_deployment(deployment_id: int) -> Response:
    return jsonify(studio.deployment_json(studio.get_deployment(deployment_id)))
