"""Ordra: order management on BPMN/DMN. ``create_app`` wires the pieces; it does no work itself.

``main`` is the ``ordra`` command: Flask's CLI group over this factory (the commands are in ``app.cli``).
"""
from __future__ import annotations

import gc
import os
from collections.abc import Mapping
from typing import Any

from flask import Flask

from app.config import load_config
from app.extensions import csrf
from app.extensions import db
from app.extensions import login_manager
from app.labels import line_action_label
from app.labels import state_label
from app.logs import configure_logging


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    app = Flask(__name__, instance_path=os.environ.get("ORDRA_INSTANCE_PATH") or _default_instance_path(),
                instance_relative_config=True)
    os.makedirs(app.instance_path, exist_ok=True)
    load_config(app, dict(config or {}))
    # JSON keeps the order it was built in: a form schema's properties are its fields in order, and the defaults
    # (sorted keys, Flask's and Jinja's tojson's) showed them by name to API clients and the studio's form editor.
    app.json.sort_keys = False  # type: ignore[attr-defined]
    app.jinja_env.policies["json.dumps_kwargs"] = {"sort_keys": False}
    from app.database import utcnow
    from app.instances.service import STARTED_AT
    app.extensions[STARTED_AT] = utcnow()  # with in-process jobs, older connector claims are a dead process's
    configure_logging(app)
    db.init_app(app)
    csrf.init_app(app)
    login_manager.init_app(app)
    _register_models()
    from app.validation import install as install_input_checks
    install_input_checks(app)  # before the blueprints: their <int:...> routes take its id converter
    from app.wiring import wire
    wire(app)  # connectors, listeners, jobs and blueprints
    app.add_template_filter(state_label, "state_label")
    app.add_template_filter(line_action_label, "line_action_label")
    from app.catalog.money import configured_currency
    from app.catalog.money import symbol
    from app.catalog.service import characteristic_display
    app.add_template_global(characteristic_display, "characteristic_display")
    app.add_template_global(lambda: symbol(app.config["CURRENCY"]), "currency_symbol")
    app.add_template_global(configured_currency, "currency_code")
    from app.web import register_web_hooks
    register_web_hooks(app)
    from app.cli import register_cli
    register_cli(app)
    if not app.testing:  # tests make an app each; their heaps must stay collectable
        _settle_heap()
    return app


def _settle_heap() -> None:
    """Take what start-up built (modules, mappers, the app: some 200,000 objects) out of the cyclic collector's
    rounds. They live as long as the process, yet every full collection walked them all: ~100 ms, every few
    hundred requests, on whichever request was running. Start-up's own garbage is collected first; objects
    made later (a request's) are collected as before."""
    gc.collect()
    gc.freeze()


def _default_instance_path() -> str:
    return os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "instance")


def _register_models() -> None:
    """Import every model module so metadata (and Alembic) sees all tables."""
    from app.auth import models as _auth  # noqa: F401
    from app.catalog import models as _catalog  # noqa: F401
    from app.connectors import models as _connectors  # noqa: F401
    from app.engine import models as _engine  # noqa: F401
    from app.fallout import models as _fallout  # noqa: F401
    from app.inbox import models as _inbox  # noqa: F401
    from app.jeopardy import models as _jeopardy  # noqa: F401
    from app.orchestration import models as _orchestration  # noqa: F401
    from app.orders import models as _orders  # noqa: F401
    from app.studio import models as _studio  # noqa: F401
    from app.tmf import models as _tmf  # noqa: F401


def main() -> None:
    import sys

    from flask.cli import FlaskGroup

    from app.config import ConfigError
    cli = FlaskGroup(create_app=create_app, add_default_commands=True, add_version_option=False,
                     help="Ordra order management.")
    try:
        cli.main(prog_name="ordra")
    except ConfigError as error:
        print(f"error: configuration: {error}", file=sys.stderr)
        sys.exit(2)
