"""Browser login and logout."""
from __future__ import annotations

from urllib.parse import urlsplit

from flask import Blueprint
from flask import flash
from flask import redirect
from flask import render_template
from flask import request
from flask import session
from flask import url_for
from flask_login import login_user
from flask_login import logout_user
from werkzeug.wrappers import Response
from wtforms import PasswordField
from wtforms import StringField
from wtforms.validators import DataRequired

from app.auth import service
from app.auth import sessions
from app.auth.models import User
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
