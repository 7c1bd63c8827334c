"""The JSON API under ``/api/v1`` (header credentials only; see ``app.auth.access``)."""
from __future__ import annotations

from flask import Blueprint

bp = Blueprint("api", __name__, url_prefix="/api/v1")

from app.api import decisions as _decisions  # noqa: E402,F401  (routes register on bp)
from app.api import fallouts as _fallouts  # noqa: E402,F401
from app.api import instances as _instances  # noqa: E402,F401
from app.api import jeopardies as _jeopardies  # noqa: E402,F401
from app.api import migrations as _migrations  # noqa: E402,F401
from app.api import model_tests as _model_tests  # noqa: E402,F401
from app.api import models as _models  # noqa: E402,F401
from app.api import openapi as _openapi  # noqa: E402,F401
from app.api import orders as _orders  # noqa: E402,F401
from app.api import tasks as _tasks  # noqa: E402,F401
from app.api import timelines as _timelines  # noqa: E402,F401
