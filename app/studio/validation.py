"""Validate an upload of BPMN, DMN and form files before anything is stored.

Every problem becomes ``{"file", "line", "message"}``, with ``element`` (the BPMN/DMN id at fault and
``line`` its line) where one element is to blame; one bad file rejects the whole upload.
"""
from __future__ import annotations

import hashlib
import json
import logging
import re
from collections.abc import Callable
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field
from typing import Any

from lxml import etree

from app import rules
from app import taskforms
from app.auth.roles import ROLES
from app.auth.roles import role_for_name
from app.engine.parsing import BPMN_NS
from app.engine.parsing import BpmnSource
from app.engine.parsing import ProcessInfo
from app.engine.parsing import parse_processes
from app.engine.timers import literal_timer_problem
from app.errors import BadRequest
from app.errors import Invalid
from app.sandbox import check_source
from app.validation import check_json_value
from app.xmlsafe import XmlRejected
from app.xmlsafe import parse_xml

KINDS = {".bpmn": "bpmn", ".dmn": "dmn", ".json": "form"}
UNCHECKED = ("the model could not be checked: Ordra failed while checking this file; the failure is logged for the "
             "administrators")
log = logging.getLogger(__name__)
MAX_ID_CHARS = 255  # process and decision ids and names: their columns' size (PostgreSQL answered 500 beyond)
FORM_MAX_DEPTH = 32  # levels of a form file's JSON (JSON_MAX_DEPTH for request bodies; real forms use ~5)
FILENAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._\- ]{0,200}$")


@dataclass(frozen=True)
class Upload:
    filename: str
    content: bytes

    @property
    def kind(self) -> str:
        return KINDS.get(self.suffix, "")

    @property
    def suffix(self) -> str:
        return "." + self.filename.rsplit(".", 1)[-1].lower() if "." in self.filename else ""

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.content).hexdigest()


@dataclass
class DeployedContext:
    """What is already deployed and may be referenced by the upload."""

    decision_ids: set[str] = field(default_factory=set)
    form_files: set[str] = field(default_factory=set)
    bpmn_sources: list[BpmnSource] = field(default_factory=list)
    connectors: set[str] = field(default_factory=set)
    connector_inputs: dict[str, list[str]] = field(default_factory=dict)  # connector -> its required inputs
    dmn_imports: dict[str, bytes] = field(default_factory=dict)  # deployed DMN files by namespace, for <import>


@dataclass
class DecisionDef:
    decision_id: str
    name: str
    filename: str
    summary: dict[str, Any]


@dataclass
class ValidatedUpload:
    files: list[Upload]
    processes: list[ProcessInfo] = field(default_factory=list)
    decisions: list[DecisionDef] = field(default_factory=list)
    forms: dict[str, dict[str, Any]] = field(default_factory=dict)
    warnings: list[dict[str, Any]] = field(default_factory=list)
    dmn_imports: dict[str, bytes] = field(default_factory=dict)  # what its DMN files' <import>s resolve to


def validate_upload(files: list[Upload], context: DeployedContext, *, max_bytes: int,
                    python_evaluator: Callable[[str, Any], Any]) -> ValidatedUpload:
    """Check every file and every cross-reference.

    :raises Invalid: with one error per problem found, over all files.
    """
    errors = _check_names(files, max_bytes)
    if errors:
        raise Invalid(errors=errors)
    result = ValidatedUpload(files=files)
    roots = _parse_xml_files(files, errors)
    _check_forms(files, result, errors)
    _guarded(files, "dmn", errors, lambda: _check_decisions(files, roots, context, result, errors, python_evaluator))
    _guarded(files, "bpmn", errors, lambda: _check_processes(files, roots, context, result, errors))
    if errors:
        raise Invalid(errors=errors)
    return result


def _guarded(files: list[Upload], kind: str, errors: list[dict[str, Any]], check: Callable[[], None]) -> None:
    """Run one stage of the checks; a failure of Ordra's own (a bug, never the admin's fault) is logged
    with its trace and told as "could not be checked" against the files of that stage, not as a 500."""
    try:
        check()
    except Exception:
        log.exception("checking the %s files of an upload failed", kind)
        errors.extend({"file": u.filename, "line": None, "element": None, "message": UNCHECKED}
                      for u in files if u.kind == kind)


def _check_names(files: list[Upload], max_bytes: int) -> list[dict[str, Any]]:
    if not files:
        return [{"file": None, "line": None, "message": "no files were uploaded"}]
    errors = []
    seen: set[str] = set()
    for upload in files:
        problem = None
        if not valid_filename(upload.filename):
            problem = "the file name may hold only letters, digits, spaces, '.', '_' and '-'"
        elif not upload.kind:
            problem = f"unsupported file type '{upload.suffix}'; upload .bpmn, .dmn or .json files"
        elif upload.filename in seen:
            problem = "the same file name appears twice in the upload"
        elif len(upload.content) > max_bytes:
            problem = f"the file is {len(upload.content)} bytes; the limit is {max_bytes}"
        seen.add(upload.filename)
        if problem:
            errors.append({"file": upload.filename, "line": None, "message": problem})
    return errors


