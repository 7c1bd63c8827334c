"""Deploying model files as new versions, and looking deployed models up."""
from __future__ import annotations

from types import MappingProxyType
from typing import Any
from typing import TypeVarTuple

from flask import current_app
from sqlalchemy import Select
from sqlalchemy import func
from sqlalchemy import select

from app import connectors
from app import rules
from app.engine.parsing import BpmnSource
from app.engine.script_env import literal
from app.errors import Conflict
from app.errors import NotFound
from app.extensions import db
from app.sandbox import Sandbox
from app.sandbox import check_source
from app.shared_cache import attach
from app.shared_cache import cached
from app.shared_cache import row_values
from app.studio.models import DecisionVersion
from app.studio.models import Deployment
from app.studio.models import FormVersion
from app.studio.models import ModelFile
from app.studio.models import ProcessVersion
from app.studio.validation import DeployedContext
from app.studio.validation import Upload
from app.studio.validation import ValidatedUpload
from app.studio.validation import valid_filename
from app.studio.validation import validate_upload
from app.xmlsafe import parse_xml

NOTE_MAX_CHARS = 500  # Deployment.note
# The note of ``ordra seed``'s deployments: it tells the shipped files' versions from those a person deployed, since
# ``ordra models deploy`` runs without a user as seed does (the CLI refuses this note)
SEED_NOTE = "ordra seed"
_UI_SCHEMA = 'name="formUiSchemaFilename" value="{name}"'  # how a user task names its form's UI schema
# the step a plan hands data to its order with (app.orchestration.steps); named here, below orchestration, by its name
HANDOVER_CONNECTOR = "ordra/provide_data"
Columns = TypeVarTuple("Columns")  # what a query selects: whole versions, or some of their columns


