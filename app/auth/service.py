"""Creating users, checking credentials and issuing API tokens."""
from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta
from functools import cache
from typing import Any

from flask import current_app
from sqlalchemy import Select
from sqlalchemy import bindparam
from sqlalchemy import select
from sqlalchemy.orm import joinedload
from werkzeug.security import check_password_hash
from werkzeug.security import generate_password_hash

from app.auth import sessions
from app.auth import throttle
from app.auth.models import ApiToken
from app.auth.models import User
from app.auth.models import UserRole
from app.auth.roles import ROLES
from app.database import utcnow
from app.errors import Conflict
from app.errors import Invalid
from app.errors import NotFound
from app.errors import TooManyAttempts
from app.extensions import db
from app.shared_cache import note_generation
from app.shared_cache import with_generation
from app.validation import DB_INT_MAX
from app.validation import check_text

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


def issue_token(username: str, *, name: str = "", expires_in: timedelta | None = None,
                roles: Iterable[str] = ()) -> str:
    """Create a bearer token for ``username`` and return it (only its hash is stored); it stops working
    after ``expires_in`` when given, and may use only ``roles`` of the user's roles (none given: all of them).

    :raises NotFound: no such user. :raises Invalid: a role the user does not hold.
    """
    user = _user(username)
    problems = _text_problems(name=(name, TOKEN_NAME_MAX))
    if problems:
        raise Invalid(errors=problems)
    scope = _token_scope(user, roles)
    token = secrets.token_urlsafe(32)
    expires_at = utcnow() + expires_in if expires_in is not None else None
    db.session.add(ApiToken(user_id=user.id, name=name, token_hash=ApiToken.hash(token), expires_at=expires_at,
                            roles=scope))
    db.session.flush()
    return token


def _token_scope(user: User, roles: Iterable[str]) -> list[str] | None:
    """The sorted roles a new token of ``user`` is limited to, or None (all of the user's).

    :raises Invalid: a role ``user`` does not hold (a token never carries more than its user may do).
    """
    wanted = sorted(set(roles))
    held = ", ".join(sorted(user.roles)) or "none"
    errors = [{"field": "roles", "message": f"unknown role {role!r}; known: {', '.join(ROLES)}" if role not in ROLES
               else f"{user.username} does not have the role {role!r} (their roles: {held})"}
              for role in wanted if role not in user.roles]
    if errors:
        raise Invalid(errors=errors)
    return wanted or None


def list_tokens(username: str) -> list[ApiToken]:
    return list(db.session.scalars(select(ApiToken).where(ApiToken.user_id == _user(username).id)
                                   .order_by(ApiToken.id)))


def revoke_token(token_id: int) -> ApiToken:
    """:raises NotFound: no token with this id."""
    row = db.session.get(ApiToken, token_id) if 1 <= token_id <= DB_INT_MAX else None  # beyond: PostgreSQL raised
    if row is None:
        raise NotFound(f"no token {token_id}")
    row.revoked_at = row.revoked_at or utcnow()
    return row


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
    if row.expires_at is not None and row.expires_at <= utcnow():
        return None
    row.user.limit_roles(row.scope)
    return row.user


def seed_demo_users(password: str = "demo") -> int:
    """Create the contract's demo users that are missing; return how many were created."""
    created = 0
    for username, display_name, roles in DEMO_USERS:
        if find_user(username) is None:
            create_user(username, password, roles, display_name=display_name, min_password=1)
            created += 1
    return created
