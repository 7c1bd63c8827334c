"""Model tests: saved sample cases for decisions and processes, replayed before anything goes live.

A decision case: ``{"inputs": {...}, "expected": {output: value}}``. A process case: ``{"start_data",
"user_tasks": {task id: answer or [answers]}, "connectors": {task id or connector: result or [results]},
"messages": {message name: payload or [payloads]}, "timers": {timer event id: true or times it fires},
"expected_path": [element ids], "expected_data": {...}, "expected_status": "completed"}``. Every validate
and deploy replays the cases of the models it changes — and of the processes using a changed decision —
on the new content; a deploy whose cases fail is refused unless forced.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from collections.abc import Mapping
from contextlib import AbstractContextManager
from decimal import Decimal
from decimal import InvalidOperation
from pathlib import Path
from typing import Any

from flask import current_app
from sqlalchemy import select

from app import rules
from app.engine import instances as engine
from app.engine.replay import Replay
from app.engine.replay import Script
from app.engine.runtime import Decide
from app.errors import Conflict
from app.errors import Invalid
from app.errors import NotFound
from app.extensions import db
from app.local_files import read_regular_file
from app.sandbox import cpu_budget
from app.studio import decisions
from app.studio.models import DecisionVersion
from app.studio.models import DeletedShippedCase
from app.studio.models import ModelTestCase
from app.studio.models import ProcessVersion
from app.studio.service import latest_process
from app.studio.service import python_evaluator
from app.studio.validation import ValidatedUpload
from app.task_data import check_given_data
from app.validation import check_json_value
from app.validation import check_text

KINDS = ("process", "decision")
PROCESS_KEYS = {"start_data", "user_tasks", "connectors", "messages", "timers", "expected_path", "expected_data",
                "expected_status"}
STATUSES = ("completed", "error", "stopped")
MAX_CASES = 200  # per model: a deploy replays them all before it answers
SHIPPED = "shipped"  # the source of a case ``ordra seed`` saved (and keeps as shipped)
SHIPPED_EDITED = "shipped, edited"  # a shipped case a person changed since: seed leaves it alone
SHIPPED_FOLDERS = {"decision": "decisions", "process": "processes"}  # under model_tests/


class TestsFailed(Invalid):
    """A deploy refused because saved cases now fail; ``cases`` holds every case's result."""

    __test__ = False  # not a pytest class

    def __init__(self, errors: list[dict[str, Any]], cases: list[dict[str, Any]]) -> None:
        super().__init__(errors=errors)
        self.cases = cases


# --- saving cases ---------------------------------------------------------------------------------------

def create_case(kind: str, model_id: str, payload: Mapping[str, Any], *, actor_id: int | None,
                source: str = "") -> ModelTestCase:
    """Save a case for a deployed model. :raises Invalid: field-level; :raises Conflict: the name is taken."""
    _check_model(kind, model_id)
    name, case = _checked_payload(kind, payload)
    if _find(kind, model_id, name) is not None:
        raise Conflict(f"{kind} '{model_id}' already has a test case named '{name}'")
    if len(list_cases(kind, model_id)) >= MAX_CASES:
        raise Conflict(f"{kind} '{model_id}' has {MAX_CASES} test cases, the most one model may have "
                       "(every deploy replays them all)")
    row = ModelTestCase(kind=kind, model_id=model_id, name=name, case=case, source=source, created_by_id=actor_id)
    db.session.add(row)
    db.session.flush()
    return row


def save_shipped(kind: str, model_id: str, cases: Iterable[Mapping[str, Any]]) -> int:
    """Add or update the cases shipped with a model (by name; a case someone else saved is kept, and one a person
    deleted stays deleted, changed in this release or not). How many changed."""
    changed = 0
    deleted = {row.name for row in deleted_shipped(kind, model_id)}
    for payload in cases:
        name, case = _checked_payload(kind, payload)
        row = _find(kind, model_id, name)
        if row is None and name in deleted:
            continue
        if row is None:
            db.session.add(ModelTestCase(kind=kind, model_id=model_id, name=name, case=case, source=SHIPPED))
            changed += 1
        elif row.source == SHIPPED and row.case != case:
            row.case = case
            changed += 1
    db.session.flush()
    return changed


