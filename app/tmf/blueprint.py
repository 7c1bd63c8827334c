"""The one blueprint of the TM Forum Open APIs, ``/tmf-api``: header credentials only, CSRF-exempt."""
from __future__ import annotations

from flask import Blueprint

bp = Blueprint("tmf", __name__, url_prefix="/tmf-api")
