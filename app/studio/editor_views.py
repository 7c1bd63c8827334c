"""The studio editors' server side: choices for the properties panel, code checks, form previews, drafts,
new models from templates, the DMN and form editors, validate/deploy of any edited file, saved test cases
and migrations on the version page. JSON routes take the session plus the CSRF token in ``X-CSRFToken``."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from flask import Response
from flask import abort
from flask import flash
from flask import jsonify
from flask import redirect
from flask import render_template
from flask import request
from flask import url_for
from flask_login import current_user
from werkzeug.wrappers import Response as WerkzeugResponse

from app.auth.access import page_roles
from app.errors import Conflict
from app.errors import Invalid
from app.instances import migrations
from app.studio import authoring
from app.studio import case_forms
from app.studio import decisions
from app.studio import deploying
from app.studio import diagrams
from app.studio import model_tests
from app.studio import service as studio
from app.studio.blueprint import KIND_OF_PATH
from app.studio.blueprint import bp
from app.studio.layout import layout_bytes
from app.studio.models import ModelTestCase
from app.studio.validation import Upload
from app.validation import check_text
from app.validation import parse_id
from app.webforms import PageForm
from app.xmlsafe import as_utf8

TEMPLATES = Path(__file__).resolve().parent / "bpmn_templates"
TEMPLATE_NAMES = {"approval": "Approval", "service_call": "Service call with retry",
                  "parallel_fulfilment": "Parallel fulfilment"}


def _body() -> dict[str, Any]:
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        raise Invalid(errors=[{"field": "body", "message": "send a JSON object"}])
    return body


@bp.get("/modeler/choices")
@page_roles("process_admin")
def modeler_choices() -> Response:
    return jsonify(authoring.modeler_choices())


@bp.post("/check-code")
@page_roles("process_admin")
def check_code() -> Response:
    """The sandbox compiler's verdict on a script or condition, as the modeler's code field is typed in."""
    return jsonify({"errors": authoring.check_code(_body())})


@bp.post("/forms/preview")
@page_roles("process_admin")
def preview_form() -> str:
    """A form rendered exactly as the inbox renders it, from ``{"schema"}`` or ``{"file"}`` (deployed)."""
    from app import taskforms

    body = _body()
    schema = authoring.deployed_form_schema(str(body["file"])) if "file" in body else body.get("schema")
    spec = authoring.form_spec(schema)
    form = taskforms.form_for_task(spec, {}, csrf=False)
    return render_template("studio/_form_preview.html", form=form, spec=spec)


@bp.route("/drafts/<kind>/<path:model_id>", methods=["GET", "PUT", "DELETE"])
@page_roles("process_admin")
def draft(kind: str, model_id: str) -> Response | tuple[str, int]:
    """The signed-in user's draft of a model: kept on the server, never run."""
    if request.method == "PUT":
        saved = authoring.save_draft(current_user.id, kind, model_id, _body().get("content"))
        return jsonify(authoring.draft_json(saved))
    if request.method == "DELETE":
        authoring.delete_draft(current_user.id, kind, model_id)
        return "", 204
    return jsonify(authoring.draft_json(authoring.get_draft(current_user.id, kind, model_id)))


@bp.post("/models/validate")
@page_roles("process_admin")
def validate_edited_model() -> Response:
    """Validate ``{"filename", "content"}`` as ``POST /api/v1/models/validate`` would (test cases included)."""
    return jsonify(deploying.validation_report([_edited_upload(_body())]))


@bp.post("/models/deploy")
@page_roles("process_admin")
def deploy_edited_model() -> tuple[Response, int]:
    """Deploy ``{"filename", "content", "force"}``: 201 new, 200 unchanged, 422 errors or failing cases."""
    body = _body()
    upload = _edited_upload(body)
    unchanged = studio.unchanged_deployment_json([upload])
    if unchanged is not None:
        return jsonify(unchanged), 200
    try:
        deployment = deploying.deploy([upload], actor_id=current_user.id,
                                      note=f"edited {upload.filename} in the studio", force=body.get("force") is True)
    except model_tests.TestsFailed as exc:
        return jsonify({"errors": [studio.problem_json(e) | {"case": e.get("case")} for e in exc.errors],
                        "cases": exc.cases}), 422
    except Invalid as exc:
        return jsonify({"errors": [studio.problem_json(e) for e in exc.errors]}), 422
    return jsonify(studio.deployment_json(deployment)), 201


