"""TMF620 over HTTP: list with filters and paging, one offering, product specifications, 401 and 404."""
from __future__ import annotations

from typing import Any

import pytest
from flask import Flask

from app.catalog import service
from app.catalog.service import OfferingInput
from app.database import unit_of_work
from tests.catalog.catalog_support import offering_id
from tests.catalog.catalog_support import seed_catalog

BASE = "/tmf-api/productCatalogManagement/v4"


@pytest.fixture()
def seeded(app: Flask) -> Flask:
    seed_catalog(app)
    return app


def by_name(items: list[dict[str, Any]], name: str) -> dict[str, Any]:
    return next(item for item in items if item["name"] == name)


def _prices(api: Any, offering: dict[str, Any]) -> list[dict[str, Any]]:
    """The offering's prices, read at productOfferingPrice as its references say."""
    return [api.get(f"{BASE}/productOfferingPrice/{ref['id']}").json for ref in offering["productOfferingPrice"]]


def test_anyone_signed_in_lists_the_catalog_customers_included(seeded: Flask, api: Any) -> None:
    response = api.get(f"{BASE}/productOffering", user="alice")
    assert response.status_code == 200, response.json
    assert response.headers["X-Total-Count"] == "5" and response.headers["X-Result-Count"] == "5"
    names = [item["name"] for item in response.json]
    assert sorted(names) == ["Business Fibre Internet", "Business Voice", "Installation", "Managed Router",
                             "Static IP Block"]
    for item in response.json:
        assert item["@type"] == "ProductOffering" and item["lifecycleStatus"] == "Active"
        assert item["href"].endswith(f"{BASE}/productOffering/{item['id']}")
        assert item["validFor"] == {"startDateTime": "2024-01-01T00:00:00Z"}  # no end: left out, not null


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Basic YWxpY2U6d3Jvbmc="}])  # alice:wrong
def test_no_or_wrong_credentials_are_401(seeded: Flask, api: Any, headers: dict[str, str]) -> None:
    for path in (f"{BASE}/productOffering", f"{BASE}/productOffering/1", f"{BASE}/productSpecification"):
        response = api.client.get(path, headers=headers)
        assert response.status_code == 401
        assert response.json["errors"][0]["message"]


def test_filters_by_lifecycle_status_and_name(seeded: Flask, api: Any) -> None:
    with seeded.app_context(), unit_of_work():
        voice = service.get_offering(offering_id(seeded, "Business Voice"))
        service.update_offering(voice.id, OfferingInput(name=voice.name, lifecycle_status="Retired",
                                                        valid_from=voice.valid_from,
                                                        product_spec_id=voice.product_spec_id))
    retired = api.get(f"{BASE}/productOffering?lifecycleStatus=Retired", user="agent")
    assert [o["name"] for o in retired.json] == ["Business Voice"] and retired.headers["X-Total-Count"] == "1"
    active = api.get(f"{BASE}/productOffering?lifecycleStatus=Active")
    assert active.headers["X-Total-Count"] == "4"
    fibre = api.get(f"{BASE}/productOffering?name=fibre")
    assert [o["name"] for o in fibre.json] == ["Business Fibre Internet"]
    assert api.get(f"{BASE}/productOffering?name=Static IP&lifecycleStatus=Retired").json == []


def test_paging_with_offset_and_limit(seeded: Flask, api: Any) -> None:
    response = api.get(f"{BASE}/productOffering?offset=1&limit=2")
    assert response.headers["X-Total-Count"] == "5" and response.headers["X-Result-Count"] == "2"
    assert [o["name"] for o in response.json] == ["Managed Router", "Static IP Block"]
    assert api.get(f"{BASE}/productOffering?offset=5").json == []
    for bad in ("limit=0", "limit=1001", "offset=-1", "limit=ten"):
        response = api.get(f"{BASE}/productOffering?{bad}")
        assert response.status_code == 400, bad
        assert response.json["errors"][0]["field"] == bad.split("=")[0]


