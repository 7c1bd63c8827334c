"""Answers about deployed models and the catalog, remembered across transactions and right across processes.

What the step path looks up again and again (the newest version of a process, the file of a decision, a
form, an offering's specification tree and price list, the TMF hubs, the simulator's rules) changes only
when someone deploys models or edits the catalog. ``app.database.memo`` remembers such an answer for one
transaction; an order takes a dozen, each asking again. Here an answer is kept by each process (each app)
for as long as the data under it is unchanged, which one small row says: the *model generation*.

- A transaction that wrote a watched table (see :func:`watch`) sets the generation to a new random number
  as it commits (SQLite: right after each such write), in the same transaction: the write and the new
  number are committed together (or neither). The hook sits on the engine and reads the SQL text, so an ORM
  flush, a Core ``insert``/``update``/``delete`` and plain SQL all count and no write path can forget it.
  A random number, not a count, so that a database copied or restored from a backup never shows a process
  a number it saw with other contents.
- :func:`cached` reads the generation once per transaction (or takes the one the transaction's first read brought
  along: :func:`with_generation`, used by an API request's look-up of its caller and by a wave's record) and
  answers from the process's entry for the key when it was computed at that generation; otherwise it computes,
  remembers and answers. An entry is
  computed after the generation was read, so it is never older than its generation says (under READ
  COMMITTED it may be newer, which only costs a recomputation).
- A transaction that wrote a watched table (or has such a change waiting to be flushed) sees its own
  uncommitted data: it neither uses nor fills the shared entries (a rollback leaves nothing behind).

Values are shared by every request and job of the process: cache plain, immutable values (ids, tuples,
frozen dataclasses), never ORM objects; :func:`attach` turns remembered column values into an object of
the caller's session without SQL.
"""
from __future__ import annotations

import copy
import re
import secrets
import threading
from collections import OrderedDict
from collections.abc import Callable
from collections.abc import Hashable
from collections.abc import Mapping
from itertools import chain
from typing import Any
from typing import TypeVar
from typing import cast

from flask import current_app
from sqlalchemy import BigInteger
from sqlalchemy import Column
from sqlalchemy import Integer
from sqlalchemy import Select
from sqlalchemy import Table
from sqlalchemy import event
from sqlalchemy import inspect
from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session
from sqlalchemy.orm import make_transient_to_detached
from sqlalchemy.orm.util import identity_key

from app.database import memo
from app.extensions import Base
from app.extensions import db

T = TypeVar("T")
M = TypeVar("M")

GENERATION = Table(
    "model_generation", db.metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),  # one row, id 1
    Column("generation", BigInteger, nullable=False),
)
DEFAULT_ENTRIES = 1024  # see ``MODEL_CACHE_ENTRIES`` in app/config.py (the least recently used go first)
MIGRATING = "ordra_migrating"  # execution option of the migrations' connection (the generation may not exist yet)

_WATCHED: set[str] = set()
_WATCHED_CLASSES: list[tuple[type, ...]] = []  # the mapped classes of _WATCHED, found at first use
_WRITE = re.compile(r'\s*(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)\s+'
                    r'(?:"?\w+"?\.)?"?(\w+)', re.IGNORECASE)
_WRITES = "ordra_model_writes"  # connection.info: statements on watched tables in this transaction
_GENERATION_KEY = ("ordra_model_generation",)
_OUTSIDE = "ordra_model_generation_outside"  # session.info: read with no transaction open (see cached)
_CARRIED = "ordra_model_generation_carried"  # session.info: see carry_to_outside_calls
_STORE = "ordra_model_cache"  # app.extensions
_MISSING = object()


def watch(*tables: Any) -> None:
    """Count writes to ``tables`` (mapped classes or ``Table`` objects) as changes of the model generation.

    Called by the model modules for the tables that :func:`cached` answers are computed from."""
    for table in tables:
        _WATCHED.add(str(getattr(table, "__tablename__", None) or table.name))
    _WATCHED_CLASSES.clear()


# --- writing: the generation changes with every write to a watched table -----------------------------------

@event.listens_for(Engine, "after_cursor_execute")
def _note_model_writes(connection: Any, _cursor: Any, statement: str, *_args: Any) -> None:
    if statement[:6].upper().startswith(("SELECT", "PRAGMA")):
        return
    written = _WRITE.match(statement)
    if written is None or written.group(1).lower() not in _WATCHED:
        return
    if connection.get_execution_options().get(MIGRATING):
        return  # the migrations run before the generation's table exists; env.py sets a new one at the end
    connection.info[_WRITES] = connection.info.get(_WRITES, 0) + 1
    if _at_once(connection):
        new_generation(connection.connection.dbapi_connection)


