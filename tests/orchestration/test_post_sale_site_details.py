"""An order acting on installed products (disconnect, suspend ...) reuses what the inventory knows of their site: the
serving exchange and site notes a fulfilment agent entered for the order that delivered them are not asked again.
Only when nothing is known of the site (a product older than these records) is a person asked."""
from __future__ import annotations

from typing import Any

from tests.orchestration.flow import complete
from tests.orchestration.flow import fibre_bundle
from tests.orchestration.flow import order_360
from tests.orchestration.flow import place
from tests.orchestration.flow import run_to_completion
from tests.orchestration.test_order_cancellation import inbox
from tests.orchestration.test_post_sale import status_order

UNKNOWN_SITE = "AB1 2CD"  # no row of the site enrichment decision knows it: a person enters its details
DETAILS = {"serving_exchange": "EXCH-NORTH", "site_notes": "Key at reception"}


def _delivered_on_an_unknown_site(api: Any, seeded: dict[str, Any], external_id: str) -> dict[str, dict[str, Any]]:
    """Deliver the fibre bundle on :data:`UNKNOWN_SITE`, its technical details entered; its products by name."""
    order_id = place(api, fibre_bundle(seeded, external_id=external_id, postcode=UNKNOWN_SITE))
    complete(api, order_id, "Enter technical details", "fulfiller", DETAILS)
    run_to_completion(api, order_id)
    order = order_360(api, order_id)
    assert order["state"] == "completed" and order["enrichment"]["serving_exchange"] == "EXCH-NORTH"
    return {p["name"]: p for p in order["inventory"]}


def test_a_disconnect_and_a_suspend_reuse_the_technical_details_the_delivering_order_recorded(
        api: Any, seeded: dict[str, Any]) -> None:
    """The disconnect stalled at "Enter technical details" until the fulfiller typed the exchange again."""
    installed = _delivered_on_an_unknown_site(api, seeded, "SITE-KNOWN")

    disconnect = status_order(api, seeded, installed["Managed Router"], action="delete", external_id="SITE-KNOWN-D")
    suspend = status_order(api, seeded, installed["Business Fibre Internet"], action="modify", status="suspended",
                           external_id="SITE-KNOWN-S")
    for order_id in (disconnect, suspend):
        assert "Enter technical details" not in inbox(api, "fulfiller", order_id)
        order = order_360(api, order_id)
        assert order["state"] == "completed", (order["state"], inbox(api, "fulfiller", order_id))
        assert {key: order["enrichment"].get(key) for key in DETAILS} == DETAILS, order["enrichment"]
        [decomposed] = [e for e in order["events"] if e["kind"] == "decomposed"]
        assert decomposed["detail"]["facts"]["serving_exchange"] == "EXCH-NORTH"


def test_a_person_is_still_asked_when_nothing_is_known_of_the_installed_products_site(
        app: Any, api: Any, seeded: dict[str, Any]) -> None:
    """A product delivered before its order kept technical details (its order recorded no exchange): asked."""
    installed = _delivered_on_an_unknown_site(api, seeded, "SITE-OLD")
    with app.app_context():
        from app.extensions import db
        from app.orders.models import ProductOrder
        delivering = db.session.get(ProductOrder, installed["Managed Router"]["order_id"])
        delivering.enrichment = {}
        db.session.commit()

    disconnect = status_order(api, seeded, installed["Managed Router"], action="delete", external_id="SITE-OLD-D")
    assert inbox(api, "fulfiller", disconnect) == ["Enter technical details"]
    complete(api, disconnect, "Enter technical details", "fulfiller", {"serving_exchange": "EXCH-SOUTH"})
    order = order_360(api, disconnect)
    assert order["state"] == "completed" and order["enrichment"]["serving_exchange"] == "EXCH-SOUTH"
