"""Request boundary: commit the unit of work, map domain errors to responses, load users."""
from __future__ import annotations

import logging
from typing import Any

from flask import Flask
from flask import Response
from flask import current_app
from flask import flash
from flask import jsonify
from flask import redirect
from flask import render_template
from flask import request
from flask import session
from flask import url_for
from flask_wtf.csrf import CSRFError
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm.exc import StaleDataError
from werkzeug.exceptions import HTTPException
from werkzeug.exceptions import MethodNotAllowed
from werkzeug.wrappers import Response as BaseResponse

from app.database import commit_if_written
from app.errors import DomainError
from app.errors import status_for
from app.extensions import db
from app.extensions import login_manager

log = logging.getLogger(__name__)
# PostgreSQL's codes for a transaction that lost a race: deadlock detected, serialization failure, lock not available
LOST_RACE_STATES = ("40P01", "40001", "55P03")


def lost_race(error: Exception) -> bool:
    """Did the database abort this transaction because another one got there first (worth a retry)?"""
    if isinstance(error, StaleDataError):
        return True
    if isinstance(error, OperationalError):
        state = getattr(error.orig, "sqlstate", None)
        return state in LOST_RACE_STATES or "database is locked" in str(error.orig)
    return False


def is_api_request() -> bool:
    """API paths, and scripts calling a page's JSON routes (the studio editors): they get errors as JSON."""
    return (request.path.startswith(("/api/", "/tmf-api/")) or request.is_json
            or request.accept_mimetypes.best == "application/json")


def error_response(status: int, errors: list[dict[str, Any]]) -> Response:
    if request.path.startswith("/tmf-api/"):
        from app.tmf.errors import tmf_error  # the TMF APIs answer with TMF630 Error bodies
        response = tmf_error(status, errors)
    else:
        response = jsonify({"errors": errors})
        response.status_code = status
    if status == 401:
        response.headers["WWW-Authenticate"] = 'Basic realm="ordra", Bearer'
    return response


def load_user(user_id: str) -> object:
    """Flask-Login's user loader: the user of a session cookie, if that session still holds."""
    from app.auth import sessions
    from app.auth.models import User
    user = db.session.get(User, int(user_id)) if user_id.isdigit() else None
    if user is None or not user.active or not sessions.is_valid(user.id, session.get(sessions.SESSION_KEY)):
        return None  # logged out, expired, replaced or deactivated: the cookie alone is not enough
    return user


def register_web_hooks(app: Flask) -> None:
    login_manager.user_loader(load_user)
    login_manager.login_view = "auth.login"

    app.after_request(add_security_headers)

    @app.after_request
    def commit_unit_of_work(response: BaseResponse) -> BaseResponse:
        if response.status_code >= 400:
            db.session.rollback()
            return response
        try:
            commit_if_written()
        except (StaleDataError, OperationalError) as exc:
            db.session.rollback()
            if not lost_race(exc):
                raise
            return _conflict_response()
        return response

    @app.errorhandler(DomainError)
    def domain_error(error: DomainError) -> Response | tuple[str, int]:
        db.session.rollback()
        status = status_for(error)
        if is_api_request():
            return error_response(status, error.errors)
        return render_template("error.html", status=status, errors=error.errors), status

    @app.errorhandler(CSRFError)
    def csrf_error(error: CSRFError) -> tuple[str, int]:
        return render_template("error.html", status=400,
                               errors=[{"message": "the form expired or was not sent by this site; reload it"}]), 400

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException) -> Response | HTTPException | tuple[str, int]:
        db.session.rollback()
        if is_api_request():
            if isinstance(error, MethodNotAllowed) and not _path_exists(error):
                return error_response(404, [{"message": f"nothing at {request.path}"}])
            return error_response(error.code or 500, [{"message": error.description or error.name}])
        if (error.code or 500) < 400:  # redirects (a missing trailing slash) are not errors
            return error
        status = error.code or 500
        message = "something went wrong on our side; it has been logged" if status >= 500 else error.description
        return render_template("error.html", status=status, errors=[{"message": message or error.name}]), status

    @app.errorhandler(StaleDataError)
    def stale(error: StaleDataError) -> BaseResponse:
        db.session.rollback()
        return _conflict_response()

    @app.errorhandler(OperationalError)
    def database_race(error: OperationalError) -> BaseResponse:
        """A deadlock or lock timeout between two transactions: the loser is told to try again (409)."""
        db.session.rollback()
        if not lost_race(error):
            raise error
        log.warning("transaction lost a race", extra={"path": request.path, "error": str(error.orig)})
        return _conflict_response()


# Only Ordra's own scripts, styles and images (bpmn-js, htmx and Swagger UI are vendored under /static);
# no inline code, no framing, no plugins.
CONTENT_SECURITY_POLICY = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                           "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
                           "form-action 'self'; frame-ancestors 'none'")


def add_security_headers(response: BaseResponse) -> BaseResponse:
    headers = response.headers
    headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
    headers.setdefault("X-Frame-Options", "DENY")
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("Referrer-Policy", "same-origin")
    hsts = current_app.config.get("HSTS_SECONDS") or 0
    if hsts > 0:
        headers.setdefault("Strict-Transport-Security", f"max-age={int(hsts)}; includeSubDomains")
    return response


def _path_exists(error: MethodNotAllowed) -> bool:
    """Whether some method really has a route at this path: Werkzeug answers 405 for ``PATCH /x/<huge id>``
    when ``GET /x/<int:id>`` has the same shape, though the id converter refuses the path for every method."""
    adapter = current_app.url_map.bind_to_environ(request.environ)
    for method in error.valid_methods or ():
        try:
            adapter.match(request.path, method=method)
        except HTTPException:
            continue
        return True
    return False


def _conflict_response() -> BaseResponse:
    message = "this was changed by someone else at the same time; reload and try again"
    if is_api_request():
        return error_response(409, [{"message": message}])
    flash(message, "error")
    return redirect(request.referrer or url_for("inbox.index"))
