"""A revision may not take an order over ORDER_MAX_ITEMS: 413 naming productOrderItem."""
from __future__ import annotations

from typing import Any

from flask import Flask

from tests.orchestration.flow import approve
from tests.orchestration.flow import fibre_bundle
from tests.orchestration.flow import line
from tests.orchestration.flow import order_360
from tests.orchestration.flow import place
from tests.orchestration.test_order_revisions import revise


def test_a_revision_over_the_item_limit_is_413(app: Flask, api: Any, seeded: dict[str, Any]) -> None:
    order_id = place(api, fibre_bundle(seeded, external_id="REV-LIMIT"))
    approve(api, order_id)
    app.config["ORDER_MAX_ITEMS"] = 5
    voice = seeded["offerings"]["Business Voice"]
    many = [line(10 + n, voice, channels=4, numbers=2) for n in range(6)]
    response = revise(api, order_id, many, dry_run=True)
    assert response.status_code == 413 and response.json["errors"][0]["field"] == "productOrderItem", response.json
    grows = [line(10 + n, voice, channels=4, numbers=2) for n in range(3)]  # 3 + the bundle's lines > 5
    response = revise(api, order_id, grows, dry_run=True)
    assert response.status_code == 413, response.json
    assert order_360(api, order_id)["revisions"] == []
