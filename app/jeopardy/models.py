"""Jeopardy: SLA watches on open work and the alerts raised when one turns at risk or late."""
from __future__ import annotations

from datetime import date
from datetime import datetime
from typing import Any

from sqlalchemy import JSON
from sqlalchemy import ForeignKey
from sqlalchemy import Index
from sqlalchemy import String
from sqlalchemy import UniqueConstraint
from sqlalchemy.orm import Mapped
from sqlalchemy.orm import mapped_column
from sqlalchemy.orm import relationship

from app.auth.models import User
from app.database import utcnow
from app.extensions import db
from app.shared_cache import watch

STATES = ("on_track", "at_risk", "late")
SEVERITY = {"on_track": 0, "at_risk": 1, "late": 2}


class JeopardyWatch(db.Model):  # type: ignore[name-defined,misc]
    """The SLA of one open thing (a work item, a fallout case, an order's promised date)."""

    __tablename__ = "jeopardy_watches"
    __table_args__ = (UniqueConstraint("subject_kind", "subject_id"),
                      Index("ix_jeopardy_watches_due", "closed", "state", "warn_at", "due_at"))

    id: Mapped[int] = mapped_column(primary_key=True)
    subject_kind: Mapped[str] = mapped_column(String(20))  # work_item | fallout | order
    subject_id: Mapped[int]
    title: Mapped[str] = mapped_column(String(255), default="")
    order_id: Mapped[int | None] = mapped_column(index=True)
    role: Mapped[str] = mapped_column(String(40), default="")  # who does the work
    task_type: Mapped[str] = mapped_column(String(40))
    priority: Mapped[str] = mapped_column(String(20), default="normal")
    sla_class: Mapped[str] = mapped_column(String(20), default="standard")
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    warn_at: Mapped[datetime]
    due_at: Mapped[datetime]
    state: Mapped[str] = mapped_column(String(20), default="on_track")
    closed: Mapped[bool] = mapped_column(default=False)
    closed_at: Mapped[datetime | None]
    decision: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    alerts: Mapped[list[JeopardyAlert]] = relationship(back_populates="watch", order_by="JeopardyAlert.id")

    @property
    def clock(self) -> str:
        """The clock its SLA runs on: the decision's ``clock`` output (``24x7`` when the table has none)."""
        outputs = (self.decision or {}).get("outputs")
        return str(outputs.get("clock") or "24x7") if isinstance(outputs, dict) else "24x7"


class JeopardyAlert(db.Model):  # type: ignore[name-defined,misc]
    """Raised once when a watch enters ``at_risk`` or ``late``, for a manager's role."""

    __tablename__ = "jeopardy_alerts"
    __table_args__ = (UniqueConstraint("watch_id", "state", "role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    watch_id: Mapped[int] = mapped_column(ForeignKey("jeopardy_watches.id"), index=True)
    state: Mapped[str] = mapped_column(String(20))
    role: Mapped[str] = mapped_column(String(40), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    acknowledged_at: Mapped[datetime | None]
    acknowledged_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    watch: Mapped[JeopardyWatch] = relationship(back_populates="alerts")


class ClosureDay(db.Model):  # type: ignore[name-defined,misc]
    """A day the business is closed, added in the browser or the API, on top of the configured holidays
    (``BUSINESS_HOURS``): SLAs on the business clock do not count it."""

    __tablename__ = "closure_days"

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(unique=True)
    name: Mapped[str] = mapped_column(String(100))
    added_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    added_at: Mapped[datetime] = mapped_column(default=utcnow)
    added_by: Mapped[User | None] = relationship()


class ClosureDayChange(db.Model):  # type: ignore[name-defined,misc]
    """One change of the closure days, kept after the day itself is removed: which day, added or removed, by whom,
    when, how many open watches it re-timed and how many of those it put at risk or late. Written in the change's
    transaction (app/jeopardy/closures.py)."""

    __tablename__ = "closure_day_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date]
    name: Mapped[str] = mapped_column(String(100))
    change: Mapped[str] = mapped_column(String(10))  # added | removed
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    retimed: Mapped[int] = mapped_column(default=0)
    now_at_risk: Mapped[int] = mapped_column(default=0)
    actor: Mapped[User | None] = relationship()


# The business calendar in effect is kept across transactions (app.jeopardy.calendar): a closure day added or
# removed sets a new model generation, so every process reads the days again.
watch(ClosureDay)