def read_shipped(path: Path) -> list[dict[str, Any]]:
    """The cases a shipped file holds (``model_tests/<decisions|processes>/<model id>.json``).

    :raises DomainError: the file cannot be read or is over ``MODEL_FILE_MAX_BYTES``."""
    content = read_regular_file(path, current_app.config["MODEL_FILE_MAX_BYTES"], "MODEL_FILE_MAX_BYTES")
    return list(json.loads(content.decode("utf-8")))


def deleted_shipped(kind: str, model_id: str) -> list[DeletedShippedCase]:
    """The model's shipped cases a person deleted (or renamed), which ``ordra seed`` leaves out."""
    return list(db.session.scalars(select(DeletedShippedCase).where(DeletedShippedCase.kind == kind,
                                                                    DeletedShippedCase.model_id == model_id)
                                   .order_by(DeletedShippedCase.name)))


def restore_shipped(kind: str, model_id: str) -> int:
    """Save again the model's shipped cases a person deleted, as the installed release ships them (the cases people
    edited stay as they are). How many came back.

    :raises NotFound: the model has no deleted shipped case."""
    deleted = deleted_shipped(kind, model_id)
    if not deleted:
        raise NotFound(f"{kind} '{model_id}' has no deleted shipped test case")
    for row in deleted:
        db.session.delete(row)
    db.session.flush()
    path = Path(current_app.config["DEFINITIONS_DIR"]) / "model_tests" / SHIPPED_FOLDERS[kind] / f"{model_id}.json"
    return save_shipped(kind, model_id, read_shipped(path)) if path.is_file() else 0


def _remember_deleted(row: ModelTestCase, name: str, actor_id: int | None) -> None:
    """Keep ``ordra seed`` from saving the shipped case ``name`` of ``row``'s model again."""
    if row.source not in (SHIPPED, SHIPPED_EDITED) or any(d.name == name
                                                          for d in deleted_shipped(row.kind, row.model_id)):
        return
    db.session.add(DeletedShippedCase(kind=row.kind, model_id=row.model_id, name=name, deleted_by_id=actor_id))


def capture(instance_id: int, name: str, *, actor_id: int | None) -> ModelTestCase:
    """Save a completed instance's run as a case of its process ("save as test case")."""
    from app.engine.models import ProcessInstance

    instance = db.session.get(ProcessInstance, instance_id)
    if instance is None:
        raise NotFound(f"no instance {instance_id}")
    if instance.status != "completed":
        raise Conflict(f"instance {instance_id} is {instance.status}; only a completed instance can become a case")
    run = engine.recording(instance)
    payload = {"name": name, "start_data": run.start_data, "user_tasks": run.user_tasks,
               "connectors": run.connectors, "messages": run.messages, "timers": run.timers,
               "expected_path": run.path, "expected_data": run.end_data}
    return create_case("process", instance.process_id, payload, actor_id=actor_id, source=f"instance {instance_id}")


def list_cases(kind: str, model_id: str) -> list[ModelTestCase]:
    _check_kind(kind)
    return list(db.session.scalars(select(ModelTestCase).where(ModelTestCase.kind == kind,
                                                              ModelTestCase.model_id == model_id)
                                   .order_by(ModelTestCase.name)))


def get_case(kind: str, model_id: str, case_id: int) -> ModelTestCase:
    """:raises NotFound: no case ``case_id`` of that model."""
    row = db.session.get(ModelTestCase, case_id)
    if row is None or row.kind != kind or row.model_id != model_id:
        raise NotFound(f"no test case {case_id} for {kind} '{model_id}'")
    return row


def update_case(kind: str, model_id: str, case_id: int, payload: Mapping[str, Any], *,
                actor_id: int | None = None) -> ModelTestCase:
    """Replace a saved case's name and fields, checked as :func:`create_case` checks them. A shipped case a person
    edits is theirs from then on: ``ordra seed`` updates only the cases still as shipped, and does not save a
    renamed one again under its shipped name.

    :raises NotFound: no such case; :raises Invalid: field-level; :raises Conflict: another case has the name.
    """
    row = get_case(kind, model_id, case_id)
    name, case = _checked_payload(kind, payload)
    taken = _find(kind, model_id, name)
    if taken is not None and taken.id != row.id:
        raise Conflict(f"{kind} '{model_id}' already has a test case named '{name}'",
                       errors=[{"field": "name", "message": f"another test case of {model_id} is named '{name}'"}])
    if name != row.name:
        _remember_deleted(row, row.name, actor_id)
    row.name, row.case = name, case
    if row.source == SHIPPED:
        row.source = SHIPPED_EDITED
    db.session.flush()
    return row


