"""Background work: ``queue`` enqueues after commit and runs jobs (in-process thread, inline, or RQ
workers through ``rq_backend``); ``scheduler`` is the clock that finds due and lost work."""
