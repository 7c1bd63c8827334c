"""Creating users, checking credentials and issuing API tokens."""
from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from datetime import timedelta
from functools import cache
from typing import Any

from flask import current_app
from sqlalchemy import Select
from sqlalchemy import bindparam
from sqlalchemy import or_
from sqlalchemy import select
from sqlalchemy import update
from sqlalchemy.orm import joinedload
from sqlalchemy.orm import selectinload
from werkzeug.security import check_password_hash
from werkzeug.security import generate_password_hash

from app.auth import sessions
from app.auth import throttle
from app.auth.models import ApiToken
from app.auth.models import User
from app.auth.models import UserRole
from app.auth.roles import ROLES
from app.database import utcnow
from app.database import write_after_unit
from app.errors import Conflict
from app.errors import Invalid
from app.errors import NotFound
from app.errors import TooManyAttempts
from app.extensions import db
from app.shared_cache import note_generation
from app.shared_cache import with_generation
from app.validation import DB_INT_MAX
from app.validation import check_text

log = logging.getLogger(__name__)
MIN_PASSWORD_LENGTH = 8
USERNAME_MAX = 80  # users.username
DISPLAY_NAME_MAX = 200  # users.display_name
TOKEN_NAME_MAX = 100  # api_tokens.name

DEMO_USERS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("admin", "Process Admin", ("process_admin",)),
    ("agent", "Olivia Agent", ("order_agent",)),
    ("fulfiller", "Frank Fulfiller", ("fulfillment_agent",)),
    ("omanager", "Mona Manager", ("order_manager",)),
    ("approver", "Arthur Approver", ("order_approver",)),
    ("fmanager", "Fiona Fulfillment-Manager", ("fulfillment_manager",)),
    ("fallout", "Felix Fallout", ("fallout_agent",)),
    ("falloutmgr", "Fay Fallout-Manager", ("fallout_manager",)),
    ("alice", "Alice (Acme Ltd)", ("customer",)),
    ("bob", "Bob (Bravo plc)", ("customer",)),
)


def create_user(username: str, password: str, roles: Iterable[str], *, display_name: str = "",
                min_password: int = MIN_PASSWORD_LENGTH) -> User:
    """Create a user with ``roles``. Only the demo's users take a shorter password (the README's ``demo``).

    :raises Invalid: an unknown role, an empty username or a password under ``min_password`` characters.
    :raises Conflict: the username is taken.
    """
    roles = sorted(set(roles))
    errors = [{"field": "roles", "message": f"unknown role {r!r}; known: {', '.join(ROLES)}"}
              for r in roles if r not in ROLES]
    if not username.strip():
        errors.append({"field": "username", "message": "a username is required"})
    errors += _text_problems(username=(username, USERNAME_MAX), display_name=(display_name, DISPLAY_NAME_MAX))
    if len(password) < min_password:
        errors.append({"field": "password", "message": f"at least {min_password} characters"})
    if errors:
        raise Invalid(errors=errors)
    if find_user(username) is not None:
        raise Conflict(f"user {username!r} already exists")
    user = User(username=username.strip(), display_name=display_name or username)
    user.set_password(password, current_app.config["PASSWORD_HASH_METHOD"])
    user.role_rows = [UserRole(role=r) for r in roles]
    db.session.add(user)
    db.session.flush()
    return user


def find_user(username: str) -> User | None:
    """The user named ``username``; None without a query for a name no account can have (PostgreSQL refused
    a NUL in the look-up: a traceback from ``ordra users token 'a\x00b'``)."""
    if _text_problems(username=(username, USERNAME_MAX)):
        return None
    return db.session.scalar(select(User).where(User.username == username))


def _text_problems(**fields: tuple[str, int]) -> list[dict[str, str]]:
    """Field errors of texts (each given with its column's length) the columns cannot hold: too long, or with
    control characters (a NUL) or lone surrogates, which PostgreSQL refused (a traceback, not a message)."""
    problems = []
    for field, (value, max_chars) in fields.items():
        try:
            check_text(value, field, max_chars)
        except Invalid as exc:
            problems += exc.errors
    return problems


def authenticate(username: str, password: str, address: str | None = None) -> User | None:
    """Return the active user with these credentials, or None.

    Takes as long for an unknown username as for a known one (a password hash is checked either way),
    and counts failures per account and per ``address`` (see ``app.auth.throttle``).
    :raises TooManyAttempts: the account or the address has failed too often lately.
    """
    keys = throttle.keys_for(username, address)
    blocked = throttle.is_blocked(keys)
    user = find_user(username)
    password_ok = check_password_hash(user.password_hash if user is not None else _dummy_hash(), password)
    if blocked:
        raise TooManyAttempts(f"too many failed logins; try again in {current_app.config['LOGIN_WINDOW_MINUTES']} "
                              "minutes")
    if user is None or not user.active or not password_ok:
        throttle.record_failure(keys)
        return None
    throttle.clear(keys)
    return user