def delete_case(kind: str, model_id: str, case_id: int, *, actor_id: int | None = None) -> ModelTestCase:
    """Delete a saved case; the row deleted. A shipped one stays deleted: ``ordra seed`` does not save it again
    (:func:`restore_shipped` does)."""
    row = get_case(kind, model_id, case_id)
    _remember_deleted(row, row.name, actor_id)
    db.session.delete(row)
    db.session.flush()
    return row


def case_json(row: ModelTestCase) -> dict[str, Any]:
    return {"id": row.id, "kind": row.kind, "model": row.model_id, "name": row.name, "source": row.source,
            **row.case}


def _find(kind: str, model_id: str, name: str) -> ModelTestCase | None:
    return db.session.scalar(select(ModelTestCase).where(ModelTestCase.kind == kind,
                                                         ModelTestCase.model_id == model_id,
                                                         ModelTestCase.name == name))


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise NotFound(f"no model kind '{kind}'")


def _check_model(kind: str, model_id: str) -> None:
    _check_kind(kind)
    model = ProcessVersion if kind == "process" else DecisionVersion
    column = ProcessVersion.process_id if kind == "process" else DecisionVersion.decision_id
    if db.session.scalar(select(model.id).where(column == model_id).limit(1)) is None:
        raise NotFound(f"no {kind} '{model_id}' is deployed")


def _checked_payload(kind: str, payload: Mapping[str, Any]) -> tuple[str, dict[str, Any]]:
    """The case's name and its checked fields. :raises Invalid: every bad field, the name's included."""
    errors: list[dict[str, Any]] = []
    name, case = "", {}
    try:
        name = check_text(payload.get("name"), "name", 200, required=True).strip()
    except Invalid as exc:
        errors += exc.errors
    try:
        case = _checked_case(kind, {k: v for k, v in payload.items() if k != "name"})
    except Invalid as exc:
        errors += exc.errors
    if errors:
        raise Invalid(errors=errors)
    return name, case


def _checked_case(kind: str, case: dict[str, Any]) -> dict[str, Any]:
    """The case with its fields checked; :raises Invalid: one error per bad field."""
    errors: list[dict[str, Any]] = []
    expected = (PROCESS_KEYS if kind == "process" else {"inputs", "expected"})
    errors += [{"field": key, "message": f"unknown field; a {kind} case has {', '.join(sorted(expected))}"}
               for key in case if key not in expected]
    objects = (("start_data", "user_tasks", "connectors", "messages", "timers", "expected_data")
               if kind == "process" else ("inputs", "expected"))
    errors += [{"field": key, "message": "must be a JSON object"}
               for key in objects if not isinstance(case.get(key, {}), dict)]
    if kind == "decision" and isinstance(case.get("expected", {}), dict) and not case.get("expected"):
        errors.append({"field": "expected", "message": "name at least one output and the value it must have"})
    if kind == "process":
        errors += _process_case_errors(case)
    errors += _too_big(case, objects)
    if errors:
        raise Invalid(errors=errors)
    try:
        check_json_value(case)
    except Invalid as exc:
        raise Invalid(errors=[{"field": "case", "message": e["message"]} for e in exc.errors]) from None
    if kind == "process":
        return {"start_data": case.get("start_data", {}), "user_tasks": case.get("user_tasks", {}),
                "connectors": case.get("connectors", {}), "messages": case.get("messages", {}),
                "timers": case.get("timers", {}), "expected_path": case.get("expected_path"),
                "expected_data": case.get("expected_data", {}),
                "expected_status": case.get("expected_status", "completed")}
    return {"inputs": case.get("inputs", {}), "expected": case["expected"]}


def _too_big(case: dict[str, Any], objects: tuple[str, ...]) -> list[dict[str, Any]]:
    """A case's data is replayed as task data on every deploy of its model: it may hold what task data may hold."""
    errors: list[dict[str, Any]] = []
    for key in objects:
        if isinstance(case.get(key), dict):
            try:
                check_given_data(case[key], key)
            except Invalid as exc:
                errors += exc.errors
    return errors


