"""Read-only views over fallout cases: the agents' filtered queue and the managers' figures.

Nothing here changes a row; the actions live in ``app.fallout.service``. Times are compared
against a ``now`` the caller passes, so the figures are reproducible in tests.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from dataclasses import field
from datetime import datetime
from datetime import timedelta

from sqlalchemy import Select
from sqlalchemy import select

from app.auth.models import User
from app.auth.models import UserRole
from app.extensions import db
from app.fallout.models import FALLOUT_STATUSES
from app.fallout.models import Fallout
from app.fallout.service import OPEN
from app.fallout.service import WORKERS

ACTIVE = "active"  # the queue's default status filter: open or retrying
STATUS_FILTERS = (ACTIVE, *FALLOUT_STATUSES, "all")
AGE_BUCKETS = ("< 1 h", "1–24 h", "> 24 h")


@dataclass(frozen=True)
class QueueFilter:
    """What the agent narrowed the queue to; ``None`` or ``""`` means "any"."""

    status: str = ACTIVE
    category: str | None = None
    connector: str | None = None
    order_id: int | None = None
    older_than_hours: float | None = None


@dataclass(frozen=True)
class Bar:
    """One bar of the open-by-category chart, sized as a share (0–1) of the longest bar."""

    label: str
    count: int
    share: float


@dataclass(frozen=True)
class Figures:
    """The manager dashboard: counts of open cases, the oldest of them, and time to resolve."""

    open_total: int
    by_category: list[tuple[str, int]]
    by_connector: list[tuple[str, int]]
    by_age: list[tuple[str, int]]
    oldest: list[Fallout]
    resolved_count: int
    mean_time_to_resolve: timedelta | None
    chart: list[Bar] = field(default_factory=list)


def queue(filters: QueueFilter, now: datetime, *, limit: int = 200) -> list[Fallout]:
    """Return the cases matching ``filters``, oldest first, at most ``limit``."""
    query = select(Fallout).order_by(Fallout.created_at, Fallout.id).limit(limit)
    query = _status_filter(query, filters.status)
    for column, value in ((Fallout.category, filters.category), (Fallout.connector, filters.connector),
                          (Fallout.order_id, filters.order_id)):
        if value not in (None, ""):
            query = query.where(column == value)
    if filters.older_than_hours is not None:
        query = query.where(Fallout.created_at <= now - timedelta(hours=filters.older_than_hours))
    return list(db.session.scalars(query))


def _status_filter(query: Select[Fallout], status: str) -> Select[Fallout]:
    if status == ACTIVE:
        return query.where(Fallout.status.in_(OPEN))
    if status in FALLOUT_STATUSES:
        return query.where(Fallout.status == status)
    return query


def choices() -> dict[str, list[str]]:
    """Return the categories and connectors any case has, for the queue's filter menus."""
    return {
        "categories": sorted(c for c in db.session.scalars(select(Fallout.category).distinct()) if c),
        "connectors": sorted(c for c in db.session.scalars(select(Fallout.connector).distinct()) if c),
    }


def assignees() -> list[User]:
    """Return the active users a case can be reassigned to (those with a fallout role), by username."""
    query = (select(User).join(UserRole).where(UserRole.role.in_(WORKERS), User.active.is_(True))
             .order_by(User.username).distinct())
    return list(db.session.scalars(query))


def figures(now: datetime, *, oldest: int = 20) -> Figures:
    """Return the dashboard figures for the open (open or retrying) cases as of ``now``."""
    cases = list(db.session.scalars(select(Fallout).where(Fallout.status.in_(OPEN))
                                    .order_by(Fallout.created_at, Fallout.id)))
    by_category = _counted(c.category or "unclassified" for c in cases)
    resolved = db.session.execute(select(Fallout.created_at, Fallout.resolved_at).where(Fallout.status == "resolved"))
    spent = [resolved_at - created_at for created_at, resolved_at in resolved if resolved_at is not None]
    return Figures(
        open_total=len(cases), by_category=by_category,
        by_connector=_counted(c.connector or "(no connector)" for c in cases),
        by_age=_age_buckets(cases, now), oldest=cases[:oldest], resolved_count=len(spent),
        mean_time_to_resolve=sum(spent, timedelta()) / len(spent) if spent else None,
        chart=_bars(by_category),
    )


def _counted(labels: Iterable[str]) -> list[tuple[str, int]]:
    """Counts per label, largest first, ties by label."""
    counts = Counter(labels)
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def _age_buckets(cases: list[Fallout], now: datetime) -> list[tuple[str, int]]:
    counts = dict.fromkeys(AGE_BUCKETS, 0)
    for case in cases:
        age = now - case.created_at
        bucket = AGE_BUCKETS[0] if age < timedelta(hours=1) else (
            AGE_BUCKETS[1] if age <= timedelta(hours=24) else AGE_BUCKETS[2])
        counts[bucket] += 1
    return list(counts.items())


def _bars(counts: list[tuple[str, int]]) -> list[Bar]:
    longest = max((count for _, count in counts), default=0)
    return [Bar(label, count, count / longest) for label, count in counts] if longest else []
