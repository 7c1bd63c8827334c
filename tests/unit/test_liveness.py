"""Which connector-call claims live work holds (app/jobs/liveness.py): the claims a waiting or running job was
handed, and every claim made since the earliest job running on a live worker started."""
from __future__ import annotations

from datetime import UTC
from datetime import datetime
from datetime import timedelta

from redis import Redis
from rq.job import Job as RQJob
from rq.serializers import JSONSerializer

from app.jobs.liveness import LiveWork
from app.jobs.liveness import _handed

T = datetime(2026, 12, 7, 2, 0, tzinfo=UTC)


def rq_job(name: str, **kwargs: object) -> RQJob:
    return RQJob.create("app.jobs.rq_backend.perform", args=(name, kwargs), serializer=JSONSerializer,
                        connection=Redis())  # (never saved: the client connects on its first command only)


def test_a_job_holds_the_claims_it_was_handed_and_only_at_their_claim_time() -> None:
    live = LiveWork(handed=frozenset(_handed([rq_job("run_service_call", call_id=1, wave=[2, 3],
                                                     claimed=T.isoformat())])))
    assert [live.holds(call_id, T) for call_id in (1, 2, 3, 4)] == [True, True, True, False]
    assert not live.holds(1, T + timedelta(microseconds=1))  # claimed afresh since, by a job that is gone
    assert not live.holds(1, T - timedelta(seconds=1))


def test_a_job_without_a_claim_holds_none() -> None:
    """The reconciler's copies and other jobs name calls, but were handed no claim: a dead worker's claim on
    those calls is not kept alive by them (the copy itself is what makes the call once the claim lapses)."""
    jobs = [rq_job("run_service_call", call_id=1), rq_job("fire_timers", instance_id=1),
            rq_job("run_service_call", call_id=2, claimed=None)]
    assert list(_handed(jobs)) == []
    assert not LiveWork(handed=frozenset(_handed(jobs))).holds(1, T)


def test_a_job_running_on_a_live_worker_holds_every_claim_made_since_it_started() -> None:
    """A chain claims the calls its steps start as it goes, named by no job: any claim since the earliest running
    job started may be its."""
    live = LiveWork(running_since=T)
    assert live.holds(7, T) and live.holds(7, T + timedelta(minutes=5))
    assert not live.holds(7, T - timedelta(seconds=1))


def test_nothing_live_holds_nothing() -> None:
    assert not LiveWork().holds(1, T)