def _process_case_errors(case: dict[str, Any]) -> list[dict[str, Any]]:
    errors = []
    path = case.get("expected_path")
    if path is not None and not (isinstance(path, list) and all(isinstance(p, str) for p in path)):
        errors.append({"field": "expected_path", "message": "must be a list of element ids"})
    if case.get("expected_status", "completed") not in STATUSES:
        errors.append({"field": "expected_status", "message": f"must be one of {', '.join(STATUSES)}"})
    for task, answer in (case.get("user_tasks") or {}).items() if isinstance(case.get("user_tasks"), dict) else ():
        answers = answer if isinstance(answer, list) else [answer]
        if not answers or not all(isinstance(a, dict) for a in answers):
            errors.append({"field": f"user_tasks.{task}", "message": "must be an answer object or a list of them"})
    for name, payload in case.get("messages", {}).items() if isinstance(case.get("messages"), dict) else ():
        payloads = payload if isinstance(payload, list) else [payload]
        if not payloads or not all(isinstance(p, dict) for p in payloads):
            errors.append({"field": f"messages.{name}", "message": "must be a payload object or a list of them"})
    for timer, fires in case.get("timers", {}).items() if isinstance(case.get("timers"), dict) else ():
        if not (fires is True or (isinstance(fires, int) and not isinstance(fires, bool) and 0 < fires <= 1000)):
            errors.append({"field": f"timers.{timer}",
                           "message": "must be true (fires whenever it waits) or how many times it fires (1-1000)"})
    if path is None and not case.get("expected_data"):
        errors.append({"field": "expected_path", "message": "give the expected path, the expected data or both"})
    return errors


# --- running cases ---------------------------------------------------------------------------------------

def _shared_budget() -> AbstractContextManager[None]:
    """The CPU time the cases one request runs share (``MODEL_TESTS_CPU_SECONDS``): past it, their scripts and
    replays stop, and the cases fail saying so."""
    return cpu_budget(current_app.config["MODEL_TESTS_CPU_SECONDS"])


def run_saved(kind: str, model_id: str) -> list[dict[str, Any]]:
    """Every saved case of a model, run on its newest deployed version."""
    with _shared_budget():
        return _run_saved(kind, model_id)


def _run_saved(kind: str, model_id: str) -> list[dict[str, Any]]:
    _check_model(kind, model_id)
    if kind == "decision":
        return [run_decision_case(row, decisions.evaluate) for row in list_cases(kind, model_id)]
    version = latest_process(model_id)
    decide = _decider({})
    return [run_process_case(row, version.spec_json or "", version.flavour, decide)
            for row in list_cases(kind, model_id)]


def run_for_upload(validated: ValidatedUpload) -> list[dict[str, Any]]:
    """The cases a deploy of ``validated`` affects, run on the uploaded content (each names its model)."""
    with _shared_budget():
        return _run_for_upload(validated)


def _run_for_upload(validated: ValidatedUpload) -> list[dict[str, Any]]:
    candidates = _candidate_decisions(validated)
    decide = _decider(candidates)
    results = []
    for decision_id, model in candidates.items():
        results += [{"model": decision_id, "kind": "decision", "file": _decision_file(validated, decision_id),
                     **run_decision_case(row, model.evaluate)} for row in list_cases("decision", decision_id)]
    uploaded = {info.process_id: info for info in validated.processes if info.spec_json is not None}
    for process_id, info in uploaded.items():
        results += [{"model": process_id, "kind": "process", "file": info.filename,
                     **run_process_case(row, info.spec_json or "", info.flavour, decide)}
                    for row in list_cases("process", process_id)]
    for version in _processes_using(set(candidates), exclude=set(uploaded)):
        results += [{"model": version.process_id, "kind": "process", "file": version.file.filename,
                     **run_process_case(row, version.spec_json or "", version.flavour, decide)}
                    for row in list_cases("process", version.process_id)]
    return results


