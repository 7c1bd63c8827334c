"""Creating users, checking credentials and issuing API tokens."""
from __future__ import annotations

import secrets
from collections.abc import Iterable

from flask import current_app
from sqlalchemy import select

from app.auth.models import ApiToken
from app.auth.models import User
from app.auth.models import UserRole
from app.auth.roles import ROLES
from app.errors import Conflict
from app.errors import Invalid
from app.errors import NotFound
from app.extensions import db

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


def create_user(username: str, password: str, roles: Iterable[str], *, display_name: str = "") -> User:
    """Create a user with ``roles``.

    :raises Invalid: an unknown role, an empty username or a short password.
    :raises Conflict: the username is taken.
    """
    roles = sorted(set(roles))
    errors = [{"field": "roles", "message": f"unknown role {r!r}; known: {', '.join(ROLES)}"}
              for r in roles if r not in ROLES]
    if not username.strip():
        errors.append({"field": "username", "message": "a username is required"})
    if len(password) < 4:
        errors.append({"field": "password", "message": "at least 4 characters"})
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
    return db.session.scalar(select(User).where(User.username == username))


def authenticate(username: str, password: str) -> User | None:
    """Return the active user with these credentials, or None."""
    user = find_user(username)
    if user is None or not user.active or not user.check_password(password):
        return None
    return user


def issue_token(username: str, *, name: str = "") -> str:
    """Create a bearer token for ``username`` and return it (only its hash is stored)."""
    user = find_user(username)
    if user is None:
        raise NotFound(f"no user {username!r}")
    token = secrets.token_urlsafe(32)
    db.session.add(ApiToken(user_id=user.id, name=name, token_hash=ApiToken.hash(token)))
    db.session.flush()
    return token


def user_for_token(token: str) -> User | None:
    row = db.session.scalar(select(ApiToken).where(ApiToken.token_hash == ApiToken.hash(token)))
    if row is None or not row.user.active:
        return None
    return row.user


def seed_demo_users(password: str = "demo") -> int:
    """Create the contract's demo users that are missing; return how many were created."""
    created = 0
    for username, display_name, roles in DEMO_USERS:
        if find_user(username) is None:
            create_user(username, password, roles, display_name=display_name)
            created += 1
    return created