def valid_filename(filename: str) -> bool:
    """A name an uploaded file may have (letters, digits, spaces, '.', '_', '-'; no path, no control character)."""
    return bool(FILENAME.match(filename)) and "/" not in filename and "\\" not in filename


def _parse_xml_files(files: list[Upload], errors: list[dict[str, Any]]) -> dict[str, etree._Element]:
    roots = {}
    for upload in files:
        if upload.kind not in ("bpmn", "dmn"):
            continue
        try:
            root = parse_xml(upload.content, upload.filename)
        except XmlRejected as exc:
            errors.extend(exc.errors)
            continue
        local = etree.QName(root).localname
        if upload.kind == "bpmn" and (local != "definitions" or etree.QName(root).namespace != BPMN_NS):
            errors.append({"file": upload.filename, "line": root.sourceline,
                           "message": "not a BPMN 2.0 file: the root must be bpmn:definitions"})
            continue
        if upload.kind == "dmn" and local != "definitions":
            errors.append({"file": upload.filename, "line": root.sourceline,
                           "message": "not a DMN file: the root must be dmn:definitions"})
            continue
        roots[upload.filename] = root
    return roots


def _check_forms(files: list[Upload], result: ValidatedUpload, errors: list[dict[str, Any]]) -> None:
    for upload in files:
        if upload.kind != "form":
            continue
        try:
            schema = json.loads(upload.content)
            check_json_value(schema, FORM_MAX_DEPTH)
        except (RecursionError, BadRequest):  # json.loads gives up at ~1,000 levels; the form checks recursed
            errors.append({"file": upload.filename, "line": None,
                           "message": f"the JSON nests deeper than {FORM_MAX_DEPTH} levels"})
            continue
        except Invalid as exc:
            errors.extend({"file": upload.filename, "line": None, "message": f"{e['field']}: {e['message']}"}
                          for e in exc.errors)
            continue
        except (ValueError, UnicodeDecodeError) as exc:
            line = getattr(exc, "lineno", None)
            errors.append({"file": upload.filename, "line": line, "message": f"not valid JSON: {exc}"})
            continue
        if not isinstance(schema, dict):
            errors.append({"file": upload.filename, "line": 1, "message": "a form file must hold a JSON object"})
            continue
        if not is_ui_schema(upload.filename, schema):
            errors.extend({"file": upload.filename, "line": None, "message": message}
                          for message in taskforms.validate_json_schema(schema))
        result.forms[upload.filename] = schema


def is_ui_schema(filename: str, schema: dict[str, Any]) -> bool:
    """UI schemas (react-jsonschema-form "ui:" hints) go beside JSON Schemas; tell them apart."""
    return "uischema" in filename.lower() or (bool(schema) and all(
        key.startswith("ui:") or (isinstance(value, dict) and all(k.startswith("ui:") for k in value))
        for key, value in schema.items()))


def _check_decisions(files: list[Upload], roots: dict[str, etree._Element], context: DeployedContext,
                     result: ValidatedUpload, errors: list[dict[str, Any]],
                     python_evaluator: Callable[[str, Any], Any]) -> None:
    seen: dict[str, str] = {}
    imports = result.dmn_imports = dmn_imports(files, context)
    for upload in files:
        if upload.kind != "dmn" or upload.filename not in roots:
            continue
        try:
            model = rules.compile_dmn(upload.content, upload.filename, python_evaluator=python_evaluator,
                                      imports=imports)
        except rules.DmnInvalid as exc:
            errors.extend(exc.errors)
            continue
        result.warnings.extend(model.warnings)
        for decision_id, info in model.decisions.items():
            if decision_id in seen:
                errors.append({"file": upload.filename, "line": None,
                               "message": f"decision '{decision_id}' is also defined in {seen[decision_id]}"})
            seen[decision_id] = upload.filename
            errors.extend(_too_long(upload.filename, None, "decision", decision_id, info.name or ""))
            result.decisions.append(DecisionDef(decision_id, info.name or decision_id, upload.filename,
                                                {"hit_policy": info.hit_policy}))


def dmn_imports(files: list[Upload], context: DeployedContext) -> dict[str, bytes]:
    """What a DMN ``<import>`` in the upload may name: the upload's DMN files and the deployed ones, by the
    namespace each declares (the upload's own win). Every compile of an uploaded DMN file passes these."""
    uploaded = {namespace: u.content for u in files if u.kind == "dmn"
                for namespace in [rules.dmn_namespace(u.content)] if namespace}
    return {**context.dmn_imports, **uploaded}


