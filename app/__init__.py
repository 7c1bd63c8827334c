"""Ordra: order management on BPMN/DMN. ``create_app`` wires the pieces; it does no work itself."""
from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from flask import Flask

from app.config import load_config
from app.extensions import csrf
from app.extensions import db
from app.extensions import login_manager
from app.labels import state_label
from app.logs import configure_logging


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    app = Flask(__name__, instance_path=os.environ.get("ORDRA_INSTANCE_PATH") or _default_instance_path(),
                instance_relative_config=True)
    os.makedirs(app.instance_path, exist_ok=True)
    load_config(app, dict(config or {}))
    configure_logging(app)
    db.init_app(app)
    csrf.init_app(app)
    login_manager.init_app(app)
    _register_models()
    from app.validation import install as install_input_checks
    install_input_checks(app)  # before the blueprints: their <int:...> routes take its id converter
    _register_blueprints(app)
    app.add_template_filter(state_label, "state_label")
    from app.catalog.service import characteristic_units
    app.add_template_global(characteristic_units, "characteristic_units")
    from app.web import register_web_hooks
    register_web_hooks(app)
    from app.cli import register_cli
    register_cli(app)
    return app


def _default_instance_path() -> str:
    return os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "instance")


def _register_models() -> None:
    """Import every model module so metadata (and Alembic) sees all tables."""
    from app.auth import models as _auth  # noqa: F401
    from app.catalog import models as _catalog  # noqa: F401
    from app.connectors import models as _connectors  # noqa: F401
    from app.engine import models as _engine  # noqa: F401
    from app.fallout import service as _fallout  # noqa: F401  (models, jobs and its instance listener)
    from app.inbox import models as _inbox  # noqa: F401
    from app.instances import continuation as _continuation  # noqa: F401  (its job and instance listener)
    from app.instances import migrations as _migration_jobs  # noqa: F401  (registers its jobs)
    from app.instances import service as _jobs  # noqa: F401  (registers its jobs)
    from app.jeopardy import service as _jeopardy  # noqa: F401  (models and its instance listener)
    from app.orchestration import service as _orchestration  # noqa: F401  (models and its instance listener)
    from app.orders import bulk_import as _imports  # noqa: F401  (models and its job)
    from app.studio import models as _studio  # noqa: F401


def _register_blueprints(app: Flask) -> None:
    from app.api import bp as api_bp
    from app.api.docs import bp as api_docs_bp
    from app.auth.views import bp as auth_bp
    from app.catalog.views import bp as catalog_bp
    from app.connectors.views import bp as simulator_bp
    from app.fallout.views import bp as fallout_bp
    from app.inbox.views import bp as inbox_bp
    from app.instances.views import bp as instances_bp
    from app.jeopardy.views import bp as jeopardy_bp
    from app.ops.views import bp as ops_bp
    from app.portal.views import bp as portal_bp
    from app.studio.views import bp as studio_bp
    from app.tmf import bp as tmf_bp
    from app.workspace.orchestration import bp as orchestration_ui_bp
    from app.workspace.views import bp as workspace_bp

    for blueprint in (auth_bp, inbox_bp, studio_bp, instances_bp, ops_bp, jeopardy_bp, catalog_bp, workspace_bp,
                      portal_bp, fallout_bp, simulator_bp, orchestration_ui_bp, api_docs_bp):
        app.register_blueprint(blueprint)
    app.register_blueprint(api_bp)
    csrf.exempt(api_bp)  # the API takes header credentials only, never the session cookie
    app.register_blueprint(tmf_bp)
    csrf.exempt(tmf_bp)  # so do the TM Forum APIs
