"""Fallout cases: a failed order task, what the policy decided, and everything done about it."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON
from sqlalchemy import ForeignKey
from sqlalchemy import String
from sqlalchemy import Text
from sqlalchemy.orm import Mapped
from sqlalchemy.orm import mapped_column
from sqlalchemy.orm import relationship

from app.database import utcnow
from app.engine.models import ProcessInstance
from app.extensions import db

FALLOUT_STATUSES = ("open", "retrying", "resolved", "skipped", "cancelled")


class Fallout(db.Model):  # type: ignore[name-defined,misc]
    """One failing task of one instance; a failure of the same task again is a new attempt of it."""

    __tablename__ = "fallouts"

    id: Mapped[int] = mapped_column(primary_key=True)
    instance_id: Mapped[int] = mapped_column(ForeignKey("process_instances.id"), index=True)
    order_id: Mapped[int | None] = mapped_column(index=True)
    task_name: Mapped[str] = mapped_column(String(255))
    connector: Mapped[str] = mapped_column(String(255), default="")
    error_code: Mapped[str] = mapped_column(String(100), default="")
    message: Mapped[str] = mapped_column(Text, default="")
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    response: Mapped[Any] = mapped_column(JSON, nullable=True)
    attempt: Mapped[int] = mapped_column(default=1)
    category: Mapped[str] = mapped_column(String(100), default="")
    action: Mapped[str] = mapped_column(String(20), default="manual")  # retry | manual
    assign_to: Mapped[str] = mapped_column(String(40), default="fallout_agent")
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    status: Mapped[str] = mapped_column(String(20), index=True, default="open")
    next_retry_at: Mapped[datetime | None] = mapped_column(index=True)
    policy: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # the policy decision, explained
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    resolved_at: Mapped[datetime | None]
    instance: Mapped[ProcessInstance] = relationship()
    assignee = relationship("User")
    events: Mapped[list[FalloutEvent]] = relationship(order_by="FalloutEvent.id", back_populates="fallout")


class FalloutEvent(db.Model):  # type: ignore[name-defined,misc]
    """The audit trail of a fallout: failures, policy decisions, and every action people took."""

    __tablename__ = "fallout_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    fallout_id: Mapped[int] = mapped_column(ForeignKey("fallouts.id"), index=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    kind: Mapped[str] = mapped_column(String(40))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    fallout: Mapped[Fallout] = relationship(back_populates="events")
    actor = relationship("User")
