"""Configuration: class defaults, then ``instance/config.py``, then the environment.

Environment variables: ``SECRET_KEY``, ``DATABASE_URL`` (any SQLAlchemy URL), ``REDIS_URL``, and any
``ORDRA_<NAME>`` for the other settings (parsed as JSON when possible, e.g. ``ORDRA_JOB_BACKEND=inline``).
"""
from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Any

from flask import Flask

REPO_ROOT = Path(__file__).resolve().parent.parent


class Config:
    SECRET_KEY: str | None = None
    SQLALCHEMY_DATABASE_URI: str | None = None
    REDIS_URL: str | None = None
    # "thread": in-process worker thread (embedded default); "inline": run right after commit in the
    # caller's thread (tests, CLI); "rq": Redis queue consumed by `ordra worker` processes.
    JOB_BACKEND: str | None = None
    RQ_QUEUE = "ordra"
    LOG_FORMAT = "json"  # "json" lines on stderr, or "plain" (Flask's default logging)
    LOG_LEVEL = "INFO"
    SCHEDULER_ENABLED = True
    SCHEDULER_INTERVAL_SECONDS = 1.0
    MAX_CONTENT_LENGTH = 16 * 1024 * 1024
    MODEL_FILE_MAX_BYTES = 2 * 1024 * 1024
    SCRIPT_CPU_SECONDS = 2.0
    ENGINE_MAX_STEPS = 2_000  # engine tasks one instance step may run (a loop's rounds count)
    MULTI_INSTANCE_MAX_ITEMS = 1_000  # instances of one multi-instance task
    SCRIPT_MEMORY_MB = 256  # how much the process may grow while one script or Python cell runs
    DEFINITIONS_DIR = str(REPO_ROOT)
    ALLOW_DEMO_USERS = False  # `ordra demo` and `ordra seed --demo-users` turn it on
    DEMO_CONNECTOR_LATENCY: float | None = None  # seconds; `ordra demo` uses 0.5 when unset
    RECONCILE_AFTER_SECONDS = 30
    # Connector calls one job runs in its transaction: the call it was given and the calls that the steps
    # it runs start, one after another (a chain). 1: one job (and transaction) per call.
    STEP_CHAIN_MAX_CALLS = 100
    JEOPARDY_ENABLED = True  # watches need a deployed `jeopardy_sla` decision as well
    WTF_CSRF_TIME_LIMIT = None
    PASSWORD_HASH_METHOD = "scrypt"
    BASIC_AUTH_CACHE_SECONDS = 60  # HTTP Basic credentials verified lately are not hashed again (0: always)
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    SESSION_COOKIE_SECURE = False  # set ORDRA_SESSION_COOKIE_SECURE=true behind HTTPS (docs/deployment.md)
    HSTS_SECONDS = 0  # > 0 sends Strict-Transport-Security (HTTPS deployments only)
    SESSION_IDLE_MINUTES = 30
    SESSION_MAX_HOURS = 12
    LOGIN_MAX_FAILURES = 5  # per account within LOGIN_WINDOW_MINUTES
    LOGIN_MAX_FAILURES_PER_ADDRESS = 50
    LOGIN_WINDOW_MINUTES = 15
    API_PAGE_SIZE = 50


def load_config(app: Flask, overrides: dict[str, Any] | None) -> None:
    """Fill ``app.config`` from defaults, the instance file, the environment and ``overrides``."""
    app.config.from_object(Config)
    app.config.from_pyfile("config.py", silent=True)
    app.config.from_prefixed_env("ORDRA")
    for env_name, key in (("SECRET_KEY", "SECRET_KEY"), ("DATABASE_URL", "SQLALCHEMY_DATABASE_URI"),
                          ("REDIS_URL", "REDIS_URL")):
        if os.environ.get(env_name):
            app.config[key] = os.environ[env_name]
    app.config.update(overrides or {})
    _fill_derived(app)


def _fill_derived(app: Flask) -> None:
    if not app.config["SQLALCHEMY_DATABASE_URI"]:
        app.config["SQLALCHEMY_DATABASE_URI"] = f"sqlite:///{Path(app.instance_path) / 'ordra.db'}"
    if not app.config["JOB_BACKEND"]:
        app.config["JOB_BACKEND"] = "rq" if app.config["REDIS_URL"] else "thread"
    if not app.config["SECRET_KEY"]:
        app.config["SECRET_KEY"] = _instance_secret(Path(app.instance_path))


def _instance_secret(instance_path: Path) -> str:
    """Return the key kept in ``instance/secret_key``, creating it once so sessions survive restarts."""
    key_file = instance_path / "secret_key"
    if key_file.exists():
        return key_file.read_text().strip()
    key = secrets.token_hex(32)
    key_file.write_text(key)
    key_file.chmod(0o600)
    return key
