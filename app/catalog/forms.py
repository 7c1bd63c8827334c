"""The admin form for an offering and its price list, and its translation to ``OfferingInput``; the form
for the display labels of a product specification's characteristics.

The price list is a list of sub-forms: one per existing entry plus a blank one to add an entry;
a blank or "remove"-ticked entry is left out of what is saved.
"""
from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Sequence
from datetime import UTC
from typing import Any

from wtforms import BooleanField
from wtforms import DateTimeLocalField
from wtforms import FieldList
from wtforms import Form
from wtforms import FormField
from wtforms import HiddenField
from wtforms import SelectField
from wtforms import SelectMultipleField
from wtforms import StringField
from wtforms import TextAreaField
from wtforms.fields.choices import SelectChoice  # type: ignore[attr-defined]  # stubs predate 3.3
from wtforms.validators import DataRequired
from wtforms.validators import InputRequired
from wtforms.validators import Length
from wtforms.validators import NumberRange
from wtforms.validators import Optional

from app.catalog import service as catalog
from app.catalog.characteristics import display_label
from app.catalog.models import LABEL_LENGTH
from app.catalog.models import LIFECYCLE_STATUSES
from app.catalog.models import PRICE_TYPES
from app.catalog.models import RECURRING
from app.catalog.models import ProductOffering
from app.catalog.models import Specification
from app.catalog.service import OfferingInput
from app.catalog.service import PriceInput
from app.database import utcnow
from app.webforms import FiniteDecimalField
from app.webforms import PageForm

MINUTES = "%Y-%m-%dT%H:%M"
NO_SPEC = 0  # the select's "none" choice; WTForms selects need a value of the coerced type


class PriceEntryForm(Form):  # a sub-form: the outer form carries the CSRF token
    price_id = HiddenField()
    name = StringField("Name", validators=[Optional(), Length(max=100)])
    price_type = SelectField("Charge", choices=[SelectChoice(t, "monthly" if t == RECURRING else "one-time")
                                                for t in PRICE_TYPES])
    amount = FiniteDecimalField("Amount", places=2, validators=[Optional(), NumberRange(min=0)])
    decision_id = StringField("or pricing decision", validators=[Optional(), Length(max=255)])
    decision_output = StringField("decision output", validators=[Optional(), Length(max=100)])
    remove = BooleanField("Remove")

    def is_blank(self) -> bool:
        return not (self.name.data or "").strip() and self.amount.data is None and not self.decision_id.data


MAX_PRICE_ROWS = 100  # price rows one post of the offering form may carry
MAX_LABEL_ENTRIES = 500  # labels one post of the labels form may carry (a task form's most fields too)


class OfferingForm(PageForm):
    name = StringField("Name", validators=[DataRequired(), Length(max=200)])
    description = TextAreaField("Description", validators=[Length(max=5000)])
    lifecycle_status = SelectField("Lifecycle status", choices=[SelectChoice(s) for s in LIFECYCLE_STATUSES])
    # InputRequired, not DataRequired: an unreadable date should say so, not claim the field is empty.
    valid_from = DateTimeLocalField("Valid from (UTC)", format=MINUTES, validators=[InputRequired()])
    valid_to = DateTimeLocalField("Valid to (UTC, empty: open-ended)", format=MINUTES, validators=[Optional()])
    product_spec_id = SelectField("Product specification", coerce=int)
    bundled_offering_ids = SelectMultipleField("Bundled offerings", coerce=int)
    prices = FieldList(FormField(PriceEntryForm), min_entries=1)


def offering_form(offering: ProductOffering | None, *, bind_post: bool = True) -> OfferingForm:
    """A form with its choices, filled from ``offering`` when first shown (a POST fills it from the request,
    unless not to be bound: one sending more than ``MAX_PRICE_ROWS`` prices)."""
    form = OfferingForm() if bind_post else OfferingForm(formdata=None)
    form.product_spec_id.choices = [SelectChoice(str(NO_SPEC), "(none: a bundle)")] + [
        SelectChoice(str(s.id), s.name) for s in catalog.list_specifications("product")]
    form.bundled_offering_ids.choices = [SelectChoice(str(o.id), o.name) for o in catalog.list_offerings()
                                         if offering is None or o.id != offering.id]
    if not bind_post or not form.is_submitted():
        if offering is not None:
            _fill(form, offering)
        else:
            form.valid_from.data = utcnow().replace(tzinfo=None, second=0, microsecond=0)
    return form


