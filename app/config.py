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


class ConfigError(ValueError):
    """A setting is wrong; the message names it. Start-up stops (``ordra`` says so and exits 2)."""


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
    IMPORT_FILE_MAX_BYTES = 64 * 1024 * 1024  # a file `ordra orders import` reads (the import page: MAX_CONTENT_LENGTH)
    SCRIPT_CPU_SECONDS = 2.0
    MODEL_TESTS_CPU_SECONDS = 3.0  # CPU time the saved test cases one validate, deploy or run replays share
    ENGINE_INLINE_STEPS = 500  # engine tasks a request (or any step) runs; the rest goes to background jobs
    ENGINE_JOB_STEPS = 5_000  # engine tasks one background job runs before handing on to the next job
    ENGINE_MAX_STEPS = 50_000  # engine tasks one run between two wait states may take (a loop's rounds count)
    MULTI_INSTANCE_MAX_ITEMS = 20_000  # instances of one multi-instance task
    ORDER_MAX_ITEMS = 100  # items of one order at every door (bigger orders: `ordra orders import`)
    SCRIPT_MEMORY_MB = 256  # how much the process may grow while one script or Python cell runs
    DEFINITIONS_DIR = str(REPO_ROOT)
    ALLOW_DEMO_USERS = False  # `ordra demo` and `ordra seed --demo-users` turn it on
    DEMO_CONNECTOR_LATENCY: float | None = None  # seconds; `ordra demo` uses 0.5 when unset
    DEMO_CONNECTORS = False  # the simulated systems (`ordra demo` turns them on); never in production
    # The real systems: connector name -> REST endpoint settings (app/connectors/rest.py), e.g. from
    # ORDRA_CONNECTORS='{"provisioning/activate": {"url": "https://...", "timeout": 10, "retries": 2}}'
    CONNECTORS: dict[str, Any] = {}
    RECONCILE_AFTER_SECONDS = 30
    CONNECTOR_CLAIM_SECONDS = 300  # a claimed connector call not recorded by then is made again (same key)
    # With ``ordra worker`` processes (RQ): a claim older than this that no queued job, nor job running on a live
    # worker, holds lapses at the reconciler's next pass (a killed worker's calls are made again in about a minute)
    CONNECTOR_CLAIM_GRACE_SECONDS = 60
    # Connector calls one job runs in its transaction: the call it was given and the calls that the steps
    # it runs start, one after another (a chain). 1: one job (and transaction) per call.
    STEP_CHAIN_MAX_CALLS = 100
    # Ordra's own steps (``ordra/*`` connectors) a request (or any unit of work outside a chain) runs before it
    # commits, in the transaction that started them; the rest, and every call to another system, go to jobs.
    # 0: all to jobs.
    COMMIT_CHAIN_MAX_CALLS = 10
    JEOPARDY_ENABLED = True  # watches need a deployed `jeopardy_sla` decision as well
    # When SLAs on the business clock run (the `jeopardy_sla` decision's `clock` output; app/jeopardy/calendar.py),
    # e.g. ORDRA_BUSINESS_HOURS='{"timezone": "Europe/London", "days": ["Mon", "Tue", "Wed", "Thu", "Fri"],
    # "hours": "09:00-17:30", "holidays": ["2026-12-25", "2026-12-28"]}'
    BUSINESS_HOURS: dict[str, Any] = {"timezone": "UTC", "days": ["Mon", "Tue", "Wed", "Thu", "Fri"],
                                      "hours": "09:00-17:00", "holidays": []}
    WTF_CSRF_TIME_LIMIT = None
    PASSWORD_HASH_METHOD = "scrypt"
    # Answers about deployed models and the catalog one process keeps across transactions (app/shared_cache.py)
    MODEL_CACHE_ENTRIES = 1024
    BASIC_AUTH_CACHE_SECONDS = 60  # HTTP Basic credentials verified lately are not hashed again (0: always)
    # An API token's "last used" is written at most once per this many seconds (0: on every use): a write per
    # bearer request would queue them all on SQLite's one write lock, and to the minute is all a person checks
    API_TOKEN_USE_RECORD_SECONDS = 300
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    SESSION_COOKIE_SECURE = False  # set ORDRA_SESSION_COOKIE_SECURE=true behind HTTPS (docs/deployment.md)
    HSTS_SECONDS = 0  # > 0 sends Strict-Transport-Security (HTTPS deployments only)
    API_TOKEN_MAX_DAYS = 365  # the longest expiry a new API token may be given (none: until revoked)
    SESSION_IDLE_MINUTES = 30
    SESSION_MAX_HOURS = 12
    LOGIN_MAX_FAILURES = 5  # per account within LOGIN_WINDOW_MINUTES
    LOGIN_MAX_FAILURES_PER_ADDRESS = 50
    LOGIN_WINDOW_MINUTES = 15
    API_PAGE_SIZE = 50
    # TMF622: a customer relatedParty whose id no account has (as id or external id) gets a new account
    CREATE_ACCOUNTS_FOR_UNKNOWN_PARTIES = False
    TMF_PUBLIC_URL = "http://localhost"  # the root of TMF hrefs in events sent outside a request
    # TMF hub callbacks: private, loopback and link-local addresses are refused unless allowed (`ordra demo`)
    TMF_HUB_ALLOW_PRIVATE_CALLBACKS = False
    TMF_HUB_TIMEOUT_SECONDS = 5.0
    TMF_HUB_MAX_ATTEMPTS = 8  # then a delivery is marked failed and the next event of the resource goes
    TMF_HUB_BACKOFF_SECONDS = 5.0  # doubles after each failed attempt
    # Processes Ordra starts itself for an order (fnmatch patterns; ORDER_PROCESS_ID is added): the order process,
    # a customer's request, a revision's approval, the domain orders' plans and their generated compensation
    # processes (the plans the deployed decomposition decision names count too, whatever their names). The
    # Instances page and the API start them by hand only for a process admin.
    SYSTEM_STARTED_PROCESSES = ("customer_order", "customer_request", "revision_approval", "plan_*", "*.compensation")
    CURRENCY = "GBP"  # ISO 4217: the price list's currency (new prices and orders) and the approval limit's
    # Discounts above these need an order manager's approval: a share of one charge, a sum per order (CURRENCY).
    APPROVAL_MAX_DISCOUNT_PERCENT = 20
    APPROVAL_MAX_DISCOUNT_PER_ORDER = 100
    # A product's contract runs for the months its line's characteristic of this name says (the catalog's),
    # else this many months when it has a recurring charge (none without one).
    CONTRACT_TERM_CHARACTERISTIC = "contract_term"
    CONTRACT_DEFAULT_TERM_MONTHS = 12
    # An order's site is the first line characteristic of this name (the catalog's); its value is a fact of the
    # order and of every domain order. A revision that moves the site asks this decision again with it (empty:
    # it does not), and is refused when the decision's refusal output is true (the rules do not know the site:
    # a person would have to enter its details).
    SITE_CHARACTERISTIC = "site_postcode"
    SITE_ENRICHMENT_DECISION = "enrichment_site"
    SITE_ENRICHMENT_REFUSAL_OUTPUT = "technical_details_needed"


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
