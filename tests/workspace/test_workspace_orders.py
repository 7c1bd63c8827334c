"""Changing an order from the workspace order page: cancel it, or be told why it can no longer be cancelled."""
from __future__ import annotations

import re
from typing import Any

import lxml.html
from flask import Flask
from flask.testing import FlaskClient

from tests.helpers import Api
from tests.orchestration.flow import approve
from tests.orchestration.flow import complete
from tests.orchestration.flow import fibre_bundle
from tests.orchestration.flow import order_360
from tests.orchestration.flow import place
from tests.workspace.workspace_support import login
from tests.workspace.workspace_support import submit_discounted_order


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
    timeline = lxml.html.fromstring(page).find_class("timeline")[-1].text_content()
    assert re.search(r"cancellation refused: Order \d+ cannot be cancelled: .*'Activate service' is done; ask for a "
                     r"disconnect once it completes\. \(agent\)", timeline), timeline  # who asked, and why refused


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
    assert '<label for="line-1-chars.static_ip">Static IP address</label>' in revise
    assert '<label for="line-3-chars.wifi">Wi-Fi</label>' in revise
    response = client.post(f"/workspace/orders/{order_id}/revise", follow_redirects=True,
                           data={"action": "confirm", **_as_posted(revise), "line-1-chars.bandwidth": "1000",
                                 "line-5-chars.bandwidth": "1000"})
    page = response.get_data(as_text=True)
    after = order_360(api, order_id)
    assert after["revisions"][0]["status"] == "pendingApproval" and after["totals"] == before
    assert f"Revision 1 of order {order_id} is applied" not in page
    assert f"Revision 1 of order {order_id} awaits approval" in page


def _as_posted(page: str) -> dict[str, str]:
    """What a browser posts from the revise page as it stands: each field's value, ticked boxes only."""
    form = lxml.html.fromstring(page).get_element_by_id("revise-form")
    return {name: value for name, value in form.form_values() if name != "csrf_token"}


def test_the_revise_page_shows_each_line_with_typed_fields(app: Flask, client: FlaskClient,
                                                          seeded: dict[str, Any]) -> None:
    """Allowed values are a select, a yes/no a checkbox: the agent picks, and posting the page unchanged changes
    nothing."""
    api = Api(app.test_client())
    order_id = place(api, fibre_bundle(seeded, external_id="WS-REVISE-FIELDS"))
    login(client, "agent")
    page = client.get(f"/workspace/orders/{order_id}/revise").get_data(as_text=True)
    assert re.search(r'<select[^>]* name="line-1-chars.bandwidth"', page)
    assert re.search(r'<input[^>]*type="checkbox"[^>]*name="line-3-chars.wifi"|'
                     r'<input[^>]*name="line-3-chars.wifi"[^>]*type="checkbox"', page)
    unchanged = client.post(f"/workspace/orders/{order_id}/revise", data={"action": "preview", **_as_posted(page)})
    assert unchanged.status_code == 422 and "a non-empty list of order items" in unchanged.get_data(as_text=True)
    preview = client.post(f"/workspace/orders/{order_id}/revise",
                          data={"action": "preview", **_as_posted(page), "line-1-chars.bandwidth": "1000"})
    assert preview.status_code == 200 and "It can be made" in preview.get_data(as_text=True)
    assert re.search(r"Price change: \+£[\d,]+\.\d\d a month\.", preview.get_data(as_text=True))
    assert order_360(api, order_id)["revisions"] == []


def test_a_line_added_on_the_revise_page_gets_its_offering_s_fields(app: Flask, client: FlaskClient,
                                                                    seeded: dict[str, Any]) -> None:
    """Adding Business Voice, whose channels and numbers must be given: its fields are shown first, then checked,
    previewed and confirmed with the values typed."""
    api = Api(app.test_client())
    order_id = place(api, fibre_bundle(seeded, external_id="WS-REVISE-ADD"))
    approve(api, order_id)
    login(client, "agent")
    url = f"/workspace/orders/{order_id}/revise"
    page = client.get(url).get_data(as_text=True)
    voice = str(seeded["offerings"]["Business Voice"])
    chosen = client.post(url, data={"action": "preview", **_as_posted(page), "add_offering": voice})
    shown = chosen.get_data(as_text=True)
    assert chosen.status_code == 200 and "New line: Business Voice" in shown
    assert "Set the new line's values" in shown and 'id="impact"' not in shown  # nothing previewed yet
    assert re.search(r'name="new-line-chars.channels"', shown) and 'name="add_shown" value="' + voice in shown
    missing = client.post(url, data={"action": "preview", **_as_posted(shown)})
    assert missing.status_code == 422 and 'id="new-line-chars.channels-error"' in missing.get_data(as_text=True)
    filled = {**_as_posted(shown), "new-line-chars.channels": "4", "new-line-chars.numbers": "2"}
    preview = client.post(url, data={"action": "preview", **filled}).get_data(as_text=True)
    assert "It can be made" in preview and "SIP Trunk (Business Voice)" in preview
    client.post(url, data={"action": "confirm", **filled})
    added = [i for i in api.get(f"/api/v1/orders/{order_id}", user="agent").json["items"]
             if i["offering"]["name"] == "Business Voice"]
    assert [(i["characteristics"]["channels"], i["characteristics"]["numbers"]) for i in added] == [(4, 2)]


