"""Process instances, their history and their calls to connectors."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON
from sqlalchemy import ForeignKey
from sqlalchemy import Index
from sqlalchemy import String
from sqlalchemy import Text
from sqlalchemy.orm import Mapped
from sqlalchemy.orm import mapped_column
from sqlalchemy.orm import relationship

from app.database import utcnow
from app.extensions import batch_insert_sentinel
from app.extensions import db
from app.studio.models import ProcessVersion

INSTANCE_STATUSES = ("running", "waiting", "completed", "error", "cancelled")


class ProcessInstance(db.Model):  # type: ignore[name-defined,misc]
    """One running (or finished) process: engine state plus a version column for optimistic locking.

    A step loads the row, runs the engine to its next wait state and saves it in one transaction;
    a concurrent step on the same row fails its flush (StaleDataError) instead of double-executing.
    """

    __tablename__ = "process_instances"
    insert_sentinel: Mapped[int | None] = batch_insert_sentinel()
    __table_args__ = (Index("ix_process_instances_timer_due", "next_timer_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    process_version_id: Mapped[int] = mapped_column(ForeignKey("process_versions.id"), index=True)
    process_id: Mapped[str] = mapped_column(String(255), index=True)
    order_id: Mapped[int | None] = mapped_column(index=True)  # the business order this instance works for
    status: Mapped[str] = mapped_column(String(20), index=True, default="running")
    state: Mapped[str] = mapped_column(Text, default="", deferred=True)  # big; only the engine reads it
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    error_message: Mapped[str] = mapped_column(Text, default="")
    error_task: Mapped[str] = mapped_column(String(255), default="")
    next_timer_at: Mapped[datetime | None]
    # While engine work is left to background jobs: {"engine_steps", "multi_instances": [{"task", "done", "of"}]}
    progress: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))
    started_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    completed_at: Mapped[datetime | None]
    lock_version: Mapped[int] = mapped_column(default=1)
    process_version: Mapped[ProcessVersion] = relationship()
    events: Mapped[list[InstanceEvent]] = relationship(order_by="InstanceEvent.id", back_populates="instance")

    __mapper_args__ = {"version_id_col": lock_version}


class InstanceEvent(db.Model):  # type: ignore[name-defined,misc]
    """Something that happened to an instance: who, when, what."""

    __tablename__ = "instance_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    instance_id: Mapped[int] = mapped_column(ForeignKey("process_instances.id"), index=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    kind: Mapped[str] = mapped_column(String(40))
    task_name: Mapped[str] = mapped_column(String(255), default="")
    message: Mapped[str] = mapped_column(Text, default="")
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    instance: Mapped[ProcessInstance] = relationship(back_populates="events")
    actor = relationship("User")


class ServiceCall(db.Model):  # type: ignore[name-defined,misc]
    """One attempt to run a service task through a connector.

    The idempotency key is sent to the connector, so a call retried after a crash that may already
    have reached the external system is recognised there and not performed twice.
    """

    __tablename__ = "service_calls"
    insert_sentinel: Mapped[int | None] = batch_insert_sentinel()

    id: Mapped[int] = mapped_column(primary_key=True)
    instance_id: Mapped[int] = mapped_column(ForeignKey("process_instances.id"), index=True)
    task_id: Mapped[str] = mapped_column(String(36))
    task_name: Mapped[str] = mapped_column(String(255))
    connector: Mapped[str] = mapped_column(String(255))
    params: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    idempotency_key: Mapped[str] = mapped_column(String(100), unique=True)
    attempt: Mapped[int] = mapped_column(default=1)
    status: Mapped[str] = mapped_column(String(20), index=True, default="pending")  # pending|done|failed
    result: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    error_code: Mapped[str] = mapped_column(String(100), default="")
    error_message: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None]
    # When the reconciler may enqueue a pending call again (None: at once); see jobs/scheduler.py.
    next_check_at: Mapped[datetime | None] = mapped_column(index=True)
    requeues: Mapped[int] = mapped_column(default=0)
    # When a worker claimed the call to make it (committed before the connector is called; see
    # instances/service.py): a fresh claim keeps other workers off, a stale one is a crashed worker's.
    claimed_at: Mapped[datetime | None]
