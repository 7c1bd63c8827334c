"""Shared by the workspace and portal tests: seeded data, logins and order-entry form posts."""
from __future__ import annotations

import re
from typing import Any

from flask import Flask
from flask.testing import FlaskClient

from app.database import unit_of_work

POSTCODE = "SW1A 1AA"


def seed_shop(app: Flask) -> None:
    """Deploy the shipped models, seed the demo catalog and the demo customer accounts; committed."""
    from app.seed import seed_all

    with app.app_context(), unit_of_work():
        list(seed_all())


def login(client: FlaskClient, username: str) -> Any:
    return client.post("/login", data={"username": username, "password": "demo"})


def offering_id(app: Flask, name: str) -> int:
    from app.catalog import service

    with app.app_context():
        offering = service.offering_by_name(name)
        assert offering is not None, name
        return offering.id


def account_id(app: Flask, name: str) -> int:
    from app.orders.service import list_accounts

    with app.app_context():
        return next(account.id for account in list_accounts() if account.name == name)


BUNDLE_OFFERINGS = ("Business Fibre Internet", "Static IP Block", "Managed Router", "Installation")


def bundle_parties(app: Flask, account: str = "Bravo plc") -> dict[str, Any]:
    """What ``tests.orchestration.flow.fibre_bundle`` needs: the bundle's offerings and ``account``, by name."""
    return {"offerings": {name: offering_id(app, name) for name in BUNDLE_OFFERINGS},
            "accounts": {account: account_id(app, account)}}


def line(key: int, offering: int, quantity: int = 1, **characteristics: Any) -> dict[str, str]:
    """One order-entry line as the browser posts it (characteristics by name)."""
    data = {f"lines-{key}-offering_id": str(offering), f"lines-{key}-quantity": str(quantity)}
    for name, value in characteristics.items():
        if value is True:
            data[f"lines-{key}-chars.{name}"] = "y"
        elif value is not False:
            data[f"lines-{key}-chars.{name}"] = str(value)
    return data


def fibre(app: Flask, key: int = 0, bandwidth: int | str = 500, postcode: str = POSTCODE,
          **more: Any) -> dict[str, str]:
    return line(key, offering_id(app, "Business Fibre Internet"), bandwidth=bandwidth, site_postcode=postcode,
                contract_term=24, **more)


def installation(app: Flask, key: int = 1) -> dict[str, str]:
    return line(key, offering_id(app, "Installation"), access_notes="Reception on the ground floor")


def discount(prefix: str, kind: str, value: str, reason: str, applies_to: str = "recurring") -> dict[str, str]:
    """A discount sub-form: ``prefix`` is ``discount`` (the order) or ``lines-<k>-discount``."""
    return {f"{prefix}-kind": kind, f"{prefix}-value": value, f"{prefix}-reason": reason,
            f"{prefix}-applies_to": applies_to}


def portal_order(app: Flask, client: FlaskClient, **extra: str) -> int:
    """Place a fibre + installation order through the portal form as the logged-in customer; its id."""
    response = client.post("/portal/order", data={"action": "place", **fibre(app), **installation(app), **extra})
    assert response.status_code == 302, response.get_data(as_text=True)
    found = re.fullmatch(r"/portal/orders/(\d+)", response.headers["Location"])
    assert found, response.headers["Location"]
    return int(found.group(1))


def submit_discounted_order(app: Flask, agent: FlaskClient) -> int:
    """Submit Acme's fibre and installation with 30% off the fibre's monthly charge (the limit is 20%), as the
    logged-in agent through the order-entry form; its id."""
    form = {"action": "submit", "account_id": str(account_id(app, "Acme Ltd")), **fibre(app), **installation(app),
            **discount("lines-0-discount", "percentage", "30", "Competitor match")}
    response = agent.post("/workspace/orders/new", data=form)
    assert response.status_code == 302, response.get_data(as_text=True)
    found = re.fullmatch(r"/workspace/orders/(\d+)", response.headers["Location"])
    assert found, response.headers["Location"]
    return int(found.group(1))