def confirm_password(user: User, password: str, address: str | None = None) -> None:
    """Check the password of the signed-in ``user`` again, before something a stolen session must not do alone
    (issuing an API token, which would outlive the session's logout).

    :raises Invalid: a wrong password (counted as a failed login). :raises TooManyAttempts: as :func:`authenticate`.
    """
    if authenticate(user.username, password, address) is None:
        raise Invalid(errors=[{"field": "password", "message": "wrong password"}])


@dataclass(frozen=True)
class _Verified:
    user_id: int
    password_hash: str  # the stored hash the password was checked against
    until: float  # time.monotonic()


# HTTP Basic credentials checked lately, by an HMAC of them (never the password itself): a password hash
# is deliberately slow (scrypt: ~100 ms), and an API client sends the same credentials on every request.
_verified: OrderedDict[str, _Verified] = OrderedDict()
_verified_lock = threading.Lock()
_VERIFIED_MAX = 1024


def authenticate_api(username: str, password: str, address: str | None = None) -> User | None:
    """:func:`authenticate` for HTTP Basic, remembering verified credentials for ``BASIC_AUTH_CACHE_SECONDS``.

    A remembered credential still needs its user active and the stored password hash unchanged (a password
    change or a deactivation ends it at once, in every process), and the login throttle still applies.
    """
    seconds = current_app.config["BASIC_AUTH_CACHE_SECONDS"]
    key = hmac.new(current_app.config["SECRET_KEY"].encode(), f"{username}\0{password}".encode(),
                   hashlib.sha256).hexdigest()
    with _verified_lock:
        known = _verified.get(key) if seconds > 0 else None  # 0 turns remembering off, for what was remembered too
    if known is not None and known.until > time.monotonic():
        keys = throttle.keys_for(username, address)
        user, blocked, to_forget = _remembered_user(known.user_id, keys)
        if user is not None and user.active and user.password_hash == known.password_hash:
            if blocked:
                raise TooManyAttempts(f"too many failed logins; try again in "
                                      f"{current_app.config['LOGIN_WINDOW_MINUTES']} minutes")
            if to_forget:
                throttle.clear(keys)
            return user
        with _verified_lock:
            _verified.pop(key, None)
    user = authenticate(username, password, address)
    if user is not None and seconds > 0:
        with _verified_lock:
            _verified[key] = _Verified(user.id, user.password_hash, time.monotonic() + seconds)
            while len(_verified) > _VERIFIED_MAX:
                _verified.popitem(last=False)
    return user


@cache
def _remembered_user_query() -> Select[Any]:
    """Built once (building a statement costs SQLAlchemy more than running this one)."""
    return with_generation(select(User, throttle.BLOCKED, throttle.TO_FORGET).where(User.id == bindparam("user_id"))
                           .options(joinedload(User.role_rows)))


def _remembered_user(user_id: int, keys: list[tuple[str, int]]) -> tuple[User | None, bool, bool]:
    """The user with their roles, whether the throttle blocks ``keys`` and whether the account has failures
    to forget, in one query (with the model generation the request's steps will ask for)."""
    row = db.session.execute(_remembered_user_query(), {"user_id": user_id, **throttle.state_params(keys)}
                             ).unique().first()
    if row is None:
        return None, False, False
    note_generation(row[3])
    return row[0], bool(row[1]), bool(row[2])


_DUMMY_HASHES: dict[str, str] = {}


def _dummy_hash() -> str:
    """A hash made like real ones, checked when the username is unknown so the answer takes as long."""
    method = current_app.config["PASSWORD_HASH_METHOD"]
    if method not in _DUMMY_HASHES:
        _DUMMY_HASHES[method] = generate_password_hash(secrets.token_hex(16), method=method)
    return _DUMMY_HASHES[method]


def change_password(username: str, password: str) -> User:
    """Set a new password, end the user's browser sessions and revoke their API tokens.

    A password is changed because it may have leaked; a token issued with it must not outlive it either.
    :raises NotFound: no such user. :raises Invalid: a password under 8 characters.
    """
    user = _user(username)
    if len(password) < MIN_PASSWORD_LENGTH:
        raise Invalid(errors=[{"field": "password", "message": f"at least {MIN_PASSWORD_LENGTH} characters"}])
    user.set_password(password, current_app.config["PASSWORD_HASH_METHOD"])
    _end_credentials(user.id)
    return user


