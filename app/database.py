"""The unit of work: services flush, only request and job boundaries commit.

Jobs enqueued during a unit of work are handed to the job backend only after it commits (see
``app.jobs.queue``), so a worker never looks for a row that is not there yet.
"""
from __future__ import annotations

from collections.abc import Callable
from collections.abc import Hashable
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC
from datetime import datetime
from typing import Any
from typing import TypeVar

from sqlalchemy import event
from sqlalchemy import insert
from sqlalchemy.engine import Engine
from sqlalchemy.orm import ORMExecuteState
from sqlalchemy.orm import Session

from app.extensions import db

T = TypeVar("T")


def utcnow() -> datetime:
    """The current time as an aware UTC datetime (one clock for the whole app; tests patch it)."""
    return datetime.now(UTC)


@contextmanager
def unit_of_work() -> Iterator[None]:
    """Commit what the block did, or roll all of it back if it raises."""
    try:
        yield
        commit_if_written()
    except BaseException:
        db.session.rollback()
        raise


_BEFORE_COMMIT: list[Callable[[], None]] = []


def before_unit_commits(work: Callable[[], None]) -> None:
    """Have ``work`` done at the end of every unit of work, in its transaction, before it commits (the
    factory's wiring registers the step path's: Ordra's own steps started by the unit run there)."""
    if work not in _BEFORE_COMMIT:
        _BEFORE_COMMIT.append(work)


def commit_if_written() -> None:
    """Commit the unit of work; one that only read (a page, a list, a job that found nothing to do) ends
    its transaction with a rollback instead, which gives up nothing and costs no commit."""
    for work in _BEFORE_COMMIT:
        work()
    session = db.session()
    if session.in_transaction() and _only_read(session):
        session.rollback()
    else:
        session.commit()


def _only_read(session: Session) -> bool:
    if session.new or session.dirty or session.deleted or session.info.get(_PENDING_ROWS) \
            or session.info.get("pending_jobs"):
        return False
    return not session.connection().info.get(_WROTE, True)


_WROTE = "ordra_transaction_wrote"
_READING = ("SELECT", "PRAGMA")  # anything else (WITH too) may write


@event.listens_for(Engine, "begin")
def _transaction_begins(connection: Any) -> None:
    connection.info[_WROTE] = False


@event.listens_for(Engine, "before_cursor_execute")
def _note_writes(connection: Any, _cursor: Any, statement: str, *_args: Any) -> None:
    if not statement.lstrip()[:6].upper().startswith(_READING):
        connection.info[_WROTE] = True


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


@contextmanager
def savepoint() -> Iterator[None]:
    """Undo what the block did, alone, if it raises (a SAVEPOINT), with what it noted for the commit beside the
    database: rows to write at commit, jobs to enqueue, TMF changes to publish; answers remembered for the
    transaction are forgotten (they may hold rows the savepoint took back)."""
    session = db.session()
    noted = {key: _copied(value) for key, value in session.info.items()}
    nested = session.begin_nested()
    try:
        yield
    except BaseException:
        nested.rollback()
        session.info.clear()
        session.info.update(noted)
        session.info.pop(_MEMO, None)
        raise
    nested.commit()


def _copied(value: Any) -> Any:
    """A copy of a session note deep enough that appending to it in the savepoint leaves the copy as it was."""
    if isinstance(value, list):
        return list(value)
    if isinstance(value, dict):
        return {key: _copied(item) for key, item in value.items()}
    return value


# --- rows written together at commit -----------------------------------------------------------------

_PENDING_ROWS = "ordra_rows_at_commit"


def insert_at_commit(model: Any, row: dict[str, Any]) -> None:
    """Insert ``row`` into ``model``'s table when the unit of work commits, in one statement with the
    other rows of that table (or earlier, when something reads the table first).

    For append-only history (instance and order events): a step records several, and an INSERT each
    (with the flush before it) was a fifth of what a step cost. Give every column the caller cares
    about, ``at`` included: no ORM defaults run.
    """
    db.session.info.setdefault(_PENDING_ROWS, {}).setdefault(model, []).append(row)


def write_rows_now(model: Any) -> None:
    """Insert the rows of ``model`` waiting for the commit now (before one added the ORM way, to keep ids in
    the order things happened)."""
    if (db.session.info.get(_PENDING_ROWS) or {}).get(model):
        db.session.flush()
        _write_rows(db.session(), [model])


def _write_rows(session: Session, models: list[Any]) -> None:
    pending: dict[Any, list[dict[str, Any]]] = session.info.get(_PENDING_ROWS) or {}
    for model in models:
        rows = pending.pop(model, None)
        if rows:
            session.execute(insert(model.__table__), rows)


@event.listens_for(Session, "before_commit")
def _write_rows_at_commit(session: Session) -> None:
    if session.info.get(_PENDING_ROWS) and not session.in_nested_transaction():
        session.flush()  # the rows they refer to first
        _write_rows(session, list(session.info[_PENDING_ROWS]))


@event.listens_for(Session, "do_orm_execute")
def _write_rows_before_reading_them(state: ORMExecuteState) -> None:
    pending = state.session.info.get(_PENDING_ROWS)
    if not pending or not state.is_select:
        return
    read = [model for model in pending if model.__mapper__ in state.all_mappers]
    if read:
        state.session.flush()
        _write_rows(state.session, read)


@event.listens_for(Session, "after_rollback")
def _drop_rows_after_rollback(session: Session) -> None:
    if session.in_nested_transaction():
        return  # back to a savepoint: savepoint() puts back the rows noted before it
    session.info.pop(_PENDING_ROWS, None)


# --- answers remembered for one transaction ----------------------------------------------------------

_MEMO = "ordra_transaction_memo"


def memo(key: Hashable, compute: Callable[[], T], *, session: Session | None = None) -> T:
    """``compute()``, asked once per transaction for ``key`` (e.g. the newest version of a process while
    a chain of steps starts fifteen plans). Forgotten at commit and rollback, so never stale across them;
    code that changes what was computed in the same transaction calls :func:`forget_memo`. (Answers that
    stay right across transactions: ``app.shared_cache``.)"""
    answers: dict[Hashable, Any] = (session if session is not None else db.session()).info.setdefault(_MEMO, {})
    if key not in answers:
        answers[key] = compute()
    return answers[key]  # type: ignore[no-any-return]


def remembered(key: Hashable) -> bool:
    """Was ``key`` computed by :func:`memo` in this transaction?"""
    return key in db.session.info.get(_MEMO, {})


def forget_memo(key: Hashable | None = None) -> None:
    """Forget ``key`` (None: everything) remembered in this transaction."""
    if key is None:
        db.session.info.pop(_MEMO, None)
    else:
        db.session.info.get(_MEMO, {}).pop(key, None)


@event.listens_for(Session, "after_commit")
@event.listens_for(Session, "after_rollback")
def _forget_memo_at_end(session: Session) -> None:
    if not session.in_nested_transaction():  # savepoint() forgets what a savepoint took back itself
        session.info.pop(_MEMO, None)