def _edited_upload(body: dict[str, Any]) -> Upload:
    filename = check_text(body.get("filename"), "filename", 255, required=True)
    content = body.get("content")
    if isinstance(content, dict) and filename.endswith(".json"):
        content = authoring.form_file_text(filename, content)
    text = check_text(content, "content", authoring.MAX_DRAFT_CHARS, required=True, multiline=True)
    return Upload(filename, text.encode("utf-8"))


@bp.get("/processes/new")
@page_roles("process_admin")
def new_process() -> str | tuple[str, int]:
    """bpmn-js's modeler on a template, renamed to the process id asked for."""
    template = request.args.get("template", "approval")
    if template not in TEMPLATE_NAMES:
        abort(404)
    process_id = request.args.get("process_id", "") or authoring.free_model_id("process", f"my_{template}")
    problem = authoring.new_model_id_problem("process", process_id)
    if problem is not None:  # the picker again, saying why, rather than an error page or another model's version
        return render_template("studio/process_edit.html", version=None, xml="", process_id=process_id,
                               filename=f"{process_id}.bpmn", templates=TEMPLATE_NAMES, id_problem=problem,
                               has_draft=False), 422
    content = (TEMPLATES / f"{template}.bpmn").read_bytes().replace(b"TEMPLATE_ID", process_id.encode())
    xml = layout_bytes(content).decode("utf-8")  # templates are written without a diagram: laid out here
    return render_template("studio/process_edit.html", version=None, xml=xml, process_id=process_id,
                           filename=f"{process_id}.bpmn", templates=TEMPLATE_NAMES,
                           has_draft=authoring.has_draft(current_user.id, "process", process_id))


@bp.get("/decisions/new")
@page_roles("process_admin")
def new_decision() -> str | tuple[str, int]:
    """dmn-js's editor on a new decision table named after the decision id asked for (it deploys as ``<id>.dmn``)."""
    decision_id = request.args.get("decision_id", "") or authoring.free_model_id("decision", "my_decision")
    problem = authoring.new_model_id_problem("decision", decision_id)
    page = render_template("studio/decision_edit.html", version=None, info=None, decision_id=decision_id,
                           filename=f"{decision_id}.dmn", id_problem=problem,
                           xml="" if problem else authoring.new_decision_xml(decision_id),
                           has_draft=not problem and authoring.has_draft(current_user.id, "decision", decision_id))
    return (page, 422) if problem else page


@bp.get("/decisions/<decision_id>/edit")
@page_roles("process_admin")
def edit_decision(decision_id: str) -> str:
    """dmn-js's editor on the decision's newest file; a test panel with one typed field per input column."""
    version, info = decisions.describe(decision_id)
    return render_template("studio/decision_edit.html", version=version, info=info,
                           xml=as_utf8(version.file.content).decode("utf-8"),
                           has_draft=authoring.has_draft(current_user.id, "decision", decision_id))


@bp.get("/forms/edit")
@page_roles("process_admin")
def edit_form() -> str:
    """The JSON-Schema form editor on a deployed form (``?file=``), the user's draft of one (``&draft=1``: the
    editor keeps drafts, and a new form exists only as one) or a new one, with its live preview."""
    filename = request.args.get("file", "")
    from_draft = bool(filename and request.args.get("draft"))
    schema: dict[str, Any] = (authoring.form_draft_schema(current_user.id, filename) if from_draft
                              else authoring.deployed_form_schema(filename) if filename
                              else {"title": "New form", "type": "object", "required": [], "properties": {}})
    filename = filename or authoring.free_form_filename(current_user.id)
    return render_template("studio/form_edit.html", filename=filename, schema=schema, from_draft=from_draft,
                           draft=authoring.get_draft(current_user.id, "form", filename)
                           if authoring.has_draft(current_user.id, "form", filename) else None)


