"""The studio's blueprint, shared by its page views and its editors' routes (``views``, ``editor_views``)."""
from __future__ import annotations

from flask import Blueprint

bp = Blueprint("studio", __name__, url_prefix="/studio")

# the studio's paths name a model kind in the plural (/studio/processes/...), its services in the singular
KIND_OF_PATH = {"processes": "process", "decisions": "decision", "forms": "form"}
