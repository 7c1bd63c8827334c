"""An order being entered in a browser: the order form, its lines, and where each error goes.

Shared by the workspace and the portal. A line is a ``LineForm`` (HTML names ``lines-<k>-...``)
plus the characteristic form generated for its offering (``lines-<k>-chars.<name>``). The key
``<k>`` stays with its line while others are added or removed, so what the browser posted stays
attached to the right line. Items sent to capture are prefixed ``lines-<k>``, which is how
capture's errors find their way back to the field they are about.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from dataclasses import field
from dataclasses import replace
from typing import Any

from werkzeug.datastructures import MultiDict
from wtforms import Field
from wtforms import Form
from wtforms import FormField
from wtforms.fields.choices import SelectChoice  # type: ignore[attr-defined]  # stubs predate 3.3

from app.catalog import service as catalog
from app.catalog.models import ProductOffering
from app.catalog.pricing import PricedLine
from app.catalog.pricing import PricedOrder
from app.orders.capture import ItemRequest
from app.orders.capture import OrderRequest
from app.orders.drafts import Quote
from app.orders.forms import CustomerOrderForm
from app.orders.forms import DiscountForm
from app.orders.forms import LineForm
from app.orders.forms import StaffLineForm
from app.orders.forms import StaffOrderForm
from app.orders.forms import characteristic_spec
from app.orders.forms import discount_data
from app.orders.limits import max_order_items
from app.orders.limits import too_many_items_message
from app.orders.models import CustomerAccount
from app.taskforms import FormSpec
from app.taskforms import TaskForm
from app.taskforms import clean_form_data
from app.taskforms import form_for_task

LINE_KEY = re.compile(r"lines-(\d+)-offering_id")
ITEM_FIELD = re.compile(r"(lines-\d+)\.(.+)")
ADJUSTMENT_FIELD = re.compile(r"adjustments(?:\[\d+\]\.(kind|value|reason|applies_to))?")
CHARACTERISTIC = "product.productCharacteristic."
EMPTY = OrderRequest(account_id=None, items=[])


@dataclass(frozen=True)
class PriceRow:
    number: int
    offering_name: str
    priced: PricedLine | None  # None until the line is complete and valid


@dataclass(frozen=True)
class PriceView:
    """What the price panel shows: a row per line, the totals when every line prices, the problems."""

    rows: list[PriceRow]
    totals: PricedOrder | None
    problems: list[str]


@dataclass
class LineEntry:
    """One order line: its static form, its generated characteristic form, and its item once valid."""

    key: int
    offering: ProductOffering
    form: LineForm
    spec: FormSpec
    characteristics: TaskForm
    item: ItemRequest | None = None
    errors: list[str] = field(default_factory=list)

    @property
    def prefix(self) -> str:
        return f"lines-{self.key}"

    @property
    def discount(self) -> DiscountForm | None:
        return self.form.discount.form if isinstance(self.form, StaffLineForm) else None

    def validate(self) -> bool:
        """Run both forms' validators (all of them, so every error shows); build the item if valid."""
        valid = bool(self.form.validate()) & bool(self.characteristics.validate())
        if valid:
            values = clean_form_data(self.characteristics, self.spec).get(_group(self.key), {})
            quantity = self.form.quantity.data
            assert quantity is not None, "InputRequired: a valid form has it"
            self.item = ItemRequest(offering_id=self.offering.id, quantity=quantity,
                                    characteristics=values, field_prefix=self.prefix,
                                    adjustments=self.discount.adjustments() if self.discount else [])
        return valid

    def place(self, name: str, message: str) -> None:
        """Put capture's error about ``<prefix>.<name>`` next to its field, else on the line."""
        target: Field | None = None
        adjustment = ADJUSTMENT_FIELD.fullmatch(name)
        if name.startswith(CHARACTERISTIC):
            characteristic = f"{_group(self.key)}.{name.removeprefix(CHARACTERISTIC)}"
            if characteristic in self.characteristics.field_attrs:
                target = self.characteristics.field_named(characteristic)
        elif name == "quantity":
            target = self.form.quantity
        elif adjustment and self.discount is not None:
            target = self.discount[adjustment.group(1) or "value"]
        if target is None:
            self.errors.append(message)
        else:
            _add_error(target, message)

    def fields(self) -> list[Field]:
        return _leaves(self.form) + list(self.characteristics)


