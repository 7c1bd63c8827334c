"""The workspace's revise page as a form: each line's characteristics as generated fields (a select for
allowed values, a checkbox for a yes/no, typed inputs), a *Remove this line* box, and one line to add.

It turns what the agent posted into a revision's ``productOrderItem`` list (only what changed), and
puts the revision's errors back next to the fields they name. Field names are ``line-<n>-chars.<name>``
(``<n>`` the line's number), the same generated fields order entry uses. The line to add gets its offering's
fields (``new-line-chars.<name>``) once it is chosen; the preview waits until they have been shown and filled.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from dataclasses import field
from typing import Any

from werkzeug.datastructures import MultiDict
from wtforms import Field

from app.catalog import service as catalog
from app.errors import NotFound
from app.orders.entry import CHARACTERISTIC  # how capture names a line's characteristic fields
from app.orders.forms import characteristic_spec
from app.orders.models import OrderItem
from app.orders.models import ProductOrder
from app.taskforms import FormSpec
from app.taskforms import FormSpecError
from app.taskforms import TaskForm
from app.taskforms import clean_form_data
from app.taskforms import form_for_task

ITEM_FIELD = re.compile(r"productOrderItem\[(\d+)\]\.(.*)")
ADD_FIELD = "add_offering"
SHOWN_FIELD = "add_shown"  # the offering whose fields the page showed for the line to add
NEW_GROUP = "new-line-chars"
EDITABLE_ACTIONS = ("add", "modify")  # a disconnect, suspend or resume line has nothing to change but itself


@dataclass
class RevisedLine:
    """One line of the order on the revise page."""

    item: OrderItem
    spec: FormSpec
    characteristics: TaskForm
    remove: bool

    @property
    def group(self) -> str:
        return _group(self.item.seq)

    def changed_values(self) -> dict[str, Any]:
        """The characteristics the agent changed (call after a successful ``validate``)."""
        values = clean_form_data(self.characteristics, self.spec).get(self.group, {})
        current = self.item.characteristics
        return {name: value for name, value in values.items()
                if (current[name] != value if name in current else value not in (None, "", False))}

    def field_of(self, name: str) -> Field | None:
        qualified = f"{self.group}.{name}"
        return self.characteristics.field_named(qualified) if qualified in self.characteristics.field_attrs else None


@dataclass
class NewLine:
    """The line to add: its offering's characteristic fields."""

    offering_id: str
    spec: FormSpec
    characteristics: TaskForm
    shown: bool  # the page showed these fields before this post (else they are new: nothing to check yet)

    def values(self) -> dict[str, Any]:
        """The values given (call after a successful ``validate``)."""
        given = clean_form_data(self.characteristics, self.spec).get(NEW_GROUP, {})
        return {name: value for name, value in given.items() if value not in (None, "")}

    def field_of(self, name: str) -> Field | None:
        qualified = f"{NEW_GROUP}.{name}"
        return self.characteristics.field_named(qualified) if qualified in self.characteristics.field_attrs else None


