"""The app's explicit wiring: which connectors, listeners, jobs and blueprints an app has.

The factory (``app.create_app``) calls ``wire`` for every app, the web server's and ``ordra worker``'s
alike, so a worker can never miss a listener or a job. No module registers itself anywhere by
being imported; this is the one place that knows the whole house.
"""
from __future__ import annotations

from flask import Flask

from app import connectors
from app.connectors import billing
from app.connectors import demo
from app.connectors import field_service
from app.connectors.rest import connectors_from_config
from app.database import before_unit_commits
from app.extensions import csrf
from app.fallout import service as fallout
from app.instances import continuation
from app.instances import listeners
from app.instances import migrations as instance_migrations
from app.instances import service as instances
from app.jeopardy import calendar as business_calendar
from app.jeopardy import service as jeopardy
from app.jobs.queue import install_dispatch
from app.jobs.queue import register_backend
from app.jobs.queue import register_job
from app.jobs.rq_backend import RQBackend
from app.orchestration import cancellation
from app.orchestration import decomposition
from app.orchestration import service as orchestration
from app.orchestration import steps
from app.orders import bulk_import
from app.orders import fixes as order_fixes
from app.tmf import catalog_jobs as tmf_catalog_jobs
from app.tmf import notifications as tmf_events


def wire(app: Flask) -> None:
    business_calendar.install(app)
    register_connectors(app)
    register_listeners(app)
    register_jobs(app)
    register_blueprints(app)


def register_connectors(app: Flask) -> None:
    """Ordra's own steps, the demo simulators in demo mode, and every configured REST endpoint.

    A configured endpoint replaces a simulator of the same name, so a trial can swap systems in one by one.
    """
    for connector in steps.CONNECTORS:
        connectors.register(app, connector)
    if app.config["DEMO_CONNECTORS"]:
        register_demo_connectors(app)
    for connector in connectors_from_config(app.config["CONNECTORS"]):
        connectors.register(app, connector)


def register_demo_connectors(app: Flask) -> None:
    """The simulated inventory, provisioning, billing and field-service systems (``ordra demo``, tests)."""
    for connector in (*demo.CONNECTORS, *billing.CONNECTORS, *field_service.CONNECTORS):
        if connector.name not in app.config["CONNECTORS"]:
            connectors.register(app, connector)


def register_listeners(app: Flask) -> None:
    """What follows an instance step, in this order: a work item a step opens gets its due date as it is
    stored; the jeopardy watches see the new work items before fallout opens or resolves cases; a finished
    plan rolls its order up before a finished compensation lets its order be cancelled, and both before the
    order's promised date is looked at."""
    listeners.add_opening_listener(app, jeopardy.time_new_items)
    listeners.add_step_listener(app, jeopardy.follow_instance)
    listeners.add_step_listener(app, fallout.follow_instance)
    listeners.add_step_listener(app, continuation.hand_on)
    listeners.add_finish_listener(app, orchestration.plans_finished)
    listeners.add_finish_listener(app, cancellation.compensations_finished)
    listeners.add_finish_listener(app, jeopardy.follow_finished)
    listeners.add_late_answer_listener(app, cancellation.answered_after_cancel)
    listeners.add_system_started_processes(app, decomposition.plan_processes)
    order_fixes.add_fix_listener(app, orchestration.order_data_fixed)  # a fixed site reaches the work planned


def register_jobs(app: Flask) -> None:
    install_dispatch()  # jobs enqueued in a unit of work go to the backend when it commits
    instances.install_session_hooks()  # the step path's per-transaction bookkeeping
    before_unit_commits(instances.run_started_calls)  # Ordra's own steps run where they were started
    register_job(app, "run_service_call", instances.run_service_call)
    register_job(app, "fire_timers", instances.fire_timers)
    register_job(app, "retry_fallout", fallout.retry_fallout)
    register_job(app, "import_orders", bulk_import.import_chunk)
    register_job(app, "continue_instance", continuation.continue_instance)
    register_job(app, "migrate_instances", instance_migrations.run_batch)
    register_job(app, "deliver_tmf_events", tmf_events.deliver_tmf_events)
    register_job(app, "run_catalog_job", tmf_catalog_jobs.run_catalog_job)
    tmf_events.install_event_capture()  # TMF hub events are recorded in the unit of work that made them
    register_backend(app, "rq", RQBackend)


def register_blueprints(app: Flask) -> None:
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
    from app.workspace.imports import bp as order_imports_bp
    from app.workspace.orchestration import bp as orchestration_ui_bp
    from app.workspace.views import bp as workspace_bp

    for blueprint in (auth_bp, inbox_bp, studio_bp, instances_bp, ops_bp, jeopardy_bp, catalog_bp, workspace_bp,
                      portal_bp, fallout_bp, simulator_bp, orchestration_ui_bp, api_docs_bp, order_imports_bp):
        app.register_blueprint(blueprint)
    app.register_blueprint(api_bp)
    csrf.exempt(api_bp)  # the API takes header credentials only, never the session cookie
    app.register_blueprint(tmf_bp)
    csrf.exempt(tmf_bp)  # so do the TM Forum APIs
