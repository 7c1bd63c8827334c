"""The one blueprint of Ordra's own JSON API, ``/api/v1``: header credentials only, CSRF-exempt."""
from __future__ import annotations

from flask import Blueprint

bp = Blueprint("api", __name__, url_prefix="/api/v1")
