"""Build a WTForms class from a :class:`FormSpec`: one builder per field kind.

``build_form_class`` makes a new class on every call, so no request ever sees fields another
request added (STYLE §7.3 principle 12). Field attributes are named ``field_0``, ``field_1``…
while each field's HTML name is the spec name: that way a schema property called ``data``,
``errors`` or ``validate`` cannot shadow the form's own attributes.
"""
from __future__ import annotations

import math
import types
from collections.abc import Callable
from collections.abc import Mapping
from typing import Any
from typing import ClassVar
from typing import cast

from wtforms import BooleanField
from wtforms import EmailField
from wtforms import Field
from wtforms import Form
from wtforms import HiddenField
from wtforms import PasswordField
from wtforms import RadioField
from wtforms import SelectField
from wtforms import SelectMultipleField
from wtforms import StringField
from wtforms import TextAreaField
from wtforms.fields.choices import SelectChoice  # type: ignore[attr-defined]  # stubs predate 3.3
from wtforms.fields.core import UnboundField
from wtforms.utils import unset_value
from wtforms.widgets import CheckboxInput
from wtforms.widgets import DateInput
from wtforms.widgets import DateTimeLocalInput
from wtforms.widgets import ListWidget
from wtforms.widgets import NumberInput

from app.taskforms.spec import FieldSpec
from app.taskforms.spec import FormSpec
from app.taskforms.spec import RequiredWhen
from app.taskforms.spec import choice_key
from app.taskforms.validators import has_input
from app.taskforms.validators import validators_for
from app.taskforms.values import datetime_input_text
from app.taskforms.values import parse_date
from app.taskforms.values import parse_datetime
from app.taskforms.values import parse_integer
from app.taskforms.values import parse_number
from app.webforms import PageForm

BLANK_OPTION_LABEL = "— Select —"


class TaskForm(Form):
    """Base of every generated form class.

    ``field_attrs`` maps spec names to attribute names; ``initial_values`` holds the JSON values
    the form was opened with (set by ``form_for_task``), which read-only fields hand back.
    """

    field_attrs: ClassVar[Mapping[str, str]] = types.MappingProxyType({})
    conditions: ClassVar[tuple[tuple[RequiredWhen, str], ...]] = ()  # each with the error it gives
    initial_values: Mapping[str, Any] = types.MappingProxyType({})

    def field_named(self, name: str) -> Field:
        """Return the bound field for the spec field ``name``."""
        return self[self.field_attrs[name]]

    def validate(self, extra_validators: Any = None) -> bool:
        """Validate every field, then require what the choices made require (the spec's ``conditions``)."""
        valid = bool(super().validate(extra_validators))
        for condition, message in self.conditions:
            chooser = self.field_named(condition.field)
            if chooser.errors or not _chosen(chooser, condition):
                continue
            for field in map(self.field_named, condition.required):
                if not field.errors and not has_input(field):
                    field.errors = [*field.errors, message]
                    valid = False
        return valid


def _chosen(chooser: Field, condition: RequiredWhen) -> bool:
    if isinstance(chooser, BooleanField):
        return bool(chooser.data) in condition.values
    return chooser.data in {choice_key(value) for value in condition.values}


