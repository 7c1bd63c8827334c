"""A web process restart loses nothing (issue #7), proven with real processes.

In the embedded default (SQLite, no REDIS_URL) the gunicorn worker is also the job runner and the
clock. This test starts it as a real subprocess, starts instances whose connector calls take a
second each, ``kill -9``s the whole process group while calls are in flight and queued in memory,
starts the web tier again on the same database file, and checks that the reconciler of the new
process finishes every instance, each connector call having been performed exactly once.

It does not use the ``app`` fixture, so it runs once (SQLite only), not once per database.
"""
from __future__ import annotations

import base64
import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import DATA
from tests.helpers import REPO

MODEL = DATA / "models" / "reserve_equipment.bpmn"
INSTANCES = 20
LATENCY = 1.0  # seconds per connector call: calls are in flight (or queued) when the process dies


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until(check: Callable[[], bool], seconds: float, what: str, *, on_timeout: Callable[[], str] = str) -> None:
    deadline = time.monotonic() + seconds
    while not check():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {seconds}s waiting for {what}\n{on_timeout()}")
        time.sleep(0.1)


class WebTier:
    """``gunicorn wsgi:app`` in its own process group, on the database file in ``instance``."""

    def __init__(self, instance: Path) -> None:
        self.instance = instance
        self.env = {k: v for k, v in os.environ.items()
                    if k not in ("DATABASE_URL", "REDIS_URL") and not k.startswith("ORDRA_")}
        self.env.update({
            "ORDRA_INSTANCE_PATH": str(instance),
            "SECRET_KEY": "restart-test-secret",
            "ORDRA_DEMO_CONNECTOR_LATENCY": str(LATENCY),
            "ORDRA_DEMO_CONNECTORS": "true",
            "ORDRA_RECONCILE_AFTER_SECONDS": "2",
            "ORDRA_SCHEDULER_INTERVAL_SECONDS": "0.2",
            "ORDRA_PASSWORD_HASH_METHOD": "pbkdf2:sha256:1000",
            "ORDRA_LOG_FORMAT": "plain",
            "PYTHONUNBUFFERED": "1",
        })
        self.process: subprocess.Popen[bytes] | None = None
        self.base = ""
        self.starts = 0

    @property
    def log(self) -> Path:
        return self.instance / f"gunicorn-{self.starts}.log"

    def start(self) -> None:
        self.starts += 1
        port = free_port()
        self.base = f"http://127.0.0.1:{port}"
        gunicorn = Path(sys.executable).parent / "gunicorn"
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                [str(gunicorn), "-w", "1", "--threads", "4", "-b", f"127.0.0.1:{port}", "wsgi:app"],
                cwd=REPO, env=self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        wait_until(self._healthy, 30, f"gunicorn to answer /healthz on port {port}", on_timeout=self.tail)

    def _healthy(self) -> bool:
        assert self.process is not None
        if self.process.poll() is not None:
            pytest.fail(f"gunicorn exited with {self.process.returncode}\n{self.tail()}")
        try:
            with urllib.request.urlopen(f"{self.base}/healthz", timeout=2) as response:
                return bool(response.status == 200)
        except (OSError, urllib.error.URLError):
            return False

    def kill(self) -> None:
        """``kill -9`` the master and its worker at once (their process group); no clean shutdown."""
        if self.process is None:
            return
        try:
            os.killpg(self.process.pid, signal.SIGKILL)  # start_new_session: the pgid is the master's pid
        except ProcessLookupError:
            pass
        self.process.wait(timeout=10)
        self.process = None

    def tail(self, lines: int = 40) -> str:
        logs = sorted(self.instance.glob("gunicorn-*.log"))
        return "\n".join(f"--- {p.name}\n" + "\n".join(p.read_text(errors="replace").splitlines()[-lines:])
                         for p in logs)

    def request(self, method: str, path: str, *, body: bytes | None = None, content_type: str = "application/json",
                user: str = "admin") -> tuple[int, Any]:
        token = base64.b64encode(f"{user}:demo".encode()).decode()
        request = urllib.request.Request(f"{self.base}{path}", data=body, method=method, headers={
            "Authorization": f"Basic {token}", "Content-Type": content_type, "Accept": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status, json.loads(response.read() or b"null")
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode(errors="replace")

    def deploy(self, path: Path) -> tuple[int, Any]:
        boundary = uuid.uuid4().hex
        body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"{path.name}\"\r\n"
                f"Content-Type: application/octet-stream\r\n\r\n").encode() + path.read_bytes()
        body += f"\r\n--{boundary}--\r\n".encode()
        return self.request("POST", "/api/v1/models", body=body,
                            content_type=f"multipart/form-data; boundary={boundary}")


def migrate_and_seed(instance: Path) -> None:
    """Schema and demo users in ``instance/ordra.db``, the file the web tier will use."""
    from app import create_app
    from app.auth.service import seed_demo_users
    from app.database import unit_of_work
    from app.extensions import db
    from app.migrate import upgrade

    app = create_app({"SQLALCHEMY_DATABASE_URI": f"sqlite:///{instance / 'ordra.db'}", "SECRET_KEY": "seed",
                      "JOB_BACKEND": "inline", "PASSWORD_HASH_METHOD": "pbkdf2:sha256:1000",
                      "DEMO_CONNECTORS": True})
    with app.app_context():
        upgrade()
        with unit_of_work():
            seed_demo_users()
        db.engine.dispose()


def query(db_file: Path, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    """Read the database file directly, as it is on disk (committed data only)."""
    conn = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True, timeout=10)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def statuses(db_file: Path) -> dict[str, int]:
    return dict(query(db_file, "SELECT status, COUNT(*) FROM process_instances GROUP BY status"))


@pytest.fixture()
def web(tmp_path: Path) -> Iterator[WebTier]:
    tier = WebTier(tmp_path)
    yield tier
    tier.kill()


def test_kill_9_of_the_web_process_loses_nothing(web: WebTier, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    db_file = tmp_path / "ordra.db"
    monkeypatch.setenv("ORDRA_INSTANCE_PATH", str(tmp_path))
    migrate_and_seed(tmp_path)
    web.start()

    status, body = web.deploy(MODEL)
    assert status == 201, body
    ids = []
    for n in range(INSTANCES):
        status, body = web.request("POST", "/api/v1/processes/reserve_equipment/instances",
                                   body=json.dumps({"data": {"resource_type": f"ONT-{n}"}}).encode())
        assert status == 201, body
        ids.append(body["id"])

    # The job thread works through the calls one second each: once one has finished, the next one
    # is inside the connector and the rest wait in the process's memory. Kill it half-way through.
    wait_until(lambda: statuses(db_file).get("completed", 0) >= 1, 15, "the first connector call",
               on_timeout=web.tail)
    time.sleep(LATENCY / 2)
    web.kill()

    before = statuses(db_file)
    assert sum(before.values()) == INSTANCES, before  # every started instance was committed
    assert before.get("completed", 0) < INSTANCES, f"all done before the kill, nothing to recover: {before}"
    pending = query(db_file, "SELECT COUNT(*) FROM service_calls WHERE status = 'pending'")[0][0]
    assert pending == INSTANCES - before.get("completed", 0), (pending, before)

    web.start()  # same database file, fresh process: its reconciler must find the lost work
    wait_until(lambda: statuses(db_file) == {"completed": INSTANCES}, 60, f"{INSTANCES} completed instances",
               on_timeout=lambda: f"{statuses(db_file)}\n{web.tail()}")

    # Exactly once: one finished call, one result and one connector-side ledger entry per instance.
    marks = ",".join("?" * len(ids))
    calls = query(db_file, f"SELECT instance_id, task_id, COUNT(*) FROM service_calls WHERE status = 'done' "
                           f"AND instance_id IN ({marks}) GROUP BY instance_id, task_id", *ids)
    assert sorted(instance_id for instance_id, _, _ in calls) == sorted(ids), calls  # one task each
    assert all(count == 1 for _, _, count in calls), calls
    not_done = query(db_file, f"SELECT id, instance_id, status FROM service_calls "
                              f"WHERE status != 'done' AND instance_id IN ({marks})", *ids)
    assert not_done == [], not_done
    results = dict(query(db_file, f"SELECT instance_id, COUNT(*) FROM instance_events WHERE kind = "
                                  f"'service_result' AND instance_id IN ({marks}) GROUP BY instance_id", *ids))
    assert results == {i: 1 for i in ids}, results
    keys = query(db_file, "SELECT idempotency_key FROM service_calls WHERE status = 'done'")
    ledger = query(db_file, "SELECT idempotency_key, COUNT(*) FROM demo_connector_ledger "
                            "GROUP BY idempotency_key")
    assert len(ledger) == INSTANCES, ledger
    assert all(count == 1 for _, count in ledger), ledger
    assert {key for key, _ in ledger} == {key for (key,) in keys}
    completed = query(db_file, f"SELECT instance_id, COUNT(*) FROM instance_events WHERE kind = 'completed' "
                               f"AND instance_id IN ({marks}) GROUP BY instance_id", *ids)
    assert dict(completed) == {i: 1 for i in ids}, completed