class SandboxedCells:
    """Evaluates Python-language DMN cells in the script sandbox, and checks them at deployment with the
    same compiler (so a cell the sandbox would refuse is refused at upload, not when a decision runs)."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox

    def __call__(self, expression: str, scope: Any) -> Any:
        return self.sandbox.evaluate(expression, scope)

    @staticmethod
    def check(expression: str) -> list[str]:
        return check_source(expression, "eval")


def python_evaluator() -> Any:
    return SandboxedCells(Sandbox(cpu_seconds=current_app.config["SCRIPT_CPU_SECONDS"],
                                  memory_mb=current_app.config["SCRIPT_MEMORY_MB"]))


def validated_upload(files: list[Upload]) -> ValidatedUpload:
    return validate_upload(files, deployed_context(exclude={f.filename for f in files}),
                           max_bytes=current_app.config["MODEL_FILE_MAX_BYTES"], python_evaluator=python_evaluator())


def problem_json(problem: dict[str, Any]) -> dict[str, Any]:
    """Every problem with the same keys, so a modeler can mark ``element`` on its diagram (a DMN file's warning
    that one of its decisions cannot be used names it as ``decision``: the decision editor marks it on the DRD)."""
    return {"file": problem.get("file"), "line": problem.get("line"),
            "element": problem.get("element") or problem.get("decision"), "message": problem["message"]}


def unchanged_deployment_json(files: list[Upload]) -> dict[str, Any] | None:
    """The versions already holding ``files`` when each equals its latest deployed version and every
    model read from them is still at that version; else None.

    Shaped like :func:`deployment_json` of the newest deployment among them, listing only the
    versions that come from these files.
    """
    if len({f.filename for f in files}) != len(files) or not all(valid_filename(f.filename) for f in files):
        return None  # deploy refuses this upload with the reason (a NUL in a name made PostgreSQL answer 500)
    latest = [_latest_file(f.filename) for f in files]
    if any(row is None or row.sha256 != f.sha256 for row, f in zip(latest, files, strict=True)):
        return None
    rows = [row for row in latest if row is not None]
    file_ids = [row.id for row in rows]
    processes = _latest_versions(ProcessVersion, ProcessVersion.process_id, file_ids)
    decisions = _latest_versions(DecisionVersion, DecisionVersion.decision_id, file_ids)
    forms = _latest_versions(FormVersion, FormVersion.filename, file_ids)
    if len(processes) + len(decisions) + len(forms) != _versions_read_from(file_ids):
        return None  # another file has since deployed one of their models: deploying makes these newest again
    newest = max(rows, key=lambda row: row.id).deployment
    return {**deployment_json(newest), "unchanged": True,
            "files": [row.filename for row in rows],
            "processes": [process_json(p) for p in processes],
            "decisions": [{"id": d.decision_id, "name": d.name, "version": d.version} for d in decisions],
            "forms": [{"file": f.filename, "version": f.version} for f in forms]}


def _versions_read_from(file_ids: list[int]) -> int:
    """How many models were ever read from ``file_ids`` (a process given a new version for a changed decision
    or form reads the same file again, so models are counted, not versions)."""
    return sum(db.session.scalar(select(func.count(func.distinct(key))).where(model.file_id.in_(file_ids))) or 0
               for model, key in ((ProcessVersion, ProcessVersion.process_id),
                                  (DecisionVersion, DecisionVersion.decision_id), (FormVersion, FormVersion.filename)))


def _latest_versions(model: Any, key: Any, file_ids: list[int]) -> list[Any]:
    """The newest version of each model whose newest version was read from one of ``file_ids``."""
    newest = select(func.max(model.id)).group_by(key)
    return list(db.session.scalars(select(model).where(model.id.in_(newest), model.file_id.in_(file_ids))
                                   .order_by(model.id)))


def store_validated(validated: ValidatedUpload, *, actor_id: int | None, note: str) -> Deployment:
    changed = {u.filename for u in validated.files if latest_file_sha(u.filename) != u.sha256}
    deployment = Deployment(deployed_by_id=actor_id, note=note, warnings=validated.warnings)
    db.session.add(deployment)
    rows = {u.filename: ModelFile(deployment=deployment, filename=u.filename, kind=u.kind, content=u.content,
                                  sha256=u.sha256) for u in validated.files}
    db.session.add_all(rows.values())
    db.session.flush()
    for info in validated.processes:
        db.session.add(ProcessVersion(
            process_id=info.process_id,
            version=_next_version(ProcessVersion, ProcessVersion.process_id, info.process_id),
            name=info.name, deployment_id=deployment.id, file_id=rows[info.filename].id,
            executable=info.executable and info.spec_json is not None,
            not_executable_reason=info.not_executable_reason, flavour=info.flavour, spec_json=info.spec_json,
            summary=_process_summary(info)))
        db.session.flush()
    for decision in validated.decisions:
        db.session.add(DecisionVersion(
            decision_id=decision.decision_id,
            version=_next_version(DecisionVersion, DecisionVersion.decision_id, decision.decision_id),
            name=decision.name, deployment_id=deployment.id, file_id=rows[decision.filename].id,
            summary=decision.summary))
        db.session.flush()
    for filename, schema in validated.forms.items():
        db.session.add(FormVersion(filename=filename,
                                   version=_next_version(FormVersion, FormVersion.filename, filename),
                                   deployment_id=deployment.id, file_id=rows[filename].id, schema=schema))
        db.session.flush()
    _version_users(validated, changed, deployment)
    return deployment


def _version_users(validated: ValidatedUpload, changed: set[str], deployment: Deployment) -> None:
    """Give each process outside this upload whose newest version uses a changed decision or form a new version
    of the same file in ``deployment``.

    Why: an instance reads the decisions and forms deployed up to its process version's deployment, so without
    this a decision or form deployed alone never reached a process (and re-uploading its unchanged file makes
    no version). New instances now use the new decision or form; running ones keep their version's.
    """
    decision_ids = {d.decision_id for d in validated.decisions if d.filename in changed}
    forms = set(validated.forms) & changed
    if not decision_ids and not forms:
        return
    uploaded = {info.process_id for info in validated.processes}
    for newest in _newest_process_versions():
        if newest.process_id in uploaded or not _uses(newest, decision_ids, forms):
            continue
        db.session.add(ProcessVersion(
            process_id=newest.process_id, version=newest.version + 1, name=newest.name, deployment_id=deployment.id,
            file_id=newest.file_id, executable=newest.executable, not_executable_reason=newest.not_executable_reason,
            flavour=newest.flavour, spec_json=newest.spec_json, summary=newest.summary))
    db.session.flush()


def _newest_process_versions() -> list[ProcessVersion]:
    newest = select(func.max(ProcessVersion.id)).group_by(ProcessVersion.process_id)
    return list(db.session.scalars(select(ProcessVersion).where(ProcessVersion.id.in_(newest))
                                   .order_by(ProcessVersion.process_id)))


def _uses(version: ProcessVersion, decision_ids: set[str], forms: set[str]) -> bool:
    used_forms = {task.get("form") for task in version.summary.get("user_tasks", [])}
    if decision_ids & set(version.summary.get("decisions", [])) or forms & used_forms:
        return True
    # a task's UI schema is not in the summary (older versions' summaries lack it): read the file
    return any(_UI_SCHEMA.format(name=form).encode() in version.file.content for form in forms)


def _process_summary(info: Any) -> dict[str, Any]:
    return {
        "lanes": info.lanes,
        "user_tasks": [{"id": t.bpmn_id, "name": t.name, "lane": t.lane, "form": t.form_file}
                       for t in info.user_tasks],
        "decisions": sorted(info.decisions),
        "connectors": sorted(info.connectors),
        "called_processes": sorted(info.called_processes),
        "waits_for_people": info.waits_for_people,
        "points_of_no_return": info.undoing.points_of_no_return,
        "compensation": info.undoing.compensation,
        "compensation_process": info.undoing.compensation_process,
        "outputs": info.outputs,
        "data_handovers": _data_handovers(info),
    }


def _data_handovers(info: Any) -> list[dict[str, Any]]:
    """``[{"key", "task", "after_user_tasks"}]``: each ``ordra/provide_data`` step handing a key named by a literal
    string to the order, with how many of the plan's user tasks come before it (``app.engine.paths``). The timeline
    places the hand-over after that many of the plan's planned spans, so the domain orders waiting for the key are
    planned from there rather than from the provider's end; a key computed at run time has no entry."""
    tasks = set(info.connector_tasks.get(HANDOVER_CONNECTOR, []))
    handovers = []
    for code in info.code:
        key = _literal_string(code.source) if code.element in tasks and code.what == "parameter key" else None
        if key is not None and code.element in info.user_tasks_before:
            handovers.append({"key": key, "task": code.element,
                              "after_user_tasks": info.user_tasks_before[code.element]})
    return handovers