@event.listens_for(Engine, "commit")
def _new_generation_at_commit(connection: Any) -> None:
    """Just before the commit, not at the write: the generation's row stays locked (PostgreSQL) only while
    the transaction commits, so two catalog edits never wait for each other through it (nor deadlock)."""
    if connection.info.pop(_WRITES, 0) and not _at_once(connection):
        new_generation(connection.connection.dbapi_connection)


def _at_once(connection: Any) -> bool:
    """A new generation right after the write: on an autocommit connection (committed already; a reader
    between the two caches new data as old, which is only recomputed later) and on SQLite, where a savepoint
    begun outside a transaction commits when released, without a commit event (and writers take turns anyway)."""
    return bool(connection.get_execution_options().get("isolation_level") == "AUTOCOMMIT"
                or connection.dialect.name == "sqlite")


def new_generation(dbapi_connection: Any) -> None:
    """Set a new generation on ``dbapi_connection`` (in its transaction; on the driver's cursor, so that the
    engine's events do not see a statement inside the one they are reporting)."""
    cursor = dbapi_connection.cursor()
    try:  # a literal number: the drivers' parameter styles differ
        cursor.execute(f"UPDATE model_generation SET generation = {secrets.randbits(62)} WHERE id = 1")
    finally:
        cursor.close()


@event.listens_for(Engine, "begin")
def _transaction_begins(connection: Any) -> None:
    connection.info.pop(_WRITES, None)


# --- reading ----------------------------------------------------------------------------------------------

def cached(key: Hashable, compute: Callable[[], T], *, session: Session | None = None,
           outside_transaction: bool = False) -> T:
    """``compute()``, remembered by this process for ``key`` until a watched table changes.

    ``compute`` must read only watched tables and return a plain, immutable value (it is shared). With
    ``outside_transaction``, a caller that must not open the session's transaction (a simulated outside
    system, called between Ordra's transactions) gets the generation read on a connection of its own.
    """
    session = session if session is not None else db.session()
    if _changes_waiting(session):
        return compute()  # its query flushes them; nothing of this transaction is shared
    writes = _writes(session)
    if writes:
        return memo(("ordra_model_uncached", writes, key), compute, session=session)
    generation = _generation(session, outside_transaction)
    if generation is None:  # no generation row: a database not migrated this far
        return memo(key, compute, session=session)
    store = _store()
    value = store.get(key, generation)
    if value is _MISSING:
        value = compute()
        store.put(key, generation, value)
    return cast(T, value)


def _changes_waiting(session: Session) -> bool:
    changed = list(chain(session.new, session.dirty, session.deleted))
    if not changed:
        return False
    if not _WATCHED_CLASSES:
        _WATCHED_CLASSES.append(tuple(m.class_ for m in Base.registry.mappers
                                      if getattr(m.local_table, "name", None) in _WATCHED))
    watched = _WATCHED_CLASSES[0]
    return any(isinstance(obj, watched) for obj in changed)


def _writes(session: Session) -> int:
    if not session.in_transaction():
        return 0
    return int(session.connection().info.get(_WRITES, 0))


def _generation(session: Session, outside_transaction: bool) -> int | None:
    if outside_transaction and not session.in_transaction():
        if _OUTSIDE not in session.info:
            with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
                session.info[_OUTSIDE] = connection.scalar(_READ)
        return session.info[_OUTSIDE]  # type: ignore[no-any-return]
    return memo(_GENERATION_KEY, lambda: session.scalar(_READ), session=session)


_READ = select(GENERATION.c.generation).where(GENERATION.c.id == 1)


def with_generation(query: Select[*tuple[Any, ...]]) -> Select[Any]:
    """``query`` with the model generation as its last column: the first read of a unit of work (a request's
    look-up of its caller) brings it along, and :func:`note_generation` hands it to :func:`cached`, which
    then reads none of its own in that transaction."""
    return query.add_columns(_READ.scalar_subquery())


def note_generation(generation: int | None) -> None:
    """The generation as :func:`with_generation` read it, for the rest of this transaction."""
    memo(_GENERATION_KEY, lambda: generation)


