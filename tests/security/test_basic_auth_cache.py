"""HTTP Basic credentials verified lately are not hashed again, yet a password change, a deactivation
or the login throttle take effect at once, and a wrong password is never remembered."""
from __future__ import annotations

from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from app.database import unit_of_work
from tests.helpers import Api


@pytest.fixture(autouse=True)
def nothing_remembered(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts with no credential remembered: the memory is the process's, and a test before on the
    same worker (a copy of the same database, so the same password hash) would be remembered."""
    from collections import OrderedDict

    from app.auth import service
    monkeypatch.setattr(service, "_verified", OrderedDict())


@pytest.fixture()
def hash_checks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every password hash check the auth service makes (the slow part a remembered credential skips)."""
    from app.auth import service
    checked: list[str] = []
    original = service.check_password_hash

    def counting(stored: str, password: str) -> bool:
        checked.append(password)
        return original(stored, password)

    monkeypatch.setattr(service, "check_password_hash", counting)
    return checked


def tasks(client: FlaskClient, user: str, password: str = "demo") -> Any:
    import base64
    token = base64.b64encode(f"{user}:{password}".encode()).decode()
    return client.get("/api/v1/tasks", headers={"Authorization": f"Basic {token}"})


def test_the_same_credentials_are_hashed_once(client: FlaskClient, hash_checks: list[str]) -> None:
    for _ in range(3):
        assert tasks(client, "fulfiller").status_code == 200
    assert hash_checks == ["demo"]


def test_a_wrong_password_is_checked_every_time(client: FlaskClient, hash_checks: list[str]) -> None:
    assert tasks(client, "fulfiller").status_code == 200
    assert tasks(client, "fulfiller", "wrong").status_code == 401
    assert tasks(client, "fulfiller", "wrong").status_code == 401
    assert hash_checks == ["demo", "wrong", "wrong"]


def test_a_password_change_ends_remembered_credentials(app: Flask, client: FlaskClient) -> None:
    assert tasks(client, "fulfiller").status_code == 200
    with app.app_context(), unit_of_work():
        from app.auth.service import change_password
        change_password("fulfiller", "a-new-passphrase")
    assert tasks(client, "fulfiller").status_code == 401
    assert tasks(client, "fulfiller", "a-new-passphrase").status_code == 200


def test_a_deactivated_user_is_refused_at_once(app: Flask, client: FlaskClient) -> None:
    assert tasks(client, "fulfiller").status_code == 200
    assert app.test_cli_runner().invoke(args=["users", "deactivate", "fulfiller"]).exit_code == 0
    assert tasks(client, "fulfiller").status_code == 401


def test_the_throttle_applies_to_remembered_credentials(client: FlaskClient) -> None:
    assert tasks(client, "fulfiller").status_code == 200
    for _ in range(5):
        assert tasks(client, "fulfiller", "wrong").status_code == 401
    assert tasks(client, "fulfiller").status_code == 429  # the right, remembered password, too late


def test_the_cache_can_be_turned_off(app: Flask, client: FlaskClient, hash_checks: list[str]) -> None:
    app.config["BASIC_AUTH_CACHE_SECONDS"] = 0
    for _ in range(2):
        assert Api(client).get("/api/v1/tasks", user="fulfiller").status_code == 200
    assert hash_checks == ["demo", "demo"]


def test_a_remembered_credential_forgets_the_accounts_failures(client: FlaskClient) -> None:
    assert tasks(client, "fulfiller").status_code == 200
    for _ in range(2):
        for _ in range(4):  # one short of the limit, twice: the success between forgets the first four
            assert tasks(client, "fulfiller", "wrong").status_code == 401
        assert tasks(client, "fulfiller").status_code == 200


def test_the_address_throttle_applies_to_remembered_credentials(app: Flask, client: FlaskClient) -> None:
    app.config["LOGIN_MAX_FAILURES_PER_ADDRESS"] = 3
    assert tasks(client, "fulfiller").status_code == 200
    for user in ("a", "b", "c"):  # other accounts, from the same address
        assert tasks(client, user, "wrong").status_code == 401
    assert tasks(client, "fulfiller").status_code == 429