def run_edited_decision(validated: ValidatedUpload, decision_id: str) -> list[dict[str, Any]]:
    """Every saved case of ``decision_id``, run on its table as uploaded (the decision editor's "Run saved test
    cases": the table as edited, before it is deployed, compiled as Validate compiles it).

    :raises Invalid: the upload has no usable decision ``decision_id``."""
    _check_model("decision", decision_id)
    with _shared_budget():
        model = _candidate_decisions(validated).get(decision_id)
        if model is None:
            raise Invalid(errors=[{"field": "content",
                                   "message": f"the file has no decision '{decision_id}' that can be evaluated"}])
        return [run_decision_case(row, model.evaluate) for row in list_cases("decision", decision_id)]


def try_case(validated: ValidatedUpload, process_id: str, payload: Mapping[str, Any]) -> dict[str, Any]:
    """Run an unsaved process case on the uploaded content (the modeler's "Run on this diagram"), storing
    nothing. Without an expected path or data the run is only reported: ``passed`` is then None.

    :raises Invalid: a bad field of the case, or the upload has no executable process ``process_id``."""
    info = next((p for p in validated.processes if p.process_id == process_id and p.spec_json is not None), None)
    if info is None:
        raise Invalid(errors=[{"field": "content", "message": f"the diagram has no executable process '{process_id}'"}])
    expects = payload.get("expected_path") is not None or bool(payload.get("expected_data"))
    fields = {key: value for key, value in payload.items() if key != "name"}
    case = _checked_case("process", fields if expects else {**fields, "expected_path": []})
    row = ModelTestCase(kind="process", model_id=process_id, name=str(payload.get("name") or "unsaved case"),
                        case=case)
    with _shared_budget():
        result = run_process_case(row, info.spec_json or "", info.flavour, _decider(_candidate_decisions(validated)))
    return {**result, "id": None, "passed": result["passed"] if expects else None,
            "first_difference": result["first_difference"] if expects else None}


