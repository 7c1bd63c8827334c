"""The PostgreSQL databases tests get (tests/pg_pool.py): a recycled one is as a fresh clone of its template would be,
one whose schema a test changed is not recycled, and a connection a test left cannot reach the next test's."""
from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import Connection
from sqlalchemy import create_engine
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from tests.conftest import _pg_admin
from tests.conftest import _pg_url
from tests.pg_pool import DatabasePool

pytestmark = pytest.mark.postgres
TEMPLATE = f"ordra_test_pool_template_{os.getpid()}"


@pytest.fixture()
def pool() -> Iterator[DatabasePool]:
    pool = DatabasePool(_pg_admin(), prefix=f"ordra_test_pool_{os.getpid()}", url_of=_pg_url)
    pool.create(TEMPLATE)
    with connected(TEMPLATE) as connection:
        connection.execute(text("CREATE TABLE parts (id serial PRIMARY KEY, name text NOT NULL)"))
        connection.execute(text("CREATE TABLE notes (id serial PRIMARY KEY, part_id int REFERENCES parts (id))"))
        connection.execute(text("INSERT INTO parts (name) VALUES ('ont'), ('router')"))
    pool.snapshot(TEMPLATE)
    yield pool
    pool.retire(TEMPLATE)
    pool.close()


@contextmanager
def connected(name: str) -> Iterator[Connection]:
    """A connection to database ``name`` (autocommit), its engine disposed afterwards."""
    engine = create_engine(_pg_url(name), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            yield connection
    finally:
        engine.dispose()


def given_back_and_taken_again(pool: DatabasePool, name: str) -> str:
    """Give ``name`` back and take databases until the pool hands it out again, recycled (renamed: the same
    database, by its oid)."""
    oid = _oid(name)
    pool.give_back(name)
    taken = []
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        again = pool.take(TEMPLATE)
        if _oid(again) == oid:
            for other in taken:
                pool.give_back(other)
            return again
        taken.append(again)
        time.sleep(0.05)
    raise AssertionError(f"{name} was not handed out again within 30 s")


def _oid(name: str) -> int:
    with connected("postgres") as connection:
        return int(connection.scalar(text("SELECT oid FROM pg_database WHERE datname = :name"), {"name": name}))


def test_a_recycled_database_has_the_template_s_rows_and_sequences_again(pool: DatabasePool) -> None:
    name = pool.take(TEMPLATE)
    with connected(name) as connection:
        connection.execute(text("INSERT INTO parts (name) VALUES ('splitter')"))
        connection.execute(text("INSERT INTO notes (part_id) VALUES (3)"))
        connection.execute(text("DELETE FROM parts WHERE name = 'ont'"))
    again = given_back_and_taken_again(pool, name)
    with connected(again) as connection:
        assert connection.execute(text("SELECT id, name FROM parts ORDER BY id")).all() == [(1, "ont"), (2, "router")]
        assert connection.scalar(text("SELECT count(*) FROM notes")) == 0
        assert connection.scalar(text("INSERT INTO parts (name) VALUES ('next') RETURNING id")) == 3
        assert connection.scalar(text("INSERT INTO notes (part_id) VALUES (1) RETURNING id")) == 1  # never used
    pool.give_back(again)


def test_a_database_whose_schema_a_test_changed_is_dropped_not_recycled(pool: DatabasePool) -> None:
    name = pool.take(TEMPLATE)
    with connected(name) as connection:
        connection.execute(text("ALTER TABLE parts ADD COLUMN colour text"))
    pool.give_back(name)
    for _ in range(5):
        again = pool.take(TEMPLATE)
        with connected(again) as connection:
            columns = connection.scalars(text(
                "SELECT column_name FROM information_schema.columns "
                "WHERE table_schema = 'public' AND table_name = 'parts' ORDER BY column_name")).all()
        assert columns == ["id", "name"], again
        pool.give_back(again)


def test_a_connection_a_test_left_open_cannot_reach_the_next_test_s_database(pool: DatabasePool) -> None:
    name = pool.take(TEMPLATE)
    with connected(name) as left:  # a job thread or worker process the test did not stop
        left.execute(text("SELECT 1"))
        again = given_back_and_taken_again(pool, name)
        assert again != name
        with pytest.raises(OperationalError):
            left.execute(text("INSERT INTO parts (name) VALUES ('stray')"))
    with pytest.raises(OperationalError), connected(name):  # nor reconnect by the old name
        pass
    pool.give_back(again)
