"""Background work: ``enqueue`` after commit, run by an in-process thread, inline, or RQ workers."""
from app.jobs.queue import enqueue
from app.jobs.queue import recheck_at

__all__ = ["enqueue", "recheck_at"]
