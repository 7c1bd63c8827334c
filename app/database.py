"""The unit of work: services flush, only request and job boundaries commit.

Jobs enqueued during a unit of work are handed to the job backend only after it commits (see
``app.jobs.queue``), so a worker never looks for a row that is not there yet.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC
from datetime import datetime
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine

from app.extensions import db


def utcnow() -> datetime:
    """The current time as an aware UTC datetime (one clock for the whole app; tests patch it)."""
    return datetime.now(UTC)


@contextmanager
def unit_of_work() -> Iterator[None]:
    """Commit what the block did, or roll all of it back if it raises."""
    try:
        yield
        db.session.commit()
    except BaseException:
        db.session.rollback()
        raise


def commit_before_outside_call() -> None:
    """Commit the job's work so far, so that no transaction (nor lock) is held while another system is
    called; what the job does next runs in a new transaction, committed by its boundary. Only for a job
    that calls out (a connector call: claim, call, record)."""
    db.session.commit()


@event.listens_for(Engine, "connect")
def _sqlite_pragmas(connection: Any, _record: Any) -> None:
    """SQLite as a server-grade store: WAL lets readers and the job thread work beside a writer,
    ``synchronous=NORMAL`` is durable with WAL except for the last commits on power loss, and the
    busy timeout waits for a writer instead of failing at once."""
    if type(connection).__module__ != "sqlite3":
        return
    cursor = connection.cursor()
    for pragma in ("journal_mode=WAL", "synchronous=NORMAL", "busy_timeout=10000", "foreign_keys=ON"):
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()