def deactivate(username: str) -> User:
    """Stop a user from logging in: no new logins, their sessions end, their tokens are revoked."""
    user = _user(username)
    user.active = False
    _end_credentials(user.id)
    return user


def _end_credentials(user_id: int) -> None:
    """End every browser session of ``user_id`` and revoke every API token of theirs."""
    sessions.end_all(user_id)
    now = utcnow()
    for token in db.session.scalars(select(ApiToken).where(ApiToken.user_id == user_id,
                                                           ApiToken.revoked_at.is_(None))):
        token.revoked_at = now


def _user(username: str) -> User:
    user = find_user(username)
    if user is None:
        raise NotFound(f"no user {username!r}")
    return user


def issue_token(username: str, *, name: str = "cli", expires_days: int | None = None, roles: Iterable[str] = (),
                actor_id: int | None = None) -> str:
    """Create a bearer token for ``username`` and return it (only its hash is stored): the command line's way,
    by username; see :func:`issue_token_for`.

    :raises NotFound: no such user. :raises Invalid: as :func:`issue_token_for`.
    """
    return issue_token_for(_user(username), name=name, expires_days=expires_days, roles=roles,
                           actor_id=actor_id).secret


@dataclass(frozen=True)
class IssuedToken:
    row: ApiToken
    secret: str  # the token itself: shown once, never stored


def issue_token_for(user: User, *, name: str, expires_days: int | None = None, roles: Iterable[str] = (),
                    actor_id: int | None = None) -> IssuedToken:
    """Create a bearer token for ``user``; it stops working after ``expires_days`` when given, and may use only
    ``roles`` of the roles ``user`` counts here (none given: all of their roles, whatever they hold later).

    ``actor_id`` is who issued it (None: the command line), for the security log.
    :raises Invalid: an empty name or one over ``TOKEN_NAME_MAX`` characters, an expiry outside 1 to
        ``API_TOKEN_MAX_DAYS`` days, or a role ``user`` does not hold; every such field at once.
    """
    name = name.strip()
    wanted = sorted(set(roles))
    errors = [*_name_errors(name), *_expiry_errors(expires_days), *_scope_errors(user, wanted)]
    if errors:
        raise Invalid(errors=errors)
    secret = secrets.token_urlsafe(32)
    expires_at = utcnow() + timedelta(days=expires_days) if expires_days is not None else None
    row = ApiToken(user_id=user.id, name=name, token_hash=ApiToken.hash(secret), expires_at=expires_at,
                   roles=wanted or None)
    db.session.add(row)
    db.session.flush()
    _log_token_event("API token issued", row, user, actor_id)
    return IssuedToken(row, secret)


def _name_errors(name: str) -> list[dict[str, str]]:
    if not name:
        return [{"field": "name", "message": "a name is required: it tells your tokens apart"}]
    return _text_problems(name=(name, TOKEN_NAME_MAX))


def _expiry_errors(expires_days: int | None) -> list[dict[str, str]]:
    most = current_app.config["API_TOKEN_MAX_DAYS"]
    if expires_days is None or 1 <= expires_days <= most:
        return []
    return [{"field": "expires_days", "message": f"a whole number of days from 1 to {most}, or none: until revoked"}]


def _scope_errors(user: User, wanted: list[str]) -> list[dict[str, str]]:
    """A role ``user`` does not hold (a token never carries more than its user may do)."""
    held = ", ".join(sorted(user.roles)) or "none"
    return [{"field": "roles", "message": f"unknown role {role!r}; known: {', '.join(ROLES)}" if role not in ROLES
             else f"{user.username} does not have the role {role!r} (their roles: {held})"}
            for role in wanted if role not in user.roles]


def list_tokens(username: str) -> list[ApiToken]:
    """Every token of ``username``, revoked and expired ones too, oldest first. :raises NotFound: no such user."""
    return list(db.session.scalars(select(ApiToken).where(ApiToken.user_id == _user(username).id)
                                   .order_by(ApiToken.id)))


def get_token(token_id: int, *, owner_id: int | None = None) -> ApiToken:
    """The token ``token_id``; ``owner_id`` given: only if it is that user's.

    :raises NotFound: no token with this id, or (with ``owner_id``) another user's: it is not theirs to know of.
    """
    row = db.session.get(ApiToken, token_id) if 1 <= token_id <= DB_INT_MAX else None  # beyond: PostgreSQL raised
    if row is None or (owner_id is not None and row.user_id != owner_id):
        raise NotFound(f"no token {token_id}")
    return row


