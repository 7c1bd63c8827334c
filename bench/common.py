"""Helpers shared by the benchmark scripts: an app on a fresh database, demo users, API calls.

``ORDRA_BENCH_CODE`` names a directory holding another version's ``app/`` (and its models): the
benchmark then measures that code. ``--baseline REF`` in the scripts that take it uses this to run
the same benchmark on the code of git revision REF first and print before, after and the ratio.
"""
from __future__ import annotations

import base64
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from flask import Flask

REPO = Path(__file__).resolve().parent.parent
CODE_UNDER_TEST = Path(os.environ.get("ORDRA_BENCH_CODE") or REPO)
sys.path.insert(0, str(CODE_UNDER_TEST))

from app import create_app  # noqa: E402
from app.database import unit_of_work  # noqa: E402

CHANGE_REQUEST = [REPO / "bpmn" / "change_request.bpmn", REPO / "dmn" / "approval_level.dmn",
                  REPO / "forms" / "technical_details.json", REPO / "forms" / "approval.json"]
# The change-request form the fulfilment agent fills in.
DETAILS = {"bandwidth": 1000, "site_postcode": "SW1A 1AA", "install_date": "2027-01-15", "cabling_needed": True}


@contextmanager
def bench_app(database_url: str | None = None, **config: Any) -> Iterator[Flask]:
    """An app on ``database_url`` (default: a fresh SQLite file, the embedded default), migrated, with users."""
    from app.auth.service import seed_demo_users
    from app.migrate import upgrade

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["ORDRA_INSTANCE_PATH"] = tmp
        url = database_url or f"sqlite:///{tmp}/bench.db"
        app = create_app({"SQLALCHEMY_DATABASE_URI": url, "SECRET_KEY": "bench", "LOG_FORMAT": "plain",
                          "PASSWORD_HASH_METHOD": "pbkdf2:sha256:1000", "DEMO_CONNECTOR_LATENCY": 0.0,
                          "DEMO_CONNECTORS": True, "ALLOW_DEMO_USERS": True, **config})
        with app.app_context():
            upgrade()
            with unit_of_work():
                seed_demo_users()
        yield app


