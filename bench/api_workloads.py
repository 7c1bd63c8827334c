"""W1 and W2 over Ordra's HTTP API next to SpiffWorkflow alone in memory, and what HTTP Basic costs.

- **W1** (bench/models/bench_w1.bpmn): ten script tasks straight through. One client starts
  instances over ``POST /api/v1/processes/bench_w1/instances`` (each completes within its request);
  the ceiling runs the same deployed spec with the same sandboxed script engine in memory (no HTTP,
  no database, no serialisation). Both are measured in alternating batches of 20. The bound printed
  under it is what a server doing nothing but answer HTTP would reach: one engine run plus one
  ``GET /healthz`` round trip per instance.
- **W2** (bench/models/bench_w2.bpmn): two user tasks. A full cycle is start, list the inbox,
  complete, list, complete, get the instance: six requests, next to the same server's HTTP floor,
  six ``GET /healthz`` round trips. Task completion latency is reported separately (p50/p95).
- **Auth**: ``GET /api/v1/tasks`` with HTTP Basic and with a Bearer token, for a user whose password
  is hashed with the configured default (scrypt), repeated (the first Basic request is not counted).
- **W2 while orders flow** (``--busy N``, 0 to skip): the W2 cycles again while N threads of this process place
  demo fibre bundles and drive them to completion through the same app; the task completions' latency, and how
  long write transactions lasted from their first write to their end (on SQLite, which lets one transaction write
  at a time, how long each held the database's write lock once it had it), those of requests apart from those of
  the job thread. For each of the W2 client's completions, the CPU its request took in the app and how long its
  first writing statement took: on SQLite, the wait in line for the write lock.
  What a person waits for when others are ordering.

The server is a real one (werkzeug, threaded, on 127.0.0.1, a free port) on the embedded default (SQLite file,
in-process job thread), or with ``DATABASE_URL`` set on a new database of that PostgreSQL server (same job
thread); the client is one client making one request at a time. Werkzeug's server closes the connection after
each response (it answers ``Connection: close`` to HTTP/1.1 too), so every request, the
``/healthz`` floor's included, opens a TCP connection of its own. The time each request spends in the app (the
WSGI call that builds the response) is measured apart from what the server, the connection and the client add,
for W1 and for the W2 cycle and its floor: what Ordra itself costs, next to what any request costs here.

    python bench/api_workloads.py [--w1 300] [--w2 100] [--auth 50] [--busy 3] [--baseline main]
    DATABASE_URL=postgresql+psycopg://... python bench/api_workloads.py
"""
from __future__ import annotations

import argparse
import base64
import http.client
import json
import os
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager
from contextlib import ExitStack
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import add_baseline_arguments  # noqa: E402
from bench.common import baseline_figures  # noqa: E402
from bench.common import bench_app  # noqa: E402
from bench.common import may_write  # noqa: E402
from bench.common import print_comparison  # noqa: E402
from bench.common import scratch_database  # noqa: E402
from bench.common import unit_of_work  # noqa: E402

MODELS = Path(__file__).resolve().parent / "models"
W1 = MODELS / "bench_w1.bpmn"
W2 = MODELS / "bench_w2.bpmn"
SCRYPT_USER = ("benchscrypt", "a-long-bench-password")


def basic(username: str, password: str = "demo") -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{username}:{password}".encode()).decode()}


