"""Domain errors and the one table that maps them to HTTP responses.

Services raise these; they know nothing about HTTP. ``register_error_handlers`` turns them into
JSON for the API (``{"errors": [...]}``) and into flashed messages or error pages for the browser.
"""
from __future__ import annotations

from typing import Any


class DomainError(Exception):
    """Base of every error a service raises on purpose.

    ``errors`` is a list of dicts, each with a ``message`` and optionally a ``field``, ``file`` or
    ``line``; it is what the API returns under ``"errors"``.
    """

    def __init__(self, message: str = "", errors: list[dict[str, Any]] | None = None) -> None:
        super().__init__(message or (errors[0]["message"] if errors else self.__class__.__name__))
        self.errors: list[dict[str, Any]] = errors or [{"message": str(self)}]


class BadRequest(DomainError):
    """The request could not be read (malformed JSON, wrong content type)."""


class NotAuthenticated(DomainError):
    """No or wrong credentials."""


class Forbidden(DomainError):
    """The caller is authenticated but lacks the role for this."""


class NotFound(DomainError):
    """Unknown, or not the caller's to see."""


class Conflict(DomainError):
    """The thing changed under the caller (finished task, stale version, duplicate)."""


class TooManyAttempts(DomainError):
    """Refused for a while after repeated failures (login throttling)."""


class Invalid(DomainError):
    """Input that was read but does not validate; ``errors`` names the fields or files."""


class TooLarge(Invalid):
    """An upload over the configured size limit."""


ERROR_STATUS: dict[type[DomainError], int] = {
    BadRequest: 400,
    NotAuthenticated: 401,
    Forbidden: 403,
    NotFound: 404,
    Conflict: 409,
    TooLarge: 413,
    Invalid: 422,
    TooManyAttempts: 429,
}


def status_for(error: DomainError) -> int:
    """Return the HTTP status of ``error``, walking its class hierarchy (most specific first)."""
    for cls in type(error).__mro__:
        if cls in ERROR_STATUS:
            return ERROR_STATUS[cls]
    return 400