def revoke_token(token_id: int, *, owner_id: int | None = None, actor_id: int | None = None) -> ApiToken:
    """Revoke a token at once (a revoked one stays as it was); ``owner_id`` given: only a token of that user.

    ``actor_id`` is who revoked it (None: the command line), for the security log.
    :raises NotFound: as :func:`get_token`.
    """
    row = get_token(token_id, owner_id=owner_id)
    if row.revoked_at is None:
        row.revoked_at = utcnow()
        _log_token_event("API token revoked", row, row.user, actor_id)
    return row


def users_with_working_tokens() -> list[tuple[User, list[ApiToken]]]:
    """Every user (by username) with their tokens that still work: neither revoked nor expired, oldest first."""
    now = utcnow()
    users = db.session.scalars(select(User).options(selectinload(User.role_rows)).order_by(User.username))
    working = db.session.scalars(select(ApiToken).where(ApiToken.revoked_at.is_(None))
                                 .where((ApiToken.expires_at.is_(None)) | (ApiToken.expires_at > now))
                                 .order_by(ApiToken.id))
    by_user: dict[int, list[ApiToken]] = {}
    for row in working:
        by_user.setdefault(row.user_id, []).append(row)
    return [(user, by_user.get(user.id, [])) for user in users]


def token_json(row: ApiToken) -> dict[str, Any]:
    """A token as the API and pages describe it: never the token itself (only its hash is stored)."""
    return {"id": row.id, "name": row.name, "roles": sorted(row.scope) if row.scope is not None else None,
            "created_at": row.created_at.isoformat(), "status": row.status(utcnow()),
            "expires_at": row.expires_at.isoformat() if row.expires_at else None,
            "revoked_at": row.revoked_at.isoformat() if row.revoked_at else None,
            "last_used_at": row.last_used_at.isoformat() if row.last_used_at else None}


def _log_token_event(event: str, row: ApiToken, user: User, actor_id: int | None) -> None:
    """Issuing and revoking are security events: who did it to whose token, never the token itself."""
    actor = db.session.get(User, actor_id) if actor_id is not None else None
    log.info(event, extra={"token_id": row.id, "token_name": row.name, "user": user.username,
                           "actor": actor.username if actor is not None else "command line",
                           "roles": row.roles, "expires_at": row.expires_at})


@cache
def _token_query() -> Select[Any]:
    """Built once, like :func:`_remembered_user_query`."""
    return with_generation(select(ApiToken).where(ApiToken.token_hash == bindparam("token_hash"))
                           .options(joinedload(ApiToken.user).joinedload(User.role_rows)))


def user_for_token(token: str) -> User | None:
    """The active user of a token that is neither revoked nor expired, limited to the token's roles (token,
    user and roles in one query, with the model generation).

    The user's roles are read with the token, so the scope is always cut down to the roles they hold today.
    """
    found = db.session.execute(_token_query(), {"token_hash": ApiToken.hash(token)}).unique().one_or_none()
    if found is None:
        return None
    row: ApiToken = found[0]
    note_generation(found[1])
    if not row.user.active or row.revoked_at is not None:
        return None
    now = utcnow()
    if row.expires_at is not None and row.expires_at <= now:
        return None
    _note_use(row, now)
    row.user.limit_roles(row.scope)
    return row.user


def _note_use(row: ApiToken, now: datetime) -> None:
    """Have the token's use recorded, unless one within ``API_TOKEN_USE_RECORD_SECONDS`` is (so most requests
    with a token write nothing); after the request's unit of work, in a transaction of its own.

    The UPDATE checks again that the stored time is stale: of requests that saw it stale together, in any
    process, one writes it.
    """
    every = timedelta(seconds=current_app.config["API_TOKEN_USE_RECORD_SECONDS"])
    if row.last_used_at is not None and now - row.last_used_at < every:
        return
    write_after_unit(update(ApiToken).where(
        ApiToken.id == row.id, or_(ApiToken.last_used_at.is_(None), ApiToken.last_used_at <= now - every))
        .values(last_used_at=now))


def seed_demo_users(password: str = "demo") -> int:
    """Create the contract's demo users that are missing; return how many were created."""
    created = 0
    for username, display_name, roles in DEMO_USERS:
        if find_user(username) is None:
            create_user(username, password, roles, display_name=display_name, min_password=1)
            created += 1
    return created
