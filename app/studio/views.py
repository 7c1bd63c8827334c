"""Studio pages: upload models, list deployments, inspect one."""
from __future__ import annotations

import io
from typing import Any

from flask import flash
from flask import jsonify
from flask import redirect
from flask import render_template
from flask import request
from flask import send_file
from flask import url_for
from flask_login import current_user
from werkzeug.wrappers import Response
from wtforms import BooleanField
from wtforms import MultipleFileField
from wtforms import StringField
from wtforms import TextAreaField
from wtforms.validators import Length

from app.auth.access import page_roles
from app.errors import DomainError
from app.errors import Invalid
from app.studio import authoring
from app.studio import decisions
from app.studio import deploying
from app.studio import diagrams
from app.studio import model_tests
from app.studio import service as studio
from app.studio import version_diff
from app.studio.blueprint import KIND_OF_PATH
from app.studio.blueprint import bp as bp  # re-exported: the wiring registers the blueprint with these routes on it
from app.studio.validation import Upload
from app.validation import json_text
from app.validation import parse_id
from app.webforms import PageForm
from app.xmlsafe import as_utf8


class TryDecisionForm(PageForm):
    facts = TextAreaField("More inputs (JSON, over the fields above)", default="{}")


class RedeployForm(PageForm):
    force = BooleanField("Deploy even if saved test cases fail")


class UploadForm(PageForm):
    files = MultipleFileField("BPMN, DMN and form files")
    note = StringField("Note", validators=[Length(max=studio.NOTE_MAX_CHARS)])
    # the editors' "Deploy anyway": a change meant to alter a decision's answers fails its saved cases
    force = BooleanField("Deploy even if saved test cases fail")


@bp.route("/", methods=["GET", "POST"])
@page_roles("process_admin")
def index() -> str | Response | tuple[str, int]:
    form = UploadForm()
    errors: list[dict[str, object]] = []
    cases_failed = False
    if form.validate_on_submit():
        uploads = [Upload(f.filename or "", f.read()) for f in request.files.getlist("files") if f.filename]
        unchanged = studio.unchanged_deployment_json(uploads) if uploads else None
        if unchanged is not None:
            flash(f"Nothing changed: these files are already deployed (deployment version {unchanged['deployment']}).",
                  "info")
            return redirect(url_for("studio.deployment", deployment_id=unchanged["deployment"]))
        try:
            deployment = deploying.deploy(uploads, actor_id=current_user.id, note=form.note.data or "",
                                          force=bool(form.force.data))
        except Invalid as exc:
            errors, cases_failed = exc.errors, isinstance(exc, model_tests.TestsFailed)
        else:
            flash(f"Deployed {studio.new_versions_said(deployment)}.", "info")
            return redirect(url_for("studio.deployment", deployment_id=deployment.id))
    status = 422 if errors else 200
    return render_template("studio/index.html", form=form, errors=errors, cases_failed=cases_failed,
                           overview=studio.models_overview(), drafts=authoring.drafts_overview(current_user.id),
                           redeployable=deploying.redeployable(),
                           deployments=studio.list_deployments(20)), status


@bp.route("/decisions/<decision_id>", methods=["GET", "POST"])
@page_roles("process_admin")
def decision(decision_id: str) -> str | tuple[str, int]:
    version, info = decisions.describe(decision_id)
    fields = decisions.input_fields(version)
    form = TryDecisionForm()
    result, errors = None, []
    if form.validate_on_submit():
        try:
            entered = [request.form.get(f"input-{i}", "").strip() for i in range(len(fields))]
            typed = decisions.typed_facts(fields, entered)
            result = decisions.try_out(decision_id, {**typed, **_facts(form.facts.data or "{}")})
        except DomainError as exc:
            errors = exc.errors
    return render_template("studio/decision.html", version=version, info=info, form=form, result=result,
                           xml=as_utf8(version.file.content).decode("utf-8"),
                           errors=errors, fields=fields, facts_example=decisions.facts_example(fields),
                           cases=model_tests.list_cases("decision", decision_id),
                           deleted=model_tests.deleted_shipped("decision", decision_id)), 422 if errors else 200


@bp.get("/decisions/<decision_id>/versions/<int:version>")
@page_roles("process_admin")
def decision_version(decision_id: str, version: int) -> str | Response:
    """An older version of a decision, to read (the newest is the decision's own page, with its test panel)."""
    found, info = decisions.describe(decision_id, version)
    newest, _ = decisions.describe(decision_id)
    if found.id == newest.id:
        return redirect(url_for("studio.decision", decision_id=decision_id))
    return render_template("studio/decision.html", version=found, info=info, newest=newest,
                           xml=as_utf8(found.file.content).decode("utf-8"), result=None, errors=[],
                           redeployable=("decision", decision_id, version) in deploying.redeployable())


@bp.get("/processes/<process_id>/versions/<int:version>")
@page_roles("process_admin", "fulfillment_manager", "order_manager")
def process_version(process_id: str, version: int) -> str:
    """The version's diagram with how many running instances stand on each element."""
    from app.instances import migrations

    found = diagrams.process_version(process_id, version)
    admin = current_user.has_role("process_admin")
    return render_template("studio/process_version.html", version=found, xml=diagrams.process_diagram_xml(found),
                           running=diagrams.running_counts(found), versions=diagrams.version_numbers(process_id),
                           migrations=migrations.recent(process_id) if admin else [],
                           redeployable=admin and ("process", process_id, version) in deploying.redeployable(),
                           cases=model_tests.list_cases("process", process_id) if admin else [],
                           deleted=model_tests.deleted_shipped("process", process_id) if admin else [])


