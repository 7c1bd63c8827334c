"""What the portal tells a customer about the date they asked for: a delay once it is one, and nothing else."""
from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from app.database import utcnow
from tests.orchestration.flow import fibre_bundle
from tests.orchestration.flow import place
from tests.orchestration.flow import run_to_completion
from tests.workspace.workspace_support import login


def _bobs_order(api: Any, seeded: dict[str, Any], days: int) -> int:
    body = fibre_bundle(seeded)  # Bravo plc: bob's account
    body["requestedCompletionDate"] = (utcnow() + timedelta(days=days)).replace(microsecond=0).isoformat()
    return place(api, body)


def _page(client: FlaskClient, order_id: int, days_on: float, monkeypatch: pytest.MonkeyPatch) -> str:
    """The page as it reads ``days_on`` days from now (the portal's clock alone moves: the login stays valid)."""
    from app.orders import customer
    later = utcnow() + timedelta(days=days_on)
    with monkeypatch.context() as patched:
        patched.setattr(customer, "utcnow", lambda: later)
        response = client.get(f"/portal/orders/{order_id}")
    assert response.status_code == 200
    return response.get_data(as_text=True)


def test_a_customer_is_told_of_a_delay_only_once_the_date_they_asked_for_has_passed(
        app: Flask, api: Any, client: FlaskClient, seeded: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    order_id = _bobs_order(api, seeded, days=3)
    login(client, "bob")
    on_time = _page(client, order_id, 2, monkeypatch)  # at risk inside (2 days' margin), but not late: nothing to tell
    assert 'id="order-promised"' in on_time and 'id="order-delay"' not in on_time
    late = _page(client, order_id, 3.1, monkeypatch)
    assert 'id="order-delay"' in late and "not completed by the date you asked for" in late

    run_to_completion(api, order_id)
    assert 'id="order-delay"' not in _page(client, order_id, 3.1, monkeypatch)  # delivered: no longer late