class ParsedField(Field):
    """One text input parsed into a JSON value by ``parse``; blank input means ``None``.

    ``parse`` raises ``ValueError`` with the message to show; ``show`` turns a stored value
    back into the input's text.
    """

    def __init__(
        self, *args: Any, parse: Callable[[str], Any], show: Callable[[Any], str] = str, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.parse = parse
        self.show = show

    def process_data(self, value: Any) -> None:
        self.data = value

    def process_formdata(self, valuelist: list[Any]) -> None:
        text = str(valuelist[0]) if valuelist else ""
        self.data = None
        if text.strip():
            self.data = self.parse(text)

    def _value(self) -> str:
        if self.raw_data:
            return str(self.raw_data[0])
        return "" if self.data is None else self.show(self.data)


class _IgnoresSubmission(Field):
    """Mixed into read-only fields: they keep their initial value whatever was posted.

    Leaving the name out of the form data would not do: WTForms still processes an absent key
    (a checkbox turns ``False``, a multi-select ``[]``), so these fields never see form data.
    """

    def process(self, formdata: Any, data: Any = unset_value, extra_filters: Any = None) -> None:
        super().process(None, data, extra_filters)


_FIELD_CLASSES: tuple[type[Field], ...] = (
    StringField, TextAreaField, PasswordField, EmailField, HiddenField, ParsedField,
    BooleanField, RadioField, SelectField, SelectMultipleField,
)
_READ_ONLY: dict[type[Field], type[Field]] = {
    cls: type(f"ReadOnly{cls.__name__}", (_IgnoresSubmission, cls), {}) for cls in _FIELD_CLASSES
}


def build_form_class(spec: FormSpec, *, csrf: bool) -> type[TaskForm]:
    """Return a new form class for ``spec``.

    ``csrf=True`` bases it on ``app.webforms.PageForm`` (Flask-WTF's form: browser posts, CSRF token checked);
    ``csrf=False`` on a plain ``wtforms.Form`` (the JSON API, authenticated per request).
    """
    attrs: dict[str, Any] = {}
    names: dict[str, str] = {}
    for index, field in enumerate(spec.fields):
        names[field.name] = f"field_{index}"
        attrs[f"field_{index}"] = FIELD_BUILDERS[field.kind](field)
    attrs["field_attrs"] = types.MappingProxyType(names)
    attrs["conditions"] = tuple((condition, spec.condition_note(condition)) for condition in spec.conditions)
    bases: tuple[type, ...] = (TaskForm, PageForm) if csrf else (TaskForm,)
    form_class = types.new_class("GeneratedTaskForm", bases, exec_body=lambda ns: ns.update(attrs))
    return cast(type[TaskForm], form_class)


def html_attrs(spec: FieldSpec) -> dict[str, Any]:
    """Return the HTML attributes that mirror the spec's constraints in the browser."""
    attrs: dict[str, Any] = {}
    if spec.placeholder:
        attrs["placeholder"] = spec.placeholder
    if spec.readonly:
        attrs["disabled"] = True
    attrs.update(_KIND_ATTRS.get(spec.kind, _no_attrs)(spec))
    return attrs


def _no_attrs(spec: FieldSpec) -> dict[str, Any]:
    return {}


def _integer_attrs(spec: FieldSpec) -> dict[str, Any]:
    attrs: dict[str, Any] = {"step": "1"}
    if spec.minimum is not None:
        low = spec.minimum
        attrs["min"] = math.floor(low) + 1 if spec.exclusive_minimum else math.ceil(low)
    if spec.maximum is not None:
        high = spec.maximum
        attrs["max"] = math.ceil(high) - 1 if spec.exclusive_maximum else math.floor(high)
    return attrs


def _number_attrs(spec: FieldSpec) -> dict[str, Any]:
    # "any": without it browsers reject decimals. HTML has no exclusive bounds; the server
    # checks those alone.
    attrs: dict[str, Any] = {"step": "any"}
    if spec.minimum is not None and not spec.exclusive_minimum:
        attrs["min"] = spec.minimum
    if spec.maximum is not None and not spec.exclusive_maximum:
        attrs["max"] = spec.maximum
    return attrs


def _text_attrs(spec: FieldSpec) -> dict[str, Any]:
    attrs: dict[str, Any] = {}
    if spec.min_length is not None:
        attrs["minlength"] = spec.min_length
    if spec.max_length is not None:
        attrs["maxlength"] = spec.max_length
    if spec.pattern is not None and spec.kind != "textarea":
        # HTML anchors `pattern` to the whole value; JSON Schema searches anywhere in it.
        attrs["pattern"] = f".*(?:{spec.pattern}).*"
        if spec.pattern_hint:  # the browser's own refusal says only "match the requested format" without it
            attrs["title"] = spec.pattern_hint
    return attrs


def _datetime_attrs(spec: FieldSpec) -> dict[str, Any]:
    return {"step": "1"}  # lets the input hold seconds, which stored values may have


_KIND_ATTRS: dict[str, Callable[[FieldSpec], dict[str, Any]]] = {
    "integer": _integer_attrs,
    "number": _number_attrs,
    "string": _text_attrs,
    "textarea": _text_attrs,
    "password": _text_attrs,
    "email": _text_attrs,
    "datetime": _datetime_attrs,
}


def _make(spec: FieldSpec, field_class: type[Field], **options: Any) -> UnboundField[Any]:
    chosen = _READ_ONLY[field_class] if spec.readonly else field_class
    unbound = chosen(
        label=spec.label,
        validators=validators_for(spec),
        description=spec.help,
        render_kw=html_attrs(spec),
        name=spec.name,
        **options,
    )
    return cast("UnboundField[Any]", unbound)


def _choices(spec: FieldSpec) -> list[SelectChoice]:
    return [SelectChoice(choice_key(value), label) for value, label in spec.choices]


def _enum(spec: FieldSpec) -> UnboundField[Any]:
    if spec.widget == "radio":
        return _make(spec, RadioField, choices=_choices(spec), validate_choice=False)
    # The blank first option makes "not chosen yet" visible instead of preselecting choice one.
    options = [SelectChoice("", BLANK_OPTION_LABEL), *_choices(spec)]
    return _make(spec, SelectField, choices=options, validate_choice=False)


def _multi_enum(spec: FieldSpec) -> UnboundField[Any]:
    widgets: dict[str, Any] = {}
    if spec.widget == "checkboxes":
        widgets = {"widget": ListWidget(prefix_label=False), "option_widget": CheckboxInput()}
    return _make(spec, SelectMultipleField, choices=_choices(spec), validate_choice=False, **widgets)


def _simple(field_class: type[Field]) -> Callable[[FieldSpec], UnboundField[Any]]:
    return lambda spec: _make(spec, field_class)


def _parsed(
    parse: Callable[[str], Any], widget: Any, show: Callable[[Any], str] = str
) -> Callable[[FieldSpec], UnboundField[Any]]:
    return lambda spec: _make(spec, ParsedField, parse=parse, show=show, widget=widget)


FIELD_BUILDERS: dict[str, Callable[[FieldSpec], UnboundField[Any]]] = {
    "string": _simple(StringField),
    "textarea": _simple(TextAreaField),
    "password": _simple(PasswordField),
    "email": _simple(EmailField),
    "hidden": _simple(HiddenField),
    "integer": _parsed(parse_integer, NumberInput()),
    "number": _parsed(parse_number, NumberInput()),
    "date": _parsed(parse_date, DateInput()),
    "datetime": _parsed(parse_datetime, DateTimeLocalInput(), show=datetime_input_text),
    "boolean": _simple(BooleanField),
    "enum": _enum,
    "multi_enum": _multi_enum,
}
