"""The admin catalog pages: list, show (tree, characteristics, prices), create and edit with field errors, and
the characteristic labels."""
from __future__ import annotations

import time
from decimal import Decimal

import pytest
from flask import Flask
from flask.testing import FlaskClient

from app.catalog import service
from app.catalog.service import OfferingInput
from app.database import unit_of_work
from tests.catalog.catalog_support import login
from tests.catalog.catalog_support import offering_id
from tests.catalog.catalog_support import seed_catalog


@pytest.fixture()
def admin(app: Flask, client: FlaskClient) -> FlaskClient:
    seed_catalog(app)
    login(client, "admin")
    return client


def router_form(app: Flask, **changes: str) -> dict[str, str]:
    """The edit form of "Managed Router" as the browser would post it unchanged, then ``changes``."""
    with app.app_context():
        router = service.get_offering(offering_id(app, "Managed Router"))
        data = {"name": router.name, "description": router.description, "lifecycle_status": "Active",
                "valid_from": "2024-01-01T00:00", "valid_to": "", "product_spec_id": str(router.product_spec_id)}
        for index, price in enumerate(router.prices):
            data |= {f"prices-{index}-price_id": str(price.id), f"prices-{index}-name": price.name,
                     f"prices-{index}-price_type": price.price_type, f"prices-{index}-amount": str(price.amount)}
    return data | changes


def test_the_list_shows_every_offering_and_filters(admin: FlaskClient) -> None:
    page = admin.get("/catalog/").get_data(as_text=True)
    for name in ("Business Fibre Internet", "Managed Router", "Static IP Block", "Business Voice", "Installation"):
        assert f'data-offering="{name}"' in page
    assert ">Catalog</a>" in page  # the nav link
    assert '<td class="categories">Connectivity</td>' in page and '<td class="categories">Voice</td>' in page
    filtered = admin.get("/catalog/?q=voice&status=Active").get_data(as_text=True)
    assert 'data-offering="Business Voice"' in filtered and 'data-offering="Installation"' not in filtered


def test_an_offering_page_shows_tree_characteristics_and_prices(app: Flask, admin: FlaskClient) -> None:
    page = admin.get(f"/catalog/offerings/{offering_id(app, 'Business Fibre Internet')}").get_data(as_text=True)
    for spec in ("Internet Access", "Access Line", "IP Connectivity", "ONT", "Access Port", "IPv4 Address"):
        assert f'data-spec="{spec}"' in page
    assert "site_postcode" in page and "100, 500, 1000 Mbps" in page
    assert "<td>Static IP address <code>static_ip</code>" in page  # the label, and the name models use
    assert "from decision <code>pricing_fibre</code>" in page
    assert 'id="categories">Categories: <strong title="Internet access' in page and ">Connectivity<" in page


@pytest.mark.parametrize("user, status", [("agent", 403), ("alice", 403), ("omanager", 403)])
def test_only_process_admins_see_the_pages(app: Flask, client: FlaskClient, user: str, status: int) -> None:
    seed_catalog(app)
    login(client, user)
    for path in ("/catalog/", "/catalog/offerings/1", "/catalog/offerings/1/edit", "/catalog/offerings/new",
                 "/catalog/offerings/1/labels"):
        assert client.get(path).status_code == status, path
    assert client.post("/catalog/offerings/1/edit", data=router_form(app)).status_code == status
    assert client.post("/catalog/offerings/1/labels", data={"characteristics-0-name": "bandwidth",
                                                            "characteristics-0-label": "Speed"}).status_code == status


def test_anonymous_visitors_are_sent_to_login(client: FlaskClient) -> None:
    response = client.get("/catalog/")
    assert response.status_code == 302 and "/login" in response.headers["Location"]


def test_the_price_list_heading_names_the_configured_currency(app: Flask, admin: FlaskClient) -> None:
    app.config["CURRENCY"] = "EUR"
    for path in (f"/catalog/offerings/{offering_id(app, 'Managed Router')}/edit", "/catalog/offerings/new"):
        page = admin.get(path).get_data(as_text=True)
        assert "<legend>Price list (EUR;" in page and "GBP" not in page, path


def test_edit_saves_fields_and_prices(app: Flask, admin: FlaskClient) -> None:
    router_id = offering_id(app, "Managed Router")
    form = admin.get(f"/catalog/offerings/{router_id}/edit").get_data(as_text=True)
    assert 'value="Router rental"' in form and 'name="prices-2-name"' in form  # two prices and a blank row
    data = router_form(app, description="Now with 5G backup.", valid_to="2030-12-31T23:59",
                       **{"prices-0-amount": "17.5", "prices-1-remove": "y", "prices-2-name": "5G backup",
                          "prices-2-price_type": "recurring", "prices-2-amount": "8"})
    response = admin.post(f"/catalog/offerings/{router_id}/edit", data=data)
    assert response.status_code == 302 and response.headers["Location"].endswith(f"/catalog/offerings/{router_id}")
    with app.app_context():
        router = service.get_offering(router_id)
        assert router.description == "Now with 5G backup." and router.valid_to is not None
        assert router.valid_to.isoformat() == "2030-12-31T23:59:00+00:00"
        assert [(p.name, p.amount) for p in router.prices] == [("Router rental", Decimal("17.50")),
                                                               ("5G backup", Decimal("8.00"))]


