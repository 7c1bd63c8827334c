"""Background work: ``enqueue`` after commit, run by an in-process thread, inline, or RQ workers."""
from app.jobs.queue import enqueue

__all__ = ["enqueue"]
