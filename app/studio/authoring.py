"""What the studio's editors ask the server while someone models: the choices for the properties panel,
the sandbox compiler's verdict on a script, a form rendered from a schema, and per-user drafts."""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from sqlalchemy import func
from sqlalchemy import select
from sqlalchemy.orm import defer

from app import connectors
from app import rules
from app import taskforms
from app.auth.roles import ROLE_LABELS
from app.errors import Invalid
from app.errors import NotFound
from app.extensions import db
from app.sandbox import check_source
from app.studio.models import DecisionVersion
from app.studio.models import FormVersion
from app.studio.models import ModelDraft
from app.studio.models import ModelFile
from app.studio.models import ProcessVersion
from app.validation import check_text

MAX_CODE_CHARS = 20_000
MAX_DRAFT_CHARS = 2_000_000
MAX_DRAFTS = 100  # drafts one person keeps
DRAFT_KINDS = ("process", "decision", "form")
MODEL_ID = re.compile(r"^[A-Za-z_][A-Za-z0-9_\-]{0,100}$")  # a new process's or decision's id


def new_model_id_problem(kind: str, model_id: str) -> str | None:
    """Why ``model_id`` cannot name a new process or decision (``kind``), or None.

    A new model deploys as file ``<id>.bpmn`` or ``<id>.dmn``: under the id of a deployed model of its kind, or the
    name of a deployed file, its first deploy would silently become the next version of that model or file instead.
    """
    column, extension, plural = _NEW_MODELS[kind]
    if not MODEL_ID.match(model_id):
        return "letters, digits, '_' and '-', starting with a letter or '_'"
    if db.session.scalar(select(column).where(column == model_id).limit(1)):
        return f"{kind} '{model_id}' is already deployed: edit it from the studio's list, or choose another id"
    if db.session.scalar(select(ModelFile.id).where(ModelFile.filename == f"{model_id}{extension}").limit(1)):
        return f"a file {model_id}{extension} is already deployed (with other {plural}): choose another id"
    return None


def free_model_id(kind: str, stem: str) -> str:
    """``stem``, or ``stem_2``, ``stem_3``… : the first id a new process or decision may take."""
    candidate, n = stem, 1
    while new_model_id_problem(kind, candidate) is not None:
        n += 1
        candidate = f"{stem}_{n}"
    return candidate


def free_form_filename(user_id: int, stem: str = "new_form") -> str:
    """``stem.json``, or ``stem_2.json``…: the first name no deployed form and none of the user's drafts of a form
    has, for the form editor's "New form" (its draft is kept under that name, so two new forms must not share
    one: the second's first edit overwrote the first's draft)."""
    taken = set(db.session.scalars(select(FormVersion.filename).distinct()))
    taken |= set(db.session.scalars(select(ModelDraft.model_id).where(ModelDraft.user_id == user_id,
                                                                      ModelDraft.kind == "form")))
    candidate, n = f"{stem}.json", 1
    while candidate in taken:
        n += 1
        candidate = f"{stem}_{n}.json"
    return candidate


def new_decision_xml(decision_id: str) -> str:
    """A DMN file of one decision table named after ``decision_id`` (checked by :func:`new_model_id_problem`), its
    input data and one rule to replace, from which the studio's "New decision" starts."""
    name = decision_id.replace("_", " ").replace("-", " ").strip().capitalize() or decision_id
    return (DECISION_TEMPLATE.read_text(encoding="utf-8")
            .replace("TEMPLATE_ID", decision_id).replace("TEMPLATE_NAME", name))


_NEW_MODELS = {"process": (ProcessVersion.process_id, ".bpmn", "processes"),
               "decision": (DecisionVersion.decision_id, ".dmn", "decisions")}
DECISION_TEMPLATE = Path(__file__).resolve().parent / "bpmn_templates" / "decision_table.dmn"


