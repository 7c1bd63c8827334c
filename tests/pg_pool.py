"""PostgreSQL databases for the tests: a clone of a template each, made ahead and recycled.

Each PostgreSQL test gets a database of its own with the rows of a migrated, seeded template. Cloning the
template (``CREATE DATABASE ... TEMPLATE``) costs a few tenths of a second of the server's CPU, most of it copying
the system catalogs, and a run needs some fifteen hundred databases. So a database a test is done with is
recycled: renamed (a process the test left behind cannot reconnect to it by its old name), emptied and given the
template's rows and sequence values again, about 30 ms, unless its schema no longer matches the template's, in
which case it is dropped. A background thread does the recycling, and makes a clone when none is free, while the
tests run: a test's set-up takes a name.

Every CREATE, DROP and RENAME of this process goes through one lock: PostgreSQL refuses to clone a template that
another session is connected to, a second clone of it being made at the same time included.
"""
from __future__ import annotations

import itertools
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection
from sqlalchemy import Engine
from sqlalchemy import create_engine
from sqlalchemy import text
from sqlalchemy.pool import NullPool

SEED = "ordra_test_seed"  # the schema, in a template and its clones, holding a copy of the template's rows
SCHEMA_FINGERPRINT = text("""
    SELECT md5(string_agg(part, ',' ORDER BY part)) FROM (
        SELECT table_name || '.' || column_name || ':' || data_type || ':' || coalesce(column_default, '') AS part
        FROM information_schema.columns WHERE table_schema = 'public'
        UNION ALL SELECT indexdef FROM pg_indexes WHERE schemaname = 'public'
        UNION ALL SELECT conname || pg_get_constraintdef(oid) FROM pg_constraint
            WHERE connamespace = 'public'::regnamespace
        UNION ALL SELECT tgname FROM pg_trigger WHERE NOT tgisinternal
        UNION ALL SELECT sequencename FROM pg_sequences WHERE schemaname = 'public') AS schema""")


@dataclass(frozen=True)
class Snapshot:
    """What a template's clone is reset to: its tables (those with rows copied into ``SEED``), its sequences'
    values (None: never used) and its schema's fingerprint."""
    tables: tuple[str, ...]
    with_rows: tuple[str, ...]
    sequences: tuple[tuple[str, int | None], ...]
    fingerprint: str


