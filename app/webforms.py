"""What every page form is built on: Flask-WTF's form, reading only what a form can hold, and a decimal field
that takes finite numbers only.

Flask-WTF reads a JSON body as the form when no form fields were posted. A list, a number or an object with
a number or an object in it made it (or a field's validator) raise, a 500; ``PageForm`` answers such a body
400. ``FiniteDecimalField`` refuses ``NaN``, ``sNaN`` and ``Infinity``, which ``Decimal`` reads and a
``NumberRange`` either lets through or, for ``sNaN``, raises on.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from flask import request
from flask_wtf import FlaskForm
from wtforms import DecimalField

from app.errors import BadRequest


def _form_value(value: Any) -> bool:
    return isinstance(value, str) or (isinstance(value, list) and all(isinstance(v, str) for v in value))


class PageForm(FlaskForm):  # type: ignore[misc]  # Flask-WTF ships no types
    """Flask-WTF's form, whose JSON body (when no form was posted) must be an object of texts or lists of texts.

    :raises BadRequest: on binding, any other JSON body.
    """

    class Meta(FlaskForm.Meta):  # type: ignore[misc]  # Flask-WTF ships no types
        def wrap_formdata(self, form: Any, formdata: Any) -> Any:
            if request and request.method != "GET" and request.is_json and not request.form and not request.files:
                body = request.get_json(silent=True)
                if body is not None and not (isinstance(body, dict) and all(map(_form_value, body.values()))):
                    raise BadRequest("a form is posted as form fields, or as a JSON object of texts")
            return super().wrap_formdata(form, formdata)


class FiniteDecimalField(DecimalField):
    """A ``DecimalField`` whose value is a finite number (``NaN``, ``sNaN`` and ``Infinity`` are not valid)."""

    def process_formdata(self, valuelist: list[Any]) -> None:
        super().process_formdata(valuelist)
        if isinstance(self.data, Decimal) and not self.data.is_finite():
            self.data = None
            raise ValueError(self.gettext("Not a valid decimal value."))