@dataclass
class OrderEntry:
    """The whole order: the order form (staff or customer), the lines, errors that fit no field."""

    form: StaffOrderForm | CustomerOrderForm
    lines: list[LineEntry]
    errors: list[str] = field(default_factory=list)
    too_many: bool = False  # more lines were posted than an order may have (the rest were not kept)

    @property
    def staff(self) -> bool:
        return isinstance(self.form, StaffOrderForm)

    def edit_lines(self, action: str, offering_id: str) -> bool:
        """Carry out a line action, ``add`` (a line of ``offering_id``) or ``remove-<key>``; False for others.

        :raises NotFound: unknown offering.
        """
        if action == "add":
            self.add_line(offering_id)
        elif action.startswith("remove-"):
            self.remove_line(action.removeprefix("remove-"))
        else:
            return False
        return True

    def add_line(self, offering_id: str) -> None:
        """Append a blank line of the offering. :raises NotFound: unknown offering."""
        if not offering_id:
            self.errors.append("Choose a product to add.")
            return
        if len(self.lines) >= max_order_items():
            self.errors.append(_sentence(too_many_items_message(max_order_items())))
            return
        key = max((line.key for line in self.lines), default=-1) + 1
        self.lines.append(_line(key, catalog.get_offering(offering_id), staff=self.staff))

    def remove_line(self, key: str) -> None:
        self.lines = [line for line in self.lines if str(line.key) != key]

    def validate(self, *, saving: bool, live: bool = False) -> bool:
        """Validate every form; when ``saving``, also require lines and (staff) a customer account.

        ``live`` is the price preview sent while the person types: it is not an attempt to save, so
        a field still blank says nothing yet (its line just shows no price), else a line just added
        would greet them with "This field is required" on every field they have not reached.
        """
        valid = bool(self.form.validate()) and not self.too_many
        for line in self.lines:
            valid = line.validate() and valid
        if live:
            for blank in self._fields():
                if _blank(blank):
                    blank.errors = []
        if saving and not self.lines:
            self.errors.append("Add at least one product to the order.")
            valid = False
        if saving and isinstance(self.form, StaffOrderForm) and not self.form.account_id.data:
            _add_error(self.form.account_id, "Choose the customer account.")
            valid = False
        return valid

    def _fields(self) -> list[Field]:
        return _leaves(self.form) + [f for line in self.lines for f in line.fields()]

    def request(self) -> OrderRequest:
        """The order request from the lines known to be valid; a customer's carries no account."""
        items = [line.item for line in self.lines if line.item is not None]
        if not isinstance(self.form, StaffOrderForm):
            return OrderRequest(account_id=None, items=items)
        account = self.form.account_id.data or ""
        return OrderRequest(account_id=int(account) if account.isdecimal() else None, items=items,
                            adjustments=self.form.discount.form.adjustments())

    def place(self, errors: list[dict[str, Any]]) -> None:
        """Put capture's errors (``{"field", "message"}``) next to the fields they name."""
        lines = {line.prefix: line for line in self.lines}
        for error in errors:
            name, message = str(error.get("field") or ""), _sentence(str(error.get("message", "")))
            item = ITEM_FIELD.fullmatch(name)
            if item and item.group(1) in lines:
                lines[item.group(1)].place(item.group(2), message)
            elif not self._place_on_order(name, message):
                self.errors.append(message)

    def _place_on_order(self, name: str, message: str) -> bool:
        if not isinstance(self.form, StaffOrderForm):
            return False
        adjustment = ADJUSTMENT_FIELD.fullmatch(name)
        if adjustment:
            _add_error(self.form.discount.form[adjustment.group(1) or "value"], message)
        elif name.startswith("relatedParty"):
            _add_error(self.form.account_id, message)
        return bool(adjustment) or name.startswith("relatedParty")

    def price_view(self, quote: Quote | None) -> PriceView:
        """The price panel for ``quote`` (of ``request()``), with every error message in the entry.

        Totals show only when every line priced: a total without an unfinished line would mislead.
        """
        priced = iter(quote.lines if quote else ())
        rows = [PriceRow(number, line.offering.name, next(priced, None) if line.item is not None else None)
                for number, line in enumerate(self.lines, 1)]
        totals = quote.totals if quote is not None and all(row.priced for row in rows) else None
        return PriceView(rows=rows, totals=totals, problems=self.problems())

    def problems(self) -> list[str]:
        """Every error, said with where it is (the price panel lists them beside the prices)."""
        found = list(self.errors) + [f"{f.label.text}: {e}" for f in _leaves(self.form) for e in f.errors]
        for number, line in enumerate(self.lines, 1):
            where = f"Line {number} ({line.offering.name})"
            found += [f"{where}: {error}" for error in line.errors]
            found += [f"{where}, {f.label.text}: {e}" for f in line.fields() for e in f.errors]
        return found