def _literal_string(expression: str) -> str | None:
    value = literal(expression)
    return value if isinstance(value, str) else None


def _next_version(model: Any, column: Any, value: str) -> int:
    current = db.session.scalar(select(func.max(model.version)).where(column == value))
    return (current or 0) + 1


def deployed_by_people(filenames: list[str]) -> dict[str, Deployment]:
    """The deployment holding the newest version of each of ``filenames`` that a person deployed (in the studio,
    over the API or with ``ordra models deploy``), rather than ``ordra seed``."""
    rows = [_latest_file(name) for name in filenames]
    return {row.filename: row.deployment for row in rows
            if row is not None and (row.deployment.deployed_by_id or row.deployment.note != SEED_NOTE)}


def latest_file_sha(filename: str) -> str | None:
    return db.session.scalar(select(ModelFile.sha256).where(ModelFile.filename == filename)
                             .order_by(ModelFile.id.desc()).limit(1))


def _latest_file(filename: str) -> ModelFile | None:
    return db.session.scalar(select(ModelFile).where(ModelFile.filename == filename)
                             .order_by(ModelFile.id.desc()).limit(1))


def deployed_context(exclude: set[str] = frozenset()) -> DeployedContext:  # type: ignore[assignment]
    """What uploads may reference: latest decisions, forms and BPMN files (other than ``exclude``)."""
    latest_bpmn = db.session.scalars(
        select(ModelFile).where(ModelFile.id.in_(
            select(func.max(ModelFile.id)).where(ModelFile.kind == "bpmn").group_by(ModelFile.filename)))).all()
    return DeployedContext(
        dmn_imports=dmn_imports_as_of(None, exclude),
        decision_ids=set(db.session.scalars(select(DecisionVersion.decision_id).distinct())),
        form_files=set(db.session.scalars(select(FormVersion.filename).distinct())),
        bpmn_sources=[BpmnSource(f.filename, parse_xml(f.content, f.filename)) for f in latest_bpmn
                      if f.filename not in exclude],
        connectors=set(connectors.names()),
        connector_inputs={c.name: list(c.inputs.get("required", [])) for c in connectors.all_connectors()},
    )


