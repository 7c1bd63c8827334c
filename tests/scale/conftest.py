"""PostgreSQL + Redis + real ``ordra worker`` processes."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from redis import Redis
from rq import Queue
from rq import Worker

from tests.conftest import make_app

pytest.register_assert_rewrite("tests.scale.fibre")  # its row counts explain themselves when they fail

REDIS_URL = os.environ.get("ORDRA_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
ORDRA = Path(sys.executable).parent / "ordra"


@pytest.fixture()
def queue_name() -> str:
    return f"ordra-test-{uuid.uuid4().hex[:8]}"


@pytest.fixture()
def redis() -> Redis:
    client = Redis.from_url(REDIS_URL)
    try:
        client.ping()
    except Exception as exc:
        pytest.fail(f"Redis is not reachable at {REDIS_URL}: {exc} (.ci/run starts it)")
    return client


def worker_env(database_url: str, queue: str, tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "DATABASE_URL": database_url, "REDIS_URL": REDIS_URL, "ORDRA_RQ_QUEUE": queue,
            "ORDRA_INSTANCE_PATH": str(tmp_path), "SECRET_KEY": "test", "ORDRA_DEMO_CONNECTOR_LATENCY": "0.02",
            "ORDRA_DEMO_CONNECTORS": "true",
            "ORDRA_SCHEDULER_INTERVAL_SECONDS": "0.2", "ORDRA_RECONCILE_AFTER_SECONDS": "2",
            # a killed worker's claimed calls are made again after this lease (300 s in production): the
            # tests compress time as they do for the reconciler
            "ORDRA_CONNECTOR_CLAIM_SECONDS": "5",
            "ORDRA_PASSWORD_HASH_METHOD": "pbkdf2:sha256:1000"}


@pytest.fixture()
def scaled_app(database_url: str, queue_name: str, redis: Redis, tmp_path: Path,
               monkeypatch: pytest.MonkeyPatch) -> Iterator[Flask]:
    """The web tier: jobs go to Redis, nothing runs in-process."""
    monkeypatch.setenv("ORDRA_INSTANCE_PATH", str(tmp_path))
    app = make_app(database_url, JOB_BACKEND="rq", REDIS_URL=REDIS_URL, RQ_QUEUE=queue_name,
                   RECONCILE_AFTER_SECONDS=2, CONNECTOR_CLAIM_SECONDS=5)
    yield app
    redis.delete(f"rq:queue:{queue_name}")


@pytest.fixture()
def workers(database_url: str, queue_name: str, tmp_path: Path, redis: Redis) -> Iterator[Callable[..., list[Any]]]:
    started: list[subprocess.Popen[bytes]] = []

    def start(count: int, **settings: str) -> list[subprocess.Popen[bytes]]:
        """Start ``count`` workers (``settings``: extra environment, e.g. ``ORDRA_RECONCILE_AFTER_SECONDS``)
        and wait until each of them listens on the queue (starting one takes a second or so)."""
        env = {**worker_env(database_url, queue_name, tmp_path), **settings}
        new = [subprocess.Popen([str(ORDRA), "worker"], env=env, stdout=subprocess.DEVNULL,
                                stderr=open(tmp_path / f"worker-{len(started) + i}.log", "wb"))
               for i in range(count)]
        started.extend(new)
        queue = Queue(queue_name, connection=redis)

        def listening() -> bool:  # by pid: a killed worker stays registered in Redis for a while
            return {p.pid for p in new} <= {w.pid for w in Worker.all(queue=queue)}
        wait_until(listening, 180, f"{count} workers to start")  # importing the app takes a while on a loaded machine
        return new

    yield start
    told = [process for process in started if process.poll() is None]
    for process in told:
        process.send_signal(signal.SIGTERM)
    slow = []
    for process in told:
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            slow.append(process.pid)
    # a worker stops when told (a deployment's grace period is often 30 s; they used to take up to 60)
    assert not slow, f"workers {slow} did not stop within 10 s of SIGTERM"


def wait_until(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")