def entry_from_request(request: OrderRequest, *, staff: bool, accounts: list[CustomerAccount]) -> OrderEntry:
    """An entry showing ``request`` (blank, or a stored draft's); its items count as valid.

    :raises NotFound: an item's offering no longer exists.
    """
    data: dict[str, Any] = {"account_id": str(request.account_id or ""),
                            "discount": discount_data(request.adjustments)}
    form = _order_form(staff, accounts, formdata=None, data=data)
    lines = []
    for key, item in enumerate(request.items):
        line = _line(key, catalog.get_offering(item.offering_id), staff=staff,
                     data={"quantity": item.quantity, "discount": discount_data(item.adjustments)},
                     values=item.characteristics)
        line.item = replace(item, field_prefix=line.prefix)
        lines.append(line)
    return OrderEntry(form, lines)


def entry_from_post(formdata: MultiDict[str, str], *, staff: bool,
                    accounts: list[CustomerAccount]) -> OrderEntry:
    """The entry as the browser posted it (not yet validated).

    :raises NotFound: a line names an offering that does not exist.
    """
    keys = sorted({int(match.group(1)) for name in formdata if (match := LINE_KEY.fullmatch(name))})
    limit = max_order_items()  # bounds the work one post can ask for
    lines = [_line(key, catalog.get_offering(formdata.get(f"lines-{key}-offering_id")), staff=staff,
                   formdata=formdata) for key in keys[:limit]]
    entry = OrderEntry(_order_form(staff, accounts, formdata=formdata), lines)
    if len(keys) > limit:
        entry.errors.append(_sentence(f"{too_many_items_message(limit)}; only the first {limit} lines were kept"))
        entry.too_many = True
    return entry


def _order_form(staff: bool, accounts: list[CustomerAccount], *, formdata: MultiDict[str, str] | None,
                data: dict[str, Any] | None = None) -> StaffOrderForm | CustomerOrderForm:
    if not staff:
        return CustomerOrderForm(formdata=formdata)
    form = StaffOrderForm(formdata=formdata, data=data)
    form.account_id.choices = [SelectChoice("", "— Choose a customer —")] + [SelectChoice(str(a.id), a.name)
                                                                           for a in accounts]
    return form


def _line(key: int, offering: ProductOffering, *, staff: bool, formdata: MultiDict[str, str] | None = None,
          data: dict[str, Any] | None = None, values: dict[str, Any] | None = None) -> LineEntry:
    line_class = StaffLineForm if staff else LineForm
    form = line_class(formdata=formdata, prefix=f"lines-{key}-", data={**(data or {}), "offering_id": offering.id})
    spec = characteristic_spec(offering, _group(key))
    characteristics = form_for_task(spec, {_group(key): values or {}}, formdata=formdata, csrf=False)
    return LineEntry(key, offering, form, spec, characteristics)


def _group(key: int) -> str:
    return f"lines-{key}-chars"


def _leaves(form: Form) -> list[Field]:
    """The form's input fields, sub-forms opened up."""
    leaves: list[Field] = []
    for bound in form:
        leaves += _leaves(bound.form) if isinstance(bound, FormField) else [bound]
    return leaves


def _blank(target: Field) -> bool:
    """Nothing was typed or chosen in the field (a select left on its empty choice counts)."""
    return not any(str(value).strip() for value in target.raw_data or [])


def _add_error(target: Field, message: str) -> None:
    target.errors = [*target.errors, message]


def _sentence(message: str) -> str:
    return message[:1].upper() + message[1:] if message else "Something is wrong here."