@bp.get("/processes/<process_id>/diff")
@page_roles("process_admin", "fulfillment_manager", "order_manager")
def diff_process_versions(process_id: str) -> str:
    """Two versions side by side with the elements added, removed and changed marked."""
    from_version, to_version = parse_id(request.args.get("from"), "from"), parse_id(request.args.get("to"), "to")
    diff = version_diff.version_diff(process_id, from_version, to_version)
    old = diagrams.process_version(process_id, from_version)
    new = diagrams.process_version(process_id, to_version)
    return render_template("studio/process_diff.html", diff=diff, old=old, new=new,
                           named=version_diff.named(diff),
                           old_xml=diagrams.process_diagram_xml(old), new_xml=diagrams.process_diagram_xml(new))


@bp.get("/processes/<process_id>/edit")
@page_roles("process_admin")
def edit_process(process_id: str) -> str:
    """bpmn-js's modeler on the newest version; static/modeler.js validates and deploys it."""
    found = diagrams.newest_process_version(process_id)
    return render_template("studio/process_edit.html", version=found, xml=diagrams.process_diagram_xml(found),
                           has_draft=authoring.has_draft(current_user.id, "process", process_id))


@bp.post("/processes/<process_id>/validate")
@page_roles("process_admin")
def validate_edited_process(process_id: str) -> Response:
    """The modeler's Validate: :func:`studio.validation_report` of the edited file (session + CSRF header)."""
    return jsonify(deploying.validation_report([_edited_file(process_id)]))


@bp.post("/processes/<process_id>/deploy")
@page_roles("process_admin")
def deploy_edited_process(process_id: str) -> tuple[Response, int]:
    """The modeler's Deploy, answering as ``POST /api/v1/models`` does (201 new, 200 unchanged, 422)."""
    upload = _edited_file(process_id)
    unchanged = studio.unchanged_deployment_json([upload])
    if unchanged is not None:
        return jsonify(unchanged), 200
    try:
        deployment = deploying.deploy([upload], actor_id=current_user.id, note=f"edited {process_id} in the modeler")
    except Invalid as exc:  # the modeler marks them on the diagram, so JSON rather than an error page
        return jsonify({"errors": [studio.problem_json(e) for e in exc.errors]}), 422
    return jsonify(studio.deployment_json(deployment)), 201


def _edited_file(process_id: str) -> Upload:
    """The modeler's XML under the file name of the process's newest version, so it versions that file."""
    body = request.get_json(silent=True)
    if not isinstance(body, dict) or not isinstance(body.get("xml"), str) or not body["xml"].strip():
        raise Invalid(errors=[{"field": "xml", "message": "send {\"xml\": \"<bpmn:definitions ...>\"}"}])
    filename = diagrams.newest_process_version(process_id).file.filename
    return Upload(filename, body["xml"].encode("utf-8"))


@bp.get("/processes/<process_id>/versions/<int:version>/download")
@page_roles("process_admin", "fulfillment_manager", "order_manager")
def download_process_version(process_id: str, version: int) -> Response:
    filename, content = version_diff.deployed_file(process_id, version)
    return send_file(io.BytesIO(content), mimetype="application/xml", as_attachment=True, download_name=filename)


def _facts(text: str) -> dict[str, Any]:
    facts = json_text(text, "facts")
    if not isinstance(facts, dict):
        raise Invalid(errors=[{"field": "facts", "message": "must be a JSON object of input values"}])
    return facts


@bp.route("/<any(processes, decisions, forms):kinds>/<model_id>/versions/<int:version>/redeploy",
          methods=["GET", "POST"])
@page_roles("process_admin")
def redeploy_version(kinds: str, model_id: str, version: int) -> str | Response | tuple[str, int]:
    """Deploy an older version again as the newest (a rollback): a confirmation, then the same deploy as any."""
    kind = KIND_OF_PATH[kinds]
    plan = deploying.plan_redeploy(kind, model_id, version)
    form = RedeployForm()
    errors: list[dict[str, object]] = []
    if form.validate_on_submit():
        try:
            done = deploying.redeploy(kind, model_id, version, actor_id=current_user.id, force=bool(form.force.data))
        except Invalid as exc:
            errors = exc.errors
        else:
            flash(f"Deployed version {done.old_version}'s content as version {done.new_version} of {model_id} "
                  f"(deployment {done.deployment.id}).", "info")
            return redirect(url_for("studio.deployment", deployment_id=done.deployment.id))
    return render_template("studio/redeploy.html", plan=plan, form=form, errors=errors,
                           cases_failed=any("case" in e for e in errors)), 422 if errors else 200


@bp.get("/deployments/<int:deployment_id>")
@page_roles("process_admin")
def deployment(deployment_id: int) -> str:
    return render_template("studio/deployment.html", deployment=studio.get_deployment(deployment_id))
from app.studio import editor_views as _editor_views  # noqa: E402,F401  (its routes register on bp)
