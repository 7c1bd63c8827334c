"""The fallout pages' forms: queue filters, the generated fix-data form and the action forms.

Each action form has its own prefix, so after a failed post only the posted form shows the
entered values and errors; the others are built with ``formdata=None``.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from werkzeug.datastructures import MultiDict
from wtforms import Field
from wtforms import Form
from wtforms import IntegerField
from wtforms import SelectField
from wtforms import SelectMultipleField
from wtforms import StringField
from wtforms import TextAreaField
from wtforms import ValidationError
from wtforms.fields.choices import SelectChoice  # type: ignore[attr-defined]  # stubs predate 3.3
from wtforms.validators import DataRequired
from wtforms.validators import Length
from wtforms.validators import NumberRange
from wtforms.validators import Optional

from app.auth.models import User
from app.auth.roles import ROLE_LABELS
from app.errors import Invalid
from app.fallout.dashboard import STATUS_FILTERS
from app.fallout.dashboard import QueueFilter
from app.fallout.service import WORKERS
from app.taskforms import FieldSpec
from app.taskforms import FormSpec
from app.taskforms import FormSpecError
from app.taskforms import Kind
from app.taskforms.spec import humanize
from app.validation import DB_INT_MAX
from app.validation import json_text
from app.webforms import FiniteDecimalField
from app.webforms import PageForm

MAX_AGE_HOURS = 100 * 366 * 24  # a century: the oldest a case can be, well inside what a date can go back


class QueueFilterForm(Form):  # a GET form: nothing to protect with a CSRF token
    status = SelectField("Status", default="active",
                         choices=[SelectChoice(s, "open or retrying" if s == "active" else s) for s in STATUS_FILTERS])
    category = SelectField("Category", default="")
    connector = SelectField("Connector", default="")
    # bounded as ids and dates are: a bigger order id overflowed the query, more hours the date (500s)
    order = IntegerField("Order", validators=[Optional(), NumberRange(min=1, max=DB_INT_MAX)])
    older_than = FiniteDecimalField("Older than (hours)",
                                    validators=[Optional(), NumberRange(min=0, max=MAX_AGE_HOURS)])


def queue_filter_form(args: MultiDict[str, str], menus: Mapping[str, list[str]]) -> QueueFilterForm:
    """A filter form read from the query string, with the category and connector menus filled."""
    form = QueueFilterForm(args)
    form.category.choices = [SelectChoice("", "any")] + [SelectChoice(c) for c in menus["categories"]]
    form.connector.choices = [SelectChoice("", "any")] + [SelectChoice(c) for c in menus["connectors"]]
    return form


def queue_filter(form: QueueFilterForm) -> QueueFilter:
    """The filter a validated form asks for."""
    hours = form.older_than.data
    return QueueFilter(status=form.status.data or "active", category=form.category.data or None,
                       connector=form.connector.data or None, order_id=form.order.data,
                       older_than_hours=float(hours) if hours is not None else None)


def fix_data_spec(payload: Mapping[str, Any]) -> FormSpec:
    """A form for the task input a connector was called with: one field per editable payload key.

    Strings become text fields (required when they were not empty), numbers integer or number
    fields (required), booleans checkboxes; nested values and keys that cannot name a form field
    are left out (fix those with skip or through the API).
    """
    fields = [spec for name, value in payload.items() if (spec := _field_for(name, value)) is not None]
    return FormSpec(title="Fix data and retry",
                    description="Correct the task's input; the changed values are saved before the retry.",
                    fields=tuple(fields))


_KINDS: tuple[tuple[type, Kind], ...] = ((bool, "boolean"), (int, "integer"), (float, "number"), (str, "string"))


def _field_for(name: str, value: Any) -> FieldSpec | None:
    kind = next((k for t, k in _KINDS if isinstance(value, t)), None)
    if kind is None or "." in name:
        return None
    required = kind in ("integer", "number") or (kind == "string" and value != "")
    try:
        return FieldSpec(name=name, label=humanize(name), kind=kind, required=required)
    except FormSpecError:
        return None


def changed_values(cleaned: Mapping[str, Any], payload: Mapping[str, Any]) -> dict[str, Any]:
    """The cleaned form values that differ from the payload the task failed with."""
    return {name: value for name, value in cleaned.items() if payload.get(name) != value}


def _json_object(form: PageForm, field: Field) -> None:
    if not (field.data or "").strip():
        return
    try:
        value = json_text(field.data, field.name)
    except Invalid as exc:
        raise ValidationError("; ".join(e["message"] for e in exc.errors)) from None
    if not isinstance(value, dict):
        raise ValidationError("must be a JSON object, like {\"port\": \"ge-0/0/7\"}")


class SkipForm(PageForm):
    reason = StringField("Reason", validators=[DataRequired("say why the task is skipped"), Length(max=500)])
    data = TextAreaField("Output data (JSON object)", validators=[_json_object])

    def output(self) -> dict[str, Any]:
        """The entered output data; call after ``validate()`` succeeded."""
        text = (self.data.data or "").strip()
        entered: dict[str, Any] = json_text(text, self.data.name) if text else {}  # an object: _json_object
        return entered


class CancelForm(PageForm):
    reason = StringField("Reason", validators=[DataRequired("say why the work is cancelled"), Length(max=500)])


class ReassignForm(PageForm):
    target = SelectField("Reassign to", validators=[DataRequired("choose a role or a person")])


class BulkReassignForm(ReassignForm):
    fallout_ids = SelectMultipleField("Fallouts", coerce=int,
                                      validators=[DataRequired("tick at least one fallout")])


def reassign_choices(form: ReassignForm, people: list[User]) -> None:
    """Offer the fallout roles and the people who hold them (grouped, as ``<optgroup>``)."""
    form.target.choices = [SelectChoice(role, ROLE_LABELS[role], optgroup="Roles") for role in WORKERS] + [
        SelectChoice(p.username, f"{p.display_name or p.username} ({p.username})", optgroup="People") for p in people]


def target_label(form: ReassignForm) -> str:
    """Whom the form reassigns to, as the list shows them ("Felix Fallout (fallout)", "Fallout agent")."""
    return next((str(choice[1]) for choice in form.target.iter_choices() if choice[0] == form.target.data),
                str(form.target.data))
