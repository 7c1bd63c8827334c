"""The ``ordra`` command line (a Flask CLI group; ``flask --app wsgi`` works too)."""
from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

import click
from flask import Flask
from flask import current_app
from flask.cli import with_appcontext

from app.database import unit_of_work
from app.errors import DomainError


def register_cli(app: Flask) -> None:
    for command in (demo, seed, db_group, models_group, users_group, orders_group, worker, reconcile):
        app.cli.add_command(command)


def _fail(error: DomainError) -> None:
    for item in error.errors:
        where = ":".join(str(item[k]) for k in ("file", "line", "field") if item.get(k) not in (None, ""))
        click.echo(f"error: {where + ': ' if where else ''}{item['message']}", err=True)
    sys.exit(1)


@click.group("db", help="Database schema.")
def db_group() -> None:
    pass


@db_group.command("upgrade", help="Apply all migrations.")
@with_appcontext
def db_upgrade() -> None:
    from app.migrate import upgrade
    upgrade()
    click.echo("database is up to date")


@db_group.command("revision", help="Autogenerate a migration (developers).")
@click.option("-m", "--message", required=True)
@with_appcontext
def db_revision(message: str) -> None:
    from app.migrate import revision
    revision(message)


@click.group("models", help="BPMN, DMN and form models.")
def models_group() -> None:
    pass


@models_group.command("deploy", help="Validate and deploy files (or every model file in directories) as a new version; "
                                      "files identical to their latest versions deploy nothing.")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--note", default="")
@click.option("--force", is_flag=True, help="Deploy although saved test cases fail (the deployment records them).")
@with_appcontext
def models_deploy(paths: tuple[Path, ...], note: str, force: bool) -> None:
    from app import seed as seeding
    from app.studio import deploying
    from app.studio import service as studio
    try:
        uploads = seeding.uploads_from(paths)
        if not uploads:  # a directory without model files: deploy's max() of nothing was a traceback
            raise DomainError("no .bpmn, .dmn or .json files in " + ", ".join(map(str, paths)))
        if note.strip() == studio.SEED_NOTE:  # it would pass this deploy off as the shipped files to `ordra seed`
            raise DomainError(f"the note '{studio.SEED_NOTE}' is kept for ordra seed; give another")
        with unit_of_work():
            unchanged = studio.unchanged_deployment_json(uploads)  # as the studio and the API: no new version
            deployment = None if unchanged else deploying.deploy(uploads, actor_id=None, note=note, force=force)
    except DomainError as error:
        _fail(error)
    if unchanged is not None:
        files = ", ".join(unchanged["files"])
        click.echo(f"unchanged: already deployed as version {unchanged['deployment']}: {files}")
        return
    assert deployment is not None
    click.echo(f"deployed version {deployment.id}: " + ", ".join(f.filename for f in deployment.files))


@models_group.command("layout", help="Add a generated diagram layout (BPMN DI) to .bpmn files that have none.")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@with_appcontext
def models_layout(files: tuple[Path, ...]) -> None:
    from app.local_files import read_regular_file
    from app.studio.layout import layout_bytes
    for file in files:
        try:
            content = read_regular_file(file, current_app.config["MODEL_FILE_MAX_BYTES"], "MODEL_FILE_MAX_BYTES")
        except DomainError as error:  # a device, a FIFO or a huge file: read_bytes never returned
            _fail(error)
        try:
            laid_out = layout_bytes(content)
        except DomainError as error:  # not XML, or a DOCTYPE: said as deploy says it (it was a traceback)
            _fail(DomainError(str(error), [{**e, "file": file.name} for e in error.errors]))
        if laid_out != content:
            file.write_bytes(laid_out)
        click.echo(f"{file}: {'laid out' if laid_out != content else 'has a layout already'}")


@click.command(help="Deploy the shipped models and the demo catalog (idempotent); --no-demo-catalog leaves the "
                    "catalog out; --demo-users adds the demo users and accounts (password demo), never wanted in "
                    "production.")
@click.option("--demo-users", is_flag=True, help="Also create the demo users and customer accounts.")
@click.option("--no-demo-catalog", is_flag=True,
              help="Leave out the demo catalog's offerings, which would be on sale (a production catalog is your own).")
@with_appcontext
def seed(demo_users: bool, no_demo_catalog: bool) -> None:
    if demo_users:
        current_app.config["ALLOW_DEMO_USERS"] = True
    _seed(demo_catalog=not no_demo_catalog)


