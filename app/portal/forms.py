"""The portal's static form: a request about an order."""
from __future__ import annotations

from wtforms import RadioField
from wtforms import TextAreaField
from wtforms.fields.choices import SelectChoice  # type: ignore[attr-defined]  # stubs predate 3.3
from wtforms.validators import DataRequired
from wtforms.validators import InputRequired
from wtforms.validators import Length

from app.orders.customer import MAX_REQUEST_TEXT
from app.webforms import PageForm

REQUEST_CHOICES = [SelectChoice("issue", "Report an issue"), SelectChoice("change", "Request a change"),
                   SelectChoice("cancellation", "Request a cancellation")]


class RequestForm(PageForm):
    kind = RadioField("What do you need?", choices=REQUEST_CHOICES,
                      validators=[InputRequired("Choose what you need.")])
    text = TextAreaField("Tell us more", validators=[DataRequired("Tell us what you need."),
                                                     Length(max=MAX_REQUEST_TEXT)])