def modeler_choices() -> dict[str, Any]:
    """What the properties panel offers: roles (lane names), deployed forms, decisions and processes, and
    the registered connectors with their declared inputs and outputs (JSON Schema objects), so the panel can
    offer one field per declared input and mark the required ones."""
    return {
        "roles": [{"id": role, "label": label} for role, label in ROLE_LABELS.items()],
        "forms": sorted(set(db.session.scalars(select(FormVersion.filename)))),
        "decisions": _newest_names(DecisionVersion, DecisionVersion.decision_id),
        "processes": _newest_names(ProcessVersion, ProcessVersion.process_id),
        "connectors": [connector.describe() for connector in connectors.all_connectors()],
    }


def _newest_names(model: Any, key: Any) -> list[dict[str, str]]:
    newest = select(func.max(model.id)).group_by(key)
    return [{"id": getattr(row, key.key), "name": row.name or getattr(row, key.key)}
            for row in db.session.scalars(select(model).where(model.id.in_(newest)).order_by(key))]


def check_code(payload: dict[str, Any]) -> list[str]:
    """The sandbox compiler's problems with a script (``mode`` "exec") or a condition (``mode`` "eval")."""
    code = check_text(payload.get("code"), "code", MAX_CODE_CHARS, multiline=True)
    mode = payload.get("mode", "exec")
    if mode not in ("exec", "eval"):
        raise Invalid(errors=[{"field": "mode", "message": "must be exec (a script) or eval (a condition)"}])
    if not code.strip():
        return ["a condition must not be empty"] if mode == "eval" else []
    return check_source(code, mode)


def form_spec(schema: Any) -> taskforms.FormSpec:
    """The form the inbox would render for ``schema``. :raises Invalid: the schema is not a form."""
    if not isinstance(schema, dict):
        raise Invalid(errors=[{"field": "schema", "message": "must be a JSON Schema object"}])
    problems = taskforms.validate_json_schema(schema)
    if problems:
        raise Invalid(errors=[{"field": "schema", "message": message} for message in problems])
    return taskforms.spec_from_json_schema(schema)


def deployed_form_schema(filename: str) -> dict[str, Any]:
    row: FormVersion | None = db.session.scalar(select(FormVersion).where(FormVersion.filename == filename)
                            .order_by(FormVersion.version.desc()).limit(1))
    if row is None:
        raise NotFound(f"no form '{filename}' is deployed")
    return row.schema


def form_file_text(filename: str, schema: dict[str, Any]) -> str:
    """The form editor's ``schema`` as the text of file ``filename``: the deployed file's own text when the
    schema is the deployed one, so deploying a form opened and left unchanged answers "nothing changed" instead
    of storing a copy formatted differently (and new versions of the processes using it)."""
    row: FormVersion | None = db.session.scalar(select(FormVersion).where(FormVersion.filename == filename)
                                            .order_by(FormVersion.version.desc()).limit(1))
    if row is not None and row.schema == schema:
        try:
            return row.file.content.decode("utf-8")  # the same bytes again, so the same sha256
        except UnicodeDecodeError:
            pass  # a file in another encoding: stored anew, in UTF-8
    return json.dumps(schema, indent=2)


def try_decision(content: str, decision_id: str, facts: dict[str, Any]) -> dict[str, Any]:
    """Evaluate ``decision_id`` as ``content`` (an edited DMN file) defines it, a value given for a decision it
    requires standing for that decision; explained as the decision page does.

    :raises Invalid: the file does not compile or has no such decision."""
    from app.studio.service import dmn_imports_as_of
    from app.studio.service import python_evaluator

    model = rules.compile_dmn(content.encode("utf-8"), "edited.dmn", python_evaluator=python_evaluator(),
                              imports=dmn_imports_as_of(None))
    if decision_id not in model.decisions:
        raise Invalid(errors=[{"field": "content", "message": f"the file has no decision '{decision_id}'"}])
    try:
        return model.evaluate(decision_id, facts, decisions_given=True).explain()
    except rules.RulesError as exc:
        raise Invalid(errors=[{"field": "facts", "message": str(exc)}]) from None


# --- drafts -----------------------------------------------------------------------------------------------

def get_draft(user_id: int, kind: str, model_id: str) -> ModelDraft:
    draft = _draft(user_id, kind, model_id)
    if draft is None:
        raise NotFound(f"you have no draft of {kind} '{model_id}'")
    return draft