def carry_to_outside_calls(generation: int | None) -> None:
    """Just before the transaction ends: ``generation``, which it read (:func:`with_generation`), serves the
    calls to outside systems made right after it (a wave's calls, once their claims are committed) in place of
    a read of their own, unless the transaction wrote a watched table (its commit set a new generation)."""
    session = db.session()
    if generation is not None and not _changes_waiting(session) and not _writes(session):
        session.info[_CARRIED] = generation


@event.listens_for(Session, "after_begin")
def _forget_outside_read(session: Session, *_args: Any) -> None:
    """A generation read between transactions serves only the calls made there (one wave of calls)."""
    session.info.pop(_OUTSIDE, None)
    session.info.pop(_CARRIED, None)


@event.listens_for(Session, "after_commit")
@event.listens_for(Session, "after_rollback")
def _outside_read_carried(session: Session, *_args: Any) -> None:
    session.info.pop(_OUTSIDE, None)
    if session.in_nested_transaction():
        return  # a savepoint ended: the transaction goes on
    carried = session.info.pop(_CARRIED, None)
    if carried is not None:
        session.info[_OUTSIDE] = carried


def current_generation() -> int | None:
    """The generation as this transaction sees it (tests and diagnostics)."""
    return db.session.scalar(_READ)


# --- the process's entries --------------------------------------------------------------------------------

class _Store:
    """Entries ``key -> (generation, value)``, at most ``size``, the least recently used dropped first."""

    def __init__(self, size: int) -> None:
        self.size = max(1, size)
        self._entries: OrderedDict[Hashable, tuple[int, Any]] = OrderedDict()
        self._lock = threading.Lock()  # requests and the job thread share it

    def get(self, key: Hashable, generation: int) -> Any:
        with self._lock:
            entry = self._entries.get(key)
            if entry is None or entry[0] != generation:
                return _MISSING
            self._entries.move_to_end(key)
            return entry[1]

    def put(self, key: Hashable, generation: int, value: Any) -> None:
        with self._lock:
            self._entries[key] = (generation, value)
            self._entries.move_to_end(key)
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)

    def __len__(self) -> int:
        return len(self._entries)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


def _store() -> _Store:
    """The app's entries (one app per process; tests' apps, each on its own database, keep theirs apart)."""
    store = current_app.extensions.get(_STORE)
    if store is None:
        size = int(current_app.config.get("MODEL_CACHE_ENTRIES") or DEFAULT_ENTRIES)
        store = current_app.extensions.setdefault(_STORE, _Store(size))
    return store  # type: ignore[no-any-return]


def entries() -> int:
    """How many answers this process keeps now."""
    return len(_store())


def forget_all() -> None:
    """Drop every answer this process keeps (tests; never needed for correctness)."""
    _store().clear()


# --- ORM objects from remembered rows ---------------------------------------------------------------------

def row_values(obj: Any) -> dict[str, Any]:
    """The column values of a loaded ORM object: what to remember of it (see :func:`attach`)."""
    return copy.deepcopy({attr.key: getattr(obj, attr.key) for attr in inspect(obj).mapper.column_attrs})


def attach(model: type[M], values: Mapping[str, Any]) -> M:
    """The ``model`` object of the row with column ``values`` (see :func:`row_values`), in this session as if
    loaded from the database, without SQL; the one the session holds if it holds it unexpired.

    Only for rows that are not changed in this transaction. Its relationships load lazily as usual, and a
    many-to-one to it (``instance.process_version``) finds it in the session instead of selecting it. The
    values are copied, so nothing the session does reaches the remembered ones.
    """
    session = db.session()
    mapper = inspect(model)
    key = identity_key(model, tuple(values[mapper.get_property_by_column(column).key]
                                    for column in mapper.primary_key))
    held = session.identity_map.get(key)
    if held is None or (inspect(held).expired and not inspect(held).modified):
        detached = model(**copy.deepcopy(dict(values)))
        make_transient_to_detached(detached)
        held = session.merge(detached, load=False)
    # The session holds clean objects weakly: without this, an object nothing else refers to yet (the caller
    # only wants ``instance.process_version`` to find it) would be gone before the relationship looks.
    session.info.setdefault(_ATTACHED, {})[key] = held
    return held


_ATTACHED = "ordra_attached"  # session.info: what attach() gave this transaction


@event.listens_for(Session, "after_commit")
@event.listens_for(Session, "after_rollback")
def _let_attached_go(session: Session) -> None:
    session.info.pop(_ATTACHED, None)
