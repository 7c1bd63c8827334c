"""Model studio over the API: upload (deploy) and list models."""
from __future__ import annotations

import io

from flask import Response
from flask import jsonify
from flask import request
from flask import send_file

from app.api.blueprint import bp
from app.api.spec import DEPLOY_BODY
from app.api.spec import FILES_BODY
from app.api.spec import ID
from app.api.spec import VERSION_DIFF_DETAILS
from app.api.spec import documented
from app.api.spec import list_of
from app.api.spec import ref
from app.api.spec import resource
from app.auth.access import api_roles
from app.auth.access import api_user
from app.auth.roles import STAFF_ROLES
from app.errors import Invalid
from app.studio import deploying
from app.studio import service as studio
from app.studio import version_diff
from app.studio.model_tests import TestsFailed
from app.studio.validation import Upload
from app.validation import parse_id


def _uploaded_files() -> list[Upload]:
    files = [Upload(f.filename or "", f.read()) for f in request.files.getlist("files")]
    if not files:
        raise Invalid(errors=[{"field": "files", "message": "send one or more files in the multipart field 'files'"}])
    return files


@bp.post("/models")
@documented("Validate and deploy BPMN/DMN/form files as a new version (201); 200 with the existing "
            "versions (\"unchanged\": true) when every file equals its latest version; 422 with \"cases\" when "
            "saved test cases fail, unless force", tag="studio",
            body=DEPLOY_BODY, ok=201, also_ok=(200,), errors=(413,), response=ref("Deployment"))
@api_roles("process_admin")
def deploy_models() -> tuple[Response, int]:
    files = _uploaded_files()
    unchanged = studio.unchanged_deployment_json(files)
    if unchanged is not None:  # re-deploying what runs already: no new versions
        return jsonify(unchanged), 200
    try:
        deployment = deploying.deploy(files, actor_id=api_user().id, note=request.form.get("note", ""),
                                   force=_force_flag())
    except TestsFailed as exc:  # the cases' results too, so the caller sees what each one did
        return jsonify({"errors": exc.errors, "cases": exc.cases}), 422
    return jsonify(studio.deployment_json(deployment)), 201


def _force_flag() -> bool:
    """``force``: deploy although saved test cases fail (the deployment records them)."""
    value = request.form.get("force", "false").strip().lower()
    if value not in ("true", "false", "1", "0", ""):
        raise Invalid(errors=[{"field": "force", "message": "must be true or false"}])
    return value in ("true", "1")


@bp.post("/models/validate")
@documented("Validate files as a deploy would (saved test cases replayed), storing nothing; each error names "
            "its file, line and element", tag="studio", body=FILES_BODY, errors=(413,), response=resource(
                "valid", "errors", "warnings", valid={"type": "boolean"}, errors={"type": "array"},
                warnings={"type": "array"}, tests={"type": "array", "description": "the saved cases it replayed"}))
@api_roles("process_admin")
def validate_models() -> Response:
    return jsonify(deploying.validation_report(_uploaded_files()))


@bp.get("/models")
@documented("Deployed processes, decisions and forms with versions (staff)", tag="studio",
            response=ref("Models"))
@api_roles(*STAFF_ROLES)
def list_models() -> Response:
    return jsonify(studio.models_overview())


@bp.get("/processes/<process_id>/diff")
@documented("Element ids added, removed and changed (XML without DI and whitespace, or moved to another lane) "
            "from one version to another, each list in the order the diagram reads (left to right, then top to "
            "bottom; elements it does not draw last), and in details what differs in each changed element",
            tag="studio",
            errors=(404,), query={"from": ID, "to": ID}, response=resource(
                "added", "removed", "changed", "details", added={"type": "array"}, removed={"type": "array"},
                changed={"type": "array"}, details=VERSION_DIFF_DETAILS))
@api_roles("process_admin", "fulfillment_manager", "order_manager")
def diff_process_versions(process_id: str) -> Response:
    versions = parse_id(request.args.get("from"), "from"), parse_id(request.args.get("to"), "to")
    return jsonify(version_diff.version_diff(process_id, *versions).json())


@bp.get("/processes/<process_id>/versions/<int:version>/xml")
@documented("The version's deployed BPMN file, as an attachment under its file name", tag="studio",
            errors=(404,), content_type="application/xml")
@api_roles("process_admin", "fulfillment_manager", "order_manager")
def download_process_version(process_id: str, version: int) -> Response:
    filename, content = version_diff.deployed_file(process_id, version)
    # under its own name, so that re-uploading it versions the same file
    return send_file(io.BytesIO(content), mimetype="application/xml", as_attachment=True, download_name=filename)


@bp.get("/deployments")
@documented("Deployments, newest first", tag="studio", response=list_of("Deployment"))
@api_roles("process_admin")
def list_deployments() -> Response:
    return jsonify([studio.deployment_json(d) for d in studio.list_deployments()])


@bp.get("/deployments/<int:deployment_id>")
@documented("One deployment", tag="studio", response=ref("Deployment"))
@api_roles("process_admin")
def get_deployment(deployment_id: int) -> Response:
    return jsonify(studio.deployment_json(studio.get_deployment(deployment_id)))