def test_the_one_catalog_is_filtered_as_any_list(seeded: Flask, api: Any) -> None:
    """``id=1,2`` (either value) was a 500 on the catalog list; its filters now read as every list's do."""
    def ids(query: str) -> list[str]:
        response = api.get(f"{BASE}/catalog?{query}", user="alice")
        assert response.status_code == 200, response.json
        return [c["id"] for c in response.json]
    assert ids("id=1,2") == ids('id="1"') == ids("id=2,1&lifecycleStatus=" + api.get(f"{BASE}/catalog/1").json[
        "lifecycleStatus"]) == ["1"]
    assert ids("id=2,3") == ids("id=2") == []
    for bad in ("id=1,%00", "colour=red", "name=" + "x" * 250):
        response = api.get(f"{BASE}/catalog?{bad}")
        assert response.status_code == 400, bad
        assert response.json["@type"] == "Error" and response.json["errors"][0]["field"] == bad.split("=")[0]


def test_one_offering_with_prices_and_characteristic_uses(seeded: Flask, api: Any) -> None:
    fibre_id = offering_id(seeded, "Business Fibre Internet")
    body = api.get(f"{BASE}/productOffering/{fibre_id}", user="bob").json
    assert body["id"] == str(fibre_id) and body["isBundle"] is False and body["bundledProductOffering"] == []
    spec = body["productSpecification"]
    assert spec["name"] == "Fibre Internet Product"
    assert spec["href"].endswith(f"{BASE}/productSpecification/{spec['id']}")
    assert [p["@referredType"] for p in body["productOfferingPrice"]] == ["ProductOfferingPrice"] * 2
    prices = _prices(api, body)
    assert [(p["name"], p["priceType"], p.get("recurringChargePeriodType")) for p in prices] == [
        ("Monthly charge", "recurring", "month"), ("Connection fee", "oneTime", None)]
    assert all(p["pricingLogicAlgorithm"][0]["name"] == "pricing_fibre" and "price" not in p for p in prices)
    uses = {u["name"]: u for u in body["prodSpecCharValueUse"]}
    assert list(uses) == ["bandwidth", "static_ip", "site_postcode", "contract_term"]
    assert uses["bandwidth"]["valueType"] == "integer" and uses["bandwidth"]["minCardinality"] == 1
    bandwidths = uses["bandwidth"]["productSpecCharacteristicValue"]
    assert [(v["value"], v["isDefault"], v["unitOfMeasure"]) for v in bandwidths] == [
        (100, False, "Mbps"), (500, False, "Mbps"), (1000, False, "Mbps")]
    assert [(v["value"], v["isDefault"]) for v in uses["static_ip"]["productSpecCharacteristicValue"]] == [
        (True, False), (False, True)]
    postcode = uses["site_postcode"]
    assert postcode["minCardinality"] == 1 and postcode["productSpecCharacteristicValue"] == []
    assert uses["contract_term"]["minCardinality"] == 0
    assert [v["value"] for v in uses["contract_term"]["productSpecCharacteristicValue"] if v["isDefault"]] == [24]


def test_fixed_prices_and_ranges(seeded: Flask, api: Any) -> None:
    router = api.get(f"{BASE}/productOffering/{offering_id(seeded, 'Managed Router')}").json
    assert [(p["priceType"], p["price"]) for p in _prices(api, router)] == [
        ("recurring", {"unit": "GBP", "value": 15.0}), ("oneTime", {"unit": "GBP", "value": 45.0})]
    install = api.get(f"{BASE}/productOffering/{offering_id(seeded, 'Installation')}").json
    assert [(p["priceType"], p["price"]["value"]) for p in _prices(api, install)] == [("oneTime", 195.0)]
    voice = api.get(f"{BASE}/productOffering/{offering_id(seeded, 'Business Voice')}").json
    channels, numbers = voice["prodSpecCharValueUse"]
    assert channels["productSpecCharacteristicValue"] == [
        {"valueFrom": "2", "valueTo": "30", "rangeInterval": "closed", "isDefault": False, "valueType": "integer"}]
    assert [v.get("value") for v in numbers["productSpecCharacteristicValue"]] == [None, 1]


def test_a_bundle_lists_its_offerings(seeded: Flask, api: Any) -> None:
    with seeded.app_context(), unit_of_work():
        bundle = service.create_offering(OfferingInput(
            name="Office Starter", lifecycle_status="Active",
            bundled_offering_ids=[offering_id(seeded, "Business Fibre Internet"),
                                  offering_id(seeded, "Managed Router")]))
        bundle_id = bundle.id
    body = api.get(f"{BASE}/productOffering/{bundle_id}").json
    assert body["isBundle"] is True and "productSpecification" not in body and body["prodSpecCharValueUse"] == []
    assert [b["name"] for b in body["bundledProductOffering"]] == ["Business Fibre Internet", "Managed Router"]