@contextmanager
def scratch_database(server_url: str) -> Iterator[str]:
    """A new database with a name of its own on the PostgreSQL server of ``server_url``, dropped afterwards; its URL.

    The database ``server_url`` names is never used, so a run cannot find an earlier run's rows there (a
    ``--baseline`` run goes first on the same server) nor touch a database someone keeps."""
    from sqlalchemy import create_engine
    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    server = make_url(server_url)
    name = f"ordra_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(server.set(database="postgres"), isolation_level="AUTOCOMMIT")  # the maintenance database
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield server.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:  # FORCE: the app's pool may still hold connections
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def headers(username: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{username}:demo".encode()).decode()}


def deploy(client: Any, paths: list[Path]) -> None:
    files = [(p.open("rb"), p.name) for p in paths]
    response = client.post("/api/v1/models", headers=headers("admin"), data={"files": files},
                           content_type="multipart/form-data")
    assert response.status_code == 201, response.json


def percentiles(samples_ms: list[float]) -> str:
    ordered = sorted(samples_ms)
    p95 = ordered[int(len(ordered) * 0.95) - 1] if len(ordered) >= 20 else max(ordered)
    return f"p50 {statistics.median(ordered):.1f} ms, p95 {p95:.1f} ms (n={len(ordered)})"


ORDERS = "/tmf-api/productOrderingManagement/v4/productOrder"


def seeded_bundle_parties(app: Flask) -> tuple[dict[str, int], int]:
    """Seed the shipped models and catalog; return the offering ids by name and the Bravo plc account id."""
    from app.catalog import service as catalog
    from app.orders.service import list_accounts
    from app.seed import seed_all
    with app.app_context():
        with unit_of_work():
            list(seed_all())
        offerings = {o.name: o.id for o in catalog.list_offerings()}
        account_id = next(a.id for a in list_accounts() if a.name == "Bravo plc")
    return offerings, account_id


# Set in the thread that polls for the benchmark's own sake: counters leave its statements out.
BENCH_POLL = threading.local()


def may_write(statement: str) -> bool:
    """Whether a statement may write (as ``app.database`` counts a transaction's writes): all but reads."""
    return not statement.lstrip()[:6].upper().startswith(("SELECT", "PRAGMA"))


def wait_for(check: Callable[[], Any], timeout: float = 60.0) -> Any:
    """Poll ``check`` until it returns something truthy (background jobs finish on their own)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.05)
    raise TimeoutError("the order did not get there in time")


def settle(app: Flask) -> None:
    """Wait until the in-process job thread ran everything queued (no-op for other backends)."""
    backend = app.extensions.get("ordra_jobs")
    if backend is not None and hasattr(backend, "join"):
        backend.join()


def order_state(app: Flask, order_id: int) -> str | None:
    """The order's state column alone: what the benchmark polls for, not a view a person asked for."""
    from sqlalchemy import select

    from app.extensions import db
    from app.orders.models import ProductOrder

    BENCH_POLL.active = True
    try:
        with app.app_context():
            return db.session.scalar(select(ProductOrder.state).where(ProductOrder.id == order_id))
    finally:
        BENCH_POLL.active = False


def fibre_bundle(offerings: dict[str, int], account_id: int, n: int) -> dict[str, Any]:
    """A TMF622 order for the demo fibre bundle: fibre 500 + static IP + managed router + installation."""
    def line(seq: int, name: str, **chars: Any) -> dict[str, Any]:
        return {"id": str(seq), "action": "add", "quantity": 1, "productOffering": {"id": str(offerings[name])},
                "product": {"productCharacteristic": [{"name": k, "value": v} for k, v in chars.items()]}}
    return {"externalId": f"BENCH-{n}", "relatedParty": [{"id": str(account_id), "role": "Customer"}],
            "productOrderItem": [line(1, "Business Fibre Internet", bandwidth=500, site_postcode="SW1A 1AA"),
                                 line(2, "Static IP Block"), line(3, "Managed Router"),
                                 line(4, "Installation")]}


def complete_task(client: Any, order_id: int, name: str, user: str, data: dict[str, Any],
                  settled: bool = False) -> None:
    if settled:  # let the jobs run first, so one inbox request finds the task
        settle(client.application)

    def ready() -> Any:
        items = client.get("/api/v1/tasks", headers=headers(user)).json
        return next((t for t in items if t["order_id"] == order_id and t["name"] == name), None)
    task = wait_for(ready)
    response = client.post(f"/api/v1/tasks/{task['id']}/complete", headers=headers(user), json={"data": data})
    assert response.status_code == 200, response.json


def run_fibre_order(client: Any, offerings: dict[str, int], account_id: int, n: int, settled: bool = False) -> None:
    """Place a fibre bundle order and drive it to ``completed``: approve → survey → install → close.

    :param settled: wait for the job thread before each inbox look-up (as a person told of the task would
        open it), so the requests (and what they cost) do not depend on timing; otherwise poll the inbox every
        50 ms until the task is there.
    """
    placed = client.post(ORDERS, headers=headers("agent"), json=fibre_bundle(offerings, account_id, n))
    assert placed.status_code == 201, placed.json
    order_id = int(placed.json["id"])
    complete_task(client, order_id, "Approve order", "approver", {"approval_decision": "approve"}, settled)
    complete_task(client, order_id, "Survey site", "fulfiller", {"survey_result": "ready"}, settled)
    complete_task(client, order_id, "Install ONT on site", "fulfiller", {"ont_serial": "ONT1234567"}, settled)
    if settled:
        settle(client.application)
    wait_for(lambda: order_state(client.application, order_id) == "completed")


# --- before and after in one run -------------------------------------------------------------------

def baseline_figures(ref: str, script: Path, argv: list[str]) -> dict[str, Any]:
    """Run ``script`` with ``argv`` on the code of git revision ``ref`` and return its ``--json`` figures.

    The revision's ``app/`` and models are exported to a temporary directory (no worktree, no
    checkout); this benchmark script itself is today's, so both sides are measured the same way.
    """
    with tempfile.TemporaryDirectory() as code:
        archive = subprocess.run(["git", "-C", str(REPO), "archive", ref, "app", "bpmn", "dmn", "forms"],
                                 check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", code], input=archive, check=True)
        env = {**os.environ, "ORDRA_BENCH_CODE": code}
        done = subprocess.run([sys.executable, str(script), *argv, "--json"], env=env, capture_output=True,
                              text=True)
        if done.returncode != 0:
            raise RuntimeError(f"the baseline run on {ref} failed:\n{done.stderr[-3000:]}")
        return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def print_comparison(ref: str, before: dict[str, Any], after: dict[str, Any],
                     rows: list[tuple[str, str, str]]) -> None:
    """Print ``rows`` (key, label, format) as before (``ref``), after (this code) and after/before."""
    print(f"{'':46} {'before (' + ref + ')':>18} {'after (this code)':>18} {'after/before':>12}")
    for key, label, fmt in rows:
        old, new = before.get(key), after.get(key)
        ratio = f"{new / old:.2f}x" if isinstance(old, int | float) and isinstance(new, int | float) and old else "-"
        print(f"  {label:<44} {_shown(old, fmt):>18} {_shown(new, fmt):>18} {ratio:>12}")


def _shown(value: Any, fmt: str) -> str:
    return format(value, fmt) if isinstance(value, int | float) else "-"


def add_baseline_arguments(parser: Any) -> None:
    parser.add_argument("--baseline", metavar="REF", help="also run this benchmark on git revision REF "
                        "(e.g. main) and print before, after and the ratio")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON line (for --baseline)")