def _seed(demo_catalog: bool = True) -> None:
    from app import seed as seeding
    try:
        with unit_of_work():
            for line in seeding.seed_all(demo_catalog):
                click.echo(line)
    except DomainError as error:
        _fail(error)


@click.group("users", help="Users and API tokens.")
def users_group() -> None:
    pass


@users_group.command("create", help="Create a user with one or more roles.")
@click.argument("username")
@click.option("--role", "roles", multiple=True, required=True, help="Repeat for several roles.")
@click.option("--password", prompt=True, hide_input=True, confirmation_prompt=True)
@click.option("--name", "display_name", default="")
@with_appcontext
def users_create(username: str, roles: tuple[str, ...], password: str, display_name: str) -> None:
    from app.auth import service
    try:
        with unit_of_work():
            service.create_user(username, password, roles, display_name=display_name)
    except DomainError as error:
        _fail(error)
    click.echo(f"created {username} ({', '.join(roles)})")


@users_group.command("token", help="Issue an API bearer token for a user (shown once).")
@click.argument("username")
@click.option("--name", default="cli")
@click.option("--expires", "expires_days", type=click.IntRange(min=1), default=None,
              help="Days until the token stops working, at most API_TOKEN_MAX_DAYS (default: until revoked).")
@click.option("--role", "roles", multiple=True,
              help="Limit the token to this role of the user's (repeat for several; default: all their roles).")
@with_appcontext
def users_token(username: str, name: str, expires_days: int | None, roles: tuple[str, ...]) -> None:
    from app.auth import service
    try:
        with unit_of_work():
            token = service.issue_token(username, name=name, expires_days=expires_days, roles=roles)
    except DomainError as error:
        _fail(error)
    click.echo(token)


@users_group.command("tokens", help="List a user's API tokens (never the tokens themselves).")
@click.argument("username")
@with_appcontext
def users_tokens(username: str) -> None:
    from app.auth import service
    try:
        with unit_of_work():
            rows = [(t.id, t.name, t.created_at, t.expires_at, t.revoked_at, t.scope)
                    for t in service.list_tokens(username)]
    except DomainError as error:
        _fail(error)
    for token_id, name, created, expires, revoked, scope in rows:
        state = f"revoked {revoked:%Y-%m-%d %H:%M}" if revoked else (
            f"expires {expires:%Y-%m-%d %H:%M}" if expires else "no expiry")
        roles = f"roles {', '.join(sorted(scope))}" if scope is not None else "all roles"
        click.echo(f"{token_id}\t{name}\tcreated {created:%Y-%m-%d %H:%M}\t{state}\t{roles}")


@users_group.command("revoke-token", help="Revoke an API token by its id (see `ordra users tokens`).")
@click.argument("token_id", type=int)
@with_appcontext
def users_revoke_token(token_id: int) -> None:
    from app.auth import service
    try:
        with unit_of_work():
            service.revoke_token(token_id)
    except DomainError as error:
        _fail(error)
    click.echo(f"revoked token {token_id}")


@users_group.command("deactivate", help="Stop a user: no more logins, sessions ended, tokens revoked.")
@click.argument("username")
@with_appcontext
def users_deactivate(username: str) -> None:
    from app.auth import service
    try:
        with unit_of_work():
            service.deactivate(username)
    except DomainError as error:
        _fail(error)
    click.echo(f"deactivated {username}")


@users_group.command("password", help="Set a user's password; their sessions end, their API tokens are revoked.")
@click.argument("username")
@click.option("--password", prompt=True, hide_input=True, confirmation_prompt=True)
@with_appcontext
def users_password(username: str, password: str) -> None:
    from app.auth import service
    try:
        with unit_of_work():
            service.change_password(username, password)
    except DomainError as error:
        _fail(error)
    click.echo(f"password of {username} changed; their sessions ended and their tokens were revoked")


@click.group("orders", help="Product orders.")
def orders_group() -> None:
    pass


@orders_group.command("import", help="Import TMF622 orders from .json / .jsonl, or order lines from .csv.")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--as", "username", default=None, help="Record the orders as captured by this user.")
@with_appcontext
def orders_import(file: Path, username: str | None) -> None:
    from app.auth.service import find_user
    from app.orders.bulk_import import display_filename
    from app.orders.bulk_import import queue_import
    from app.orders.bulk_import import read_orders
    try:
        records = read_orders(file, current_app.config["IMPORT_FILE_MAX_BYTES"])
    except DomainError as error:
        _fail(error)
    user = find_user(username) if username else None
    with unit_of_work():
        batch_id = queue_import(display_filename(file.name), records, user=user).id
    if current_app.config["JOB_BACKEND"] == "rq":
        click.echo(f"import batch {batch_id} queued; `ordra worker` processes capture the orders", err=True)
    _follow_import(batch_id, file.name, len(records))


