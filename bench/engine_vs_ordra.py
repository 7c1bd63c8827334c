"""Fibre-bundle orders per second through Ordra, next to the same BPMN/DMN run by SpiffWorkflow alone in memory.

Workload: the demo fibre bundle (fibre 500 + static IP + managed router + installation: the
customer-order process, 15 domain orders each run by its plan, every connector, every DMN). The
three human steps (approve, survey, install) are completed over the HTTP API by this script.

Ordra and the ceiling are measured in alternating batches (``--clients`` orders each). The ceiling
is measured by record and replay: one order (another than the counted one) is run through Ordra while
every engine step is recorded (the process versions started with their data, each user-task completion and
connector result in order, the decisions evaluated outside processes). The ceiling replays that
order's 16 workflows from the same parsed specs, with the same sandboxed script engine and DMN
engine, in memory: no HTTP, no database, no serialisation, no jobs, no orchestration bookkeeping.

Every order's client waits for the job thread before each inbox look-up (as a person told of the task opens it), so
an order makes 7 HTTP requests rather than an inbox look-up every 50 ms while its jobs run: those polls cost the
web tier CPU that has nothing to do with the order (14.6 look-ups an order where 3 find the task, a sixth of its
CPU). So the counted order's HTTP requests, statements, transactions and flushes do not depend on timing; the
benchmark's own polling (the order's state column, nothing a person asked for) is left out of the counts. The CPU
an order takes is this process's CPU time (the web tier, the job thread and the clients) over Ordra's batches. The
counted order's own CPU is split too: what the engine adapter's steps took (load the workflow, act, run to the next
wait, work out the outcome, save the state), and of that, saving and loading the workflow state. Last, how long the
counted order's transactions that wrote lasted (wall time, from the connection's checkout to the commit), and what
share of it came after their first write: on SQLite the share of the time the database's one write lock is held,
when no other connection can write.

    python bench/engine_vs_ordra.py [--orders 30] [--clients 4]            # embedded default (SQLite)
    python bench/engine_vs_ordra.py --baseline main                        # before (main) and after, with ratios
    DATABASE_URL=postgresql+psycopg://... python bench/engine_vs_ordra.py   # in-process jobs on PostgreSQL (a
                                                                           # new database on that server)

For PostgreSQL + Redis with worker processes, see ``bench/scaled_throughput.py``.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
import types
from collections.abc import Callable
from collections.abc import Iterator
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from contextlib import contextmanager
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import BENCH_POLL  # noqa: E402
from bench.common import REPO  # noqa: E402
from bench.common import add_baseline_arguments  # noqa: E402
from bench.common import baseline_figures  # noqa: E402
from bench.common import bench_app  # noqa: E402
from bench.common import may_write  # noqa: E402
from bench.common import print_comparison  # noqa: E402
from bench.common import run_fibre_order  # noqa: E402
from bench.common import scratch_database  # noqa: E402
from bench.common import seeded_bundle_parties  # noqa: E402


@dataclass
class InstanceTrace:
    """One workflow as Ordra ran it: what started it and every step handed to it, in order."""

    version_id: int
    flavour: str
    spec_json: str
    data: dict[str, Any]
    steps: list[tuple[str, str, Any]] = field(default_factory=list)  # (user|connector, task bpmn id, payload)


@dataclass
class OrderTrace:
    instances: list[InstanceTrace] = field(default_factory=list)
    decisions: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # evaluated outside processes


class _Patches:
    """Attributes of modules replaced while the benchmark watches, put back by :meth:`uninstall`."""

    def __init__(self) -> None:
        self._originals: list[tuple[Any, str, Any]] = []

    def _patch(self, owner: Any, name: str, replacement: Any) -> None:
        self._originals.append((owner, name, getattr(owner, name)))
        setattr(owner, name, replacement)

    def uninstall(self) -> None:
        for owner, name, original in reversed(self._originals):
            setattr(owner, name, original)
        self._originals.clear()


class Recorder(_Patches):
    """Wraps the engine adapter's entry points to record what one order asks of the engine."""

    def __init__(self) -> None:
        super().__init__()
        self.trace = OrderTrace()
        self._by_instance: dict[int, InstanceTrace] = {}
        self._current: InstanceTrace | None = None

    def install(self) -> None:
        from sqlalchemy import inspect

        from app.engine import instances as engine
        from app.engine import runtime
        from app.orchestration import decomposition
        from app.studio import decisions

        # plans started together are stored by one flush (start_unflushed); older code started each with start
        starter = "start_unflushed" if hasattr(engine, "start_unflushed") else "start"
        original_start, original_advance = getattr(engine, starter), engine.advance
        unflushed: list[tuple[Any, InstanceTrace]] = []  # started, id not known until the caller flushes

        def start(version: Any, data: Mapping[str, Any], **kwargs: Any) -> Any:
            self._current = InstanceTrace(version.id, version.flavour, version.spec_json, runtime.jsonable(dict(data)))
            instance, outcome = original_start(version, data, **kwargs)
            unflushed.append((instance, self._current))
            self.trace.instances.append(self._current)
            return instance, outcome

        def advance(instance: Any, action: Any, **kwargs: Any) -> Any:
            for started, trace in list(unflushed):
                identity = inspect(started).identity
                if identity:
                    self._by_instance[identity[0]] = trace
                    unflushed.remove((started, trace))
            self._current = self._by_instance[instance.id]
            return original_advance(instance, action, **kwargs)

        def step(kind: str, original: Callable[..., Any]) -> Callable[..., Any]:
            def recorded(workflow: Any, task_id: str, payload: Any) -> Any:
                from uuid import UUID
                assert self._current is not None
                bpmn_id = workflow.get_task_from_id(UUID(task_id)).task_spec.bpmn_id
                self._current.steps.append((kind, bpmn_id, runtime.jsonable(payload)))
                return original(workflow, task_id, payload)
            return recorded

        def unsupported(name: str) -> Callable[..., Any]:
            def refuse(*args: Any, **kwargs: Any) -> Any:
                raise RuntimeError(f"the benchmark order took an unexpected path ({name}); nothing to compare")
            return refuse

        def evaluate(decision_id: str, facts: Mapping[str, Any], **kwargs: Any) -> Any:
            self.trace.decisions.append((decision_id, runtime.jsonable(dict(facts))))
            return decisions.evaluate(decision_id, facts, **kwargs)

        self._patch(engine, starter, start)
        self._patch(engine, "advance", advance)
        self._patch(runtime, "complete_user_task", step("user", runtime.complete_user_task))
        self._patch(runtime, "complete_connector_task", step("connector", runtime.complete_connector_task))
        for name in ("fail_connector_task", "retry_failed_task", "skip_failed_task"):
            self._patch(runtime, name, unsupported(name))
        self._patch(decomposition, "decisions", types.SimpleNamespace(evaluate=evaluate))


