"""Shared fixtures: an app per test on a fresh copy of a migrated, seeded template database.

The ``app`` fixture runs every test that uses it twice: on SQLite (the embedded default) and on
the PostgreSQL server (``ORDRA_TEST_POSTGRES_URL``, default the local ``test`` database's
server), so neither backend rots. Each PostgreSQL test gets its own database cloned from a
template, recycled for a later test once this one is done (tests/pg_pool.py).
"""
from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

from app import create_app
from app.database import unit_of_work
from tests.helpers import TEST_CONFIG
from tests.helpers import Api
from tests.helpers import share_compiled_url_builders
from tests.pg_pool import DatabasePool

POSTGRES_URL = os.environ.get("ORDRA_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
PG_TEMPLATE = f"ordra_test_template_{os.getpid()}"  # concurrent runs must not share it

share_compiled_url_builders()


def make_app(database_url: str, **overrides: Any) -> Flask:
    return create_app({**TEST_CONFIG, "SQLALCHEMY_DATABASE_URI": database_url, **overrides})


def migrate_and_seed(database_url: str) -> None:
    from app.auth.service import seed_demo_users
    from app.migrate import upgrade

    app = make_app(database_url)
    with app.app_context():
        upgrade()
        with unit_of_work():
            seed_demo_users()
    _dispose(app)


def seed_shipped(database_url: str) -> None:
    """What ``ordra seed`` does: the shipped models (their saved cases replayed on deploy), catalog, accounts."""
    from app.seed import seed_all

    app = make_app(database_url)
    with app.app_context():
        with unit_of_work():
            list(seed_all())
    _dispose(app)


def _dispose(app: Flask) -> None:
    """Let the app's job thread (tests that switch to the embedded ``thread`` backend) finish what it was given,
    so no job of this test runs on beside the next one, then close the connections."""
    from app.extensions import db
    jobs = app.extensions.get("ordra_jobs")
    if jobs is not None and hasattr(jobs, "join"):
        jobs.join()
    with app.app_context():
        db.engine.dispose()


def _pg_admin() -> Any:
    return create_engine(make_url(POSTGRES_URL), isolation_level="AUTOCOMMIT")


def _pg_url(database: str) -> str:
    return make_url(POSTGRES_URL).set(database=database).render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "ordra.db"
    migrate_and_seed(f"sqlite:///{path}")
    return path


@pytest.fixture(scope="session")
def pg_pool() -> Iterator[DatabasePool]:
    pool = DatabasePool(_pg_admin(), prefix=f"ordra_test_{os.getpid()}", url_of=_pg_url)
    yield pool
    pool.close()


@pytest.fixture(scope="session")
def postgres_template(pg_pool: DatabasePool) -> Iterator[str]:
    try:
        pg_pool.create(PG_TEMPLATE)
    except Exception as exc:  # no server: say so plainly instead of failing every test differently
        pytest.fail(f"PostgreSQL is not reachable at {POSTGRES_URL}: {exc} (.ci/run starts it)")
    migrate_and_seed(_pg_url(PG_TEMPLATE))
    pg_pool.snapshot(PG_TEMPLATE)
    yield PG_TEMPLATE
    pg_pool.retire(PG_TEMPLATE)


@pytest.fixture(scope="session")
def seeded_sqlite_template(sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("seeded") / "ordra.db"
    shutil.copy(sqlite_template, path)
    seed_shipped(f"sqlite:///{path}")
    return path


@pytest.fixture(scope="session")
def seeded_postgres_template(pg_pool: DatabasePool, postgres_template: str) -> Iterator[str]:
    name = f"{postgres_template}_seeded"
    pg_pool.create(name, template=postgres_template)
    seed_shipped(_pg_url(name))
    pg_pool.snapshot(name)
    yield name
    pg_pool.retire(name)


@pytest.fixture()
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    # A test that asks for the seeded demo starts from a copy seeded once per run: seeding replays every
    # shipped model test case, a second or two that hundreds of tests would otherwise pay each.
    seeded = "seeded" in request.fixturenames
    if request.param == "sqlite":
        db_file = tmp_path / "ordra.db"
        shutil.copy(request.getfixturevalue("seeded_sqlite_template" if seeded else "sqlite_template"), db_file)
        yield f"sqlite:///{db_file}"
        return
    template = request.getfixturevalue("seeded_postgres_template" if seeded else "postgres_template")
    pool: DatabasePool = request.getfixturevalue("pg_pool")
    name = pool.take(template)
    yield _pg_url(name)
    pool.give_back(name)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "database_url" not in metafunc.fixturenames:
        return
    postgres = pytest.param("postgres", marks=pytest.mark.postgres)
    if metafunc.definition.get_closest_marker("postgres"):  # tests of PostgreSQL-only behaviour
        backends: list[Any] = [postgres]
    elif metafunc.definition.get_closest_marker("browser"):  # browsers add time, not backend coverage
        backends = ["sqlite"]
    else:
        backends = ["sqlite", postgres]
    metafunc.parametrize("database_url", backends, indirect=True)


@pytest.fixture()
def app(database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Flask]:
    monkeypatch.setenv("ORDRA_INSTANCE_PATH", str(tmp_path))
    app = make_app(database_url)
    yield app
    _dispose(app)


@pytest.fixture()
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture()
def api(client: FlaskClient) -> Api:
    return Api(client)


# Tests that start processes, share Redis or time the server under load run one after another on one xdist
# worker (``--dist loadgroup``), beside the rest of the suite on the other.
_ONE_AT_A_TIME = ("tests/scale/", "tests/embedded/", "tests/tmf/test_ctk.py", "tests/security/test_hostile_models.py",
                  "tests/security/test_loops.py")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if any(part in item.nodeid for part in _ONE_AT_A_TIME):
            item.add_marker(pytest.mark.xdist_group("one_at_a_time"))


@pytest.fixture()
def report_figure(request: pytest.FixtureRequest) -> Callable[[str], None]:
    """Record a conformance figure (TCK, TMF contract, CTK counts) for the summary at the end of the run;
    the test's report carries it from an xdist worker to the terminal."""
    def record(line: str) -> None:
        request.node.user_properties.append(("figure", line))
    return record


def pytest_terminal_summary(terminalreporter: Any) -> None:
    figures = [value for reports in terminalreporter.stats.values() for report in reports
               if getattr(report, "when", None) == "call"
               for name, value in getattr(report, "user_properties", ()) if name == "figure"]
    if figures:
        terminalreporter.section("conformance figures")
        for line in sorted(set(figures)):  # a figure measured on both databases is shown once when they agree
            terminalreporter.write_line(line)
