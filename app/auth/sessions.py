"""Browser sessions held server-side (ASVS V3).

Flask's cookie is signed but lives in the browser, so ending a session needs a record on the server: at
login a random id goes into the cookie and its SHA-256 into ``user_sessions``. A request's session is valid
while that row is not ended, was used within ``SESSION_IDLE_MINUTES`` and began within
``SESSION_MAX_HOURS``. Logout ends the row; a password change or deactivation ends all of the user's.
"""
from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from flask import current_app
from sqlalchemy import select
from sqlalchemy import update

from app.auth.models import UserSession
from app.database import utcnow
from app.extensions import db

SESSION_KEY = "ordra_session"  # where the cookie keeps the session id
_TOUCH_EVERY = timedelta(seconds=60)  # last_seen_at is written at most once a minute per session


def _hash(session_id: str) -> str:
    return hashlib.sha256(session_id.encode()).hexdigest()


def start(user_id: int) -> str:
    """Record a new session for ``user_id``; return the id to keep in the cookie."""
    session_id = secrets.token_urlsafe(32)
    db.session.add(UserSession(user_id=user_id, token_hash=_hash(session_id)))
    db.session.flush()
    return session_id


def is_valid(user_id: int, session_id: str | None) -> bool:
    """Whether ``session_id`` is a live session of ``user_id``; refreshes its idle clock."""
    if not session_id:
        return False
    row = db.session.scalar(select(UserSession).where(UserSession.token_hash == _hash(session_id)))
    if row is None or row.user_id != user_id or row.ended_at is not None:
        return False
    now = utcnow()
    idle = timedelta(minutes=current_app.config["SESSION_IDLE_MINUTES"])
    lifetime = timedelta(hours=current_app.config["SESSION_MAX_HOURS"])
    if now - row.last_seen_at > idle or now - row.created_at > lifetime:
        row.ended_at = now
        return False
    if now - row.last_seen_at > _TOUCH_EVERY:
        row.last_seen_at = now
    return True


def end(session_id: str | None) -> None:
    if session_id:
        db.session.execute(update(UserSession).where(UserSession.token_hash == _hash(session_id),
                                                     UserSession.ended_at.is_(None)).values(ended_at=utcnow()))


def end_all(user_id: int) -> int:
    """End every open session of ``user_id``; return how many."""
    result = db.session.execute(update(UserSession).where(UserSession.user_id == user_id,
                                                          UserSession.ended_at.is_(None)).values(ended_at=utcnow()))
    return int(getattr(result, "rowcount", 0) or 0)
