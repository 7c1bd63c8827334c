"""WSGI entry point: ``gunicorn 'wsgi:app'`` (or ``flask --app wsgi``)."""
from app import create_app
from app.jobs.scheduler import start_scheduler

app = create_app()

if app.config["JOB_BACKEND"] == "thread" and app.config["SCHEDULER_ENABLED"]:
    # Embedded default: this process is also the job runner and the clock. With REDIS_URL set,
    # `ordra worker` processes do both instead.
    start_scheduler(app)