@bp.post("/processes/<process_id>/tests/run")
@page_roles("process_admin")
def run_process_tests(process_id: str) -> Response:
    return jsonify({"cases": model_tests.run_saved("process", process_id)})


@bp.post("/processes/<process_id>/tests")
@page_roles("process_admin")
def save_process_test(process_id: str) -> tuple[Response, int]:
    """The modeler's test case form: "Save test case" (the process must be deployed)."""
    case = model_tests.create_case("process", process_id, _body(), actor_id=current_user.id)
    return jsonify(model_tests.case_json(case)), 201


@bp.post("/processes/<process_id>/tests/try")
@page_roles("process_admin")
def try_process_test(process_id: str) -> Response:
    """The test case form's "Run on this diagram": ``{"filename", "content", "case"}`` — the case, unsaved,
    run on the diagram as edited, not yet deployed."""
    body = _body()
    case = body.get("case")
    if not isinstance(case, dict):
        raise Invalid(errors=[{"field": "case", "message": "must be a JSON object"}])
    validated = studio.validated_upload([_edited_upload(body)])
    return jsonify(model_tests.try_case(validated, process_id, case))


@bp.post("/decisions/<decision_id>/try")
@page_roles("process_admin")
def try_edited_decision(decision_id: str) -> Response:
    """The editor's test panel: evaluate ``{"content", "facts"}`` — the table as edited, not yet deployed."""
    body = _body()
    facts = body.get("facts")
    if not isinstance(facts, dict):
        raise Invalid(errors=[{"field": "facts", "message": "must be a JSON object of input values"}])
    content = check_text(body.get("content"), "content", authoring.MAX_DRAFT_CHARS, required=True, multiline=True)
    return jsonify(authoring.try_decision(content, decision_id, facts))


@bp.post("/decisions/<decision_id>/tests")
@page_roles("process_admin")
def save_decision_test(decision_id: str) -> tuple[Response, int]:
    """The decision test panel's "Save as test case"."""
    case = model_tests.create_case("decision", decision_id, _body(), actor_id=current_user.id)
    return jsonify(model_tests.case_json(case)), 201


@bp.post("/decisions/<decision_id>/tests/run")
@page_roles("process_admin")
def run_decision_tests(decision_id: str) -> Response:
    """The editor's "Run saved test cases": with ``{"filename", "content"}`` the decision's saved cases run on the
    table as edited, as Validate runs them (run on the deployed table, a case broken by an edit passed); with no
    body, on the deployed table (the decision's page)."""
    if not request.get_data():
        return jsonify({"cases": model_tests.run_saved("decision", decision_id)})
    validated = studio.validated_upload([_edited_upload(_body())])
    return jsonify({"cases": model_tests.run_edited_decision(validated, decision_id)})


@bp.route("/<any(processes, decisions):kinds>/<model_id>/tests/<int:case_id>/edit", methods=["GET", "POST"])
@page_roles("process_admin")
def edit_test_case(kinds: str, model_id: str, case_id: int) -> str | WerkzeugResponse | tuple[str, int]:
    """A saved test case's fields as JSON texts; each problem is said at its field."""
    kind = KIND_OF_PATH[kinds]
    row = model_tests.get_case(kind, model_id, case_id)
    form = case_forms.case_form(row)
    saved, unplaced = _save_case(form, kind, model_id, case_id) if form.is_submitted() else (None, [])
    if saved is not None:
        flash(f"Saved test case '{saved.name}': every validate and deploy of {model_id} replays it.", "info")
        return redirect(_cases_url(kind, model_id))
    page = render_template("studio/case_edit.html", form=form, row=row, kinds=kinds, errors=unplaced,
                           delete_form=PageForm(),
                           json_fields=case_forms.json_fields(form), back=_cases_url(kind, model_id))
    return (page, 422) if unplaced or any(field.errors for field in form) else page