def _follow_import(batch_id: int, filename: str, total: int) -> None:
    """Show the jobs' progress on a batch, then report its bad lines; exit 1 if any."""
    from app.orders.bulk_import import batch_rows
    from app.orders.bulk_import import external_id
    from app.orders.bulk_import import rows_done
    with click.progressbar(length=total, label=f"Importing {filename}", file=sys.stderr) as bar:
        done = 0
        while done < total:
            with unit_of_work():
                now = rows_done(batch_id)
            bar.update(now - done)
            done = now
            if done < total:
                time.sleep(0.2)
    with unit_of_work():
        rows = batch_rows(batch_id)
    for row in rows:
        if row.status == "failed":
            click.echo(f"{filename}:{row.line}: {external_id(row) or '-'}: {row.error}", err=True)
    counts = Counter(row.status for row in rows)
    click.echo(f"{counts['created']} created, {counts['present']} already present, {counts['failed']} failed")
    sys.exit(1 if counts["failed"] else 0)


@click.command(help="Migrate, seed and serve the demo with in-process background jobs.")
@click.option("--host", default="127.0.0.1")
@click.option("--port", default=5000, type=int)
@click.option("--sample-orders/--no-sample-orders", default=True,
              help="On the first start, import three sample orders that wait for an approver and a fulfilment agent.")
@with_appcontext
def demo(host: str, port: int, sample_orders: bool) -> None:
    from app.jobs.scheduler import start_scheduler
    from app.migrate import upgrade
    from app.wiring import register_demo_connectors
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    app.config["ALLOW_DEMO_USERS"] = True  # the demo's users, password demo: `ordra demo` only
    app.config["TMF_HUB_ALLOW_PRIVATE_CALLBACKS"] = True  # a listener on 127.0.0.1 receives the demo's events
    app.config["TMF_PUBLIC_URL"] = f"http://{host}:{port}"
    app.config["DEMO_CONNECTORS"] = True  # and its simulated systems
    register_demo_connectors(app)
    if app.config["DEMO_CONNECTOR_LATENCY"] is None:
        app.config["DEMO_CONNECTOR_LATENCY"] = 0.5
    upgrade()
    _seed()
    if sample_orders:
        _queue_sample_orders()
    start_scheduler(app)
    click.echo(f"Ordra demo on http://{host}:{port}/ — log in as admin, agent, fulfiller, approver... (password demo)")
    # Flask refuses app.run() inside its own CLI, so serve with Werkzeug directly.
    from werkzeug.serving import run_simple
    run_simple(host, port, app, threaded=True, use_reloader=False)


def _queue_sample_orders() -> None:
    from app.orders.demo import queue_sample_orders
    with unit_of_work():
        batch = queue_sample_orders()
        batch_id = batch.id if batch is not None else None
    if batch_id is not None:
        click.echo(f"sample orders: import batch {batch_id} queued (see Imports; --no-sample-orders skips them)")


@click.command(help="Run an RQ worker (with Ordra's clock) for background jobs; needs REDIS_URL.")
@click.option("--burst", is_flag=True, help="Stop when the queue is empty.")
@with_appcontext
def worker(burst: bool) -> None:
    if not current_app.config.get("REDIS_URL"):
        click.echo("error: REDIS_URL is not set; without it jobs run inside the web process", err=True)
        sys.exit(1)
    from app.jobs.rq_backend import Worker
    from app.jobs.rq_backend import make_queue
    from app.jobs.rq_backend import use_app
    from app.jobs.rq_backend import worker_kwargs
    from app.jobs.scheduler import start_scheduler
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    use_app(app)
    if not burst:
        start_scheduler(app)  # timers and the reconciler; workers take turns through a Redis lock
    # RQ's own scheduler is not needed (Ordra's clock above does timers) and it delayed dequeuing
    # by about a second, so it is off.
    Worker([make_queue(app)], **worker_kwargs(app)).work(with_scheduler=False, burst=burst)


@click.command(help="Re-enqueue all pending work found in the database (due timers, connector calls, imports), "
                    "e.g. after Redis lost its queue.")
@with_appcontext
def reconcile() -> None:
    from app.jobs.scheduler import reconcile as run_reconcile
    with unit_of_work():
        counts = run_reconcile(everything=True)
    click.echo(", ".join(f"{n} {what}" for what, n in counts.items()))
