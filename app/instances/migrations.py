"""Migrating running instances from one version of a process to another: a dry run, then background jobs.

The dry run checks each chosen instance (see ``app.engine.migration``) and changes nothing. A real run stores
the plan as an :class:`InstanceMigration` and moves the instances in batches, one job per batch, each
instance in its own savepoint: one that fails is reported and the others go on. Progress is the report.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import select

from app.database import utcnow
from app.engine import instances as engine
from app.engine import migration
from app.engine.models import ProcessInstance
from app.errors import Invalid
from app.errors import NotFound
from app.extensions import db
from app.instances.service import migrate_instance
from app.jobs.queue import enqueue
from app.studio.models import FormVersion
from app.studio.models import InstanceMigration
from app.studio.models import ProcessVersion

RUNNING = ("running", "waiting", "error")
BATCH = 20  # instances one job moves before it hands over to the next (progress shows in between)
MAX_INSTANCES = 10_000  # chosen in one migration


def dry_run(process_id: str, from_version: int, to_version: int, chosen: str | list[int],
            at: str | None = None) -> dict[str, Any]:
    """Per chosen instance: can it move, and if not why (changes nothing). ``at``: only the instances
    standing on that element."""
    source, target = _versions(process_id, from_version, to_version)
    verdicts = [_checked(instance_id, instance, source, target) for instance_id, instance in _chosen(source, chosen)]
    if at:
        verdicts = [row for row in verdicts if at in row["standing_on"]]
    return {"process_id": process_id, "from_version": from_version, "to_version": to_version, "dry_run": True,
            "at": at, "instances": verdicts}


def start(process_id: str, from_version: int, to_version: int, chosen: str | list[int], *,
          actor_id: int | None, at: str | None = None) -> InstanceMigration:
    """Check the chosen instances, store the plan and enqueue the moves of the movable ones."""
    plan = dry_run(process_id, from_version, to_version, chosen, at)["instances"]
    report = [{"id": row["id"], "status": "pending" if row["movable"] else "skipped", "reason": row["reason"]}
              for row in plan]
    migration = InstanceMigration(process_id=process_id, from_version=from_version, to_version=to_version,
                                  report=report, requested_by_id=actor_id)
    db.session.add(migration)
    db.session.flush()
    _continue(migration)
    return migration


def get(process_id: str, migration_id: int) -> InstanceMigration:
    migration = db.session.get(InstanceMigration, migration_id)
    if migration is None or migration.process_id != process_id:
        raise NotFound(f"no migration {migration_id} of process '{process_id}'")
    return migration


def recent(process_id: str, limit: int = 10) -> list[InstanceMigration]:
    return list(db.session.scalars(select(InstanceMigration).where(InstanceMigration.process_id == process_id)
                                   .order_by(InstanceMigration.id.desc()).limit(limit)))


def migration_json(migration: InstanceMigration) -> dict[str, Any]:
    counts = {status: sum(1 for row in migration.report if row["status"] == status)
              for status in ("pending", "moved", "skipped", "failed")}
    done = len(migration.report) - counts["pending"]
    return {"id": migration.id, "process_id": migration.process_id, "from_version": migration.from_version,
            "to_version": migration.to_version, "status": migration.status, "dry_run": False,
            "progress": {"total": len(migration.report), "done": done, **counts},
            "created_at": migration.created_at.isoformat(),
            "finished_at": migration.finished_at.isoformat() if migration.finished_at else None,
            "instances": migration.report}


def run_batch(migration_id: int) -> None:
    """Move the next batch of pending instances; enqueue the next batch, or mark the migration finished."""
    migration = db.session.get(InstanceMigration, migration_id)
    if migration is None or migration.status != "running":
        return
    source, target = _versions(migration.process_id, migration.from_version, migration.to_version)
    report = [dict(row) for row in migration.report]
    for row in [row for row in report if row["status"] == "pending"][:BATCH]:
        row["status"], row["reason"] = _move(row["id"], source, target, migration)
    migration.report = report
    _continue(migration)


def _move(instance_id: int, source: ProcessVersion, target: ProcessVersion,
          migration: InstanceMigration) -> tuple[str, str]:
    savepoint = db.session.begin_nested()
    try:
        instance = db.session.get(ProcessInstance, instance_id)
        reason = "the instance no longer exists" if instance is None else migrate_instance(
            instance, source, target, actor_id=migration.requested_by_id, migration_id=migration.id)
        savepoint.commit()
    except Exception as exc:  # one instance's failure is reported; the others still move
        savepoint.rollback()
        return "failed", f"{type(exc).__name__}: {exc}"
    return ("moved", "") if not reason else ("skipped", reason)


def _continue(migration: InstanceMigration) -> None:
    if any(row["status"] == "pending" for row in migration.report):
        enqueue("migrate_instances", migration_id=migration.id)
    else:
        migration.status = "finished"
        migration.finished_at = utcnow()


def _versions(process_id: str, from_version: int, to_version: int) -> tuple[ProcessVersion, ProcessVersion]:
    found = {v.version: v for v in db.session.scalars(select(ProcessVersion).where(
        ProcessVersion.process_id == process_id, ProcessVersion.version.in_((from_version, to_version))))}
    errors = [{"field": name, "message": f"process '{process_id}' has no version {number}"}
              for name, number in (("from_version", from_version), ("to_version", to_version)) if number not in found]
    if not errors and from_version == to_version:
        errors.append({"field": "to_version", "message": "must differ from from_version"})
    if not errors and not found[to_version].executable:
        errors.append({"field": "to_version", "message": f"version {to_version} is not executable"})
    if errors:
        if not db.session.scalar(select(ProcessVersion.id).where(ProcessVersion.process_id == process_id).limit(1)):
            raise NotFound(f"no process '{process_id}' is deployed")
        raise Invalid(errors=errors)
    return found[from_version], found[to_version]


def _chosen(source: ProcessVersion, chosen: str | list[int]) -> list[tuple[int, ProcessInstance | None]]:
    if chosen == "all":
        rows = db.session.scalars(select(ProcessInstance).where(ProcessInstance.process_version_id == source.id,
                                                                ProcessInstance.status.in_(RUNNING))
                                  .order_by(ProcessInstance.id).limit(MAX_INSTANCES))
        return [(row.id, row) for row in rows]
    assert isinstance(chosen, list)
    found = {row.id: row for row in db.session.scalars(select(ProcessInstance)
                                                       .where(ProcessInstance.id.in_(chosen)))}
    return [(instance_id, found.get(instance_id)) for instance_id in dict.fromkeys(chosen)]


def _checked(instance_id: int, instance: ProcessInstance | None, source: ProcessVersion,
             target: ProcessVersion) -> dict[str, Any]:
    reason = ""
    standing: list[str] = []
    if instance is None:
        reason = "no such instance"
    elif instance.process_version_id != source.id:
        reason = (f"it is an instance of {instance.process_id} version {instance.process_version.version}, "
                  f"not of version {source.version}")
    elif instance.status not in RUNNING:
        reason = f"the instance is {instance.status}"
    else:
        try:
            verdict = engine.migration_check(instance, target)
        except Exception as exc:  # a state the engine cannot read or diff: reported, never a failed dry run
            return {"id": instance_id, "movable": False, "reason": f"it could not be checked: {exc}",
                    "standing_on": []}
        reason, standing = verdict.reason, verdict.standing
        reason = reason or _data_problem(verdict.landings)
    return {"id": instance_id, "movable": not reason, "reason": reason, "standing_on": standing}


def _data_problem(landings: list[migration.Landing]) -> str:
    """Why the instance's data does not fit the target's forms: a user task it stands on would show, read
    only, fields its data lacks (they are what the person decides on, so the task could not be done)."""
    for landing in landings:
        if not landing.form_file:
            continue
        schema = _deployed_form(landing.form_file)
        if schema is None:
            return (f"its {landing.state} user task '{landing.bpmn_id}' uses form '{landing.form_file}' in the "
                    "target version, which is not deployed")
        shown = _read_only_fields(schema)
        missing = [name for name in shown if name not in landing.data_keys]
        if missing:
            return (f"its {landing.state} user task '{landing.bpmn_id}' uses form '{landing.form_file}' in the "
                    f"target version, which shows {', '.join(missing)} from the instance's data, which lacks "
                    f"{'it' if len(missing) == 1 else 'them'}")
    return ""


def _deployed_form(filename: str) -> dict[str, Any] | None:
    row = db.session.scalar(select(FormVersion).where(FormVersion.filename == filename)
                            .order_by(FormVersion.version.desc()).limit(1))
    return row.schema if row is not None else None


def _read_only_fields(schema: dict[str, Any]) -> list[str]:
    """The top-level fields a form shows from the task's data rather than asks for."""
    properties = schema.get("properties") or {}
    everything = schema.get("readOnly") is True
    return [name for name, prop in properties.items()
            if everything or (isinstance(prop, dict) and prop.get("readOnly") is True)]


def parse_choice(value: Any) -> str | list[int]:
    """``"all"`` or a list of instance ids. :raises Invalid: anything else."""
    if value == "all":
        return "all"
    if (isinstance(value, list) and value and len(value) <= MAX_INSTANCES
            and all(isinstance(v, int) and not isinstance(v, bool) and v > 0 for v in value)):
        return value
    raise Invalid(errors=[{"field": "instances", "message": f"must be \"all\" or a list of 1 to {MAX_INSTANCES} "
                                                            "instance ids"}])


def parse_element(value: Any) -> str | None:
    """The optional ``at`` filter: an element id. :raises Invalid: not a text."""
    if value in (None, ""):
        return None
    if not isinstance(value, str) or len(value) > 255:
        raise Invalid(errors=[{"field": "at", "message": "must be the id of an element instances stand on"}])
    return value