def in_memory_decide() -> Callable[[str, Mapping[str, Any]], tuple[dict[str, Any], dict[str, Any]]]:
    """The shipped DMN files compiled once, decisions evaluated as Ordra's decider does."""
    from app import rules
    from app.sandbox import Sandbox

    evaluator = Sandbox(cpu_seconds=2.0).evaluate
    models = [rules.compile_dmn(p.read_bytes(), p.name, python_evaluator=evaluator)
              for p in (REPO / "dmn").glob("*.dmn")]
    by_decision = {decision_id: model for model in models for decision_id in model.decisions}

    def decide(decision_id: str, facts: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
        result = by_decision[decision_id].evaluate(decision_id, facts).require()
        return rules.to_jsonable(result.as_dict()), result.explain()
    return decide


def replay(trace: OrderTrace, decide: Callable[..., Any]) -> None:
    """Run one recorded order's workflows and decisions in memory, exactly as recorded."""
    from SpiffWorkflow.util.task import TaskState

    from app.engine import runtime

    for decision_id, facts in trace.decisions:
        decide(decision_id, facts)
    for recorded in trace.instances:
        workflow = runtime.new_workflow(recorded.version_id, recorded.flavour, recorded.spec_json, recorded.data,
                                        runtime.OrdraScriptEngine(decide, 2.0))
        assert runtime.run_to_wait(workflow) is None
        for kind, bpmn_id, payload in recorded.steps:
            state = TaskState.READY if kind == "user" else TaskState.STARTED
            task = next(t for t in workflow.get_tasks(state=state) if t.task_spec.bpmn_id == bpmn_id)
            complete = runtime.complete_user_task if kind == "user" else runtime.complete_connector_task
            assert complete(workflow, str(task.id), payload) is None
        assert workflow.completed, f"a replayed workflow of version {recorded.version_id} did not complete"


@dataclass
class OrderCost:
    """What one order asks of the database and the web tier."""

    requests: int = 0
    statements: int = 0
    transactions: int = 0
    simulated: int = 0  # of the statements, those the demo's simulated systems made for their own ledger
    flushes: int = 0  # session flushes that wrote something (an empty flush costs next to nothing)
    flush_seconds: float = 0.0  # spent in them, their statements included
    cpu_seconds: float = 0.0  # of the whole order: this process, every thread
    engine_seconds: float = 0.0  # CPU in the engine adapter's steps: load, act and run, outcome, save the state
    save_seconds: float = 0.0  # of it, serialising the workflow's state
    load_seconds: float = 0.0  # of it, deserialising it
    writing_seconds: float = 0.0  # the transactions that wrote, from the connection's checkout to the commit
    locked_seconds: float = 0.0  # of that, from the first write to the commit (SQLite's one write lock held)


class _EngineClock(_Patches):
    """Thread CPU time spent in the engine adapter's steps (``app.engine.instances``: a step loads the workflow,
    acts, runs it to its next wait, works out the outcome and serialises the state), and in (de)serialising the
    state within them."""

    def __init__(self, cost: OrderCost) -> None:
        from threading import local

        from app.engine import instances
        from app.engine import runtime

        super().__init__()
        self.cost = cost
        self._inside = local()
        for name in ("advance", "start_unflushed"):
            if hasattr(instances, name):  # (a baseline's code may lack one)
                self._time(instances, name, "engine_seconds", step=True)
        self._time(runtime, "dump_workflow", "save_seconds")
        self._time(runtime, "load_workflow", "load_seconds")

    def _time(self, owner: Any, name: str, field_name: str, step: bool = False) -> None:
        original = getattr(owner, name)
        cost, inside = self.cost, self._inside

        def timed(*args: Any, **kwargs: Any) -> Any:
            counted = not getattr(BENCH_POLL, "active", False) and (step or getattr(inside, "step", False))
            started = time.thread_time()
            if step:
                inside.step = True
            try:
                return original(*args, **kwargs)
            finally:
                if step:
                    inside.step = False
                if counted:
                    setattr(cost, field_name, getattr(cost, field_name) + time.thread_time() - started)
        self._patch(owner, name, timed)


@contextmanager
def counting(app: Any) -> Iterator[OrderCost]:
    """Count HTTP requests, SQL statements and commits while the block runs.

    The simulated systems (demo connectors) keep a ledger in the same database, as the real systems
    they stand for keep theirs in their own: statements made while one of them handles a call are
    counted in ``simulated`` as well, so Ordra's own share can be told.
    """
    from dataclasses import replace
    from threading import local

    from flask import request_started
    from sqlalchemy import event
    from sqlalchemy.orm import Session

    from app.extensions import db

    cost = OrderCost()
    inside = local()

    def statement(*args: Any) -> None:
        if not getattr(BENCH_POLL, "active", False):
            cost.statements += 1
            cost.simulated += bool(getattr(inside, "call", False))

    def checkout(_dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        record.info[_CHECKED_OUT] = time.perf_counter()

    def first_write(connection: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if _FIRST_WRITE not in connection.info and may_write(statement):
            connection.info[_FIRST_WRITE] = time.perf_counter()

    def commit(connection: Any) -> None:
        written = connection.info.pop(_FIRST_WRITE, None)
        if getattr(BENCH_POLL, "active", False):
            return
        cost.transactions += 1
        if written is not None:
            now = time.perf_counter()
            cost.locked_seconds += now - written
            cost.writing_seconds += now - connection.info.get(_CHECKED_OUT, written)

    def rollback(connection: Any) -> None:
        connection.info.pop(_FIRST_WRITE, None)

    def request(*args: Any, **kwargs: Any) -> None:
        cost.requests += 1

    def flush_begins(*args: Any) -> None:
        inside.flush_started = time.perf_counter()

    def flush_ends(*args: Any) -> None:
        started = getattr(inside, "flush_started", None)
        if started is not None and not getattr(BENCH_POLL, "active", False):
            cost.flushes += 1
            cost.flush_seconds += time.perf_counter() - started
        inside.flush_started = None

    def marked(call: Callable[..., Any]) -> Callable[..., Any]:
        def call_of_a_simulated_system(*args: Any, **kwargs: Any) -> Any:
            inside.call = True
            try:
                return call(*args, **kwargs)
            finally:
                inside.call = False
        return call_of_a_simulated_system

    registry = app.extensions["ordra_connectors"]
    originals = dict(registry)
    registry.update({name: replace(c, call=marked(c.call)) for name, c in originals.items() if c.kind == "demo"})
    with app.app_context():
        engine = db.engine
    event.listen(engine, "before_cursor_execute", statement)
    event.listen(engine, "after_cursor_execute", first_write)
    event.listen(engine, "commit", commit)
    event.listen(engine, "rollback", rollback)
    event.listen(engine.pool, "checkout", checkout)
    event.listen(Session, "before_flush", flush_begins, insert=True)  # first: the time of every hook counts
    event.listen(Session, "after_flush_postexec", flush_ends)
    request_started.connect(request, app)
    engine_clock = _EngineClock(cost)
    cpu_before = time.process_time()
    try:
        yield cost
    finally:
        cost.cpu_seconds = time.process_time() - cpu_before
        engine_clock.uninstall()
        event.remove(engine, "before_cursor_execute", statement)
        event.remove(engine, "after_cursor_execute", first_write)
        event.remove(engine, "commit", commit)
        event.remove(engine, "rollback", rollback)
        event.remove(engine.pool, "checkout", checkout)
        event.remove(Session, "before_flush", flush_begins)
        event.remove(Session, "after_flush_postexec", flush_ends)
        request_started.disconnect(request, app)
        registry.update(originals)


_CHECKED_OUT = "bench_checked_out"  # (a connection record's info: kept while the connection is in the pool)
_FIRST_WRITE = "bench_first_write"


def through_ordra(app: Any, offerings: dict[str, int], account_id: int, numbers: range, clients: int) -> float:
    """Seconds to run the orders ``numbers`` with ``clients`` people placing and working orders at once (each
    looks at the inbox once the job thread has run what was queued)."""
    def work(n: int) -> None:
        run_fibre_order(app.test_client(), offerings, account_id, n, settled=True)

    started = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        list(pool.map(work, numbers))
    return time.perf_counter() - started


def measure(args: argparse.Namespace, database_url: str | None) -> dict[str, Any]:
    with ExitStack() as stack:
        url = stack.enter_context(scratch_database(database_url)) if database_url else None
        app = stack.enter_context(bench_app(url, JOB_BACKEND=args.jobs))
        return _measured(args, app)


def _measured(args: argparse.Namespace, app: Any) -> dict[str, Any]:
    offerings, account_id = seeded_bundle_parties(app)
    run_fibre_order(app.test_client(), offerings, account_id, 0)  # warms every cache
    with counting(app) as cost:
        run_fibre_order(app.test_client(), offerings, account_id, 1, settled=True)
    # recorded on an order of its own: the recorder's wrappers change which rows the session keeps (the
    # counted order would send a few statements more)
    recorder = Recorder()
    recorder.install()
    run_fibre_order(app.test_client(), offerings, account_id, 2, settled=True)
    recorder.uninstall()
    trace = recorder.trace
    decide = in_memory_decide()
    replay(trace, decide)  # warm-up
    # alternating batches of both, so load from elsewhere on the machine hits both alike
    batches = max(1, args.orders // args.clients)
    memory_s = ordra_s = ordra_cpu_s = 0.0
    for batch in range(batches):
        started = time.perf_counter()
        for _ in range(args.clients):
            replay(trace, decide)
        memory_s += time.perf_counter() - started
        first = 3 + batch * args.clients
        cpu_before = time.process_time()  # the web tier, the job thread and this script's clients
        ordra_s += through_ordra(app, offerings, account_id, range(first, first + args.clients), args.clients)
        ordra_cpu_s += time.process_time() - cpu_before
    ceiling, ordra = batches * args.clients / memory_s, batches * args.clients / ordra_s
    return {"workflows": len(trace.instances), "steps": sum(len(i.steps) for i in trace.instances),
            "ceiling": ceiling, "ordra": ordra, "percent": 100 * ordra / ceiling, "requests": cost.requests,
            "transactions": cost.transactions, "statements": cost.statements,
            "ordra_statements": cost.statements - cost.simulated, "flushes": cost.flushes,
            "flush_ms": 1000 * cost.flush_seconds, "cpu_ms": 1000 * ordra_cpu_s / (batches * args.clients),
            "counted_cpu_ms": 1000 * cost.cpu_seconds, "engine_ms": 1000 * cost.engine_seconds,
            "state_ms": 1000 * (cost.save_seconds + cost.load_seconds),
            "writing_ms": 1000 * cost.writing_seconds,
            "locked_percent": 100 * cost.locked_seconds / cost.writing_seconds if cost.writing_seconds else 0.0}


ROWS = [("ceiling", "SpiffWorkflow alone, in memory (orders/s)", ".1f"),
        ("ordra", "Ordra (orders/s)", ".2f"),
        ("percent", "Ordra, % of the in-memory ceiling", ".1f"),
        ("statements", "SQL statements per order", "d"),
        ("ordra_statements", "  of them Ordra's (not the simulated systems')", "d"),
        ("transactions", "transactions per order", "d"),
        ("flushes", "session flushes that wrote, per order", "d"),
        ("flush_ms", "  ms spent in them (their statements included)", ".0f"),
        ("cpu_ms", "CPU ms per order (this process, all threads)", ".0f"),
        ("counted_cpu_ms", "  the counted order's, alone", ".0f"),
        ("engine_ms", "    of it in the engine adapter's steps", ".0f"),
        ("state_ms", "      of that, saving and loading workflow state", ".0f"),
        ("writing_ms", "  wall ms in its transactions that wrote", ".0f"),
        ("locked_percent", "    % of it after their first write", ".0f"),
        ("requests", "HTTP requests per order", "d")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=30)
    parser.add_argument("--clients", type=int, default=4, help="orders driven at once by this script")
    parser.add_argument("--jobs", default="thread", choices=("thread", "inline"),
                        help="embedded job backend (thread is the default configuration)")
    add_baseline_arguments(parser)
    args = parser.parse_args()
    database_url = os.environ.get("DATABASE_URL")
    before = None
    if args.baseline:
        before = baseline_figures(args.baseline, Path(__file__),
                                  ["--orders", str(args.orders), "--clients", str(args.clients), "--jobs", args.jobs])
    after = measure(args, database_url)
    if args.json:
        print(json.dumps(after))
        return
    where = "PostgreSQL" if database_url else "embedded SQLite"
    print(f"fibre bundle: {after['workflows']} workflows, {after['steps']} user/connector steps per order; "
          f"{args.orders} orders each; Ordra on {where}, {args.jobs} jobs, {args.clients} clients")
    print("one order's requests, transactions and statements are counted (not timed)")
    if before is not None:
        print_comparison(args.baseline, before, after, ROWS)
        return
    for key, label, fmt in ROWS:
        print(f"  {label:<44} {format(after[key], fmt):>10}")


if __name__ == "__main__":
    main()