@dataclass
class ReviseForm:
    """Every line of the order, the offering to add with its fields, and the errors that fit no field."""

    lines: list[RevisedLine]
    add_offering: str
    new_line: NewLine | None = None
    add_errors: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    items: list[dict[str, Any]] = field(default_factory=list)  # the request, once ``validate`` built it

    @property
    def new_line_to_fill(self) -> bool:
        """An offering to add was just chosen: its fields are shown to be filled before anything is previewed."""
        return self.new_line is not None and not self.new_line.shown and bool(self.new_line.spec.fields)

    def validate(self) -> bool:
        """Check every kept line's fields and the new line's (all of them, so every error shows) and build
        ``items``; not while the new line's fields are shown for the first time."""
        valid = not self.new_line_to_fill
        for line in self.lines:
            if not line.remove:
                valid &= bool(line.characteristics.validate())
        if self.new_line is not None and self.new_line.shown:
            valid &= bool(self.new_line.characteristics.validate())
        if valid:
            self.items = self._request()
        return valid

    def place(self, errors: list[dict[str, Any]]) -> None:
        """Put the revision's errors (``{"field", "message"}``, fields named as in ``items``) next to their field."""
        lines = {str(line.item.seq): line for line in self.lines}
        for error in errors:
            name, message = str(error.get("field") or ""), str(error["message"])
            if not self._place(lines, name, message):
                self.errors.append(f"{name}: {message}" if name else message)

    @property
    def has_field_errors(self) -> bool:
        return bool(self.add_errors) or any(f.errors for line in self.lines for f in line.characteristics)

    def _request(self) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = []
        for line in self.lines:
            if line.remove:
                items.append({"id": str(line.item.seq), "action": "delete"})
            elif changed := line.changed_values():
                items.append({"id": str(line.item.seq), "product": {"productCharacteristic": [
                    {"name": name, "value": value} for name, value in changed.items()]}})
        if self.add_offering:
            new_id = str(max([line.item.seq for line in self.lines] + [0]) + 1)
            values = self.new_line.values() if self.new_line is not None else {}
            items.append({"id": new_id, "action": "add", "productOffering": {"id": self.add_offering}, "quantity": 1,
                          "product": {"productCharacteristic": [{"name": k, "value": v} for k, v in values.items()]}})
        return items

    def _place(self, lines: dict[str, RevisedLine], name: str, message: str) -> bool:
        matched = ITEM_FIELD.fullmatch(name)
        if matched is None or int(matched[1]) >= len(self.items):
            return False
        item, rest = self.items[int(matched[1])], matched[2]
        characteristic = rest.removeprefix(CHARACTERISTIC)
        if item.get("action") == "add":
            target = self.new_line.field_of(characteristic) if self.new_line is not None else None
            if target is not None and characteristic != rest:
                target.errors = [*target.errors, message]
            else:
                self.add_errors.append(message if rest == "productOffering.id" else f"{characteristic}: {message}")
            return True
        target = lines[item["id"]].field_of(characteristic) if characteristic != rest else None
        if target is None:
            return False
        target.errors = [*target.errors, message]
        return True


def revise_form(order: ProductOrder, formdata: MultiDict[str, str] | None = None) -> ReviseForm:
    """The revise form of ``order``: opened with the lines' values, or with what was posted."""
    posted = formdata or MultiDict()
    add_offering = posted.get(ADD_FIELD, "").strip()
    return ReviseForm(lines=[_line(item, formdata) for item in order.items], add_offering=add_offering,
                      new_line=_new_line(add_offering, posted) if add_offering else None)


def _new_line(offering_id: str, posted: MultiDict[str, str]) -> NewLine | None:
    """The fields of the offering chosen to add (none for an unknown one: the revision says why)."""
    try:
        spec = characteristic_spec(catalog.get_offering(offering_id), NEW_GROUP)
    except (NotFound, FormSpecError):
        return None
    shown = posted.get(SHOWN_FIELD) == offering_id
    return NewLine(offering_id=offering_id, spec=spec, shown=shown,
                   characteristics=form_for_task(spec, {}, formdata=posted if shown else None, csrf=False))


def _line(item: OrderItem, formdata: MultiDict[str, str] | None) -> RevisedLine:
    spec = FormSpec(title=item.offering_name, description="", fields=())  # nothing to change but removing it
    if item.action in EDITABLE_ACTIONS:
        try:
            spec = characteristic_spec(catalog.get_offering(item.offering_id), _group(item.seq))
        except (NotFound, FormSpecError):  # gone from the catalog, or names no form field can carry
            pass
    characteristics = form_for_task(spec, {_group(item.seq): dict(item.characteristics)}, formdata=formdata,
                                    csrf=False)
    remove = bool(formdata and formdata.get(f"remove-{item.seq}"))
    return RevisedLine(item=item, spec=spec, characteristics=characteristics, remove=remove)


def _group(seq: int) -> str:
    return f"line-{seq}-chars"