def dmn_imports_as_of(deployment_id: int | None, exclude: set[str] = frozenset()  # type: ignore[assignment]
                      ) -> dict[str, bytes]:
    """The newest DMN file of each name deployed up to ``deployment_id`` (None: of all), by the
    namespace it declares: what a DMN ``<import>`` may name."""
    newest = select(func.max(ModelFile.id)).where(ModelFile.kind == "dmn")
    if deployment_id is not None:
        newest = newest.where(ModelFile.deployment_id <= deployment_id)
    rows = db.session.scalars(select(ModelFile).where(ModelFile.id.in_(newest.group_by(ModelFile.filename)))).all()
    found = {}
    for row in rows:
        namespace = rules.dmn_namespace(row.content) if row.filename not in exclude else None
        if namespace:
            found[namespace] = row.content
    return found


def latest_process(process_id: str) -> ProcessVersion:
    """The newest version of ``process_id``; new instances start on it.

    :raises NotFound: never deployed.
    :raises Conflict: deployed only as a non-executable diagram.
    """
    version_id: int | None = cached(("latest_process", process_id), lambda: db.session.scalar(
        select(ProcessVersion.id).where(ProcessVersion.process_id == process_id)
        .order_by(ProcessVersion.version.desc()).limit(1)))
    if version_id is None:
        raise NotFound(f"no process '{process_id}' is deployed")
    version = attach_version(version_id)
    if not version.executable:
        raise Conflict(f"process '{process_id}' version {version.version} is not executable: "
                       f"{version.not_executable_reason}")
    return version


def attach_version(version_id: int) -> ProcessVersion:
    """Process version ``version_id`` in this session, from what the process remembers (no SQL once known).

    A deployed version never changes, so the step path calls this before ``instance.process_version``: the
    relationship then finds the version in the session instead of selecting it (with its spec) again.

    :raises NotFound: no such version.
    """
    values = cached(("process_version", version_id), lambda: _row_values(db.session.get(ProcessVersion, version_id)))
    if values is None:
        raise NotFound(f"no process version {version_id}")
    return attach(ProcessVersion, values)


def _row_values(row: Any) -> MappingProxyType[str, Any] | None:
    return None if row is None else MappingProxyType(row_values(row))


def decision_as_of(decision_id: str, deployment_id: int | None) -> DecisionVersion:
    """The newest version of a decision deployed up to ``deployment_id`` (None = newest of all)."""
    version: DecisionVersion | None = db.session.scalar(
        _newest_decision(select(DecisionVersion), decision_id, deployment_id))
    if version is None:
        raise NotFound(f"no decision '{decision_id}' is deployed")
    return version


def decision_file_as_of(decision_id: str, deployment_id: int | None) -> tuple[int, str]:
    """The id and content hash of the file holding :func:`decision_as_of` (evaluated on every decision task)."""
    def newest() -> tuple[int, str] | None:  # (the query is built only when the answer is not remembered)
        query = select(DecisionVersion.file_id, ModelFile.sha256).join(ModelFile,
                                                                      ModelFile.id == DecisionVersion.file_id)
        row = db.session.execute(_newest_decision(query, decision_id, deployment_id)).first()
        return None if row is None else (row.file_id, row.sha256)
    found = cached(("decision_file", decision_id, deployment_id), newest)
    if found is None:
        raise NotFound(f"no decision '{decision_id}' is deployed")
    return found


