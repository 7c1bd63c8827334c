"""The studio's blueprint, shared by its page views and its editors' routes (``views``, ``editor_views``)."""
from __future__ import annotations

from flask import Blueprint

bp = Blueprint("studio", __name__, url_prefix="/studio")