@pytest.mark.parametrize("changes, field_id, message", [
    ({"name": ""}, "name", "This field is required."),
    ({"name": "Installation"}, "name", "another offering has this name"),
    ({"valid_from": "yesterday"}, "valid_from", "Not a valid datetime value."),
    ({"valid_to": "2023-01-01T00:00"}, "valid_to", "must be after the start of validity"),
    ({"lifecycle_status": "Launched"}, "lifecycle_status", "Not a valid choice."),
    ({"prices-0-amount": "-3"}, "prices-0-amount", "Number must be at least 0."),
    ({"prices-0-decision_id": "pricing_fibre"}, "prices-0-amount", "give an amount or a pricing decision, not both"),
])
def test_invalid_input_is_422_with_the_error_next_to_its_field(app: Flask, admin: FlaskClient,
                                                              changes: dict[str, str], field_id: str,
                                                              message: str) -> None:
    router_id = offering_id(app, "Managed Router")
    response = admin.post(f"/catalog/offerings/{router_id}/edit", data=router_form(app, **changes))
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert f'<p class="field-error" id="{field_id}-error">' in page
    assert message in page.split(f'id="{field_id}-error">')[1].split("</p>")[0]
    with app.app_context():
        assert service.get_offering(router_id).prices[0].amount == Decimal("15.00")  # nothing saved


def test_create_a_new_offering(app: Flask, admin: FlaskClient) -> None:
    assert admin.get("/catalog/offerings/new").status_code == 200
    response = admin.post("/catalog/offerings/new", data={
        "name": "Site Survey", "description": "A pre-installation survey.", "lifecycle_status": "In Design",
        "valid_from": "2025-01-01T00:00", "product_spec_id": "0",
        "prices-0-name": "Survey", "prices-0-price_type": "oneTime", "prices-0-amount": "99.99"})
    assert response.status_code == 302
    with app.app_context():
        survey = service.offering_by_name("Site Survey")
        assert survey is not None and survey.product_spec is None
        assert [(p.price_type, p.amount) for p in survey.prices] == [("oneTime", Decimal("99.99"))]
    assert "Site Survey" in admin.get(response.headers["Location"]).get_data(as_text=True)


def test_unknown_offering_pages_are_404(admin: FlaskClient) -> None:
    assert admin.get("/catalog/offerings/999").status_code == 404
    assert admin.get("/catalog/offerings/999/edit").status_code == 404


def stored_labels(app: Flask) -> dict[str, str]:
    """The labels of Business Fibre Internet's characteristics, by name in their order."""
    with app.app_context():
        spec = service.get_offering(offering_id(app, "Business Fibre Internet")).product_spec
        assert spec is not None
        return {c.name: c.label for c in spec.characteristics}


def fibre_labels(app: Flask, **labels: str) -> dict[str, str]:
    """The labels form of Business Fibre Internet as the browser would post it unchanged, then ``labels``."""
    data: dict[str, str] = {}
    for index, (name, label) in enumerate((stored_labels(app) | labels).items()):
        data |= {f"characteristics-{index}-name": name, f"characteristics-{index}-label": label}
    return data


def test_an_admin_labels_the_characteristics_and_people_read_the_labels(app: Flask, admin: FlaskClient) -> None:
    fibre = offering_id(app, "Business Fibre Internet")
    shown = admin.get(f"/catalog/offerings/{fibre}").get_data(as_text=True)
    assert f'href="/catalog/offerings/{fibre}/labels"' in shown
    form = admin.get(f"/catalog/offerings/{fibre}/labels").get_data(as_text=True)
    assert 'value="Static IP address"' in form and 'placeholder="Static ip"' in form  # the label, and without one
    response = admin.post(f"/catalog/offerings/{fibre}/labels",
                          data=fibre_labels(app, static_ip=" Fixed IPv4 address ", bandwidth=""))
    assert response.status_code == 302 and response.headers["Location"].endswith(f"/catalog/offerings/{fibre}")
    labels = stored_labels(app)
    assert (labels["static_ip"], labels["bandwidth"], labels["contract_term"]) == ("Fixed IPv4 address", "",
                                                                                   "Contract term")
    page = admin.get(f"/catalog/offerings/{fibre}").get_data(as_text=True)
    assert "<td>Fixed IPv4 address <code>static_ip</code>" in page and "<td>Bandwidth <code>bandwidth</code>" in page
    admin.post("/logout")
    login(admin, "agent")
    entry = admin.post("/workspace/orders/new", data={"action": "add", "add_offering": fibre}).get_data(as_text=True)
    assert "Fixed IPv4 address" in entry and "Static IP address" not in entry