def _check_processes(files: list[Upload], roots: dict[str, etree._Element], context: DeployedContext,
                     result: ValidatedUpload, errors: list[dict[str, Any]]) -> None:
    sources = [BpmnSource(u.filename, roots[u.filename]) for u in files if u.kind == "bpmn" and u.filename in roots]
    if not sources:
        return
    report = parse_processes(sources, context.bpmn_sources)
    errors.extend(report.errors)
    result.warnings.extend(report.warnings)
    decisions = context.decision_ids | {d.decision_id for d in result.decisions}
    forms = context.form_files | set(result.forms)
    for info in report.processes:
        if info.executable and info.spec_json:
            errors.extend(_check_references(info, roots[info.filename], decisions, forms, context.connectors,
                                            context.connector_inputs))
    seen: dict[str, str] = {}
    for info in report.processes:
        if info.process_id in seen:
            errors.append({"file": info.filename, "line": info.line, "element": info.process_id,
                           "message": f"process '{info.process_id}' is also defined in {seen[info.process_id]}"})
        seen[info.process_id] = info.filename
        errors.extend(_too_long(info.filename, info.line, "process", info.process_id, info.name))
    result.processes = report.processes


def _too_long(filename: str, line: int | None, kind: str, model_id: str, name: str) -> list[dict[str, Any]]:
    """A process's or decision's id or name longer than the column that keeps it."""
    return [{"file": filename, "line": line, "element": model_id[:MAX_ID_CHARS],
             "message": f"the {kind}'s {what} is {len(value)} characters long; at most {MAX_ID_CHARS} are kept"}
            for what, value in (("id", model_id), ("name", name)) if len(value) > MAX_ID_CHARS]


def _camunda_form_problems(fields: list[dict[str, Any]] | None) -> list[str]:
    """What keeps a user task's Camunda form fields (types, constraints, defaults) from loading: checked at
    upload, so no task is created that nobody can open."""
    if not fields:
        return []
    try:
        taskforms.spec_from_camunda_fields(fields)
    except taskforms.FormSpecError as exc:
        return exc.messages
    return []


def _missing_parameters(info: ProcessInfo, connectors: set[str],
                        connector_inputs: Mapping[str, list[str]]) -> list[tuple[str, str, list[str]]]:
    """(connector, service task, required inputs the task does not pass) for every call that misses some:
    the connector would refuse every such call (``MISSING_DATA``), so the model is refused at upload."""
    found = []
    for connector in sorted(info.connectors & connectors):
        for task in info.connector_tasks.get(connector, []):
            passed = info.connector_params.get(task, set())
            missing = [name for name in connector_inputs.get(connector, []) if name not in passed]
            if missing:
                found.append((connector, task, missing))
    return found


def _check_references(info: ProcessInfo, root: etree._Element, decisions: set[str], forms: set[str],
                      connectors: set[str], connector_inputs: Mapping[str, list[str]]) -> list[dict[str, Any]]:
    def error(message: str, element: str) -> dict[str, Any]:
        """A problem of one element, located on that element's own line (the process's if not found)."""
        found = root.xpath("//*[@id=$id]", id=element) if element else []
        return {"file": info.filename, "line": found[0].sourceline if found else info.line,
                "element": element or None, "message": f"process '{info.process_id}': {message}"}

    problems = [error(f"business rule task calls decision '{d}', which is neither uploaded nor deployed", task)
                for d in sorted(info.decisions - decisions) for task in info.decision_tasks.get(d, [""])]
    problems += [error(f"service task calls connector '{c}', which is not registered; known connectors: "
                       f"{', '.join(sorted(connectors)) or 'none'}", task)
                 for c in sorted(info.connectors - connectors) for task in info.connector_tasks.get(c, [""])]
    problems += [error(f"service task calls connector '{c}' without its required parameter(s) {', '.join(missing)}",
                       task) for c, task, missing in _missing_parameters(info, connectors, connector_inputs)]
    for task in info.user_tasks:
        problems += [error(f"user task '{task.name}': form field {message}", task.bpmn_id)
                     for message in _camunda_form_problems(task.camunda_fields)]
        if role_for_name(task.role_name) is None:
            problems.append(error(f"user task '{task.name}' is in lane '{task.lane or '(none)'}', which names no role;"
                                  f" use a lane or 'role' property named like one of: {', '.join(ROLES)}",
                                  task.bpmn_id))
        for form_file in (task.form_file, task.ui_file):
            if form_file and form_file not in forms:
                problems.append(error(f"user task '{task.name}' uses form '{form_file}', which is neither "
                                      f"uploaded nor deployed", task.bpmn_id))
    for code in info.code:
        messages = check_source(code.source, code.mode)
        timer = literal_timer_problem(code.timer, code.source) if code.timer and not messages else None
        problems += [error(f"{code.what} of '{code.task}': {message}", code.element)
                     for message in messages + ([timer] if timer else [])]
    return problems