class DatabasePool:
    def __init__(self, admin: Engine, prefix: str, url_of: Callable[[str], str]) -> None:
        """``admin``: an AUTOCOMMIT engine on the server; ``prefix``: of the databases' names (unique to the
        process); ``url_of``: a database's URL from its name."""
        self._admin = admin
        self._prefix = prefix
        self._url_of = url_of
        self._counter = itertools.count()
        self._ddl = threading.Lock()
        self._changed = threading.Condition()  # guards what follows, and wakes the background thread
        self._free: dict[str, list[str]] = {}  # template -> databases ready for a test
        self._snapshots: dict[str, Snapshot] = {}
        self._template_of: dict[str, str] = {}  # database a test has -> its template
        self._wanted: set[str] = set()  # templates a test has taken a database of: one is kept ready
        self._returned: list[str] = []
        self._closed = False
        self._thread = threading.Thread(target=self._work, name="pg-pool", daemon=True)
        self._thread.start()

    def create(self, name: str, template: str | None = None) -> None:
        """(Re)create database ``name``, empty or as a clone of ``template``, now."""
        clone = f' TEMPLATE "{template}"' if template else ""
        with self._ddl, self._admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            connection.execute(text(f'CREATE DATABASE "{name}"{clone}'))

    def snapshot(self, template: str) -> None:
        """Make ``template``'s clones recyclable: copy its rows into schema ``SEED`` (which its clones inherit) and
        note its sequences and schema. Called once the template holds what its clones must start from."""
        engine = self._engine(template)
        try:
            with engine.connect() as connection:
                tables = tuple(connection.scalars(text(
                    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")))
                connection.execute(text(f'DROP SCHEMA IF EXISTS "{SEED}" CASCADE'))
                connection.execute(text(f'CREATE SCHEMA "{SEED}"'))
                with_rows = tuple(t for t in tables if connection.scalar(text(f'SELECT EXISTS (SELECT FROM "{t}")')))
                for table in with_rows:
                    connection.execute(text(f'CREATE TABLE "{SEED}"."{table}" AS TABLE public."{table}"'))
                sequences = tuple(connection.execute(text(
                    "SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'public'")).all())
                fingerprint = str(connection.scalar(SCHEMA_FINGERPRINT))
        finally:
            engine.dispose()
        self._snapshots[template] = Snapshot(tables, with_rows, sequences, fingerprint)

    def take(self, template: str) -> str:
        """A database with ``template``'s rows for one test: a free one, or a clone made now."""
        with self._changed:
            self._wanted.add(template)
            free = self._free.get(template)
            name = free.pop() if free else None
            self._changed.notify()
        if name is None:
            name = self._new_name()
            self.create(name, template)
        with self._changed:
            self._template_of[name] = template
        return name

    def give_back(self, name: str) -> None:
        """The test using database ``name`` is done: it is recycled (or dropped) in the background."""
        with self._changed:
            self._returned.append(name)
            self._changed.notify()

    def retire(self, template: str) -> None:
        """Drop ``template`` now, with its free databases; no more are made or recycled."""
        with self._changed:
            self._wanted.discard(template)
            unused = self._free.pop(template, [])
        for name in [*unused, template]:
            self._drop_now(name)

    def close(self) -> None:
        """Stop the background thread and drop every database left."""
        with self._changed:
            self._closed = True
            self._changed.notify()
        self._thread.join()
        leftovers = [name for names in self._free.values() for name in names] + self._returned
        for name in leftovers:
            self._drop_now(name)
        self._admin.dispose()

    def _new_name(self) -> str:
        with self._changed:
            return f"{self._prefix}_{next(self._counter)}"

    def _engine(self, name: str) -> Engine:
        return create_engine(self._url_of(name), poolclass=NullPool, isolation_level="AUTOCOMMIT")

    def _drop_now(self, name: str) -> None:
        with self._ddl, self._admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

    def _missing(self) -> list[str]:
        return [template for template in sorted(self._wanted) if not self._free.get(template)]

    def _work(self) -> None:
        while True:
            with self._changed:
                while not (self._closed or self._returned or self._missing()):
                    self._changed.wait()
                if self._closed:
                    return
                returned, self._returned = self._returned, []
            for name in returned:
                self._recycle(name)
            with self._changed:
                missing = self._missing()
            for template in missing:
                self._clone_ahead(template)

    def _recycle(self, name: str) -> None:
        with self._changed:
            template = self._template_of.pop(name, "")
            snapshot = self._snapshots.get(template) if template in self._wanted else None
        if snapshot is None:
            self._drop_now(name)
            return
        renamed = self._new_name()
        try:
            self._rename(name, renamed)
        except Exception:  # noqa: BLE001 (still in use: dropped)
            self._drop_now(name)
            return
        try:
            self._reset(renamed, snapshot)
        except Exception as exc:  # noqa: BLE001 (dropped: the next test gets a fresh clone)
            print(f"pg_pool: {name} dropped, not recycled: {exc}", file=sys.stderr)
            self._drop_now(renamed)
            return
        self._make_free(template, renamed)

    def _rename(self, name: str, renamed: str) -> None:
        """Rename ``name``, once the connections a test left are gone (they are ended, which takes a moment)."""
        with self._ddl, self._admin.connect() as connection:
            for attempt in range(50):
                connection.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                        "WHERE datname = :name AND pid <> pg_backend_pid()"), {"name": name})
                try:
                    connection.execute(text(f'ALTER DATABASE "{name}" RENAME TO "{renamed}"'))
                    return
                except Exception:
                    if attempt == 49:
                        raise
                    time.sleep(0.02)

    def _reset(self, name: str, snapshot: Snapshot) -> None:
        """Give database ``name`` its template's rows and sequence values again, unless its schema changed."""
        engine = self._engine(name)
        try:
            with engine.connect() as connection:
                if connection.scalar(SCHEMA_FINGERPRINT) != snapshot.fingerprint:
                    raise RuntimeError("its schema is no longer the template's")
                _refill(connection, snapshot)
        finally:
            engine.dispose()

    def _clone_ahead(self, template: str) -> None:
        name = self._new_name()
        try:
            self.create(name, template)
        except Exception as exc:  # noqa: BLE001 (a test's own take() makes its clone, and shows the error)
            print(f"pg_pool: could not clone {template} ahead: {exc}", file=sys.stderr)
            with self._changed:
                self._wanted.discard(template)
            return
        self._make_free(template, name)

    def _make_free(self, template: str, name: str) -> None:
        with self._changed:
            if template in self._wanted:
                self._free.setdefault(template, []).append(name)
                return
        self._drop_now(name)  # retired meanwhile


def _refill(connection: Connection, snapshot: Snapshot) -> None:
    """Empty every table and copy the template's rows back, in one transaction; foreign keys are not checked
    meanwhile (``session_replication_role``: the rows are the template's, which satisfied them)."""
    connection.execute(text("SET session_replication_role = replica"))
    connection.execute(text("BEGIN"))
    for table in snapshot.tables:
        connection.execute(text(f'DELETE FROM public."{table}"'))
    for table in snapshot.with_rows:
        connection.execute(text(f'INSERT INTO public."{table}" SELECT * FROM "{SEED}"."{table}"'))
    for sequence, value in snapshot.sequences:
        called = value is not None
        connection.execute(text("SELECT setval(:sequence, :value, :called)"),
                           {"sequence": f'public."{sequence}"', "value": value if called else 1, "called": called})
    connection.execute(text("COMMIT"))