def test_a_label_over_100_characters_is_422_next_to_its_field_and_nothing_is_saved(app: Flask,
                                                                                   admin: FlaskClient) -> None:
    fibre = offering_id(app, "Business Fibre Internet")
    before = stored_labels(app)
    response = admin.post(f"/catalog/offerings/{fibre}/labels",
                          data=fibre_labels(app, static_ip="x" * 101, bandwidth="Speed"))
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    error = page.split('id="characteristics-1-label-error">')[1].split("</p>")[0]
    assert "Field cannot be longer than 100 characters." in error
    assert 'aria-invalid="true"' in page
    assert stored_labels(app) == before


def test_labelling_a_characteristic_the_offering_lacks_is_422_and_saves_nothing(app: Flask,
                                                                               admin: FlaskClient) -> None:
    fibre = offering_id(app, "Business Fibre Internet")
    before = stored_labels(app)
    response = admin.post(f"/catalog/offerings/{fibre}/labels", data=fibre_labels(app, wifi="Wi-Fi", bandwidth="Speed"))
    assert response.status_code == 422
    assert "&#39;Fibre Internet Product&#39; has no characteristic &#39;wifi&#39;" in response.get_data(as_text=True)
    assert stored_labels(app) == before


def test_a_bundle_has_no_labels_page(app: Flask, admin: FlaskClient) -> None:
    router = offering_id(app, "Managed Router")
    with app.app_context(), unit_of_work():
        bundle_id = service.create_offering(OfferingInput(name="Office Pack", bundled_offering_ids=[router])).id
    assert admin.get(f"/catalog/offerings/{bundle_id}/labels").status_code == 404
    assert admin.get("/catalog/offerings/999/labels").status_code == 404


def test_each_price_field_is_named_for_its_row(admin: FlaskClient) -> None:
    """The price rows' fields were labelled "Name", "Amount"… alone: a screen reader (or a test) found two "Name"s."""
    page = admin.get("/catalog/offerings/new").get_data(as_text=True)
    assert 'aria-label="Price 1: Name"' in page and 'aria-label="Price 1: Amount"' in page
    assert 'aria-label="Name"' not in page


def test_the_labels_page_names_the_other_offerings_sharing_the_specification_before_saving(
        app: Flask, admin: FlaskClient) -> None:
    """Labels are the product specification's: an offering sold on the same one (a promotion, say) changes with
    them, so the page says which, linked, and the saved message repeats it. One alone on its spec says nothing."""
    fibre = offering_id(app, "Business Fibre Internet")
    with app.app_context(), unit_of_work():
        spec_id = service.get_offering(fibre).product_spec_id
        promo = service.create_offering(OfferingInput(name="Fibre Promo", product_spec_id=spec_id)).id
    page = admin.get(f"/catalog/offerings/{fibre}/labels").get_data(as_text=True)
    notice = page.split('id="shared-spec"')[1].split("</div>")[0]
    assert "Saving changes\n    them on this other offering too" in notice
    assert f'<a href="/catalog/offerings/{promo}">Fibre Promo</a>' in notice
    saved = admin.post(f"/catalog/offerings/{fibre}/labels", data=fibre_labels(app, bandwidth="Speed"),
                       follow_redirects=True).get_data(as_text=True)
    assert "Saved the labels. They changed on Fibre Promo too." in saved
    router = offering_id(app, "Managed Router")
    assert 'id="shared-spec"' not in admin.get(f"/catalog/offerings/{router}/labels").get_data(as_text=True)


def test_a_labels_post_of_more_entries_than_a_form_takes_is_refused_at_once(app: Flask,
                                                                                 admin: FlaskClient) -> None:
    """A form was built for every posted entry: 100,000 of them (4 MB) held the worker 33 s."""
    fibre = offering_id(app, "Business Fibre Internet")
    before = stored_labels(app)
    data = {f"characteristics-{i}-name": f"n{i}" for i in range(50_000)} | fibre_labels(app, bandwidth="Speed")
    started = time.perf_counter()
    refused = admin.post(f"/catalog/offerings/{fibre}/labels", data=data)
    assert time.perf_counter() - started < 3
    assert refused.status_code == 422
    assert "The form sent 50,000 labels; it takes at most 500." in refused.get_data(as_text=True)
    assert stored_labels(app) == before



@pytest.mark.parametrize("path", ["/catalog/offerings/new", "edit"])
def test_an_offering_post_with_more_price_rows_than_a_form_takes_is_refused_at_once(
        app: Flask, admin: FlaskClient, path: str) -> None:
    """A sub-form was built for every posted price row: 10,000 held the worker 15 s."""
    router = offering_id(app, "Managed Router")
    data = router_form(app)
    for index in range(5, 20_005):
        data |= {f"prices-{index}-name": f"p{index}", f"prices-{index}-amount": "1"}
    started = time.perf_counter()
    refused = admin.post(f"/catalog/offerings/{router}/edit" if path == "edit" else path, data=data)
    assert time.perf_counter() - started < 3
    assert refused.status_code == 422
    assert "The form sent more than 100 prices" in refused.get_data(as_text=True)
    assert len(admin.get(f"/catalog/offerings/{router}").get_data(as_text=True)) < 200_000  # nothing saved
