"""The unit of work: services flush, only request and job boundaries commit.

Jobs enqueued during a unit of work are handed to the job backend only after it commits (see
``app.jobs.queue``), so a worker never looks for a row that is not there yet.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from collections.abc import Hashable
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC
from datetime import datetime
from typing import Any
from typing import TypeVar
from typing import cast

from sqlalchemy import ColumnElement
from sqlalchemy import Table
from sqlalchemy import bindparam
from sqlalchemy import column
from sqlalchemy import event
from sqlalchemy import func
from sqlalchemy import insert
from sqlalchemy import inspect
from sqlalchemy import update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import InstanceState
from sqlalchemy.orm import InstrumentedAttribute
from sqlalchemy.orm import Mapper
from sqlalchemy.orm import ORMExecuteState
from sqlalchemy.orm import Session
from sqlalchemy.orm import aliased
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.sql.expression import Executable

from app.extensions import db

T = TypeVar("T")
log = logging.getLogger(__name__)


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


def locks_rows() -> bool:
    """Whether the database locks the rows a transaction reads ``FOR UPDATE`` (PostgreSQL). SQLite locks none:
    its writers take turns on the whole database, so what one statement reads with a row is as current as what
    a second statement would read after it."""
    return bool(db.session.get_bind().dialect.name != "sqlite")


def read_after_lock(function: str, key: ColumnElement[Any] | InstrumentedAttribute[Any],
                    model: type[Any]) -> tuple[Any, Any]:
    """A lateral join on a PostgreSQL function that locks ``key``'s row and then reads rows of ``model`` in a
    query of its own (migration c4a7e2f9b813), and ``model`` aliased to it.

    With it one statement locks a row and reads what goes with it as it is once the lock is held. A plain join
    would not: under READ COMMITTED a statement that waited for a lock reads the joined rows from its snapshot,
    taken before the wait (PostgreSQL re-reads only the locked row); a volatile function's queries each take a
    new one. Lock the outer row ``FOR UPDATE OF`` its table too: if it changed while the statement waited,
    PostgreSQL reads it again and calls the function again for it."""
    rows = getattr(func, function)(key).table_valued(
        *(column(c.name, c.type) for c in model.__table__.columns)).lateral()
    return rows, aliased(model, rows, adapt_on_names=True)


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


_KEPT_ROWS = "ordra_rows_kept_on_rollback"


def insert_even_if_rolled_back(model: Any, row: dict[str, Any]) -> None:
    """Insert ``row`` as :func:`insert_at_commit` does; if the unit of work rolls back instead, in a transaction
    of its own just after the rollback.

    For the record of a refusal: a request refused with an error status is rolled back whole, and what was
    refused, to whom and why must stay on record all the same. Only the rollback of the whole unit writes it (a
    savepoint's takes the note back with the rest).
    """
    insert_at_commit(model, row)
    db.session.info.setdefault(_KEPT_ROWS, []).append((model, row))


@event.listens_for(Session, "after_commit")
def _forget_kept_rows_after_commit(session: Session) -> None:
    session.info.pop(_KEPT_ROWS, None)  # committed with the other rows at commit


@event.listens_for(Session, "after_rollback")
def _write_kept_rows_after_rollback(session: Session) -> None:
    if session.in_nested_transaction() or not session.info.get(_KEPT_ROWS):
        return
    kept: list[tuple[Any, dict[str, Any]]] = session.info.pop(_KEPT_ROWS)
    try:
        with db.engine.begin() as connection:
            for model, row in kept:
                connection.execute(insert(model.__table__), [row])
    except SQLAlchemyError:  # the rollback's own cause (a lost connection) must surface, not this
        log.exception("rows kept on rollback could not be written", extra={"rows": len(kept)})


# --- bookkeeping written after the unit of work, never in it --------------------------------------------

_AFTER_UNIT = "ordra_written_after_unit"


def write_after_unit(statement: Executable) -> None:
    """Run ``statement`` in a short transaction of its own once the unit of work has ended, committed or rolled
    back.

    For bookkeeping a request must neither wait on nor fail for, such as when an API token was last used: the
    request's transaction never holds its lock, and a failure is logged, not raised.
    """
    db.session.info.setdefault(_AFTER_UNIT, []).append(statement)


@event.listens_for(Session, "after_commit")
@event.listens_for(Session, "after_rollback")
def _write_after_unit(session: Session) -> None:
    if session.in_nested_transaction() or not session.info.get(_AFTER_UNIT):
        return
    statements: list[Executable] = session.info.pop(_AFTER_UNIT)
    try:
        with db.engine.begin() as connection:
            for statement in statements:
                connection.execute(statement)
    except SQLAlchemyError:  # e.g. the database busy: the next use records it
        log.warning("bookkeeping after the unit of work could not be written", exc_info=True)


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


def revise_memo(key: Hashable, revise: Callable[[Any], Any]) -> None:
    """Remember ``revise(answer)`` for ``key`` if :func:`memo` remembers an answer (else nothing): for code that
    changed what the answer was computed from, in this transaction, and knows what it would be now."""
    answers = db.session.info.get(_MEMO, {})
    if key in answers:
        answers[key] = revise(answers[key])


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


# --- versioned rows updated together -------------------------------------------------------------------

@event.listens_for(Session, "before_flush")
def _update_versioned_rows_together(session: Session, _context: Any, objects: Any) -> None:
    """Store changed rows of a versioned table (instances, work items) that changed the same columns with one
    executemany, version check included.

    The ORM updates each row of a table with a version column by a statement of its own (to check each
    row's version); a wave of connector answers that ends six plans flushed six. Here the version check is
    the same (``WHERE id = ? AND lock_version = ?``, the rows matched counted, StaleDataError when one is
    missing), and the rows are then marked stored, so the flush that follows leaves them alone.
    """
    if objects is not None:
        return  # a flush of chosen rows only: the ORM's
    candidates = [state for state in map(inspect, session.dirty) if _batchable(state)]
    if len(candidates) < 2:
        return  # (most flushes: nothing to batch, and no history to work out)
    groups: dict[tuple[Mapper[Any], frozenset[str]], list[InstanceState[Any]]] = {}
    for state in candidates:
        changed = frozenset(key for key in state.committed_state if state.attrs[key].history.added)
        if changed and _plain_columns(state.mapper, changed):
            groups.setdefault((state.mapper, changed), []).append(state)
    for (mapper, keys), states in groups.items():
        if len(states) > 1:
            _update_together(session, mapper, keys, sorted(states, key=_row_key))  # (in key order, as the ORM)


def _batchable(state: InstanceState[Any]) -> bool:
    """A row of one table with one key column and a version the ORM counts, loaded (else the ORM loads it)."""
    mapper = state.mapper
    version = mapper.version_id_col
    return version is not None and bool(mapper.version_id_generator) and len(mapper.tables) == 1 \
        and len(mapper.primary_key) == 1 and mapper.get_property_by_column(version).key in state.dict


def _plain_columns(mapper: Mapper[Any], keys: frozenset[str]) -> bool:
    """Whether ``keys`` are columns of the mapper's table the ORM would write as given (no relationship, no
    key or version column, every column with an ``onupdate`` among them)."""
    columns = mapper.column_attrs
    if not all(key in columns and len(columns[key].columns) == 1 for key in keys):
        return False
    written = {columns[key].columns[0] for key in keys}
    table = mapper.local_table
    return all(not column.primary_key and column is not mapper.version_id_col for column in written) and all(
        column in written for column in table.columns if column.onupdate is not None)


def _row_key(state: InstanceState[Any]) -> Any:
    assert state.key is not None  # (persistent)
    return state.key[1][0]


def _update_together(session: Session, mapper: Mapper[Any], keys: frozenset[str],
                     states: list[InstanceState[Any]]) -> None:
    version = mapper.version_id_col
    assert version is not None and mapper.version_id_generator
    (key_column,) = mapper.primary_key
    columns = {key: mapper.column_attrs[key].columns[0] for key in keys}
    table = cast(Table, mapper.local_table)
    statement = update(table).where(
        key_column == bindparam("_key", type_=key_column.type), version == bindparam("_version", type_=version.type)
    ).values({column: bindparam(key, type_=column.type) for key, column in columns.items()}
             | {version: bindparam("_next_version", type_=version.type)})
    version_key = mapper.get_property_by_column(version).key
    rows = []
    for state in states:
        current = state.dict[version_key]
        row = {key: state.dict[key] for key in keys}
        row.update(_key=_row_key(state), _version=current,
                   _next_version=mapper.version_id_generator(current))
        rows.append(row)
    matched = session.connection(bind_arguments={"mapper": mapper}).execute(statement, rows).rowcount
    if matched != len(rows):
        raise StaleDataError(f"UPDATE statement on table '{table.name}' expected to update "
                             f"{len(rows)} row(s); {matched} were matched.")
    for state, row in zip(states, rows):
        for key in keys:
            set_committed_value(state.obj(), key, row[key])
        set_committed_value(state.obj(), version_key, row["_next_version"])
    # (still marked modified, they go through the flush's bookkeeping: a savepoint rolled back expires them)
