"""Login throttling per account and per client address (ASVS V2.2).

After ``LOGIN_MAX_FAILURES`` failed logins for one account, or ``LOGIN_MAX_FAILURES_PER_ADDRESS`` from one
address, within ``LOGIN_WINDOW_MINUTES``, further attempts are refused until the window has passed, even
with the right password. Unknown usernames are counted like known ones, so throttling tells nothing about
which accounts exist. Failures are written in a transaction of their own: the request that failed is rolled
back (401), and its count must stay.
"""
from __future__ import annotations

import hashlib
from datetime import timedelta
from typing import Any

from flask import current_app
from sqlalchemy import ColumnElement
from sqlalchemy import bindparam
from sqlalchemy import exists
from sqlalchemy import insert
from sqlalchemy import or_
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
    name = username.strip().lower()[:150]
    if not name.isprintable():  # a NUL (HTTP Basic "AAAA") in the key: PostgreSQL refused the look-up, a 500
        name = "#" + hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()
    keys = [(f"user:{name}", config["LOGIN_MAX_FAILURES"])]
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


def _over_limit(index: int) -> ColumnElement[bool]:
    key = LoginThrottle.key == bindparam(f"throttle_key_{index}")
    return exists().where(key, LoginThrottle.failures >= bindparam(f"throttle_limit_{index}"),
                          LoginThrottle.window_started_at > bindparam("throttle_since"))


# :func:`is_blocked`, and whether :func:`clear` has anything to forget, as two columns a query loading the user
# adds (a remembered Basic credential costs one statement); built once: building a statement in SQLAlchemy
# costs more than running it.
BLOCKED = or_(_over_limit(0), _over_limit(1)).label("throttle_blocked")
TO_FORGET = exists().where(LoginThrottle.key == bindparam("throttle_key_0"), LoginThrottle.failures > 0
                           ).label("throttle_to_forget")


def state_params(keys: list[tuple[str, int]]) -> dict[str, Any]:
    """The parameters of :data:`BLOCKED` and :data:`TO_FORGET` for ``keys`` (the account's key first)."""
    (account, account_limit), (address, address_limit) = keys[0], keys[-1]  # no address: the account twice
    return {"throttle_key_0": account, "throttle_limit_0": account_limit, "throttle_key_1": address,
            "throttle_limit_1": address_limit, "throttle_since": utcnow() - _window()}


def clear(keys: list[tuple[str, int]]) -> None:
    """Forget an account's failures after a successful login (the address keeps its count); writes only
    when there is something to forget."""
    for row in _rows(keys):
        if row.key.startswith("user:") and row.failures:
            row.failures = 0

