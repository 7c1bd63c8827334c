"""Deploying models: validate the files, replay the saved test cases they affect, then store them.

Above ``service`` (lookups and storage) and ``model_tests`` (which evaluates deployed decisions through
``service``), so neither needs the other's caller.
"""
from __future__ import annotations

from typing import Any

from app.database import forget_memo
from app.errors import Invalid
from app.studio import model_tests
from app.studio import service
from app.studio.models import Deployment
from app.studio.validation import Upload


def deploy(files: list[Upload], *, actor_id: int | None, note: str = "", force: bool = False) -> Deployment:
    """Validate ``files``, replay the saved test cases they affect, and store them as a new deployment.

    :param force: deploy even when saved cases fail; the deployment records which ones.
    :raises Invalid: any file or reference is invalid; nothing is stored.
    :raises TestsFailed: saved cases fail on the new content (and not ``force``); nothing is stored.
    """
    if len(note) > service.NOTE_MAX_CHARS:  # the column's size: a longer note made PostgreSQL answer 500
        raise Invalid(errors=[{"field": "note",
                               "message": f"must be at most {service.NOTE_MAX_CHARS} characters long"}])
    validated = service.validated_upload(files)
    results = model_tests.run_for_upload(validated)
    failures = model_tests.failures_as_errors(results)
    if failures and not force:
        raise model_tests.TestsFailed(failures, results)
    forget_memo()  # the newest versions change
    deployment = service.store_validated(validated, actor_id=actor_id, note=note)
    deployment.forced_test_failures = failures
    return deployment


def validation_report(files: list[Upload]) -> dict[str, Any]:
    """What :func:`deploy` would say about ``files``, storing nothing: ``{"valid", "errors", "warnings",
    "tests"}``; a failing saved case is an error on the element where its path first differs."""
    try:
        validated = service.validated_upload(files)
    except Invalid as exc:
        return {"valid": False, "errors": [service.problem_json(e) for e in exc.errors], "warnings": [], "tests": []}
    results = model_tests.run_for_upload(validated)
    errors = [{**service.problem_json(e), "case": e["case"]} for e in model_tests.failures_as_errors(results)]
    return {"valid": not errors, "errors": errors, "warnings": [service.problem_json(w) for w in validated.warnings],
            "tests": results}
