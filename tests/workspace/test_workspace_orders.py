"""Changing an order from the workspace order page: cancel it, or be told why it can no longer be cancelled."""
from __future__ import annotations

from typing import Any

from flask import Flask
from flask.testing import FlaskClient

from tests.helpers import Api
from tests.orchestration.flow import approve
from tests.orchestration.flow import complete
from tests.orchestration.flow import fibre_bundle
from tests.orchestration.flow import order_360
from tests.orchestration.flow import place
from tests.workspace.workspace_support import login


def test_an_agent_cancels_an_order_from_its_page(app: Flask, client: FlaskClient, seeded: dict[str, Any]) -> None:
    api = Api(app.test_client())
    order_id = place(api, fibre_bundle(seeded, external_id="WS-CANCEL-1"))
    approve(api, order_id)
    login(client, "agent")
    page = client.get(f"/workspace/orders/{order_id}").get_data(as_text=True)
    assert 'id="cancel-order"' in page and 'id="revise-order"' in page
    response = client.post(f"/workspace/orders/{order_id}/cancel", data={"reason": "customer moved"},
                           follow_redirects=True)
    assert f"Order {order_id} is" in response.get_data(as_text=True)
    assert order_360(api, order_id)["state"] == "cancelled"


def test_past_a_point_of_no_return_the_page_says_why(app: Flask, client: FlaskClient, seeded: dict[str, Any]) -> None:
    api = Api(app.test_client())
    order_id = place(api, fibre_bundle(seeded, external_id="WS-CANCEL-2"))
    approve(api, order_id)
    complete(api, order_id, "Survey site", "fulfiller", {"survey_result": "ready"})
    login(client, "agent")
    response = client.post(f"/workspace/orders/{order_id}/cancel", data={"reason": "too late"}, follow_redirects=True)
    page = response.get_data(as_text=True)
    assert "cannot be cancelled" in page and "&#39;Activate service&#39; is done" in page
    assert order_360(api, order_id)["state"] == "inProgress"


def test_a_revision_that_awaits_approval_is_not_announced_as_applied(app: Flask, client: FlaskClient,
                                                                     seeded: dict[str, Any]) -> None:
    """Two fibre lines to 1000 Mbps: the monthly price rises past the approval rule, so the revision waits for an
    order approver; the page says so, and the order keeps its lines and totals until it is approved."""
    from tests.orchestration.flow import line
    api = Api(app.test_client())
    body = fibre_bundle(seeded, external_id="WS-REVISE-APPROVAL")
    body["productOrderItem"].append(line(5, seeded["offerings"]["Business Fibre Internet"], bandwidth=500,
                                         site_postcode="SW1A 1AA"))
    order_id = place(api, body)
    approve(api, order_id)
    before = order_360(api, order_id)["totals"]
    login(client, "agent")
    revise = client.get(f"/workspace/orders/{order_id}/revise").get_data(as_text=True)
    assert '<label for="char-1-static_ip">Static IP address</label>' in revise
    assert '<label for="char-3-wifi">Wi-Fi</label>' in revise
    response = client.post(f"/workspace/orders/{order_id}/revise", follow_redirects=True,
                           data={"action": "confirm", "char-1-bandwidth": "1000", "char-5-bandwidth": "1000"})
    page = response.get_data(as_text=True)
    after = order_360(api, order_id)
    assert after["revisions"][0]["status"] == "pendingApproval" and after["totals"] == before
    assert f"Revision 1 of order {order_id} is applied" not in page
    assert f"Revision 1 of order {order_id} awaits approval" in page
