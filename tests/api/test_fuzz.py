"""Property-based fuzzing of /api/v1 and /tmf-api from the OpenAPI document (Schemathesis), on SQLite and
PostgreSQL: whatever the document allows, and much it does not, must never answer 5xx, and answers must
match their declared schemas. All of Schemathesis's checks run but ``positive_data_acceptance``: a request
the document allows may still name an offering or a decision that does not exist (404/422).

Each operation gets ``FUZZ_EXAMPLES`` generated requests (``ORDRA_FUZZ_EXAMPLES`` raises it for a longer
run), sent in turn as a process admin, an order agent, a fulfiller and a customer.
"""
from __future__ import annotations

import itertools
import os
import shutil
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from flask import Flask
from hypothesis import HealthCheck
from hypothesis import given
from hypothesis import settings
from schemathesis import GenerationMode
from schemathesis.checks import positive_data_acceptance
from sqlalchemy import text

from app.database import unit_of_work
from tests.conftest import _dispose
from tests.conftest import _pg_admin
from tests.conftest import _pg_url
from tests.conftest import make_app
from tests.helpers import Api

FUZZ_EXAMPLES = int(os.environ.get("ORDRA_FUZZ_EXAMPLES", "30"))
ONLY = os.environ.get("ORDRA_FUZZ_ONLY", "")  # fuzz only operations whose label holds this ("POST /api/v1/models")
USERS = itertools.cycle(["admin", "agent", "fulfiller", "alice"])


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def fuzzed_app(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    """One seeded database per backend for the whole module: the fuzzer's requests share it."""
    if request.param == "sqlite":
        db_file = tmp_path_factory.mktemp("fuzz") / "ordra.db"
        shutil.copy(request.getfixturevalue("sqlite_template"), db_file)
        url, cleanup = f"sqlite:///{db_file}", None
    else:
        template, name = request.getfixturevalue("postgres_template"), f"ordra_fuzz_{os.getpid()}"
        with _pg_admin().connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
        url, cleanup = _pg_url(name), name
    os.environ["ORDRA_INSTANCE_PATH"] = str(tmp_path_factory.mktemp("instance"))
    # The fuzzer sends wrong credentials on purpose; throttling (tested on its own) would turn them into 429s.
    app = make_app(url, LOGIN_MAX_FAILURES=10**9, LOGIN_MAX_FAILURES_PER_ADDRESS=10**9)
    with app.app_context(), unit_of_work():
        from app.seed import seed_all
        list(seed_all())
    yield app
    _dispose(app)
    if cleanup:
        with _pg_admin().connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{cleanup}" WITH (FORCE)'))


def _fuzz(operation: Any) -> None:
    strategy = operation.as_strategy(GenerationMode.POSITIVE) | operation.as_strategy(GenerationMode.NEGATIVE)

    @given(case=strategy)
    @settings(max_examples=FUZZ_EXAMPLES, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    def run(case: Any) -> None:
        case.call_and_validate(headers=Api.headers(next(USERS)), excluded_checks=[positive_data_acceptance])

    run()


def test_no_server_errors_and_declared_answers(fuzzed_app: Flask) -> None:
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", fuzzed_app)
    statuses: Counter[int] = Counter()
    fuzzed_app.after_request_funcs.setdefault(None, []).append(lambda response: statuses.update([response.status_code])
                                                              or response)
    failures = []
    for result in schema.get_all_operations():
        operation = result.ok()
        if ONLY not in operation.label:
            continue
        try:
            _fuzz(operation)
        except (Exception, BaseExceptionGroup) as failure:  # collect every operation's failures, then report them all
            failures.append(f"{operation.label}: {failure}")
    print(f"fuzzed: {sum(statuses.values())} requests, by status {sorted(statuses.items())}")
    assert not failures, "\n\n".join(failures)
    if ONLY:
        return
    assert statuses[200] + statuses[201] > 50 and sum(n for code, n in statuses.items() if 400 <= code < 500) > 500