def _newest_decision(query: Select[*Columns], decision_id: str, deployment_id: int | None) -> Select[*Columns]:
    query = query.where(DecisionVersion.decision_id == decision_id)
    if deployment_id is not None:
        query = query.where(DecisionVersion.deployment_id <= deployment_id)
    return query.order_by(DecisionVersion.version.desc()).limit(1)


def form_as_of(filename: str, deployment_id: int) -> FormVersion | None:
    values = cached(("form", filename, deployment_id), lambda: _row_values(db.session.scalar(
        select(FormVersion).where(FormVersion.filename == filename, FormVersion.deployment_id <= deployment_id)
        .order_by(FormVersion.version.desc()).limit(1))))
    return None if values is None else attach(FormVersion, values)


def list_deployments(limit: int = 100) -> list[Deployment]:
    return list(db.session.scalars(select(Deployment).order_by(Deployment.id.desc()).limit(limit)))


def get_deployment(deployment_id: int) -> Deployment:
    deployment = db.session.get(Deployment, deployment_id)
    if deployment is None:
        raise NotFound(f"no deployment {deployment_id}")
    return deployment


def models_overview() -> dict[str, list[dict[str, Any]]]:
    """Every deployed process, decision and form with all its versions (newest first)."""
    processes = db.session.scalars(select(ProcessVersion).order_by(ProcessVersion.process_id,
                                                                   ProcessVersion.version.desc())).all()
    decisions = db.session.scalars(select(DecisionVersion).order_by(DecisionVersion.decision_id,
                                                                    DecisionVersion.version.desc())).all()
    forms = db.session.scalars(select(FormVersion).order_by(FormVersion.filename, FormVersion.version.desc())).all()
    return {
        "processes": [process_json(p) for p in processes],
        "decisions": [{"id": d.decision_id, "name": d.name, "version": d.version, "deployment": d.deployment_id,
                       "file": d.file.filename, **d.summary} for d in decisions],
        "forms": [{"file": f.filename, "version": f.version, "deployment": f.deployment_id} for f in forms],
    }


def process_json(version: ProcessVersion) -> dict[str, Any]:
    return {"id": version.process_id, "name": version.name, "version": version.version,
            "deployment": version.deployment_id, "file": version.file.filename, "executable": version.executable,
            "not_executable_reason": version.not_executable_reason or None, **version.summary}


def new_versions_said(deployment: Deployment) -> str:
    """The versions ``deployment`` made, as "approval_level v2, approval.json v2 (deployment version 3); the
    processes using them: change_request v3": its number is not theirs, and a process whose file is unchanged gets
    a new version when a decision or form it uses changes."""
    own = [p for p in deployment.processes if p.file.deployment_id == deployment.id]
    users = [p for p in deployment.processes if p.file.deployment_id != deployment.id]
    made = ([f"{p.process_id} v{p.version}" for p in own]
            + [f"{d.decision_id} v{d.version}" for d in deployment.decisions]
            + [f"{f.filename} v{f.version}" for f in deployment.forms])
    said = f"{', '.join(made)} (deployment version {deployment.id})"
    if users:
        said += (f"; the processes using {'it' if len(made) == 1 else 'them'}: "
                 + ", ".join(f"{p.process_id} v{p.version}" for p in users))
    return said


def deployment_json(deployment: Deployment) -> dict[str, Any]:
    return {
        "deployment": deployment.id,
        "version": deployment.id,
        "deployed_at": deployment.deployed_at.isoformat(),
        "deployed_by": deployment.deployed_by.username if deployment.deployed_by else None,
        "note": deployment.note,
        "warnings": deployment.warnings,
        "forced_test_failures": deployment.forced_test_failures,
        "files": [f.filename for f in deployment.files],
        "processes": [process_json(p) for p in deployment.processes],
        "decisions": [{"id": d.decision_id, "name": d.name, "version": d.version} for d in deployment.decisions],
        "forms": [{"file": f.filename, "version": f.version} for f in deployment.forms],
    }
