"""Studio pages: upload models, list deployments, inspect one."""
from __future__ import annotations

import io
import json
from typing import Any

from flask import Blueprint
from flask import flash
from flask import redirect
from flask import render_template
from flask import request
from flask import send_file
from flask import url_for
from flask_login import current_user
from flask_wtf import FlaskForm
from werkzeug.wrappers import Response
from wtforms import MultipleFileField
from wtforms import StringField
from wtforms import TextAreaField

from app.auth.access import page_roles
from app.errors import DomainError
from app.errors import Invalid
from app.studio import decisions
from app.studio import diagrams
from app.studio import service as studio
from app.studio import version_diff
from app.studio.validation import Upload

bp = Blueprint("studio", __name__, url_prefix="/studio")


class TryDecisionForm(FlaskForm):  # type: ignore[misc]
    facts = TextAreaField("Inputs (JSON)", default="{}")


class UploadForm(FlaskForm):  # type: ignore[misc]
    files = MultipleFileField("BPMN, DMN and form files")
    note = StringField("Note")


@bp.route("/", methods=["GET", "POST"])
@page_roles("process_admin")
def index() -> str | Response | tuple[str, int]:
    form = UploadForm()
    errors: list[dict[str, object]] = []
    if form.validate_on_submit():
        uploads = [Upload(f.filename or "", f.read()) for f in request.files.getlist("files") if f.filename]
        unchanged = studio.unchanged_deployment_json(uploads) if uploads else None
        if unchanged is not None:
            flash(f"Nothing changed: these files are already deployed (version {unchanged['deployment']}).", "info")
            return redirect(url_for("studio.deployment", deployment_id=unchanged["deployment"]))
        try:
            deployment = studio.deploy(uploads, actor_id=current_user.id, note=form.note.data or "")
        except Invalid as exc:
            errors = exc.errors
        else:
            assert deployment is not None
            flash(f"Deployed as version {deployment.id}.", "info")
            return redirect(url_for("studio.deployment", deployment_id=deployment.id))
    status = 422 if errors else 200
    return render_template("studio/index.html", form=form, errors=errors, overview=studio.models_overview(),
                           deployments=studio.list_deployments(20)), status


@bp.route("/decisions/<decision_id>", methods=["GET", "POST"])
@page_roles("process_admin")
def decision(decision_id: str) -> str | tuple[str, int]:
    version, info = decisions.describe(decision_id)
    form = TryDecisionForm()
    result, errors = None, []
    if form.validate_on_submit():
        try:
            result = decisions.try_out(decision_id, _facts(form.facts.data or "{}"))
        except DomainError as exc:
            errors = exc.errors
    return render_template("studio/decision.html", version=version, info=info, form=form, result=result,
                           errors=errors), 422 if errors else 200


@bp.get("/processes/<process_id>/versions/<int:version>")
@page_roles("process_admin", "fulfillment_manager", "order_manager")
def process_version(process_id: str, version: int) -> str:
    """The version's diagram with how many running instances stand on each element."""
    found = diagrams.process_version(process_id, version)
    return render_template("studio/process_version.html", version=found, xml=diagrams.process_diagram_xml(found),
                           running=diagrams.running_counts(found))


@bp.get("/processes/<process_id>/versions/<int:version>/download")
@page_roles("process_admin", "fulfillment_manager", "order_manager")
def download_process_version(process_id: str, version: int) -> Response:
    filename, content = version_diff.deployed_file(process_id, version)
    return send_file(io.BytesIO(content), mimetype="application/xml", as_attachment=True, download_name=filename)


def _facts(text: str) -> dict[str, Any]:
    try:
        facts = json.loads(text)
    except ValueError as exc:
        raise Invalid(errors=[{"field": "facts", "message": f"not valid JSON: {exc}"}]) from None
    if not isinstance(facts, dict):
        raise Invalid(errors=[{"field": "facts", "message": "must be a JSON object of input values"}])
    return facts


@bp.get("/deployments/<int:deployment_id>")
@page_roles("process_admin")
def deployment(deployment_id: int) -> str:
    return render_template("studio/deployment.html", deployment=studio.get_deployment(deployment_id))