def test_the_revise_page_puts_each_error_next_to_its_field(app: Flask, client: FlaskClient,
                                                           seeded: dict[str, Any]) -> None:
    api = Api(app.test_client())
    order_id = place(api, fibre_bundle(seeded, external_id="WS-REVISE-ERRORS"))
    login(client, "agent")
    page = client.get(f"/workspace/orders/{order_id}/revise").get_data(as_text=True)
    response = client.post(f"/workspace/orders/{order_id}/revise",
                           data={"action": "preview", **_as_posted(page), "line-1-chars.bandwidth": "12345"})
    assert response.status_code == 422
    assert '<p class="field-error" id="line-1-chars.bandwidth-error">' in response.get_data(as_text=True)
    response = client.post(f"/workspace/orders/{order_id}/revise", data={"action": "preview", **_as_posted(page),
                                                                         "add_offering": "999999"})
    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert 'aria-describedby="add_offering-error"' in page and "unknown product offering" in page
    assert "see the fields marked below" in page
    assert order_360(api, order_id)["revisions"] == []


def test_an_error_the_revision_finds_sits_next_to_its_field(app: Flask, client: FlaskClient, seeded: dict[str, Any],
                                                            monkeypatch: Any) -> None:
    """Errors the revision itself finds (past the page's own checks) name the request's items; the page maps them
    back to the line's field."""
    from app.errors import Invalid
    from app.orchestration import revisions

    def refuse(order_id: int, actor: Any, items: list[dict[str, Any]], **_: Any) -> Any:
        index = next(i for i, item in enumerate(items) if item["id"] == "3")
        raise Invalid(errors=[{"field": f"productOrderItem[{index}].product.productCharacteristic.wifi",
                               "message": "not with this router"}, {"field": "", "message": "and one more thing"}])

    api = Api(app.test_client())
    order_id = place(api, fibre_bundle(seeded, external_id="WS-REVISE-PLACED"))
    login(client, "agent")
    page = client.get(f"/workspace/orders/{order_id}/revise").get_data(as_text=True)
    monkeypatch.setattr(revisions, "revise", refuse)
    posted = {key: value for key, value in _as_posted(page).items() if key != "line-3-chars.wifi"}  # untick Wi-Fi
    response = client.post(f"/workspace/orders/{order_id}/revise", data={"action": "preview", **posted})
    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert '<p class="field-error" id="line-3-chars.wifi-error">not with this router</p>' in page
    assert "<li>and one more thing</li>" in page


def test_past_a_point_of_no_return_the_page_says_why_before_anyone_tries(app: Flask, client: FlaskClient,
                                                                        seeded: dict[str, Any]) -> None:
    """No "Cancel order" button that can only fail: the page gives the refusal up front, and a cancel posted
    anyway is refused in one sentence (it read "Order 1 cannot be cancelled: order 1 cannot be cancelled: …")."""
    api = Api(app.test_client())
    order_id = place(api, fibre_bundle(seeded, external_id="WS-CANCEL-3"))
    approve(api, order_id)
    complete(api, order_id, "Survey site", "fulfiller", {"survey_result": "ready"})
    login(client, "agent")
    page = client.get(f"/workspace/orders/{order_id}").get_data(as_text=True)
    assert 'id="cancel-order"' not in page and 'id="revise-order"' in page
    why = lxml.html.fromstring(page).get_element_by_id("cannot-cancel").text_content()
    assert why == (f"Order {order_id} cannot be cancelled: Access Line (Business Fibre Internet) is past its point "
                   "of no return: 'Activate service' is done; ask for a disconnect once it completes.")
    refused = client.post(f"/workspace/orders/{order_id}/cancel", data={"reason": "too late"}, follow_redirects=True)
    # the flash, the note and the refusal's entry on the order's timeline, once each
    assert refused.get_data(as_text=True).count("cannot be cancelled") == 3


def test_a_rejected_order_says_why_and_no_longer_that_it_needs_approval(app: Flask, client: FlaskClient,
                                                                       seeded: dict[str, Any]) -> None:
    """A discount over the limit, rejected by the order manager: the page went on saying "Needs an order manager's
    approval" and the agent found the manager's note only in the timeline."""
    api = Api(app.test_client())
    login(client, "agent")
    order_id = submit_discounted_order(app, client)
    complete(api, order_id, "Approve price adjustments", "omanager",
             {"adjustments_decision": "reject", "adjustments_note": "30% is more than we match",
              "customer_reason": "We cannot offer this discount"})
    page = lxml.html.fromstring(client.get(f"/workspace/orders/{order_id}").get_data(as_text=True))
    assert page.get_element_by_id("rejection").xpath("p")[0].text_content() == "Rejected: 30% is more than we match"
    assert page.get_element_by_id("rejection-for-customer").text_content() == \
        "The customer was told: We cannot offer this discount"
    assert "Needs an order manager" not in page.text_content()


