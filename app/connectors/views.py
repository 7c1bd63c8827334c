"""The simulator settings page: process admins make the demo connectors fail on purpose."""
from __future__ import annotations

from decimal import Decimal

from flask import Blueprint
from flask import flash
from flask import redirect
from flask import render_template
from flask import url_for
from werkzeug.wrappers import Response
from wtforms import BooleanField
from wtforms import SelectField
from wtforms import StringField
from wtforms.fields.choices import SelectChoice  # type: ignore[attr-defined]  # stubs predate 3.3
from wtforms.validators import DataRequired
from wtforms.validators import InputRequired
from wtforms.validators import Length
from wtforms.validators import NumberRange

from app.auth.access import page_roles
from app.connectors import simulator
from app.connectors.models import SimulatorRule
from app.errors import Invalid
from app.webforms import FiniteDecimalField
from app.webforms import PageForm

bp = Blueprint("simulator", __name__, url_prefix="/simulator")


class RuleForm(PageForm):
    connector = SelectField("Connector", validators=[DataRequired()])
    error_code = StringField("Error code", validators=[DataRequired("an error code is required"), Length(max=100)])
    message = StringField("Message", validators=[Length(max=500)])
    rate = FiniteDecimalField("Failure rate (0–1)", default=Decimal(1), places=None,
                              validators=[InputRequired("a rate is required"),
                                          NumberRange(0, 1, "a rate is between 0 and 1")])
    match_field = StringField("Match input parameter (empty: every call)", validators=[Length(max=100)])
    match_prefix = StringField("… starting with", validators=[Length(max=100)])
    enabled = BooleanField("Enabled", default=True)

    def rule_input(self) -> simulator.RuleInput:
        """The rule the validated form describes."""
        return simulator.RuleInput(
            connector=self.connector.data, error_code=self.error_code.data or "", message=self.message.data or "",
            rate=float(self.rate.data or 0), match_field=self.match_field.data or "",
            match_prefix=self.match_prefix.data or "", enabled=bool(self.enabled.data))


def rule_form(rule: SimulatorRule | None = None) -> RuleForm:
    """A form with the connector menu, filled from ``rule`` (a POST fills it from the request)."""
    form = RuleForm(obj=rule)
    form.connector.choices = [SelectChoice(name) for name in simulator.simulated_connectors()]
    return form


@bp.get("/")
@page_roles("process_admin")
def index() -> str:
    return render_template("connectors/index.html", rules=simulator.list_rules(), form=rule_form(), rule=None)


@bp.post("/rules")
@page_roles("process_admin")
def create() -> Response | tuple[str, int]:
    form = rule_form()
    if form.validate():
        try:
            rule = simulator.create_rule(form.rule_input())
        except Invalid as exc:
            return _invalid(form, exc, None)
        flash(f"Added a rule: {rule.connector} fails with {rule.error_code}.", "info")
        return redirect(url_for("simulator.index"))
    return render_template("connectors/index.html", rules=simulator.list_rules(), form=form, rule=None), 422


@bp.route("/rules/<int:rule_id>", methods=["GET", "POST"])
@page_roles("process_admin")
def edit(rule_id: int) -> str | Response | tuple[str, int]:
    rule = simulator.get_rule(rule_id)
    form = rule_form(rule)
    if form.validate_on_submit():
        try:
            simulator.update_rule(rule_id, form.rule_input())
        except Invalid as exc:
            return _invalid(form, exc, rule)
        flash(f"Saved rule #{rule_id}.", "info")
        return redirect(url_for("simulator.index"))
    page = render_template("connectors/edit.html", form=form, rule=rule)
    return (page, 422) if form.errors else page


@bp.post("/rules/<int:rule_id>/delete")
@page_roles("process_admin")
def delete(rule_id: int) -> Response:
    simulator.delete_rule(rule_id)
    flash(f"Deleted rule #{rule_id}.", "info")
    return redirect(url_for("simulator.index"))


def _invalid(form: RuleForm, error: Invalid, rule: SimulatorRule | None) -> tuple[str, int]:
    """Put the service's field errors next to the fields and show the form again."""
    for problem in error.errors:
        field = getattr(form, str(problem.get("field", "")), None) or form.error_code
        field.errors = [*field.errors, problem["message"]]
    if rule is None:
        return render_template("connectors/index.html", rules=simulator.list_rules(), form=form, rule=None), 422
    return render_template("connectors/edit.html", form=form, rule=rule), 422
