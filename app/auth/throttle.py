"""Login throttling per account and per client address (ASVS V2.2).

After ``LOGIN_MAX_FAILURES`` failed logins for one account, or ``LOGIN_MAX_FAILURES_PER_ADDRESS`` from one
address, within ``LOGIN_WINDOW_MINUTES``, further attempts are refused until the window has passed, even
with the right password. Unknown usernames are counted like known ones, so throttling tells nothing about
which accounts exist. Failures are written in a transaction of their own: the request that failed is rolled
back (401), and its count must stay.
"""
from __future__ import annotations

from datetime import timedelta

from flask import current_app
from sqlalchemy import insert
from sqlalchemy import select
from sqlalchemy import update
from sqlalchemy.exc import IntegrityError

from app.auth.models import LoginThrottle
from app.database import utcnow
from app.extensions import db

_TABLE = LoginThrottle.__table__


def keys_for(username: str, address: str | None) -> list[tuple[str, int]]:
    """The throttle keys of an attempt with the failure limit of each."""
    config = current_app.config
    keys = [(f"user:{username.strip().lower()[:150]}", config["LOGIN_MAX_FAILURES"])]
    if address:
        keys.append((f"addr:{address[:150]}", config["LOGIN_MAX_FAILURES_PER_ADDRESS"]))
    return keys


def _window() -> timedelta:
    return timedelta(minutes=current_app.config["LOGIN_WINDOW_MINUTES"])


def is_blocked(keys: list[tuple[str, int]]) -> bool:
    """Whether any key has reached its limit within the current window."""
    since = utcnow() - _window()
    with db.engine.connect() as connection:
        rows = connection.execute(select(_TABLE.c.key, _TABLE.c.failures, _TABLE.c.window_started_at)
                                  .where(_TABLE.c.key.in_([key for key, _ in keys]))).all()
    limits = dict(keys)
    return any(failures >= limits[key] and started > since for key, failures, started in rows)


def record_failure(keys: list[tuple[str, int]]) -> None:
    now = utcnow()
    since = now - _window()
    with db.engine.begin() as connection:
        for key, _ in keys:
            row = connection.execute(select(_TABLE.c.failures, _TABLE.c.window_started_at)
                                     .where(_TABLE.c.key == key)).first()
            if row is None:
                try:
                    with connection.begin_nested():
                        connection.execute(insert(_TABLE).values(key=key, failures=1, window_started_at=now))
                    continue
                except IntegrityError:  # a concurrent failure inserted it first: count on it
                    row = connection.execute(select(_TABLE.c.failures, _TABLE.c.window_started_at)
                                             .where(_TABLE.c.key == key)).one()
            if row.window_started_at <= since:
                values = {"failures": 1, "window_started_at": now}
            else:
                values = {"failures": _TABLE.c.failures + 1}
            connection.execute(update(_TABLE).where(_TABLE.c.key == key).values(**values))


def clear(keys: list[tuple[str, int]]) -> None:
    """Forget an account's failures after a successful login (the address keeps its count)."""
    account_keys = [key for key, _ in keys if key.startswith("user:")]
    with db.engine.begin() as connection:
        connection.execute(update(_TABLE).where(_TABLE.c.key.in_(account_keys)).values(failures=0))