def test_the_order_page_says_up_front_that_a_product_is_needed_and_disconnects_it_with_its_dependent(
        app: Flask, client: FlaskClient, seeded: dict[str, Any]) -> None:
    """The fibre carries the Static IP Block: the staff page offers no lone Disconnect of it (capture would refuse
    it), names the block with a link to its order, and offers both in one order, which completes."""
    from tests.orchestration.flow import run_to_completion

    api = Api(app.test_client())
    first = place(api, fibre_bundle(seeded, external_id="WS-NEEDED"))
    run_to_completion(api, first)
    inventory = {p["name"]: p for p in order_360(api, first)["inventory"]}
    fibre, block = inventory["Business Fibre Internet"], inventory["Static IP Block"]
    login(client, "agent")
    row = lxml.html.fromstring(client.get(f"/workspace/orders/{first}").get_data(as_text=True)).xpath(
        "//table[@id='order-inventory']//tr[@data-product='Business Fibre Internet']")[0]
    assert [b.text_content() for b in row.xpath(".//form[contains(@class, 'product-actions')]//button")] == [
        "Suspend", "Disconnect with Static IP Block"]
    needed = row.xpath(".//p[@class='product-needed']")[0]
    assert " ".join(needed.text_content().split()) == (
        f"Static IP Block (product {block['id']}) needs this product: it cannot be disconnected on its own.")
    assert needed.xpath(".//a")[0].get("href") == f"/workspace/orders/{first}"
    together = row.xpath(".//input[@name='together']")
    assert [i.get("value") for i in together] == [str(block["id"])]

    asked = client.post(f"/workspace/products/{fibre['id']}", data={"action": "delete", "together": str(block["id"])})
    assert asked.status_code == 200  # it cannot be taken back: asked first, nothing ordered yet
    confirm = lxml.html.fromstring(asked.get_data(as_text=True))
    assert confirm.xpath("//h1")[0].text_content() == (
        f"Disconnect Business Fibre Internet (product {fibre['id']}), Static IP Block (product {block['id']})?")
    assert [(i.get("name"), i.get("value")) for i in confirm.xpath("//section[@id='confirm']//input[@type='hidden']")
            if i.get("name") != "csrf_token"] == [("action", "delete"), ("together", str(block["id"])),
                                                  ("confirmed", "yes")]
    assert all(p["changing_order"] is None for p in order_360(api, first)["inventory"])
    reloaded = client.get(f"/workspace/products/{fibre['id']}")  # the question reloaded: back to the inventory
    assert reloaded.status_code == 302 and reloaded.headers["Location"] == f"/workspace/orders/{first}#order-inventory"
    response = client.post(f"/workspace/products/{fibre['id']}", data={"action": "delete", "confirmed": "yes",
                                                                      "together": str(block["id"])})
    order_id = int(re.search(r"/workspace/orders/(\d+)$", response.headers["Location"]).group(1))  # type: ignore[union-attr]
    both = order_360(api, order_id)
    assert both["state"] == "completed" and [(i["offering"]["name"], i["action"]) for i in both["items"]] == [
        ("Business Fibre Internet", "delete"), ("Static IP Block", "delete")]


def test_a_needed_product_whose_dependent_is_being_changed_offers_no_disconnect_at_all(
        app: Flask, client: FlaskClient, seeded: dict[str, Any]) -> None:
    """While another order changes the Static IP Block, it cannot go with the fibre: no button, and the page says
    why instead of offering a disconnect that capture would refuse."""
    from tests.orchestration.flow import line
    from tests.orchestration.flow import run_to_completion

    api = Api(app.test_client())
    first = place(api, fibre_bundle(seeded, external_id="WS-NEEDED-BUSY"))
    run_to_completion(api, first)
    block = next(p for p in order_360(api, first)["inventory"] if p["name"] == "Static IP Block")
    account = str(order_360(api, first)["customer"]["id"])
    busy = place(api, {"externalId": "WS-NEEDED-BUSY-2", "relatedParty": [{"id": account, "role": "Customer"}],
                       "productOrderItem": [line(1, seeded["offerings"]["Static IP Block"], action="modify",
                                                 product_id=str(block["id"]))]})
    assert order_360(api, busy)["state"] not in ("completed", "failed", "rejected", "cancelled")
    login(client, "agent")
    row = lxml.html.fromstring(client.get(f"/workspace/orders/{first}").get_data(as_text=True)).xpath(
        "//table[@id='order-inventory']//tr[@data-product='Business Fibre Internet']")[0]
    assert [b.text_content() for b in row.xpath(".//button")] == ["Suspend"]
    assert "Not every product needing it can be disconnected now" in row.text_content()
