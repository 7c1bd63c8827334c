"""Big engine work goes on in background jobs: a long loop or a big multi-instance is not run inside the
request (or job) that reached it.

A step runs at most ``ENGINE_INLINE_STEPS`` engine tasks; when engine work is left, the instance stays
``running`` with its ``progress`` and a ``continue_instance`` job runs the next ``ENGINE_JOB_STEPS``, and so on
until the instance waits, completes or fails. The job is idempotent (it does nothing unless work is left),
and the reconciler re-enqueues an instance whose job was lost.
"""
from __future__ import annotations

from datetime import datetime
from datetime import timedelta

from flask import current_app
from sqlalchemy import select

from app.engine.models import ProcessInstance
from app.extensions import db
from app.instances import service
from app.jobs.queue import enqueue


def has_work_left(instance: ProcessInstance) -> bool:
    return instance.status == "running" and instance.progress is not None


def hand_on(instance: ProcessInstance) -> None:
    """After any step that left engine work, enqueue the job that goes on with it."""
    if has_work_left(instance):
        enqueue("continue_instance", instance_id=instance.id)


def continue_instance(instance_id: int) -> None:
    instance = db.session.get(ProcessInstance, instance_id)
    if instance is None or not has_work_left(instance):
        return  # a duplicate job, or the work was done (or cancelled) meanwhile
    service.record(instance, "continued", detail=dict(instance.progress or {}))
    service.continue_run(instance, chunk_steps=current_app.config["ENGINE_JOB_STEPS"])


def requeue_stale(now: datetime) -> int:
    """Enqueue the job again for instances with engine work left that no job has touched for a while."""
    before = now - timedelta(seconds=current_app.config["RECONCILE_AFTER_SECONDS"])
    stale = db.session.scalars(select(ProcessInstance.id).where(ProcessInstance.status == "running",
                                                                 ProcessInstance.progress.is_not(None),
                                                                 ProcessInstance.updated_at <= before)).all()
    for instance_id in stale:
        enqueue("continue_instance", instance_id=instance_id)
    return len(stale)