@contextmanager
def serving(app: Any) -> Iterator[int]:
    """The app on a real threaded HTTP/1.1 server on a free local port."""
    from werkzeug.serving import WSGIRequestHandler
    from werkzeug.serving import make_server

    class KeepAlive(WSGIRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_request(self, *args: Any, **kwargs: Any) -> None:
            pass

    server = make_server("127.0.0.1", 0, app, threaded=True, request_handler=KeepAlive)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_port
    finally:
        server.shutdown()


class AppClock:
    """The time each request spends in the app (the WSGI call that builds its response), apart from what the
    HTTP server, the connection and the client add: what Ordra itself costs a request."""

    def __init__(self, app: Any) -> None:
        self.spent: list[float] = []
        inner = app.wsgi_app

        def timed(environ: Any, start_response: Any) -> Any:
            started = time.perf_counter()
            try:
                return inner(environ, start_response)
            finally:  # (before the server sends the response: the client has it only after this)
                self.spent.append((time.perf_counter() - started) * 1000)
        app.wsgi_app = timed

    def take(self) -> float:
        """The milliseconds the requests since the last call spent in the app, summed."""
        total, self.spent = sum(self.spent), []
        return total


class Client:
    """One request at a time (http.client reconnects when the server has closed the connection); every call
    returns (status, parsed JSON body)."""

    def __init__(self, port: int) -> None:
        self.connection = http.client.HTTPConnection("127.0.0.1", port)

    def call(self, method: str, path: str, headers: dict[str, str] | None = None,
             body: Any = None) -> tuple[int, Any]:
        payload = json.dumps(body).encode() if body is not None else None
        all_headers = {**(headers or {}), **({"Content-Type": "application/json"} if payload else {})}
        self.connection.request(method, path, body=payload, headers=all_headers)
        response = self.connection.getresponse()
        raw = response.read()
        return response.status, json.loads(raw) if raw and raw[:1] in (b"{", b"[") else None


def deploy(client: Any, path: Path) -> None:
    response = client.post("/api/v1/models", headers=basic("admin"),
                           data={"files": [(path.open("rb"), path.name)]}, content_type="multipart/form-data")
    assert response.status_code == 201, response.json


def w1_in_memory(app: Any) -> Any:
    """One W1 run by SpiffWorkflow alone, in memory, from the deployed spec (a function to call)."""
    from sqlalchemy import select

    from app.engine import runtime
    from app.extensions import db
    from app.studio.models import ProcessVersion

    with app.app_context():
        version = db.session.scalar(select(ProcessVersion).where(ProcessVersion.process_id == "bench_w1"))
        assert version is not None
        args = (version.id, version.flavour, version.spec_json or "")
    engine = runtime.OrdraScriptEngine(lambda *a: ({}, {}), 2.0)

    def once() -> None:
        workflow = runtime.new_workflow(*args, {"count": 0}, engine)
        assert runtime.run_to_wait(workflow) is None and workflow.completed
    return once


def w1_alternating(app: Any, client: Client, clock: AppClock, runs: int, in_app: list[float],
                   batch: int = 20) -> tuple[float, float]:
    """W1 instances/s in memory and over the API, measured in alternating batches (load from elsewhere on
    the machine hits both alike); each instance's time in the app (ms) goes to ``in_app``."""
    in_memory = w1_in_memory(app)
    agent = basic("agent")

    def over_api() -> None:
        status, body = client.call("POST", "/api/v1/processes/bench_w1/instances", agent, {"data": {"count": 0}})
        assert status == 201 and body["status"] == "completed", body
        in_app.append(clock.take())

    in_memory()
    over_api()  # warm-up
    memory_s = api_s = 0.0
    for _ in range(max(1, runs // batch)):
        started = time.perf_counter()
        for _ in range(batch):
            in_memory()
        memory_s += time.perf_counter() - started
        started = time.perf_counter()
        for _ in range(batch):
            over_api()
        api_s += time.perf_counter() - started
    done = max(1, runs // batch) * batch
    return done / memory_s, done / api_s


def w2_cycle(client: Client, completions: list[float]) -> None:
    """One W2 cycle over the API; the two task completions' latencies (ms) go to ``completions``."""
    agent, fulfiller = basic("agent"), basic("fulfiller")
    status, started = client.call("POST", "/api/v1/processes/bench_w2/instances", agent, {"data": {}})
    assert status == 201, started
    instance_id = started["id"]
    for _ in range(2):
        status, tasks = client.call("GET", "/api/v1/tasks", fulfiller)
        task = next(t for t in tasks if t["instance_id"] == instance_id)
        t0 = time.perf_counter()
        status, done = client.call("POST", f"/api/v1/tasks/{task['id']}/complete", fulfiller, {"data": {}})
        completions.append((time.perf_counter() - t0) * 1000)
        assert status == 200, done
    status, final = client.call("GET", f"/api/v1/instances/{instance_id}", agent)
    assert status == 200 and final["status"] == "completed", final


@contextmanager
def engine_events(hooks: list[tuple[str, Any]]) -> Iterator[None]:
    """SQLAlchemy engine events ``(name, hook)`` listened to while the block runs."""
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    for name, hook in hooks:
        event.listen(Engine, name, hook)
    try:
        yield
    finally:
        for name, hook in hooks:
            event.remove(Engine, name, hook)


class WriteClock:
    """How long each write transaction lasted from its first write, once done, to its end (SQLite's write lock is
    held that long; the wait for it is not counted), by who ran it: the job thread, or a request."""

    def __init__(self) -> None:
        self.held: dict[str, list[float]] = {"requests": [], "job thread": []}

    def watching(self) -> AbstractContextManager[None]:
        def first_write(connection: Any, _cursor: Any, statement: str, *_args: Any) -> None:
            if "write_began" not in connection.info and may_write(statement):
                connection.info["write_began"] = time.perf_counter()

        def ended(connection: Any) -> None:
            began = connection.info.pop("write_began", None)
            if began is not None:
                who = "job thread" if threading.current_thread().name == "ordra-jobs" else "requests"
                self.held[who].append((time.perf_counter() - began) * 1000)
        return engine_events([("after_cursor_execute", first_write), ("commit", ended), ("rollback", ended)])


class CompletionClock:
    """For each task completion the W2 client asks for (served by the HTTP server's threads, not the ordering
    threads' test clients): the CPU its thread spent on it in the app, and the time its first writing statement
    took to execute. On SQLite that statement is where a transaction waits for the database's one write lock
    (the busy handler), so it is the request's wait in line for the lock, plus one short write."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.cpu: list[float] = []
        self.first_write: list[float] = []
        self._current = threading.local()

    @contextmanager
    def watching(self) -> Iterator[None]:
        from flask import request
        from flask import request_finished
        from flask import request_started

        current = self._current

        def started(_app: Any, **_extra: Any) -> None:
            ours = not threading.current_thread().name.startswith(_ORDERING_THREAD)
            if ours and request.method == "POST" and request.path.endswith("/complete"):
                current.cpu_began, current.first_write = time.thread_time(), None

        def finished(_app: Any, **_extra: Any) -> None:
            began = getattr(current, "cpu_began", None)
            if began is not None:
                self.cpu.append((time.thread_time() - began) * 1000)
                self.first_write.append(current.first_write or 0.0)
                current.cpu_began = None

        def statement_begins(*_args: Any) -> None:
            current.statement_began = time.perf_counter()

        def statement_ends(_connection: Any, _cursor: Any, statement: str, *_args: Any) -> None:
            if getattr(current, "cpu_began", None) is not None and current.first_write is None \
                    and may_write(statement):
                current.first_write = (time.perf_counter() - current.statement_began) * 1000
        signals = [(request_started, started), (request_finished, finished)]
        for signal, receiver in signals:
            signal.connect(receiver, self.app)
        try:
            with engine_events([("before_cursor_execute", statement_begins),
                                ("after_cursor_execute", statement_ends)]):
                yield
        finally:
            for signal, receiver in signals:
                signal.disconnect(receiver, self.app)


_ORDERING_THREAD = "bench-orders-"


def w2_while_orders_flow(app: Any, client: Client, busy: int, cycles: int) -> dict[str, Any]:
    """W2 completions while ``busy`` threads drive demo fibre bundles through ``app`` (see the module's text)."""
    from bench.common import run_fibre_order
    from bench.common import seeded_bundle_parties

    offerings, account_id = seeded_bundle_parties(app)
    stop = threading.Event()
    placed = [0] * busy

    def ordering(k: int) -> None:
        orders = app.test_client()
        while not stop.is_set():
            run_fibre_order(orders, offerings, account_id, 100_000 * (k + 1) + placed[k])
            placed[k] += 1
    threads = [threading.Thread(target=ordering, args=(k,), name=f"{_ORDERING_THREAD}{k}") for k in range(busy)]
    completions: list[float] = []
    locks, served = WriteClock(), CompletionClock(app)
    for thread in threads:
        thread.start()
    try:
        time.sleep(2.0)  # the orders under way
        with locks.watching(), served.watching():
            for _ in range(cycles):
                w2_cycle(client, completions)
    finally:
        stop.set()
        for thread in threads:
            thread.join()
    figures = {"busy_complete_p50_ms": p(completions, 0.5), "busy_complete_p95_ms": p(completions, 0.95),
               "busy_complete_p99_ms": p(completions, 0.99), "busy_orders": sum(placed),
               "busy_cpu_p50_ms": p(served.cpu, 0.5), "busy_cpu_p95_ms": p(served.cpu, 0.95),
               "busy_first_write_p50_ms": p(served.first_write, 0.5),
               "busy_first_write_p95_ms": p(served.first_write, 0.95)}
    for who, key in (("requests", "busy_lock_requests"), ("job thread", "busy_lock_jobs")):
        figures[f"{key}_p95_ms"] = p(locks.held[who], 0.95) if locks.held[who] else 0.0
        figures[f"{key}_max_ms"] = max(locks.held[who], default=0.0)
    return figures


def p(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(len(ordered) * q))]


def timed(fn: Any, runs: int) -> list[float]:
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1000)
    return samples


def measure(args: argparse.Namespace) -> dict[str, Any]:
    from app.auth.service import create_user
    from app.auth.service import issue_token

    figures: dict[str, Any] = {}
    database_url = os.environ.get("DATABASE_URL")
    with ExitStack() as stack:
        app = stack.enter_context(bench_app(stack.enter_context(scratch_database(database_url))
                                            if database_url else None))
        setup = app.test_client()
        deploy(setup, W1)
        deploy(setup, W2)
        with app.app_context():
            with unit_of_work():
                app.config["PASSWORD_HASH_METHOD"] = "scrypt"  # the default; the demo users have a cheap one
                create_user(*SCRYPT_USER, ["fulfillment_agent"])
                token = issue_token(SCRYPT_USER[0])
        clock = AppClock(app)
        with serving(app) as port:
            client = Client(port)
            w1_in_app: list[float] = []
            figures["w1_ceiling"], figures["w1_api"] = w1_alternating(app, client, clock, args.w1, w1_in_app)
            completions: list[float] = []
            for _ in range(5):
                w2_cycle(client, [])  # warm-up
            cycles: list[float] = []
            floor: list[float] = []
            cycles_in_app: list[float] = []
            floor_in_app: list[float] = []
            clock.take()
            for _ in range(args.w2):  # interleaved, like the auth figures
                cycles += timed(lambda: w2_cycle(client, completions), 1)
                cycles_in_app.append(clock.take())
                floor += timed(lambda: [client.call("GET", "/healthz") for _ in range(6)], 1)
                floor_in_app.append(clock.take())
            figures["w2_cycle_ms"] = p(cycles, 0.5)
            figures["w2_floor_ms"] = p(floor, 0.5)
            figures["w2_cycle_app_ms"] = p(cycles_in_app, 0.5)
            figures["w2_floor_app_ms"] = p(floor_in_app, 0.5)
            figures["w1_app_ms"] = p(w1_in_app, 0.5)
            figures["w2_complete_p50_ms"] = p(completions, 0.5)
            figures["w2_complete_p95_ms"] = p(completions, 0.95)
            user, password = SCRYPT_USER
            client.call("GET", "/api/v1/tasks", basic(user, password))  # the first Basic request
            basic_ms: list[float] = []
            bearer_ms: list[float] = []
            for _ in range(args.auth):  # interleaved, so load from elsewhere hits both alike
                basic_ms += timed(lambda: client.call("GET", "/api/v1/tasks", basic(user, password)), 1)
                bearer_ms += timed(lambda: client.call("GET", "/api/v1/tasks", {"Authorization": f"Bearer {token}"}), 1)
            figures["basic_p50_ms"] = p(basic_ms, 0.5)
            figures["bearer_p50_ms"] = p(bearer_ms, 0.5)
            if args.busy:
                figures.update(w2_while_orders_flow(app, client, args.busy, args.w2))
    figures["w1_percent"] = 100 * figures["w1_api"] / figures["w1_ceiling"]
    # What W1 could reach if Ordra did nothing but answer HTTP: one engine run plus one round trip per instance.
    engine_s, round_trip_s = 1 / figures["w1_ceiling"], figures["w2_floor_ms"] / 6 / 1000
    figures["w1_http_bound"] = 100 * engine_s / (engine_s + round_trip_s)
    figures["w1_engine_ms"] = 1000 * engine_s
    figures["w2_vs_floor"] = figures["w2_cycle_ms"] / figures["w2_floor_ms"]
    figures["basic_vs_bearer"] = figures["basic_p50_ms"] / figures["bearer_p50_ms"]
    return figures


ROWS = [("w1_ceiling", "W1 SpiffWorkflow alone, in memory (inst/s)", ".0f"),
        ("w1_api", "W1 over the API (instances/s)", ".1f"),
        ("w1_percent", "W1 % of the in-memory ceiling", ".1f"),
        ("w1_http_bound", "  bound set by one HTTP round trip alone (%)", ".1f"),
        ("w1_app_ms", "  W1 instance, time in the app (p50 ms)", ".2f"),
        ("w1_engine_ms", "  W1 run in memory (mean ms)", ".2f"),
        ("w2_cycle_ms", "W2 full cycle, 6 requests (p50 ms)", ".2f"),
        ("w2_cycle_app_ms", "  of it in the app (p50 ms)", ".2f"),
        ("w2_floor_ms", "six GET /healthz round trips (p50 ms)", ".2f"),
        ("w2_floor_app_ms", "  of it in the app (p50 ms)", ".2f"),
        ("w2_vs_floor", "W2 cycle / HTTP floor", ".2f"),
        ("w2_complete_p50_ms", "W2 task completion p50 (ms)", ".2f"),
        ("w2_complete_p95_ms", "W2 task completion p95 (ms)", ".2f"),
        ("basic_p50_ms", "GET /api/v1/tasks, Basic/scrypt (p50 ms)", ".2f"),
        ("bearer_p50_ms", "GET /api/v1/tasks, Bearer (p50 ms)", ".2f"),
        ("basic_vs_bearer", "Basic / Bearer", ".2f")]
BUSY_ROWS = [("busy_complete_p50_ms", "W2 completion while orders flow, p50 (ms)", ".1f"),
             ("busy_complete_p95_ms", "  p95 (ms)", ".1f"),
             ("busy_complete_p99_ms", "  p99 (ms)", ".1f"),
             ("busy_orders", "  fibre bundles completed meanwhile", ".0f"),
             ("busy_cpu_p50_ms", "  a completion's CPU in the app, p50 (ms)", ".1f"),
             ("busy_cpu_p95_ms", "    p95 (ms)", ".1f"),
             ("busy_first_write_p50_ms", "  its first write statement, p50 (ms)", ".1f"),
             ("busy_first_write_p95_ms", "    p95 (ms)", ".1f"),
             ("busy_lock_requests_p95_ms", "  a request's write transaction, p95 (ms)", ".1f"),
             ("busy_lock_requests_max_ms", "    longest (ms)", ".1f"),
             ("busy_lock_jobs_p95_ms", "  the job thread's write transaction, p95 (ms)", ".1f"),
             ("busy_lock_jobs_max_ms", "    longest (ms)", ".1f")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--w1", type=int, default=300, help="W1 instances (and in-memory runs)")
    parser.add_argument("--w2", type=int, default=100, help="W2 cycles (and floor samples)")
    parser.add_argument("--auth", type=int, default=50, help="requests per credential kind")
    parser.add_argument("--busy", type=int, default=3, help="threads placing fibre bundles meanwhile (0: skip)")
    add_baseline_arguments(parser)
    args = parser.parse_args()
    before = None
    if args.baseline:
        before = baseline_figures(args.baseline, Path(__file__), ["--w1", str(args.w1), "--w2", str(args.w2),
                                                                  "--auth", str(args.auth), "--busy", str(args.busy)])
    after = measure(args)
    if args.json:
        print(json.dumps(after))
        return
    where = "PostgreSQL, job thread" if os.environ.get("DATABASE_URL") else "embedded default (SQLite, job thread)"
    print(f"W1 {args.w1} instances, W2 {args.w2} cycles, auth {args.auth} requests each; one client, a connection "
          f"per request; {where}, real HTTP server"
          + (f"; then W2 again with {args.busy} threads ordering" if args.busy else ""))
    rows = ROWS + (BUSY_ROWS if args.busy else [])
    if before is not None:
        print_comparison(args.baseline, before, after, rows)
        return
    for key, label, fmt in rows:
        print(f"  {label:<44} {format(after[key], fmt):>10}")


if __name__ == "__main__":
    main()
