"""TMF620 export and import jobs: a filtered export as a document, imported back with per-entity errors."""
from __future__ import annotations

import base64
import json
from typing import Any

from flask import Flask

PC = "/tmf-api/productCatalogManagement/v4"


def _data_url(document: dict[str, Any]) -> str:
    return "data:application/json;base64," + base64.b64encode(json.dumps(document).encode()).decode()


def _category_id(api: Any, name: str) -> str:
    return str(api.get(f"{PC}/category?name={name}", user="admin").json[0]["id"])


def test_an_export_job_writes_the_filtered_catalog_as_a_document(app: Flask, api: Any,
                                                                 seeded: dict[str, Any]) -> None:
    connectivity = _category_id(api, "Connectivity")
    started = api.post(f"{PC}/exportJob", user="admin",
                       json={"url": f"{PC}/productOffering", "query": f"category.id={connectivity}"})
    assert started.status_code == 201, started.json
    job = api.get(f"{PC}/exportJob/{started.json['id']}", user="admin").json
    assert job["status"] == "Succeeded" and job["completionDate"] and job["query"] == f"category.id={connectivity}"
    assert job["url"].endswith(f"{PC}/exportJob/{job['id']}/document")
    document = api.get(f"{PC}/exportJob/{job['id']}/document", user="admin").json
    assert sorted(o["name"] for o in document["productOffering"]) == ["Business Fibre Internet", "Static IP Block"]
    assert sorted(s["name"] for s in document["productSpecification"]) == ["Fibre Internet Product",
                                                                           "Static IP Product"]
    assert [c["name"] for c in document["category"]] == ["Connectivity"]
    price_ids = {ref["id"] for o in document["productOffering"] for ref in o["productOfferingPrice"]}
    assert {p["id"] for p in document["productOfferingPrice"]} == price_ids

    refused = api.post(f"{PC}/exportJob", user="admin", json={"url": f"{PC}/productOffering", "query": "size=9"})
    assert refused.status_code == 400 and refused.json["errors"][0]["field"] == "query"
    assert api.post(f"{PC}/exportJob", user="agent", json={"url": f"{PC}/catalog/1"}).status_code == 403


def test_an_import_job_creates_what_is_new_and_logs_each_entity_it_left_out(app: Flask, api: Any,
                                                                            seeded: dict[str, Any]) -> None:
    started = api.post(f"{PC}/exportJob", user="admin", json={"url": f"{PC}/catalog/1"})
    document = api.get(f"{PC}/exportJob/{started.json['id']}/document", user="admin").json
    fibre = next(o for o in document["productOffering"] if o["name"] == "Business Fibre Internet")
    router = next(o for o in document["productOffering"] if o["name"] == "Managed Router")
    ghost = {**router, "id": "G1", "name": "Ghost Router", "productSpecification": {"id": "no-such-spec"}}
    incoming = {
        "productSpecification": document["productSpecification"],  # matched by name: used as they are
        "productOfferingPrice": document["productOfferingPrice"],
        "productOffering": [{**fibre, "name": "Business Fibre Internet (2027)"},
                            {**router, "name": "Managed Router Plus"}, ghost, router],
        "category": [{"id": "C9", "name": "Promotions", "description": "New for 2027",
                      "productOffering": [{"id": fibre["id"]}, {"id": router["id"]}]}, {"name": ""}]}
    job = api.post(f"{PC}/importJob", user="admin", json={"url": _data_url(incoming)})
    assert job.status_code == 201, job.json
    done = api.get(f"{PC}/importJob/{job.json['id']}", user="admin").json
    assert done["status"] == "Failed", done
    log = done["errorLog"].splitlines()
    assert len(log) == 3, log
    assert log[0].startswith("productOffering[2] 'Ghost Router': productSpecification")
    assert log[1].startswith("productOffering[3] 'Managed Router': ") and "exists already" in log[1]
    assert log[2].startswith("category[1]") and "name" in log[2]

    names = {o["name"]: o for o in api.get(f"{PC}/productOffering", user="admin").json}
    assert "Ghost Router" not in names
    new_fibre, new_router = names["Business Fibre Internet (2027)"], names["Managed Router Plus"]
    assert new_fibre["productSpecification"]["id"] == fibre["productSpecification"]["id"]  # the same spec
    prices = [api.get(f"{PC}/productOfferingPrice/{ref['id']}", user="admin").json
              for ref in new_router["productOfferingPrice"]]
    assert sorted((p["name"], p["price"]["value"]) for p in prices) == [
        ("Delivery and configuration", 45.0), ("Router rental", 15.0)]
    fibre_prices = [api.get(f"{PC}/productOfferingPrice/{ref['id']}", user="admin").json
                    for ref in new_fibre["productOfferingPrice"]]
    assert {p["pricingLogicAlgorithm"][0]["id"] for p in fibre_prices} == {"pricing_fibre#monthly_price",
                                                                          "pricing_fibre#setup_fee"}
    promotions = api.get(f"{PC}/category/{_category_id(api, 'Promotions')}", user="admin").json
    assert sorted(o["name"] for o in promotions["productOffering"]) == ["Business Fibre Internet (2027)",
                                                                        "Managed Router Plus"]


def test_an_import_takes_only_documents_it_can_read_without_fetching(app: Flask, api: Any,
                                                                     seeded: dict[str, Any]) -> None:
    for url in ("http://169.254.169.254/latest", "file:///etc/passwd", "data:application/json;base64,@@",
                "data:application/json,{\"productOffering\": 3}", f"{PC}/exportJob/999999/document"):
        refused = api.post(f"{PC}/importJob", user="admin", json={"url": url})
        assert refused.status_code == 400 and refused.json["errors"][0]["field"] == "url", url
    assert api.post(f"{PC}/importJob", user="admin", json={"url": _data_url({"productOffering": []}),
                                                           "contentType": "text/csv"}).status_code == 400
    empty = api.post(f"{PC}/importJob", user="admin", json={"url": _data_url({"productOffering": []})}).json
    assert api.get(f"{PC}/importJob/{empty['id']}", user="admin").json["status"] == "Succeeded"
    deleted = api.client.delete(f"{PC}/importJob/{empty['id']}", headers=api.headers("admin"))
    assert deleted.status_code == 204
    assert api.get(f"{PC}/importJob/{empty['id']}", user="admin").status_code == 404