def _save_case(form: PageForm, kind: str, model_id: str, case_id: int) -> tuple[ModelTestCase | None, list[str]]:
    """The posted case saved; else None, each problem put at its field, and those that name none."""
    valid = form.validate()  # the CSRF token and the name's own checks, said with the JSON fields' problems
    try:
        payload = case_forms.payload(form)
        return (model_tests.update_case(kind, model_id, case_id, payload, actor_id=current_user.id)
                if valid else None), []
    except (Invalid, Conflict) as exc:
        return None, case_forms.add_errors(form, exc.errors or [{"message": str(exc)}])


@bp.post("/<any(processes, decisions):kinds>/<model_id>/tests/<int:case_id>/delete")
@page_roles("process_admin")
def delete_test_case(kinds: str, model_id: str, case_id: int) -> WerkzeugResponse:
    """The case edit page's Delete (a form post: CSRF)."""
    kind = KIND_OF_PATH[kinds]
    row = model_tests.delete_case(kind, model_id, case_id, actor_id=current_user.id)
    shipped = row.source in (model_tests.SHIPPED, model_tests.SHIPPED_EDITED)
    kept = (" It was shipped with Ordra: it stays deleted when ordra seed runs again, even if a new release "
            "changes it, until you restore the shipped cases." if shipped else "")
    flash(f"Deleted test case '{row.name}' of {model_id}.{kept}", "info")
    return redirect(_cases_url(kind, model_id))


@bp.post("/<any(processes, decisions):kinds>/<model_id>/tests/restore-shipped")
@page_roles("process_admin")
def restore_shipped_cases(kinds: str, model_id: str) -> WerkzeugResponse:
    """The cases list's "Restore shipped cases" (a form post: CSRF)."""
    kind = KIND_OF_PATH[kinds]
    restored = model_tests.restore_shipped(kind, model_id)
    flash(f"Restored {restored} shipped test case{'s' if restored != 1 else ''} of {model_id}.", "info")
    return redirect(_cases_url(kind, model_id))


def _cases_url(kind: str, model_id: str) -> str:
    """The page that lists a model's saved cases: a process's newest version, a decision's page."""
    if kind == "decision":
        return url_for("studio.decision", decision_id=model_id)
    version = diagrams.newest_process_version(model_id).version
    return url_for("studio.process_version", process_id=model_id, version=version)


@bp.post("/instances/<int:instance_id>/test-case")
@page_roles("process_admin")
def save_instance_as_test(instance_id: int) -> tuple[Response, int] | WerkzeugResponse:
    """"Save as test case" from the instance page (a form post) or a script (JSON)."""
    name = check_text((_body() if request.is_json else request.form).get("name"), "name", 200, required=True)
    case = model_tests.capture(instance_id, name, actor_id=current_user.id)
    if request.is_json:
        return jsonify(model_tests.case_json(case)), 201
    flash(f"Saved test case '{case.name}': every validate and deploy of {case.model_id} replays it.", "info")
    return redirect(_cases_url("process", case.model_id))


@bp.post("/processes/<process_id>/migrations")
@page_roles("process_admin")
def migrate_instances(process_id: str) -> tuple[Response, int]:
    """The version page's migration: a dry run (default) or the start of a real one."""
    body = _body()
    versions = parse_id(body.get("from_version"), "from_version"), parse_id(body.get("to_version"), "to_version")
    chosen = migrations.parse_choice(body.get("instances", "all"))
    at = migrations.parse_element(body.get("at"))
    if body.get("dry_run", True) is not False:
        return jsonify(migrations.dry_run(process_id, *versions, chosen, at)), 200
    migration = migrations.start(process_id, *versions, chosen, actor_id=current_user.id, at=at)
    return jsonify(migrations.migration_json(migration)), 202


@bp.get("/processes/<process_id>/migrations/<int:migration_id>")
@page_roles("process_admin")
def migration_progress(process_id: str, migration_id: int) -> Response:
    return jsonify(migrations.migration_json(migrations.get(process_id, migration_id)))