@pytest.mark.parametrize("path", ["productOffering/9999", "productOffering/abc", "productSpecification/9999",
                                  "productSpecification/6"])  # 6 is a customer-facing service, not a product spec
def test_unknown_ids_are_404(seeded: Flask, api: Any, path: str) -> None:
    response = api.get(f"{BASE}/{path}", user="alice")
    assert response.status_code == 404
    assert response.json["errors"][0]["message"]


def test_product_specifications_with_their_service_specifications(seeded: Flask, api: Any) -> None:
    listed = api.get(f"{BASE}/productSpecification")
    assert listed.headers["X-Total-Count"] == "5"
    static = by_name(listed.json, "Static IP Product")
    assert static["@type"] == "ProductSpecification"
    assert [s["name"] for s in static["serviceSpecification"]] == ["Static Addressing"]
    fibre = api.get(f"{BASE}/productSpecification/{by_name(listed.json, 'Fibre Internet Product')['id']}").json
    assert [c["name"] for c in fibre["productSpecCharacteristic"]] == ["bandwidth", "static_ip", "site_postcode",
                                                                         "contract_term"]
    assert fibre["serviceSpecification"] == [{"id": fibre["serviceSpecification"][0]["id"], "name": "Internet Access",
                                              "@referredType": "ServiceSpecification"}]


def test_categories_group_the_demo_offerings(seeded: Flask, api: Any) -> None:
    listed = api.get(f"{BASE}/category", user="alice")
    assert listed.status_code == 200 and listed.headers["X-Total-Count"] == "4"
    assert [c["name"] for c in listed.json] == ["Connectivity", "Equipment", "Professional services", "Voice"]
    connectivity = by_name(listed.json, "Connectivity")
    assert connectivity["isRoot"] is True and "parentId" not in connectivity
    one = api.get(f"{BASE}/category/{connectivity['id']}").json
    assert [o["name"] for o in one["productOffering"]] == ["Business Fibre Internet", "Static IP Block"]
    assert one["productOffering"][0]["href"].startswith("http")

    in_it = api.get(f"{BASE}/productOffering?category.id={connectivity['id']}").json
    assert sorted(o["name"] for o in in_it) == ["Business Fibre Internet", "Static IP Block"]
    voice = by_name(listed.json, "Voice")["id"]
    either = api.get(f"{BASE}/productOffering?category.id={connectivity['id']},{voice}")
    assert either.headers["X-Total-Count"] == "3"
    router = api.get(f"{BASE}/productOffering/{offering_id(seeded, 'Managed Router')}").json
    assert [c["name"] for c in router["category"]] == ["Equipment"]
    assert [c["name"] for c in api.get(f"{BASE}/catalog/1").json["category"]] == [c["name"] for c in listed.json]
    assert api.get(f"{BASE}/category?name=voice").json[0]["name"] == "Voice"
    assert api.get(f"{BASE}/productOffering?category.id=none").status_code == 400
    assert api.get(f"{BASE}/productOffering?category.id=999999").json == []


def test_seeding_again_keeps_the_categories_as_they_are(seeded: Flask, api: Any) -> None:
    from app.catalog.demo import seed_demo_catalog

    with seeded.app_context(), unit_of_work():
        voice = service.category_by_name("Voice")
        assert voice is not None
        voice.offerings.clear()  # an admin's change is kept
        seed_demo_catalog()
    with seeded.app_context():
        kept = service.category_by_name("Voice")
        assert kept is not None and kept.offerings == []
        assert len(service.list_categories()) == 4


def test_a_name_longer_than_documented_is_refused_at_its_field(seeded: Flask, api: Any) -> None:
    """TMF620 documents names of at most 100 characters: a fuzzer's 101 were created (201)."""
    for path in ("productOffering", "productSpecification", "productOfferingPrice"):
        response = api.post(f"{BASE}/{path}", json={"name": "0" * 101})
        assert response.status_code == 400, (path, response.json)
        assert response.json["errors"] == [{"field": "name", "message": "a non-empty text of at most 100 characters"}]
