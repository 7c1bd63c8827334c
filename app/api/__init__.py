"""The JSON API under ``/api/v1`` (header credentials only; see ``app.auth.access``).

Each module adds its routes to ``app.api.blueprint.bp`` (Flask's own idiom for a blueprint's
routes); importing this package imports them all, so the factory registers one blueprint.
"""
from __future__ import annotations

from app.api import business_calendar as _business_calendar  # noqa: F401  (routes register on bp)
from app.api import connectors as _connectors  # noqa: F401
from app.api import decisions as _decisions  # noqa: F401
from app.api import drafts as _drafts  # noqa: F401
from app.api import fallouts as _fallouts  # noqa: F401
from app.api import instances as _instances  # noqa: F401
from app.api import jeopardies as _jeopardies  # noqa: F401
from app.api import migrations as _migrations  # noqa: F401
from app.api import model_tests as _model_tests  # noqa: F401
from app.api import models as _models  # noqa: F401
from app.api import openapi as _openapi  # noqa: F401
from app.api import orders as _orders  # noqa: F401
from app.api import tasks as _tasks  # noqa: F401
from app.api import timelines as _timelines  # noqa: F401
from app.api import tokens as _tokens  # noqa: F401
from app.api.blueprint import bp

__all__ = ["bp"]
