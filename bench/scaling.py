"""Fibre-bundle orders per second and CPU per order at 1, 2 and 4 ``ordra worker`` processes
(PostgreSQL + Redis), next to the embedded default, on this machine.

The web tier is this script's app (Flask test client, ``--clients`` threads placing orders and
completing their three human tasks); the jobs run only in the worker processes. CPU per order is
measured, not estimated: the workers' user+system time (``/proc/<pid>/stat``) and this process's
(web tier and the driving clients together), divided by the orders completed. PostgreSQL's and
Redis's own CPU are not included (the servers are shared with other work on this machine).

A new PostgreSQL database on the server of ``DATABASE_URL`` is created and dropped; jobs go to a Redis queue of
their own in Redis database ``--redis-db`` (default 14), deleted afterwards, so nothing else on the server is touched.

The projection for larger machines is arithmetic, not a measurement: cores divided by the measured
CPU seconds per order, assuming the database keeps up and nothing else serialises.

    python bench/scaling.py [--orders 20] [--clients 4] [--workers 1 2 4] [--baseline main]
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import CODE_UNDER_TEST  # noqa: E402
from bench.common import add_baseline_arguments  # noqa: E402
from bench.common import baseline_figures  # noqa: E402
from bench.common import bench_app  # noqa: E402
from bench.common import print_comparison  # noqa: E402
from bench.common import run_fibre_order  # noqa: E402
from bench.common import scratch_database  # noqa: E402
from bench.common import seeded_bundle_parties  # noqa: E402
from bench.scaled_throughput import ordra_workers  # noqa: E402

DATABASE_URL = os.environ.get("DATABASE_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/ordra_bench_scaling")
REDIS_HOST = os.environ.get("BENCH_REDIS", "redis://127.0.0.1:6379")
TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime, stime


@contextmanager
def workers(count: int, database_url: str, redis_url: str, queue_name: str) -> Iterator[list[subprocess.Popen[bytes]]]:
    """``ordra worker`` processes running the code under test (``--baseline`` runs an older checkout's)."""
    launcher = f"import sys; sys.path.insert(0, {str(CODE_UNDER_TEST)!r}); from app import main; main()"
    with ordra_workers(count, database_url, queue_name, redis_url=redis_url,
                       command=(sys.executable, "-c", launcher, "worker")) as processes:
        yield processes


def drive(app: Any, seeded: tuple[dict[str, int], int], orders: int, clients: int,
          pids: list[int]) -> dict[str, float]:
    """Orders/s and CPU seconds per order (workers, this process) for ``orders`` orders."""
    offerings, account_id = seeded
    run_fibre_order(app.test_client(), offerings, account_id, 0)  # warm-up: caches, pools, compiled specs
    workers_before = sum(cpu_seconds(pid) for pid in pids)
    own_before = time.process_time()
    started = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        list(pool.map(lambda n: run_fibre_order(app.test_client(), offerings, account_id, n), range(1, orders + 1)))
    elapsed = time.perf_counter() - started
    return {"rate": orders / elapsed,
            "cpu_workers_ms": 1000 * (sum(cpu_seconds(pid) for pid in pids) - workers_before) / orders,
            "cpu_web_ms": 1000 * (time.process_time() - own_before) / orders}


def embedded(orders: int, clients: int) -> dict[str, float]:
    with bench_app(JOB_BACKEND="thread") as app:
        return drive(app, seeded_bundle_parties(app), orders, clients, [])


def scaled(orders: int, clients: int, count: int, redis_db: int) -> dict[str, float]:
    from redis import Redis

    redis_url = f"{REDIS_HOST}/{redis_db}"
    queue_name = f"ordra-bench-scaling-{uuid.uuid4().hex[:8]}"
    with scratch_database(DATABASE_URL) as url, \
            bench_app(url, JOB_BACKEND="rq", REDIS_URL=redis_url, RQ_QUEUE=queue_name) as app:
        seeded = seeded_bundle_parties(app)
        try:
            with workers(count, url, redis_url, queue_name) as processes:
                return drive(app, seeded, orders, clients, [p.pid for p in processes])
        finally:
            Redis.from_url(redis_url).delete(f"rq:queue:{queue_name}")
            with app.app_context():
                from app.extensions import db
                db.engine.dispose()


def measure(args: argparse.Namespace) -> dict[str, float]:
    figures: dict[str, float] = {}
    for key, value in embedded(args.orders, args.clients).items():
        figures[f"embedded_{key}"] = value
    for count in args.workers:
        for key, value in scaled(args.orders, args.clients, count, args.redis_db).items():
            figures[f"w{count}_{key}"] = value
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=20)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--redis-db", type=int, default=14, help="Redis database index for the bench's queue")
    add_baseline_arguments(parser)
    args = parser.parse_args()
    argv = ["--orders", str(args.orders), "--clients", str(args.clients), "--redis-db", str(args.redis_db),
            "--workers", *map(str, args.workers)]
    before = baseline_figures(args.baseline, Path(__file__), argv) if args.baseline else None
    after = measure(args)
    if args.json:
        print(json.dumps(after))
        return
    print(f"fibre bundle, {args.orders} orders per setup, {args.clients} clients, {os.cpu_count()} cores")
    rows = [("embedded_rate", "embedded (SQLite, job thread): orders/s", ".2f"),
            ("embedded_cpu_web_ms", "  CPU per order, web+jobs process (ms)", ".0f")]
    for count in args.workers:
        rows += [(f"w{count}_rate", f"PostgreSQL+Redis, {count} worker(s): orders/s", ".2f"),
                 (f"w{count}_cpu_workers_ms", "  CPU per order, workers (ms)", ".0f"),
                 (f"w{count}_cpu_web_ms", "  CPU per order, web tier + clients (ms)", ".0f")]
    if before is not None:
        print_comparison(args.baseline, before, after, rows)
    else:
        for key, label, fmt in rows:
            print(f"  {label:<44} {format(after[key], fmt):>10}")
    for count in args.workers:
        print(f"  scaled ({count} workers) / embedded: {after[f'w{count}_rate'] / after['embedded_rate']:.2f}")
    best = max(args.workers, key=lambda c: after[f"w{c}_rate"])
    per_order = (after[f"w{best}_cpu_workers_ms"] + after[f"w{best}_cpu_web_ms"]) / 1000
    print(f"PROJECTION (arithmetic, not measured): with the CPU per order measured at {best} workers "
          f"({per_order * 1000:.0f} ms, web tier included, database excluded), "
          + ", ".join(f"{cores} cores ≈ {cores / per_order:.0f} orders/s" for cores in (8, 16, 32))
          + ", if PostgreSQL and Redis keep up and nothing else serialises.")


if __name__ == "__main__":
    main()
