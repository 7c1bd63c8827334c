"""Fibre-bundle orders per second: the embedded default next to PostgreSQL + Redis + ``ordra worker`` processes.

Issue #7 asks that "with PostgreSQL + 2 workers" Ordra be at least as fast as the embedded default.
Both configurations run the same workload in one run: ``--clients`` threads of this script each
place demo fibre bundles over TMF622, complete their three human tasks (approve, survey, install)
over the HTTP API with the Flask test client and wait for ``completed``, until ``--orders`` are done.

- embedded: a SQLite file in a temp dir, jobs on the in-process job thread;
- scaled: a new PostgreSQL database on the server of ``DATABASE_URL`` (created and dropped here), jobs on a
  Redis queue of its own, run only by ``--workers`` ``ordra worker`` processes; the web tier is this script's app.

    python bench/scaled_throughput.py [--orders 40] [--clients 4] [--workers 2]
    DATABASE_URL=postgresql+psycopg://... REDIS_URL=redis://... python bench/scaled_throughput.py
"""
from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

from flask import Flask
from redis import Redis
from rq import Queue
from rq import Worker

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import bench_app  # noqa: E402
from bench.common import percentiles  # noqa: E402
from bench.common import run_fibre_order  # noqa: E402
from bench.common import scratch_database  # noqa: E402
from bench.common import seeded_bundle_parties  # noqa: E402

DATABASE_URL = os.environ.get("DATABASE_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/ordra_bench")
REDIS_URL = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")
ORDRA = Path(sys.executable).parent / "ordra"


@contextmanager
def ordra_workers(count: int, database_url: str, queue_name: str, *, redis_url: str = REDIS_URL,
                  command: Sequence[str] = ()) -> Iterator[list[subprocess.Popen[bytes]]]:
    """``count`` worker processes on ``queue_name``, once each listens; SIGTERM (warm shutdown) at the end."""
    # The settings bench_app gives the web tier (plain logs: no JSON line per job); ORDRA_INSTANCE_PATH
    # is bench_app's, inherited from os.environ.
    env = {**os.environ, "DATABASE_URL": database_url, "REDIS_URL": redis_url, "ORDRA_RQ_QUEUE": queue_name,
           "SECRET_KEY": "bench", "ORDRA_DEMO_CONNECTOR_LATENCY": "0", "ORDRA_LOG_FORMAT": "plain",
           "ORDRA_DEMO_CONNECTORS": "true",
           "ORDRA_PASSWORD_HASH_METHOD": "pbkdf2:sha256:1000"}
    # RQ logs every job on stdout; its errors (and the app's warnings) go to stderr, which shows.
    processes = [subprocess.Popen(list(command or (str(ORDRA), "worker")), env=env, stdout=subprocess.DEVNULL)
                 for _ in range(count)]
    try:
        queue = Queue(queue_name, connection=Redis.from_url(redis_url))
        deadline = time.monotonic() + 60
        # By pid: workers of an earlier run can stay registered in Redis for a while.
        while not {p.pid for p in processes} <= {w.pid for w in Worker.all(queue=queue)}:
            if time.monotonic() > deadline or any(p.poll() is not None for p in processes):
                raise RuntimeError(f"{count} workers did not start listening on {queue_name}")
            time.sleep(0.2)
        yield processes
    finally:
        for process in processes:
            process.send_signal(signal.SIGTERM)
        for process in processes:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()


def timed_orders(app: Flask, seeded: tuple[dict[str, int], int], orders: int,
                 clients: int) -> tuple[float, list[float]]:
    """Orders per second with ``clients`` threads driving orders at once, and each order's latency (ms)."""
    offerings, account_id = seeded

    def work(n: int) -> float:
        started = time.perf_counter()
        run_fibre_order(app.test_client(), offerings, account_id, n)
        return (time.perf_counter() - started) * 1000

    run_fibre_order(app.test_client(), offerings, account_id, 0)  # warm-up: caches, compiled specs, pools
    started = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        latencies = list(pool.map(work, range(1, orders + 1)))
    return orders / (time.perf_counter() - started), latencies


def embedded(orders: int, clients: int) -> tuple[float, list[float]]:
    with bench_app(JOB_BACKEND="thread") as app:
        return timed_orders(app, seeded_bundle_parties(app), orders, clients)


def scaled(orders: int, clients: int, workers: int) -> tuple[float, list[float]]:
    queue_name = f"ordra-bench-{uuid.uuid4().hex[:8]}"
    with scratch_database(DATABASE_URL) as url, \
            bench_app(url, JOB_BACKEND="rq", REDIS_URL=REDIS_URL, RQ_QUEUE=queue_name) as app:
        seeded = seeded_bundle_parties(app)  # migrated and seeded before any worker looks at the database
        try:
            with ordra_workers(workers, url, queue_name):
                return timed_orders(app, seeded, orders, clients)
        finally:  # jobs left by a failed run; finished ones expire on their own
            Redis.from_url(REDIS_URL).delete(f"rq:queue:{queue_name}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=40)
    parser.add_argument("--clients", type=int, default=4, help="orders driven at once by this script")
    parser.add_argument("--workers", type=int, default=2, help="ordra worker processes in the scaled setup")
    args = parser.parse_args()
    base_rate, base_ms = embedded(args.orders, args.clients)
    rate, ms = scaled(args.orders, args.clients, args.workers)
    print(f"fibre bundle, full path, {args.orders} orders, {args.clients} clients")
    for label, per_second, latencies in (("embedded (SQLite, job thread)", base_rate, base_ms),
                                         (f"scaled (PostgreSQL, Redis, {args.workers} workers)", rate, ms)):
        print(f"  {label:<40}: {per_second:6.2f} orders/s; per order {percentiles(latencies)}")
    print(f"  scaled / embedded: {rate / base_rate:.2f}")

if __name__ == "__main__":
    main()
