"""Deploying models: validate the files, replay the saved test cases they affect, then store them.

Above ``service`` (lookups and storage) and ``model_tests`` (which evaluates deployed decisions through
``service``), so neither needs the other's caller.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func
from sqlalchemy import select

from app.database import forget_memo
from app.errors import Conflict
from app.errors import Invalid
from app.errors import NotFound
from app.extensions import db
from app.studio import model_tests
from app.studio import service
from app.studio.models import DecisionVersion
from app.studio.models import Deployment
from app.studio.models import FormVersion
from app.studio.models import ModelFile
from app.studio.models import ProcessVersion
from app.studio.validation import Upload

ModelVersion = ProcessVersion | DecisionVersion | FormVersion
# a model kind → its versions' table and the column naming the model (a form is named by its file)
VERSIONED: dict[str, tuple[Any, Any]] = {"process": (ProcessVersion, ProcessVersion.process_id),
                                        "decision": (DecisionVersion, DecisionVersion.decision_id),
                                        "form": (FormVersion, FormVersion.filename)}


def deploy(files: list[Upload], *, actor_id: int | None, note: str = "", force: bool = False) -> Deployment:
    """Validate ``files``, replay the saved test cases they affect, and store them as a new deployment.

    :param force: deploy even when saved cases fail; the deployment records which ones.
    :raises Invalid: any file or reference is invalid; nothing is stored.
    :raises TestsFailed: saved cases fail on the new content (and not ``force``); nothing is stored.
    """
    if len(note) > service.NOTE_MAX_CHARS:  # the column's size: a longer note made PostgreSQL answer 500
        raise Invalid(errors=[{"field": "note",
                               "message": f"must be at most {service.NOTE_MAX_CHARS} characters long"}])
    validated = service.validated_upload(files)
    results = model_tests.run_for_upload(validated)
    failures = model_tests.failures_as_errors(results)
    if failures and not force:
        raise model_tests.TestsFailed(failures, results)
    forget_memo()  # the newest versions change
    deployment = service.store_validated(validated, actor_id=actor_id, note=note)
    deployment.forced_test_failures = failures
    return deployment


def validation_report(files: list[Upload]) -> dict[str, Any]:
    """What :func:`deploy` would say about ``files``, storing nothing: ``{"valid", "errors", "warnings",
    "tests"}``; a failing saved case is an error on the element where its path first differs."""
    try:
        validated = service.validated_upload(files)
    except Invalid as exc:
        return {"valid": False, "errors": [service.problem_json(e) for e in exc.errors], "warnings": [], "tests": []}
    results = model_tests.run_for_upload(validated)
    errors = [{**service.problem_json(e), "case": e["case"]} for e in model_tests.failures_as_errors(results)]
    return {"valid": not errors, "errors": errors, "warnings": [service.problem_json(w) for w in validated.warnings],
            "tests": results}


@dataclass(frozen=True)
class Redeploy:
    """What deploying an older version again would do: ``old`` (its file) becomes the model's version
    ``newest + 1``; ``also`` names the file's other models, which get a version from it too."""

    kind: str
    model_id: str
    old: ModelVersion
    newest: int
    also: list[str]


@dataclass(frozen=True)
class Redeployed:
    deployment: Deployment
    old_version: int
    new_version: int


def plan_redeploy(kind: str, model_id: str, version: int) -> Redeploy:
    """The rollback of ``model_id`` to ``version``, checked; nothing is stored.

    :raises NotFound: no such kind, model or version.
    :raises Conflict: ``version`` is the newest, or its file is the newest deployed one already (a process version
        made for a changed decision or form: rolling that one back is what restores it).
    """
    model, key = _versioned(kind)
    old = db.session.scalar(select(model).where(key == model_id, model.version == version))
    if old is None:
        raise NotFound(f"{kind} '{model_id}' has no version {version}")
    newest = db.session.scalar(select(func.max(model.version)).where(key == model_id)) or 0
    if version == newest:
        raise Conflict(f"version {version} is the newest version of {kind} '{model_id}': nothing to go back to")
    if service.latest_file_sha(old.file.filename) == old.file.sha256:
        raise Conflict(f"version {version} of {kind} '{model_id}' has the same file as the newest version "
                       f"({old.file.filename}): the newer versions differ by a decision or form they use; deploy "
                       "an older version of that instead")
    return Redeploy(kind, model_id, old, newest, _other_models(old.file, kind, model_id))


def redeployable() -> set[tuple[str, str, int]]:
    """Every ``(kind, model id, version)`` :func:`plan_redeploy` accepts (the studio offers "Deploy again" on
    these): older than its model's newest version, with a file other than the newest deployed one of its name."""
    newest_files = select(func.max(ModelFile.id)).group_by(ModelFile.filename)
    latest = {row.filename: row.sha256 for row in db.session.execute(
        select(ModelFile.filename, ModelFile.sha256).where(ModelFile.id.in_(newest_files)))}
    found: set[tuple[str, str, int]] = set()
    for kind, (model, key) in VERSIONED.items():
        rows = db.session.execute(select(key.label("model_id"), model.version, ModelFile.filename, ModelFile.sha256)
                                  .join(ModelFile, ModelFile.id == model.file_id)).all()
        newest: dict[str, int] = {}
        for row in rows:
            newest[row.model_id] = max(newest.get(row.model_id, 0), row.version)
        found |= {(kind, row.model_id, row.version) for row in rows
                  if row.version < newest[row.model_id] and latest.get(row.filename) != row.sha256}
    return found


def redeploy(kind: str, model_id: str, version: int, *, actor_id: int, force: bool = False) -> Redeployed:
    """Deploy ``version``'s file again, as any deploy (validation, saved test cases, new versions of the processes
    using a decision or form; running instances keep theirs), recorded with ``actor_id`` and a note.

    :raises NotFound, Conflict: as :func:`plan_redeploy`; :raises Invalid, TestsFailed: as :func:`deploy`.
    """
    plan = plan_redeploy(kind, model_id, version)
    upload = Upload(plan.old.file.filename, plan.old.file.content)
    deployment = deploy([upload], actor_id=actor_id, force=force,
                        note=f"redeployed version {version} of {kind} {model_id}")
    model, key = _versioned(kind)
    new_version = db.session.scalar(select(model.version).where(key == model_id,
                                                                model.deployment_id == deployment.id))
    if new_version is None:  # the file defined the model when it was deployed: only a changed parser gets here
        raise Conflict(f"{plan.old.file.filename} no longer defines {kind} '{model_id}'")
    return Redeployed(deployment, version, new_version)


def _versioned(kind: str) -> tuple[Any, Any]:
    if kind not in VERSIONED:
        raise NotFound(f"no model kind '{kind}'")
    return VERSIONED[kind]


def _other_models(file: ModelFile, kind: str, model_id: str) -> list[str]:
    """The models other than ``model_id`` that were read from ``file``."""
    names = []
    for other_kind, (model, key) in VERSIONED.items():
        for name in db.session.scalars(select(key).where(model.file_id == file.id).distinct().order_by(key)):
            if (other_kind, name) != (kind, model_id):
                names.append(f"{other_kind} {name}")
    return names
