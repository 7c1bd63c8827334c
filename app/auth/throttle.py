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
    """Whether any key has reached its limit within the current window (read in the request's session:
    a successful login costs no extra connection)."""
    since = utcnow() - _window()
    limits = dict(keys)
    return any(row.failures >= limits[row.key] and row.window_started_at > since for row in _rows(keys))


def _rows(keys: list[tuple[str, int]]) -> list[LoginThrottle]:
    return list(db.session.scalars(select(LoginThrottle).where(LoginThrottle.key.in_([key for key, _ in keys]))))


def record_failure(keys: list[tuple[str, int]]) -> None:
    """Count a failure, committed at once in a transaction of its own (the failed request is rolled back)."""
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


def check_and_clear(keys: list[tuple[str, int]]) -> bool:
    """:func:`is_blocked`, then :func:`clear` when not blocked, reading the rows once (a remembered credential)."""
    since = utcnow() - _window()
    limits = dict(keys)
    rows = _rows(keys)
    if any(row.failures >= limits[row.key] and row.window_started_at > since for row in rows):
        return True
    for row in rows:
        if row.key.startswith("user:") and row.failures:
            row.failures = 0
    return False


def clear(keys: list[tuple[str, int]]) -> None:
    """Forget an account's failures after a successful login (the address keeps its count); writes only
    when there is something to forget."""
    for row in _rows(keys):
        if row.key.startswith("user:") and row.failures:
            row.failures = 0