def _fill(form: OfferingForm, offering: ProductOffering) -> None:
    form.name.data = offering.name
    form.description.data = offering.description
    form.lifecycle_status.data = offering.lifecycle_status
    form.product_spec_id.data = offering.product_spec_id or NO_SPEC
    form.bundled_offering_ids.data = [o.id for o in offering.bundled_offerings]
    form.valid_from.data = offering.valid_from.replace(tzinfo=None)
    form.valid_to.data = offering.valid_to.replace(tzinfo=None) if offering.valid_to else None
    while form.prices.entries:
        form.prices.pop_entry()
    for price in offering.prices:
        form.prices.append_entry({"price_id": str(price.id), "name": price.name, "price_type": price.price_type,
                                  "amount": price.amount, "decision_id": price.decision_id or "",
                                  "decision_output": price.decision_output or ""})
    form.prices.append_entry()


def offering_input(form: OfferingForm) -> tuple[OfferingInput, list[int]]:
    """What the validated ``form`` asks for, and for each price given the index of its sub-form."""
    kept = [(index, entry.form) for index, entry in enumerate(form.prices.entries)
            if not entry.form.remove.data and not entry.form.is_blank()]
    prices = [PriceInput(name=sub.name.data or "", price_type=sub.price_type.data, amount=sub.amount.data,
                         decision_id=(sub.decision_id.data or "").strip() or None,
                         decision_output=(sub.decision_output.data or "").strip() or None,
                         price_id=int(raw_id) if (raw_id := sub.price_id.data or "").isdecimal() else None)
              for _, sub in kept]
    valid_from = form.valid_from.data
    assert valid_from is not None, "InputRequired: a valid form has it"
    data = OfferingInput(
        name=form.name.data or "", description=form.description.data or "",
        lifecycle_status=form.lifecycle_status.data,
        valid_from=valid_from.replace(tzinfo=UTC),
        valid_to=form.valid_to.data.replace(tzinfo=UTC) if form.valid_to.data else None,
        product_spec_id=form.product_spec_id.data or None,
        bundled_offering_ids=list(form.bundled_offering_ids.data or []), prices=prices)
    return data, [index for index, _ in kept]


def add_errors(form: OfferingForm, errors: Sequence[dict[str, Any]], price_rows: list[int]) -> list[str]:
    """Put service ``errors`` next to their fields; return those that name no field of the form."""
    unplaced = []
    for error in errors:
        field = error.get("field") or ""
        kind, _, rest = field.partition("-")
        if kind == "prices" and rest:
            index, _, attribute = rest.partition("-")
            sub = form.prices.entries[price_rows[int(index)]].form
            target = getattr(sub, attribute, None) or sub.name
        else:
            target = getattr(form, field, None)
        if target is None:
            unplaced.append(error["message"])
        else:
            target.errors = [*target.errors, error["message"]]
    return unplaced


class LabelEntryForm(Form):  # a sub-form: the outer form carries the CSRF token
    name = HiddenField()
    label = StringField("Label", validators=[Length(max=LABEL_LENGTH)])


class LabelsForm(PageForm):
    characteristics = FieldList(FormField(LabelEntryForm))


def labels_form(spec: Specification, *, bind_post: bool = True) -> LabelsForm:
    """A label field per characteristic of ``spec``, filled from it when first shown (or when the post is not
    bound: one sending more labels than ``spec`` has); an empty field's placeholder is what people will read
    instead (the name in words)."""
    form = LabelsForm() if bind_post else LabelsForm(formdata=None)
    if not bind_post or not form.is_submitted():
        for characteristic in spec.characteristics:
            form.characteristics.append_entry({"name": characteristic.name, "label": characteristic.label})
    for entry in form.characteristics:
        entry.form.label.render_kw = {"placeholder": display_label(entry.form.name.data or "")}
    return form


def posted_entries(formdata: Mapping[str, str], field: str) -> int:
    """How many entries of the list ``field`` (``prices``, ``characteristics``) a post carries, counted before a
    sub-form is built for each: 100,000 posted entries took a worker 33 s."""
    prefix = field + "-"
    return len({key[len(prefix):].partition("-")[0] for key in formdata if key.startswith(prefix)})


def labels_input(form: LabelsForm) -> dict[str, str]:
    """The label asked for each characteristic, by name (for ``catalog.relabel_characteristics``)."""
    return {entry.form.name.data or "": entry.form.label.data or "" for entry in form.characteristics}
