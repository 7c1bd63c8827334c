"""Which connector-call claims live work still holds, on the scale-out backend (RQ).

A claim (``ServiceCall.claimed_at``) belongs to the one job that makes the call. When that job's worker is killed,
the claim would stay until ``CONNECTOR_CLAIM_SECONDS`` passed; the reconciler instead asks here which claims older
than ``CONNECTOR_CLAIM_GRACE_SECONDS`` some live work could still hold, and lets the others lapse at once.

Each ``ordra worker`` keeps a short-lived key in Redis (:class:`Heartbeat`). RQ's own worker heartbeat cannot stand
in for it: a ``SimpleWorker`` runs its job in the thread that would beat, and sets its key to live for the job's
timeout plus a minute before it starts the job, so a worker killed in a call looks alive for minutes.
"""
from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from redis import Redis
from rq import Queue
from rq.intermediate_queue import IntermediateQueue
from rq.job import Job as RQJob
from rq.registry import StartedJobRegistry
from rq.utils import parse_composite_key

ALIVE_SECONDS = 15  # a killed worker's key is gone this long after its last beat
BEAT_SECONDS = 5


def alive_key(worker_name: str) -> str:
    return f"ordra:alive:{worker_name}"


class Heartbeat:
    """A daemon thread that keeps :func:`alive_key` of one worker in Redis while its process lives."""

    def __init__(self, connection: Redis, worker_name: str) -> None:
        self.connection = connection
        self.key = alive_key(worker_name)
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._beat, name="ordra-alive", daemon=True)

    def start(self) -> None:
        self.connection.set(self.key, 1, ex=ALIVE_SECONDS)  # alive before its first job is taken
        self._thread.start()

    def stop(self) -> None:
        self._stopped.set()
        self.connection.delete(self.key)

    def _beat(self) -> None:
        while not self._stopped.wait(BEAT_SECONDS):
            try:
                self.connection.set(self.key, 1, ex=ALIVE_SECONDS)
            except Exception:  # noqa: BLE001 (Redis away for a moment: the next beat tries again)
                continue


@dataclass(frozen=True)
class LiveWork:
    """The claims live work holds, as read from Redis at one moment.

    ``handed``: (call id, claim time) of every call a job waiting in the queue, or running on a live worker, was
    handed with its claim (its ``call_id`` and ``wave``, claimed at its ``claimed``). ``running_since``: when the
    earliest job now running on a live worker started (None: none runs). A running job also claims the calls its
    chain's steps start, after it started, and those are named nowhere: every claim made since it started may be
    one of them, so all are held (a job running longer than the grace is rare; its claims keep their lease).
    """
    handed: frozenset[tuple[int, datetime]] = frozenset()
    running_since: datetime | None = None

    def holds(self, call_id: int, claimed_at: datetime) -> bool:
        if (call_id, claimed_at) in self.handed:
            return True
        return self.running_since is not None and claimed_at >= self.running_since


def live_work(queue: Queue) -> LiveWork:
    """Read what the jobs of ``queue`` hold: three round trips (job ids, the jobs, their workers' keys).

    The ids of the queued, taken (RQ's intermediate list) and started jobs are read in one transaction, so a job
    moving from one to the next is seen in one of them. Every queued job is read (a backlog of thousands is a few
    megabytes): only the reconciler asks, once a pass, and only when it found claims older than the grace."""
    connection = queue.connection
    registry = StartedJobRegistry(queue=queue)
    with connection.pipeline(transaction=True) as pipeline:
        pipeline.lrange(queue.key, 0, -1)
        pipeline.lrange(IntermediateQueue.get_intermediate_queue_key(queue.key), 0, -1)
        pipeline.zrange(registry.key, 0, -1)  # (read as is: RQ's own cleanup of the registry re-enqueues jobs)
        queued, taken, started = pipeline.execute()
    waiting = [_text(job_id) for job_id in [*queued, *taken]]
    running = [parse_composite_key(_text(entry))[0] for entry in started]
    jobs = RQJob.fetch_many([*waiting, *running], connection=connection, serializer=queue.serializer)
    waiting_jobs = [job for job in jobs[:len(waiting)] if job is not None]
    running_jobs = [job for job in jobs[len(waiting):] if job is not None]
    alive = _alive(connection, {job.worker_name for job in running_jobs if job.worker_name})
    # (a job without a worker's name is being taken: RQ names its worker a moment after it lists it as started)
    live = [job for job in running_jobs if job.worker_name is None or job.worker_name in alive]
    return LiveWork(handed=frozenset(_handed([*waiting_jobs, *live])),
                    running_since=min((job.started_at for job in live if job.started_at), default=None))


def _alive(connection: Redis, worker_names: set[str]) -> set[str]:
    names = sorted(worker_names)
    found = connection.mget([alive_key(name) for name in names]) if names else []
    return {name for name, value in zip(names, found) if value is not None}


def _handed(jobs: Iterable[RQJob]) -> Iterable[tuple[int, datetime]]:
    """(call id, claim time) of each call the ``run_service_call`` jobs among ``jobs`` were handed claimed."""
    for job in jobs:
        try:
            name, kwargs = job.args
        except Exception:  # noqa: BLE001 (not a job of Ordra's: it holds no claim)
            continue
        if name == "run_service_call" and kwargs.get("claimed"):
            claimed = datetime.fromisoformat(kwargs["claimed"])
            for call_id in [kwargs["call_id"], *(kwargs.get("wave") or [])]:
                yield int(call_id), claimed


def _text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value
