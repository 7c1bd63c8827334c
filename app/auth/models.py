"""Users, their roles and API tokens."""
from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import datetime

from flask_login import UserMixin
from sqlalchemy import JSON
from sqlalchemy import ForeignKey
from sqlalchemy import String
from sqlalchemy.orm import Mapped
from sqlalchemy.orm import mapped_column
from sqlalchemy.orm import relationship
from werkzeug.security import check_password_hash
from werkzeug.security import generate_password_hash

from app.database import utcnow
from app.extensions import db


class User(UserMixin, db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    display_name: Mapped[str] = mapped_column(String(200), default="")
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Loaded when asked for: most users loaded are someone's name (an assignee, an actor in the history); the
    # caller's own come with them (see app.auth.service)
    role_rows: Mapped[list[UserRole]] = relationship(cascade="all, delete-orphan")

    @property
    def roles(self) -> frozenset[str]:
        """The roles that count for this user here: those they hold, within the scope of the credential that
        loaded them (see :meth:`limit_roles`), so a role taken from the user is gone from their tokens too."""
        held = frozenset(row.role for row in self.role_rows)
        scope = self.role_scope
        return held if scope is None else held & scope

    @property
    def role_scope(self) -> frozenset[str] | None:
        """The roles this object is limited to (an API token's), or None: all the user holds."""
        return getattr(self, "_role_scope", None)  # set by limit_roles only: not a column, so no class default

    def limit_roles(self, scope: Iterable[str] | None) -> None:
        """Let only ``scope`` of the user's roles count on this object (None or empty: all of them).

        Set on the object the API request authenticated (its session's only copy of the user), so every check
        of the request that reads :attr:`roles` or :meth:`has_role` sees the scope; a later request, or a job in a
        session of its own, loads the user whole.
        """
        self._role_scope = frozenset(scope) if scope else None

    def has_role(self, *roles: str) -> bool:
        return bool(self.roles.intersection(roles))

    def set_password(self, password: str, method: str = "scrypt") -> None:
        self.password_hash = generate_password_hash(password, method=method)

    def check_password(self, password: str) -> bool:
        return check_password_hash(self.password_hash, password)

    @property
    def is_active(self) -> bool:
        return self.active


class UserRole(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "user_roles"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    role: Mapped[str] = mapped_column(String(40), primary_key=True)


class ApiToken(db.Model):  # type: ignore[name-defined,misc]
    """A bearer token; only its SHA-256 is stored, the token itself is shown once."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(100), default="")
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime | None]
    revoked_at: Mapped[datetime | None]
    # When a request last came in with it, to the nearest API_TOKEN_USE_RECORD_SECONDS (NULL: never); written
    # after the request, not by it (app.auth.service.record_token_use)
    last_used_at: Mapped[datetime | None]
    # The roles of its user the token may use (a sorted list); NULL or empty: all of them, as tokens issued
    # before tokens had scopes
    roles: Mapped[list[str] | None] = mapped_column(JSON(none_as_null=True))
    user: Mapped[User] = relationship()

    @property
    def scope(self) -> frozenset[str] | None:
        """The roles this token is limited to, or None: every role of its user."""
        return frozenset(self.roles) if self.roles else None

    def status(self, now: datetime) -> str:
        """``revoked``, ``expired`` (at ``now``) or ``active``: whether a request with it would be let in."""
        if self.revoked_at is not None:
            return "revoked"
        if self.expires_at is not None and self.expires_at <= now:
            return "expired"
        return "active"

    @staticmethod
    def hash(token: str) -> str:
        return hashlib.sha256(token.encode()).hexdigest()


class UserSession(db.Model):  # type: ignore[name-defined,misc]
    """A browser login, held server-side: the cookie carries a random id whose SHA-256 is stored here, so
    logging out, changing the password or deactivating the user ends it, and it expires when idle or old."""

    __tablename__ = "user_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    ended_at: Mapped[datetime | None]


class LoginThrottle(db.Model):  # type: ignore[name-defined,misc]
    """Failed logins counted per account (``user:<name>``) and per client address (``addr:<ip>``)."""

    __tablename__ = "login_throttles"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    failures: Mapped[int] = mapped_column(default=0)
    window_started_at: Mapped[datetime] = mapped_column(default=utcnow)
