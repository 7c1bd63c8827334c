"""PostgreSQL databases for the tests, cloned from their templates ahead of need.

Each PostgreSQL test gets a database of its own, cloned from a migrated, seeded template (``CREATE DATABASE ...
TEMPLATE``). A clone takes a few tenths of a second, most of it the server writing files, and a run makes some
fifteen hundred of them, so the pool keeps one clone of each template in use ready, made by a background thread
while a test runs, and drops the databases tests are done with there too: a test's set-up takes a name.

Every CREATE and DROP of this process goes through one lock: PostgreSQL refuses to clone a template that another
session is connected to, a second clone of it being made at the same time included.
"""
from __future__ import annotations

import itertools
import sys
import threading

from sqlalchemy import Engine
from sqlalchemy import text


class DatabasePool:
    def __init__(self, admin: Engine, prefix: str) -> None:
        """``admin``: an AUTOCOMMIT engine on the server; ``prefix``: of the clones' names (unique to the process)."""
        self._admin = admin
        self._prefix = prefix
        self._counter = itertools.count()
        self._ddl = threading.Lock()
        self._changed = threading.Condition()  # guards what follows, and wakes the background thread
        self._ready: dict[str, list[str]] = {}  # template -> clones made ahead
        self._wanted: set[str] = set()  # templates a test has taken a clone of: one is kept ready
        self._to_drop: list[str] = []
        self._closed = False
        self._thread = threading.Thread(target=self._make_ahead, name="pg-pool", daemon=True)
        self._thread.start()

    def create(self, name: str, template: str | None = None) -> None:
        """(Re)create database ``name``, empty or as a clone of ``template``, now."""
        clone = f' TEMPLATE "{template}"' if template else ""
        with self._ddl, self._admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            connection.execute(text(f'CREATE DATABASE "{name}"{clone}'))

    def take(self, template: str) -> str:
        """A new clone of ``template``: the one made ahead, or one made now."""
        with self._changed:
            self._wanted.add(template)
            ready = self._ready.get(template)
            name = ready.pop() if ready else None
            self._changed.notify()
        if name is None:
            name = self._new_name()
            self.create(name, template)
        return name

    def drop(self, name: str) -> None:
        """Drop database ``name`` soon (in the background)."""
        with self._changed:
            self._to_drop.append(name)
            self._changed.notify()

    def retire(self, template: str) -> None:
        """Drop ``template`` now, with its clones made ahead; no more are made."""
        with self._changed:
            self._wanted.discard(template)
            unused = self._ready.pop(template, [])
        for name in [*unused, template]:
            self._drop_now(name)

    def close(self) -> None:
        """Stop the background thread and drop every database it made that no test took."""
        with self._changed:
            self._closed = True
            self._changed.notify()
        self._thread.join()
        leftovers = [name for names in self._ready.values() for name in names] + self._to_drop
        for name in leftovers:
            self._drop_now(name)
        self._admin.dispose()

    def _new_name(self) -> str:
        return f"{self._prefix}_{next(self._counter)}"

    def _drop_now(self, name: str) -> None:
        with self._ddl, self._admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

    def _missing(self) -> list[str]:
        return [template for template in sorted(self._wanted) if not self._ready.get(template)]

    def _make_ahead(self) -> None:
        while True:
            with self._changed:
                while not (self._closed or self._to_drop or self._missing()):
                    self._changed.wait()
                if self._closed:
                    return
                drops, self._to_drop = self._to_drop, []
                missing = self._missing()
            for name in drops:
                self._drop_now(name)
            for template in missing:
                self._clone_ahead(template)

    def _clone_ahead(self, template: str) -> None:
        name = self._new_name()
        try:
            self.create(name, template)
        except Exception as exc:  # noqa: BLE001 (a test's own take() makes its clone, and shows the error)
            print(f"pg_pool: could not clone {template} ahead: {exc}", file=sys.stderr)
            with self._changed:
                self._wanted.discard(template)
            return
        with self._changed:
            if template in self._wanted:
                self._ready.setdefault(template, []).append(name)
                return
        self._drop_now(name)  # retired meanwhile
