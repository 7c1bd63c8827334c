"""The forms of order entry, shared by the agent workspace and the customer portal.

The static parts (customer account, quantity, discounts) are plain WTForms classes. A line's
characteristics are a task form generated from the offering's characteristic definitions
(``characteristic_spec``): enums become selects, numeric ranges number inputs with min and max,
booleans checkboxes, mandatory values required fields, and defaults are filled in.

Only the outer order form carries the CSRF token; line and discount forms are sub-forms of the
same HTML form, so they are plain ``wtforms.Form`` classes.
"""
from __future__ import annotations

from collections.abc import Callable
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from wtforms import Form
from wtforms import FormField
from wtforms import HiddenField
from wtforms import IntegerField
from wtforms import SelectField
from wtforms import StringField
from wtforms.fields.choices import SelectChoice  # type: ignore[attr-defined]  # stubs predate 3.3
from wtforms.validators import InputRequired
from wtforms.validators import Length
from wtforms.validators import NumberRange
from wtforms.validators import Optional
from wtforms.widgets import NumberInput

from app.catalog.characteristics import display_label
from app.catalog.models import ONE_TIME
from app.catalog.models import RECURRING
from app.catalog.models import Characteristic
from app.catalog.models import ProductOffering
from app.catalog.pricing import ADJUSTMENT_KINDS
from app.catalog.pricing import AMOUNT
from app.catalog.pricing import PERCENTAGE
from app.taskforms import FieldSpec
from app.taskforms import FormSpec
from app.webforms import FiniteDecimalField
from app.webforms import PageForm

MAX_QUANTITY = 1000  # capture's limit per line
KIND_LABELS = {PERCENTAGE: "Percentage (%)", AMOUNT: "Amount off"}
CHARGE_LABELS = {RECURRING: "monthly charge", ONE_TIME: "one-time charge"}


class DiscountForm(Form):
    """One discount (a pricing ``Adjustment``): none unless a kind is chosen."""

    # Defaults, so a post without the selects (a script, an old page) means "no discount", not an error.
    kind = SelectField("Discount", default="", choices=[SelectChoice("", "No discount")] + [
        SelectChoice(kind, KIND_LABELS[kind]) for kind in ADJUSTMENT_KINDS])
    value = FiniteDecimalField("Discount value", validators=[Optional()],
                               widget=NumberInput(step="0.01", min="0"))
    applies_to = SelectField("Discount on", default=RECURRING,
                             choices=[SelectChoice(charge, label) for charge, label in CHARGE_LABELS.items()])
    reason = StringField("Discount reason", validators=[Length(max=200)])

    def adjustments(self) -> list[dict[str, Any]]:
        """The discount as pricing reads adjustments from JSON; pricing checks value and reason."""
        if not self.kind.data:
            return []
        value = "" if self.value.data is None else str(self.value.data)
        return [{"kind": self.kind.data, "value": value, "reason": (self.reason.data or "").strip(),
                 "applies_to": self.applies_to.data}]


def discount_data(adjustments: list[dict[str, Any]]) -> dict[str, Any]:
    """Form data for the first requested adjustment (the workspace gives at most one per line or order)."""
    if not adjustments:
        return {}
    first = adjustments[0]
    value = first.get("value")
    return {"kind": first.get("kind", ""), "value": None if value in (None, "") else Decimal(str(value)),
            "reason": first.get("reason", ""), "applies_to": first.get("applies_to", RECURRING)}


class LineForm(Form):
    """A customer's order line: which offering and how many (characteristics come separately)."""

    offering_id = HiddenField()
    quantity = IntegerField("Quantity", default=1,
                            validators=[InputRequired("Give a quantity."), NumberRange(1, MAX_QUANTITY)],
                            widget=NumberInput(min=1, max=MAX_QUANTITY))


class StaffLineForm(LineForm):
    """An agent's order line: a customer's line plus an optional discount."""

    discount = FormField(DiscountForm)


class CustomerOrderForm(PageForm):
    """The portal's order form: only the CSRF token; the account is always the customer's own."""


class StaffOrderForm(PageForm):
    """The workspace's order form: the customer account and an order-wide discount."""

    account_id = SelectField("Customer account", default="", choices=[])
    discount = FormField(DiscountForm)


# --- characteristics → generated form ----------------------------------------------------------

def characteristic_spec(offering: ProductOffering, group: str) -> FormSpec:
    """The characteristic form of ``offering``, its field names ``<group>.<characteristic>``.

    A group per line keeps two lines of the same offering apart in one HTML form, and
    ``clean_form_data`` hands the values back as ``{group: {name: value}}``.

    :raises FormSpecError: a characteristic name that cannot be a form field name (spaces, dots).
    """
    spec = offering.product_spec
    characteristics = spec.characteristics if spec is not None else []
    return FormSpec(title=offering.name, description="",
                    fields=tuple(_field(c, f"{group}.{c.name}") for c in characteristics))


def _field(characteristic: Characteristic, name: str) -> FieldSpec:
    if characteristic.value_type == "boolean":
        return _checkbox(characteristic, name)
    if characteristic.allowed_values:
        return _select(characteristic, name)
    return FIELD_BUILDERS[characteristic.value_type](characteristic, name)


def _label(characteristic: Characteristic, with_unit: bool = True) -> str:
    label = display_label(characteristic.name, characteristic.label)
    return f"{label} ({characteristic.unit})" if with_unit and characteristic.unit else label


def _checkbox(characteristic: Characteristic, name: str) -> FieldSpec:
    # Never "required": an unticked box is a valid "no", not a missing value.
    return FieldSpec(name=name, label=_label(characteristic), kind="boolean", help=characteristic.description,
                     default=bool(characteristic.default_value))


def _select(characteristic: Characteristic, name: str) -> FieldSpec:
    unit = f" {characteristic.unit}" if characteristic.unit else ""
    return FieldSpec(name=name, label=_label(characteristic, with_unit=False), kind="enum", widget="select",
                     choices=tuple((value, f"{value}{unit}") for value in characteristic.allowed_values),
                     required=characteristic.mandatory, help=characteristic.description,
                     default=characteristic.default_value)


def _typed(kind: str) -> Callable[[Characteristic, str], FieldSpec]:
    def build(characteristic: Characteristic, name: str) -> FieldSpec:
        return FieldSpec(name=name, label=_label(characteristic), kind=kind,  # type: ignore[arg-type]
                         required=characteristic.mandatory, help=characteristic.description,
                         default=characteristic.default_value,
                         minimum=characteristic.min_value, maximum=characteristic.max_value)
    return build


FIELD_BUILDERS: Mapping[str, Callable[[Characteristic, str], FieldSpec]] = {
    "string": _typed("string"),
    "integer": _typed("integer"),
    "number": _typed("number"),
}