def has_draft(user_id: int, kind: str, model_id: str) -> bool:
    """Whether the user keeps a draft of the model: the editors offer it only then (asking for none answers 404)."""
    return _draft(user_id, kind, model_id) is not None


def save_draft(user_id: int, kind: str, model_id: str, content: Any) -> ModelDraft:
    """Keep ``content`` (the edited XML or form JSON) as the user's draft of the model; never run."""
    _check_kind(kind)
    check_text(model_id, "model_id", 255, required=True)
    text = json.dumps(content) if kind == "form" and isinstance(content, dict) else content
    text = check_text(text, "content", MAX_DRAFT_CHARS, required=True, multiline=True)
    draft = _draft(user_id, kind, model_id)
    if draft is None:
        _check_room_for_a_draft(user_id)
        draft = ModelDraft(user_id=user_id, kind=kind, model_id=model_id, content=text)
        db.session.add(draft)
    else:
        draft.content = text
    db.session.flush()
    return draft


def _check_room_for_a_draft(user_id: int) -> None:
    """:raises Invalid: the user keeps ``MAX_DRAFTS`` drafts already: each may be 2 MB, and the list of drafts
    (``GET /api/v1/drafts``) answers them all, so a loop of saves grew it without end."""
    kept = db.session.scalar(select(func.count()).select_from(ModelDraft).where(ModelDraft.user_id == user_id))
    if (kept or 0) >= MAX_DRAFTS:
        raise Invalid(errors=[{"field": "model_id", "message": f"you keep {MAX_DRAFTS} drafts already, the most "
                               "one person may; deploy or discard some first"}])


def delete_draft(user_id: int, kind: str, model_id: str) -> None:
    db.session.delete(get_draft(user_id, kind, model_id))


def list_drafts(user_id: int, *, with_content: bool = True) -> list[ModelDraft]:
    """The user's drafts, newest first; without their content (up to 2 MB each) for a list that shows none."""
    query = select(ModelDraft).where(ModelDraft.user_id == user_id).order_by(ModelDraft.updated_at.desc())
    return list(db.session.scalars(query if with_content else query.options(defer(ModelDraft.content))))


def drafts_overview(user_id: int) -> list[dict[str, Any]]:
    """The user's drafts for the studio's list, each with whether its model is deployed (which editor opens it:
    a process or decision never deployed opens as a new one)."""
    deployed = {"process": set(db.session.scalars(select(ProcessVersion.process_id).distinct())),
                "decision": set(db.session.scalars(select(DecisionVersion.decision_id).distinct())),
                "form": set(db.session.scalars(select(FormVersion.filename).distinct()))}
    return [{"kind": d.kind, "model_id": d.model_id, "updated_at": d.updated_at,
             "deployed": d.model_id in deployed.get(d.kind, set())} for d in list_drafts(user_id, with_content=False)]


def form_draft_schema(user_id: int, filename: str) -> dict[str, Any]:
    """The schema of the user's draft of form ``filename``, for the form editor to open.

    :raises NotFound: no such draft. :raises Invalid: the draft is not a JSON object (saved over the API).
    """
    try:
        schema = json.loads(get_draft(user_id, "form", filename).content)
    except ValueError:
        schema = None
    if not isinstance(schema, dict):
        raise Invalid(errors=[{"field": "draft", "message": f"your draft of {filename} is not a JSON object"}])
    return schema


def draft_json(draft: ModelDraft) -> dict[str, Any]:
    return {"kind": draft.kind, "model_id": draft.model_id, "content": draft.content,
            "updated_at": draft.updated_at.isoformat()}


def _draft(user_id: int, kind: str, model_id: str) -> ModelDraft | None:
    _check_kind(kind)
    return db.session.scalar(select(ModelDraft).where(ModelDraft.user_id == user_id, ModelDraft.kind == kind,
                                                      ModelDraft.model_id == model_id))


def _check_kind(kind: str) -> None:
    if kind not in DRAFT_KINDS:
        raise NotFound(f"no model kind '{kind}'; drafts are of {', '.join(DRAFT_KINDS)}")
