"""Upgrades keep orders in flight: a database made by an earlier release, upgraded with
``ordra db upgrade``, runs every order it holds to completion with today's code.

The fixtures (tests/data/upgrade/, made by make_fixture.py with that release's code) hold fibre
bundles waiting at approval, the survey, the installation, an open fallout case and a fallout retry
due on the clock, plus a completed one. Keep one fixture per release.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy import text

from tests.conftest import _pg_admin
from tests.conftest import _pg_url
from tests.conftest import make_app
from tests.data.upgrade.make_fixture import ANSWERS
from tests.data.upgrade.make_fixture import TIMER_RULE
from tests.data.upgrade.make_fixture import WAITING
from tests.helpers import DATA
from tests.helpers import Api

FIXTURES = DATA / "upgrade"
RELEASES = sorted(p.stem for p in FIXTURES.glob("release-*.db"))
ORDRA = Path(sys.executable).parent / "ordra"


@pytest.fixture(params=[(r, b) for r in RELEASES for b in ("sqlite", "postgres")], ids=lambda p: f"{p[0]}-{p[1]}")
def old_database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    release, backend = request.param
    if backend == "sqlite":
        copy = tmp_path / "old.db"
        shutil.copy(FIXTURES / f"{release}.db", copy)
        yield f"sqlite:///{copy}"
        return
    name = f"ordra_upgrade_{os.getpid()}"
    admin = _pg_admin()
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = _pg_url(name)
    host = admin.url
    subprocess.run(["psql", "-q", "-v", "ON_ERROR_STOP=1", "-h", host.host or "127.0.0.1", "-p", str(host.port or 5432),
                    "-U", host.username or "postgres", "-d", name, "-f", str(FIXTURES / f"{release}.postgres.sql")],
                   check=True, capture_output=True)
    yield url
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _upgrade(url: str, instance_path: Path) -> None:
    env = {**os.environ, "DATABASE_URL": url, "ORDRA_INSTANCE_PATH": str(instance_path), "SECRET_KEY": "test"}
    done = subprocess.run([str(ORDRA), "db", "upgrade"], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def _open_tasks(api: Api, order_id: int) -> list[tuple[str, dict[str, Any]]]:
    users = {user for user, _ in ANSWERS.values()}
    return [(user, t) for user in sorted(users) for t in api.get("/api/v1/tasks", user=user).json
            if t["order_id"] == order_id]


def _work_off(api: Api, order_id: int) -> None:
    """Complete the order's open tasks as its people would, until none is left."""
    for _ in range(10):
        tasks = _open_tasks(api, order_id)
        if not tasks:
            return
        for user, task in tasks:
            answer_user, data = ANSWERS[task["name"]]
            if answer_user != user:
                continue
            done = api.post(f"/api/v1/tasks/{task['id']}/complete", user=user, json={"data": data})
            assert done.status_code == 200, done.json


def test_every_order_of_an_old_release_completes_after_the_upgrade(old_database: str, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from app.connectors.models import SimulatorRule
    from app.database import unit_of_work
    from app.database import utcnow
    from app.extensions import db
    from app.fallout.service import enqueue_due_retries
    from app.orders.models import ProductOrder

    _upgrade(old_database, tmp_path)
    monkeypatch.setenv("ORDRA_INSTANCE_PATH", str(tmp_path))
    app = make_app(old_database)
    api = Api(app.test_client())
    with app.app_context():
        orders = {o.external_id: o.id for o in db.session.scalars(select(ProductOrder))}
    assert set(orders) == set(WAITING)
    states = {ext: api.get(f"/api/v1/orders/{oid}", user="agent").json["state"] for ext, oid in orders.items()}
    assert states["UPG-APPROVAL"] == "acknowledged" and states["UPG-DONE"] == "completed"

    for external_id in ("UPG-APPROVAL", "UPG-SURVEY", "UPG-INSTALL", "UPG-FALLOUT", "UPG-TIMER"):
        _work_off(api, orders[external_id])
    # the fallout case open for people: fixed and retried (every case of the same cause at once)
    cases = api.get(f"/api/v1/fallouts?order={orders['UPG-FALLOUT']}", user="fallout").json
    assert cases and {c["error_code"] for c in cases} == {"PORT_UNAVAILABLE"}
    fixed = api.post(f"/api/v1/fallouts/{cases[0]['id']}/retry", user="fallout",
                     json={"data": {"site_postcode": "SW1A 1AA"}, "same_cause": True})
    assert fixed.status_code == 200, fixed.json
    # the retry on the clock: provisioning answers now, and the clock moves past the retry's time
    with app.app_context():
        with unit_of_work():
            rule = db.session.scalar(select(SimulatorRule).where(SimulatorRule.error_code == TIMER_RULE["error_code"]))
            assert rule is not None
            rule.enabled = False
        with unit_of_work():
            assert enqueue_due_retries(utcnow() + timedelta(hours=1)) >= 1
    for external_id in ("UPG-FALLOUT", "UPG-TIMER"):
        _work_off(api, orders[external_id])

    final = {ext: api.get(f"/api/v1/orders/{oid}", user="agent").json for ext, oid in orders.items()}
    assert {ext: o["state"] for ext, o in final.items()} == {ext: "completed" for ext in WAITING}
    assert all(d["state"] == "completed" for o in final.values() for d in o["domain_orders"])
    with app.app_context():
        db.engine.dispose()


def test_the_fixture_maker_runs_on_todays_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The next release's fixture is made by make_fixture.py with that release's code: it must keep working
    as the code changes (it had fallen behind a module move and the demo connectors' switch)."""
    from app.extensions import db
    from app.orders.models import ProductOrder
    from tests.data.upgrade.make_fixture import make

    monkeypatch.setenv("ORDRA_INSTANCE_PATH", str(tmp_path))
    url = f"sqlite:///{tmp_path / 'fixture.db'}"
    make(url)
    app = make_app(url)
    with app.app_context():
        states = {o.external_id: o.state for o in db.session.scalars(select(ProductOrder))}
        db.engine.dispose()
    assert states == {"UPG-APPROVAL": "acknowledged", "UPG-SURVEY": "inProgress", "UPG-INSTALL": "inProgress",
                      "UPG-FALLOUT": "inProgress", "UPG-TIMER": "inProgress", "UPG-DONE": "completed"}