def failures_as_errors(results: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One ``{"file", "line", "element", "message", "case"}`` per failing case, marking where it went wrong."""
    errors = []
    for result in results:
        if result["passed"]:
            continue
        difference = result["first_difference"] or {}
        errors.append({"file": result.get("file"), "line": None, "element": difference.get("element"),
                       "case": result["name"], "model": result.get("model"),
                       "message": f"test case '{result['name']}' of {result.get('kind')} '{result.get('model')}' "
                                  f"fails: {difference.get('message', 'its result differs')}"})
    return errors


def run_decision_case(row: ModelTestCase, evaluate: Any) -> dict[str, Any]:
    expected = row.case["expected"]
    try:
        # a case tests one decision: a value it gives for a decision required stands for that decision
        result = evaluate(row.model_id, row.case.get("inputs", {}), decisions_given=True)
    except rules.RulesError as exc:
        failed = {"element": None, "output": None, "message": f"the decision failed: {exc}"}
        return _result(row, expected, {"error": str(exc)}, failed)
    actual = rules.to_jsonable(result.as_dict())
    matched = [m.rule_id or f"rule {m.index}" for m in result.matched_rules]
    for name, value in expected.items():
        if not same_value(value, actual.get(name)):
            return _result(row, expected, actual, {
                "element": result.matched_rules[0].rule_id if result.matched_rules else None,  # the row that gave it
                "output": name, "expected": value, "actual": actual.get(name),
                "message": f"output '{name}' is {actual.get(name)!r}, expected {value!r} "
                           f"(matched: {', '.join(matched) or 'no rule'})"}, matched)
    return _result(row, expected, actual, None, matched)


def run_process_case(row: ModelTestCase, spec_json: str, flavour: str, decide: Decide) -> dict[str, Any]:
    case = row.case
    script = Script(user_tasks=case.get("user_tasks", {}), connectors=case.get("connectors", {}),
                    messages=case.get("messages", {}), timers=case.get("timers", {}))
    run = engine.replay_case(spec_json, flavour, case.get("start_data", {}), script, decide=decide)
    expected = {"path": case.get("expected_path"), "data": case.get("expected_data", {}),
                "status": case.get("expected_status", "completed")}
    actual = {"path": run.path, "data": run.data, "status": run.status, "stopped_at": run.stopped_at,
              "reason": run.reason}
    return _result(row, expected, actual, first_difference(expected, run))


def first_difference(expected: Mapping[str, Any], run: Replay) -> dict[str, Any] | None:
    """Where a run first departs from what a case expects: the element, or the data value, or the end."""
    path = expected.get("path")
    if path is not None and path != run.path:
        index = next((i for i, (a, b) in enumerate(zip(path, run.path, strict=False)) if a != b),
                     min(len(path), len(run.path)))
        want = path[index] if index < len(path) else None
        got = run.path[index] if index < len(run.path) else None
        element = got or run.stopped_at or want  # where the run went instead, else where it should have
        told = (f"at step {index + 1} the path goes to '{got}' instead of '{want}'" if want and got else
                f"the path ends after '{run.path[-1] if run.path else 'the start'}' where '{want}' was expected"
                if want else f"the path goes on to '{got}' where it was expected to end")
        return {"element": element, "index": index, "expected": want, "actual": got,
                "message": told + _why(run)}
    if expected.get("status") != run.status:
        return {"element": run.stopped_at, "expected": expected.get("status"), "actual": run.status,
                "message": f"the run ended {run.status}, expected {expected.get('status')}" + _why(run)}
    for key, value in (expected.get("data") or {}).items():
        if not same_value(value, run.data.get(key)):
            return {"element": None, "data": key, "expected": value, "actual": run.data.get(key),
                    "message": f"data '{key}' is {run.data.get(key)!r}, expected {value!r}"}
    return None


def _why(run: Replay) -> str:
    return f" ({run.reason})" if run.reason and run.status != "completed" else ""


def _result(row: ModelTestCase, expected: Any, actual: Any, difference: dict[str, Any] | None,
            matched_rules: list[str] | None = None) -> dict[str, Any]:
    result = {"id": row.id, "name": row.name, "passed": difference is None, "expected": expected,
              "actual": actual, "first_difference": difference}
    if matched_rules is not None:
        result["matched_rules"] = matched_rules
    return result


def same_value(expected: Any, actual: Any) -> bool:
    """Equal, counting a number and its decimal text as the same (``30.3`` and ``"30.30"``); objects
    compare on the keys the case names."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        return all(same_value(value, actual.get(key)) for key, value in expected.items())
    if isinstance(expected, list) and isinstance(actual, list):
        return len(expected) == len(actual) and all(same_value(a, b) for a, b in zip(expected, actual, strict=True))
    if _is_number(expected) and _is_number(actual) and (not isinstance(expected, str) or not isinstance(actual, str)):
        return Decimal(str(expected)) == Decimal(str(actual))
    return bool(expected == actual)


def _is_number(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, (int, float)):
        return True
    try:
        return isinstance(value, str) and Decimal(value).is_finite()
    except InvalidOperation:
        return False


def _candidate_decisions(validated: ValidatedUpload) -> dict[str, rules.DecisionModel]:
    """The uploaded decisions, compiled (validation already compiled them without errors)."""
    by_file = {upload.filename: upload for upload in validated.files}
    compiled: dict[str, rules.DecisionModel] = {}
    for filename in {d.filename for d in validated.decisions}:
        model = rules.compile_dmn(by_file[filename].content, filename, python_evaluator=python_evaluator(),
                                  imports=validated.dmn_imports)
        compiled.update({d.decision_id: model for d in validated.decisions if d.filename == filename})
    return compiled


def _decision_file(validated: ValidatedUpload, decision_id: str) -> str | None:
    return next((d.filename for d in validated.decisions if d.decision_id == decision_id), None)


def _decider(candidates: Mapping[str, rules.DecisionModel]) -> Decide:
    """Decisions for a test run: the uploaded version where there is one, else the newest deployed."""
    def decide(decision_id: str, facts: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
        model = candidates.get(decision_id)
        result = model.evaluate(decision_id, facts) if model else decisions.evaluate(decision_id, facts)
        result.require()
        return rules.to_jsonable(result.as_dict()), result.explain()
    return decide


def _processes_using(decision_ids: set[str], *, exclude: set[str]) -> list[ProcessVersion]:
    """The newest executable version of each deployed process whose model calls one of ``decision_ids``."""
    if not decision_ids:
        return []
    tested = set(db.session.scalars(select(ModelTestCase.model_id).where(ModelTestCase.kind == "process")))
    found = []
    for process_id in sorted(tested - exclude):
        version = db.session.scalar(select(ProcessVersion).where(ProcessVersion.process_id == process_id)
                                    .order_by(ProcessVersion.version.desc()).limit(1))
        if version is not None and version.executable and decision_ids & set(version.summary.get("decisions", [])):
            found.append(version)
    return found
