"""Seeding: the shipped models from ``bpmn/``, ``dmn/`` and ``forms/``, the demo catalog, and in demo
mode the simulator's failure rules and the demo users.

It sits beside the factory, above every domain package, because it fills several of them.
"""
from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Iterator
from pathlib import Path

from flask import current_app

from app.auth.service import seed_demo_users
from app.catalog.demo import seed_demo_catalog
from app.connectors.demo import seed_simulator_rules
from app.local_files import read_regular_file
from app.orders.service import seed_demo_accounts
from app.studio import deploying
from app.studio import model_tests
from app.studio import service as studio
from app.studio.models import Deployment
from app.studio.validation import KINDS
from app.studio.validation import Upload


def uploads_from(paths: Iterable[Path]) -> list[Upload]:
    """Model files named by ``paths``; a directory contributes its model files (not recursively).

    :raises DomainError: a file cannot be read (the CLI printed Python's IsADirectoryError or PermissionError)."""
    files: list[Path] = []
    for path in paths:
        files += sorted(p for p in path.iterdir() if p.suffix.lower() in KINDS and not p.is_dir()) \
            if path.is_dir() else [path]
    return [Upload(p.name, _read(p)) for p in files]


def _read(path: Path) -> bytes:
    """:raises DomainError: not a regular file, over ``MODEL_FILE_MAX_BYTES`` or unreadable."""
    return read_regular_file(path, current_app.config["MODEL_FILE_MAX_BYTES"], "MODEL_FILE_MAX_BYTES")


def seed_all(demo_catalog: bool = True) -> Iterator[str]:
    """Deploy what changed in the shipped models, create the missing demo catalog (unless told not to: a production
    catalog is the operator's own) and users; say what was done."""
    root = Path(current_app.config["DEFINITIONS_DIR"])
    uploads = uploads_from(d for d in (root / "forms", root / "dmn", root / "bpmn") if d.is_dir())
    yield f"saved {seed_model_tests(root / 'model_tests')} shipped model test cases"
    if uploads:
        yield from _deploy_shipped(uploads)
    else:  # e.g. installed from a wheel, which holds app/ only: say so rather than seed nothing in silence
        yield (f"no shipped models in {root} (bpmn/, dmn/, forms/); set ORDRA_DEFINITIONS_DIR to the folder "
               "that holds them")
    if demo_catalog:
        yield f"created {seed_demo_catalog()} catalog offerings"
    if current_app.config["DEMO_CONNECTORS"]:
        yield f"created {seed_simulator_rules()} connector simulator rules"
    if current_app.config["ALLOW_DEMO_USERS"]:
        yield f"created {seed_demo_users()} demo users (password demo)"
        yield f"created {seed_demo_accounts()} demo customer accounts"


def _deploy_shipped(uploads: list[Upload]) -> Iterator[str]:
    """Deploy the shipped files that are new or changed, except those whose newest version a person deployed:
    seeding again (every `ordra demo` start) deployed the shipped file over the studio's work, silently undoing
    it. Unchanged files stay out of the deployment (in it, each of their models got a version again); the
    processes using a changed decision or form still get one, as on any deploy."""
    owned = studio.deployed_by_people([u.filename for u in uploads])
    for filename, deployment in sorted(owned.items()):
        by = f"by {deployment.deployed_by.username}" if deployment.deployed_by else "with ordra models deploy"
        yield f"kept {filename} as deployed {by} (version {deployment.id}), not the shipped file"
    latest = {u.filename: studio.latest_file_sha(u.filename) for u in uploads if u.filename not in owned}
    changed = [u for u in uploads if u.filename in latest and latest[u.filename] != u.sha256]
    if not changed:
        yield "shipped models unchanged"
        return
    deployed = deploying.deploy(changed, actor_id=None, note=studio.SEED_NOTE)
    yield f"deployed version {deployed.id}: " + "; ".join(_what_changed(deployed, latest))


def _what_changed(deployed: Deployment, latest: dict[str, str | None]) -> list[str]:
    """Which files of ``deployed`` are new, which changed, and which processes got a version for using them."""
    new = [f.filename for f in deployed.files if latest[f.filename] is None]
    changed = [f.filename for f in deployed.files if latest[f.filename] is not None]
    users = [f"{p.process_id} v{p.version}" for p in deployed.processes if p.file.deployment_id != deployed.id]
    said = [f"{', '.join(new)} new"] if new else []
    said += [f"{', '.join(changed)} changed"] if changed else []
    said += [f"{', '.join(users)} {'uses' if len(users) == 1 else 'use'} what changed"] if users else []
    return said


def seed_model_tests(folder: Path) -> int:
    """Save the cases shipped with the models (``model_tests/decisions/<id>.json``, ``processes/<id>.json``)
    first, so the deploy that follows replays them; how many were added or changed. A shipped case a person
    deleted is not saved again (see ``model_tests.save_shipped``)."""
    changed = 0
    for kind, sub in model_tests.SHIPPED_FOLDERS.items():
        for path in sorted((folder / sub).glob("*.json")) if (folder / sub).is_dir() else ():
            changed += model_tests.save_shipped(kind, path.stem, model_tests.read_shipped(path))
    return changed
