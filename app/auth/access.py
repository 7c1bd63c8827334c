"""Who is calling: browser sessions (Flask-Login) and API credentials (Basic or Bearer).

The API accepts only header credentials, never the session cookie, so a cross-site page cannot
drive it with a logged-in browser; browser forms carry CSRF tokens instead.
"""
from __future__ import annotations

import base64
import binascii
from collections.abc import Callable
from functools import wraps
from typing import Any
from typing import TypeVar

from flask import g
from flask import redirect
from flask import request
from flask import url_for
from flask_login import current_user

from app.auth import service
from app.auth.models import User
from app.errors import Forbidden
from app.errors import NotAuthenticated

F = TypeVar("F", bound=Callable[..., Any])


def api_user() -> User:
    """Return the user named by the request's Authorization header; a bearer token's user comes limited to the
    token's roles (:meth:`User.limit_roles`), which every role check of the request then sees.

    :raises NotAuthenticated: missing, malformed or wrong credentials.
    """
    cached = g.get("api_user")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    header = request.headers.get("Authorization", "")
    scheme, _, value = header.partition(" ")
    user: User | None = None
    if scheme.lower() == "bearer" and value:
        user = service.user_for_token(value.strip())
        g.api_token_used = user is not None
    elif scheme.lower() == "basic" and value:
        user = _basic_user(value.strip())
    if user is None:
        raise NotAuthenticated("valid Basic or Bearer credentials are required")
    g.api_user = user
    return user


def api_user_with_password() -> User:
    """:func:`api_user`, who must have sent their password (HTTP Basic), not an API token.

    Issuing or revoking tokens with a token would let a stolen token outlive its own revocation (by minting
    another first) or revoke the tokens its owner's integrations run on.
    :raises NotAuthenticated: as :func:`api_user`. :raises Forbidden: the caller sent a bearer token.
    """
    user = api_user()
    if g.get("api_token_used"):
        raise Forbidden("managing API tokens needs your password (HTTP Basic), not an API token")
    return user


def _basic_user(encoded: str) -> User | None:
    try:
        username, _, password = base64.b64decode(encoded, validate=True).decode().partition(":")
    except (binascii.Error, UnicodeDecodeError):
        return None
    return service.authenticate_api(username, password, request.remote_addr)


def require_roles(user: User, *roles: str) -> None:
    """:raises Forbidden: ``user`` has none of ``roles`` (within the scope of their API token, if it has one)."""
    if not user.has_role(*roles):
        # an integrator whose user holds the role should learn that the token, not the user, lacks it
        limit = (f" (this API token may use only: {', '.join(sorted(user.roles)) or 'no role'})"
                 if user.role_scope is not None else "")
        raise Forbidden(f"this needs one of the roles: {', '.join(roles)}{limit}")


def api_roles(*roles: str) -> Callable[[F], F]:
    """Decorate an API view: authenticate by header, then require one of ``roles`` (any if none)."""
    def decorate(view: F) -> F:
        @wraps(view)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            user = api_user()
            if roles:
                require_roles(user, *roles)
            return view(*args, **kwargs)
        return wrapper  # type: ignore[return-value]
    return decorate


def page_roles(*roles: str) -> Callable[[F], F]:
    """Decorate a browser view: logged in (else redirect to /login), with one of ``roles``."""
    def decorate(view: F) -> F:
        @wraps(view)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            if not current_user.is_authenticated:
                return redirect(url_for("auth.login", next=request.full_path))
            if roles:
                require_roles(current_user, *roles)
            return view(*args, **kwargs)
        return wrapper  # type: ignore[return-value]
    return decorate
