"""Browser login and logout; the signed-in user's API tokens; every user's tokens for process admins."""
from __future__ import annotations

from urllib.parse import urlsplit

from flask import Blueprint
from flask import current_app
from flask import flash
from flask import make_response
from flask import redirect
from flask import render_template
from flask import request
from flask import session
from flask import url_for
from flask_login import current_user
from flask_login import login_user
from flask_login import logout_user
from werkzeug.wrappers import Response
from wtforms import IntegerField
from wtforms import PasswordField
from wtforms import SelectMultipleField
from wtforms import StringField
from wtforms.validators import DataRequired
from wtforms.validators import Optional
from wtforms.widgets import CheckboxInput
from wtforms.widgets import ListWidget

from app.auth import service
from app.auth import sessions
from app.auth.access import page_roles
from app.auth.models import User
from app.auth.roles import ROLE_LABELS
from app.database import utcnow
from app.errors import Invalid
from app.errors import TooManyAttempts
from app.webforms import PageForm

bp = Blueprint("auth", __name__)


class LoginForm(PageForm):
    username = StringField("Username", validators=[DataRequired()])
    password = PasswordField("Password", validators=[DataRequired()])


@bp.route("/login", methods=["GET", "POST"])
def login() -> str | Response | tuple[str, int]:
    form = LoginForm()
    if form.validate_on_submit():
        try:
            user = service.authenticate(form.username.data or "", form.password.data or "", request.remote_addr)
        except TooManyAttempts as refused:
            form.password.errors = [str(refused)]  # the form was valid: no other error to keep
            return render_template("auth/login.html", form=form), 429
        if user is not None:
            sessions.end(session.get(sessions.SESSION_KEY))  # a login before this one (someone else's) ends here
            session.clear()  # nothing from before the login carries over
            session[sessions.SESSION_KEY] = sessions.start(user.id)
            login_user(user)
            return redirect(_safe_next(request.args.get("next"), user))
        form.password.errors = ["wrong username or password"]
    return render_template("auth/login.html", form=form)


@bp.post("/logout")
def logout() -> Response:
    sessions.end(session.get(sessions.SESSION_KEY))
    logout_user()
    session.clear()
    flash("You are logged out.", "info")
    return redirect(url_for("auth.login"))


def _safe_next(target: str | None, user: User) -> str:
    """Only same-site paths, so the login page cannot be used to redirect elsewhere.

    Without one, people land on their inbox; customers, who have none, on the portal.
    """
    if target and target.startswith("/") and not target.startswith("//") and not urlsplit(target).netloc:
        return target
    return url_for("portal.index") if user.roles == {"customer"} else url_for("inbox.index")


class TokenForm(PageForm):
    name = StringField("Name", validators=[DataRequired()],
                       description="What will use it, so you can tell your tokens apart (e.g. “billing sync”).")
    expires_days = IntegerField("Expires after (days)", validators=[Optional()],
                                description="Leave empty for a token that works until you revoke it.")
    # the choices are the signed-in user's own roles, set per request (token_form)
    roles = SelectMultipleField("Roles", widget=ListWidget(prefix_label=False), option_widget=CheckboxInput())
    password = PasswordField("Your password", validators=[DataRequired()],
                             description="Asked again: a token outlives this session, so a browser left signed in "
                                         "must not be enough to issue one.")


def token_form(**kwargs: object) -> TokenForm:
    form = TokenForm(**kwargs)
    form.roles.choices = [(role, ROLE_LABELS[role]) for role in sorted(current_user.roles)]
    form.expires_days.description = (f"1 to {current_app.config['API_TOKEN_MAX_DAYS']} days. "
                                     f"{form.expires_days.description}")
    return form


@bp.route("/account/tokens", methods=["GET", "POST"])
@page_roles()
def tokens() -> Response:
    """My API tokens; a new one is shown once, on the answer to the post that issued it."""
    form = token_form()
    issued, status = None, 200
    if form.validate_on_submit():
        try:
            service.confirm_password(current_user, form.password.data or "", request.remote_addr)
            issued = service.issue_token_for(current_user, name=form.name.data or "",
                                             expires_days=form.expires_days.data, roles=form.roles.data or [],
                                             actor_id=current_user.id)
        except Invalid as refused:
            for error in refused.errors:
                form[error["field"]].errors.append(error["message"])
        except TooManyAttempts as refused:
            form.password.errors = [str(refused)]
            status = 429
        else:
            form = token_form(formdata=None)  # issued: an empty form for the next one
    if form.errors and status == 200:
        status = 422
    page = render_template("auth/tokens.html", form=form, issued=issued, now=utcnow(),
                           tokens=service.list_tokens(current_user.username),
                           max_days=current_app.config["API_TOKEN_MAX_DAYS"])
    response = make_response(page, status)
    response.headers["Cache-Control"] = "no-store"  # the page may hold a new token: keep it out of every cache
    return response


@bp.route("/account/tokens/<int:token_id>/revoke", methods=["GET", "POST"])
@page_roles()
def revoke_token(token_id: int) -> str | Response:
    """Confirm (GET), then revoke (POST) one of my tokens; another user's is a 404."""
    if request.method == "GET":
        return render_template("auth/revoke_token.html", token=service.get_token(token_id, owner_id=current_user.id),
                               back=url_for("auth.tokens"), now=utcnow())
    row = service.revoke_token(token_id, owner_id=current_user.id, actor_id=current_user.id)
    flash(f"Token “{row.name}” is revoked: requests with it are refused from now on.", "info")
    return redirect(url_for("auth.tokens"))


@bp.get("/users/")
@page_roles("process_admin")
def users() -> str:
    return render_template("auth/users.html", users=service.users_with_working_tokens())


@bp.route("/users/tokens/<int:token_id>/revoke", methods=["GET", "POST"])
@page_roles("process_admin")
def revoke_user_token(token_id: int) -> str | Response:
    """Confirm (GET), then revoke (POST) any user's token: someone left, or a token leaked."""
    if request.method == "GET":
        return render_template("auth/revoke_token.html", token=service.get_token(token_id),
                               back=url_for("auth.users"), now=utcnow())
    row = service.revoke_token(token_id, actor_id=current_user.id)
    flash(f"{row.user.username}’s token “{row.name}” is revoked: requests with it are refused from now on.", "info")
    return redirect(url_for("auth.users"))
