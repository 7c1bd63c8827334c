"""Work items: the human tasks people see in their inbox."""
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
from app.engine.models import ProcessInstance
from app.extensions import batch_insert_sentinel
from app.extensions import db

WORK_ITEM_STATUSES = ("open", "completed", "cancelled")


class WorkItem(db.Model):  # type: ignore[name-defined,misc]
    """A ready user task of an instance, for a role, with the form it is completed through.

    The form spec is resolved when the item is created (from the instance's pinned deployment) and
    kept here, so showing and validating it needs no engine load.
    """

    __tablename__ = "work_items"
    insert_sentinel: Mapped[int | None] = batch_insert_sentinel()
    __table_args__ = (Index("ix_work_items_inbox", "status", "role", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    instance_id: Mapped[int] = mapped_column(ForeignKey("process_instances.id"), index=True)
    task_id: Mapped[str] = mapped_column(String(36))
    bpmn_id: Mapped[str] = mapped_column(String(255))
    title: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(20), default="open")
    form: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    instructions: Mapped[str] = mapped_column(Text, default="")
    # The task's data when it opened (the form's values): as big as the instance's data, so read only by what
    # shows or completes this one item; lists, claims and the instance's other open items leave it unread.
    task_data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict, deferred=True)
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    due_at: Mapped[datetime | None]
    jeopardy: Mapped[str | None] = mapped_column(String(20))  # on_track | at_risk | late, when watched
    completed_at: Mapped[datetime | None]
    completed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    lock_version: Mapped[int] = mapped_column(default=1)
    instance: Mapped[ProcessInstance] = relationship()
    assignee = relationship("User", foreign_keys=[assignee_id])
    completed_by = relationship("User", foreign_keys=[completed_by_id])

    __mapper_args__ = {"version_id_col": lock_version}
