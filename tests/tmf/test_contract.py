"""Every TMF route's responses, valid against the TM Forum v4.0.0 Swagger definitions (tests/data/tmf/specs).

One scenario drives an order to completion (service and resource orders, inventory products), revises
and cancels others, then calls every /tmf-api route, good requests and bad ones; each response must use a
status code the spec lists for the operation and validate against the spec's schema for it. The test
also fails when a TMF route of the app was not exercised, so a new route cannot escape the contract.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flask import Flask

from tests.orchestration.flow import approve
from tests.orchestration.flow import fibre_bundle
from tests.orchestration.flow import place
from tests.orchestration.flow import run_to_completion
from tests.tmf.contract import Contract

PO = "/tmf-api/productOrderingManagement/v4"
PC = "/tmf-api/productCatalogManagement/v4"
PI = "/tmf-api/productInventory/v4"
SO = "/tmf-api/serviceOrdering/v4"
RO = "/tmf-api/resourceOrderingManagement/v4"
# Ordra's routes beyond the specs (exercised above, outside the contract): where an export's document is
EXTENSIONS = {("/tmf-api/productCatalogManagement/v4/exportJob/<int:job_id>/document", "GET")}


class Caller:
    """Calls a TMF route as a demo user and hands the response to the contract."""

    def __init__(self, api: Any, contract: Contract) -> None:
        self.api, self.contract = api, contract

    def __call__(self, method: str, url: str, *, user: str = "admin", json: Any = None,
                 data: Any = None, status: int | None = None) -> Any:
        kwargs: dict[str, Any] = {"headers": self.api.headers(user)}
        if json is not None:
            kwargs["json"] = json
        if data is not None:
            kwargs.update(data=data, content_type="application/json")
        response = self.api.client.open(url, method=method, **kwargs)
        self.contract.check(method, url, response)
        if status is not None and response.status_code != status:
            self.contract.failures.append(f"{method} {url} -> {response.status_code}: expected {status} "
                                          f"({response.get_data(True)[:200]})")
        return response


def _first(call: Caller, url: str) -> str:
    listed = call("GET", url, status=200).json
    if not (isinstance(listed, list) and listed):
        call.contract.failures.append(f"GET {url}: no entries to read one of")
        return "0"
    return str(listed[0]["id"])


def test_every_tmf_response_validates_against_the_v4_specs(app: Flask, api: Any, seeded: dict[str, Any],
                                                           report_figure: Callable[[str], None]) -> None:
    contract = Contract()
    call = Caller(api, contract)

    done = call("POST", f"{PO}/productOrder", user="agent", json=fibre_bundle(seeded, "CT-1"), status=201).json
    run_to_completion(api, int(done["id"]))
    to_cancel = place(api, fibre_bundle(seeded, "CT-2", postcode="EC1A 1BB"))
    to_revise = place(api, fibre_bundle(seeded, "CT-3", postcode="EC2A 2BB"))

    # TMF622 product ordering
    call("GET", f"{PO}/productOrder", status=200)
    call("GET", f"{PO}/productOrder?state=completed&limit=1&offset=0", status=200)
    call("GET", f"{PO}/productOrder/{done['id']}", status=200)
    call("GET", f"{PO}/productOrder/{done['id']}?fields=productOrderItem.id,productOrderItem.state,state", status=200)
    call("GET", f"{PO}/productOrder/999999", status=404)
    call("POST", f"{PO}/productOrder", user="agent", json={}, status=400)
    call("POST", f"{PO}/productOrder", user="agent", data="{not json", status=400)
    call("POST", f"{PO}/cancelProductOrder", user="agent",
         json={"productOrder": {"id": str(to_cancel)}, "cancellationReason": "moved"}, status=201)
    call("POST", f"{PO}/cancelProductOrder", user="agent", json={"productOrder": {"id": "999999"}}, status=400)
    call("POST", f"{PO}/cancelProductOrder", user="agent", json={"productOrder": {"id": done["id"]}}, status=409)
    cancellation = _first(call, f"{PO}/cancelProductOrder")
    call("GET", f"{PO}/cancelProductOrder/{cancellation}", status=200)
    call("GET", f"{PO}/cancelProductOrder/999999", status=404)
    call("GET", f"{PO}/productOrder/{to_cancel}", status=200)
    call("PATCH", f"{PO}/productOrder/{done['id']}", user="agent", json={"description": "late"}, status=409)
    call("PATCH", f"{PO}/productOrder/{to_revise}", user="agent", status=200,
         json={"description": "bigger pipe", "productOrderItem": [
             {"id": "1", "product": {"productCharacteristic": [{"name": "bandwidth", "value": 1000}]}}]})
    call("PATCH", f"{PO}/productOrder/{to_revise}", user="agent", json={"state": "completed"}, status=400)
    call("PATCH", f"{PO}/productOrder/999999", user="agent", json={"description": "x"}, status=404)
    call("DELETE", f"{PO}/productOrder/{to_revise}", user="agent", status=409)
    call("DELETE", f"{PO}/productOrder/999999", user="agent", status=404)
    call("GET", f"{PO}/productOrder?fields=state,orderDate&orderDate.gt=2000-01-01T00:00:00Z", status=200)
    call("GET", f"{PO}/productOrder?colour=red", status=400)

    # TMF620 product catalog
    offering = _first(call, f"{PC}/productOffering")
    call("GET", f"{PC}/productOffering/{offering}", status=200)
    call("GET", f"{PC}/productOffering/999999", status=404)
    spec = _first(call, f"{PC}/productSpecification")
    call("GET", f"{PC}/productSpecification/{spec}", status=200)
    call("GET", f"{PC}/productSpecification/999999", status=404)
    price = _first(call, f"{PC}/productOfferingPrice")
    call("GET", f"{PC}/productOfferingPrice/{price}", status=200)
    call("GET", f"{PC}/productOfferingPrice/999999", status=404)
    catalog = _first(call, f"{PC}/catalog")
    call("GET", f"{PC}/catalog/{catalog}", status=200)
    call("GET", f"{PC}/catalog/999999", status=404)
    category = _first(call, f"{PC}/category?name=connect")
    call("GET", f"{PC}/category/{category}", status=200)
    call("GET", f"{PC}/productOffering?category.id={category}&fields=name,category", status=200)
    call("GET", f"{PC}/category?parentId=x", status=400)
    call("GET", f"{PC}/category/999999", status=404)
    export = call("POST", f"{PC}/exportJob", status=201,
                  json={"url": f"{PC}/productOffering", "query": f"category.id={category}"}).json
    call("POST", f"{PC}/exportJob", json={"url": "http://elsewhere.example/x"}, status=400)
    call("POST", f"{PC}/exportJob", json={"url": f"{PC}/catalog/1", "query": "colour=red"}, status=400)
    call("POST", f"{PC}/exportJob", user="agent", json={"url": f"{PC}/catalog/1"}, status=403)
    call("GET", f"{PC}/exportJob", status=200)
    call("GET", f"{PC}/exportJob/{export['id']}", status=200)
    call("GET", f"{PC}/exportJob/999999", status=404)
    document = api.client.get(f"{PC}/exportJob/{export['id']}/document", headers=api.headers("admin"))
    assert document.status_code == 200 and document.json["productOffering"]
    imported = call("POST", f"{PC}/importJob", json={"url": f"{PC}/exportJob/{export['id']}/document"},
                    status=201).json  # the same offerings: each one refused in the errorLog
    call("POST", f"{PC}/importJob", json={"url": "http://elsewhere.example/catalog.json"}, status=400)
    call("POST", f"{PC}/importJob", json={"url": "data:application/json,[1]"}, status=400)
    call("GET", f"{PC}/importJob", status=200)
    call("GET", f"{PC}/importJob/{imported['id']}", status=200)
    call("GET", f"{PC}/importJob/999999", status=404)
    call("DELETE", f"{PC}/importJob/{imported['id']}", status=204)
    call("DELETE", f"{PC}/exportJob/{export['id']}", status=204)
    call("DELETE", f"{PC}/exportJob/{export['id']}", status=404)
    call("GET", f"{PC}/productOffering?isBundle=maybe", status=400)
    new_spec = call("POST", f"{PC}/productSpecification", json={"name": "SD-WAN Product"}, status=201).json
    call("POST", f"{PC}/productSpecification", json={"name": ""}, status=400)
    call("POST", f"{PC}/productSpecification", user="agent", json={"name": "x"}, status=403)
    new_offering = call("POST", f"{PC}/productOffering", status=201, json={
        "name": "SD-WAN", "productSpecification": {"id": new_spec["id"]}}).json
    call("POST", f"{PC}/productOffering", json={"name": "Ghost", "productSpecification": {"id": "9881"}}, status=400)
    call("PATCH", f"{PC}/productOffering/{new_offering['id']}", json={"lifecycleStatus": "Active"}, status=200)
    call("PATCH", f"{PC}/productOffering/999999", json={"name": "x"}, status=404)
    call("DELETE", f"{PC}/productOffering/{offering}", status=409)  # ordered: retired, not deleted
    call("DELETE", f"{PC}/productOffering/{new_offering['id']}", status=204)
    new_price = call("POST", f"{PC}/productOfferingPrice", status=201, json={
        "name": "SD-WAN monthly", "priceType": "recurring", "price": {"unit": "GBP", "value": 49.5}}).json
    call("POST", f"{PC}/productOfferingPrice", json={"name": "x", "priceType": "sometimes"}, status=400)
    call("PATCH", f"{PC}/productOfferingPrice/{new_price['id']}", json={"name": "SD-WAN month"}, status=200)
    call("PATCH", f"{PC}/productOfferingPrice/{price}", json={"name": "x"}, status=409)  # an offering's price
    call("DELETE", f"{PC}/productOfferingPrice/{new_price['id']}", status=204)
    call("DELETE", f"{PC}/productOfferingPrice/999999", status=404)

    # TMF637 product inventory
    product = _first(call, f"{PI}/product")
    call("GET", f"{PI}/product/{product}", status=200)
    call("GET", f"{PI}/product/999999", status=404)
    call("GET", f"{PI}/product?limit=0", status=400)
    call("GET", f"{PI}/product?status=active&fields=name", status=200)

    # TMF641 service ordering, TMF652 resource ordering
    in_flight = place(api, fibre_bundle(seeded, "CT-4"))
    approve(api, in_flight)  # services wait for the site survey
    service_order = _first(call, f"{SO}/serviceOrder?externalId={in_flight}&state=pending,acknowledged")
    call("POST", f"{SO}/cancelServiceOrder", user="agent", status=201,
         json={"serviceOrder": {"id": service_order}, "requestedCancellationDate": "2027-01-01T00:00:00Z"})
    call("POST", f"{SO}/cancelServiceOrder", user="agent", json={"serviceOrder": {"id": "999999"}}, status=400)
    cancelled = _first(call, f"{SO}/cancelServiceOrder")
    call("GET", f"{SO}/cancelServiceOrder/{cancelled}", status=200)
    call("GET", f"{SO}/cancelServiceOrder/999999", status=404)
    done_service = _first(call, f"{SO}/serviceOrder?externalId={done['id']}")
    call("POST", f"{SO}/cancelServiceOrder", user="agent", json={"serviceOrder": {"id": done_service}}, status=409)

    resource_flight = place(api, fibre_bundle(seeded, "CT-5"))
    approve(api, resource_flight)  # resources wait for the site survey too
    resource_order = _first(call, f"{RO}/resourceOrder?externalId={resource_flight}")
    call("POST", f"{RO}/cancelResourceOrder", user="agent", status=201,
         json={"resourceOrder": {"id": resource_order}, "cancellationReason": "site refused"})
    call("POST", f"{RO}/cancelResourceOrder", user="agent", json={"resourceOrder": {"id": "999999"}}, status=400)
    call("POST", f"{RO}/cancelResourceOrder", user="agent", json={"resourceOrder": "x"}, status=400)
    call("POST", f"{RO}/cancelResourceOrder", user="alice", json={"resourceOrder": {"id": "1"}}, status=403)
    cancelled_resource = _first(call, f"{RO}/cancelResourceOrder?resourceOrder.id={resource_order}")
    call("GET", f"{RO}/cancelResourceOrder/{cancelled_resource}", status=200)
    call("GET", f"{RO}/cancelResourceOrder/{cancelled}", status=404)  # a service order's, not this API's
    call("GET", f"{SO}/cancelServiceOrder/{cancelled_resource}", status=404)
    done_resource = _first(call, f"{RO}/resourceOrder?externalId={done['id']}")
    call("POST", f"{RO}/cancelResourceOrder", user="agent", json={"resourceOrder": {"id": done_resource}},
         status=409)

    for base, kind in ((SO, "serviceOrder"), (RO, "resourceOrder")):
        first = _first(call, f"{base}/{kind}")
        call("GET", f"{base}/{kind}/{first}", status=200)
        call("GET", f"{base}/{kind}/999999", status=404)
        call("GET", f"{base}/{kind}", user="alice", status=403)

    # The hubs of the APIs with events
    app.config["TMF_HUB_ALLOW_PRIVATE_CALLBACKS"] = True
    for base in (PC, PO, PI, SO, RO):
        hub = call("POST", f"{base}/hub", user="agent", json={"callback": "http://127.0.0.1:9/listener"}, status=201)
        call("POST", f"{base}/hub", user="agent", json={"callback": "gopher://x"}, status=400)
        call("DELETE", f"{base}/hub/{hub.json['id']}", user="agent", status=204)
        call("DELETE", f"{base}/hub/{hub.json['id']}", user="agent", status=404)

    exercised = contract.templates
    routes = {(rule.rule, method) for rule in app.url_map.iter_rules() if rule.rule.startswith("/tmf-api/")
              for method in (rule.methods or set()) - {"HEAD", "OPTIONS"}}
    routes -= EXTENSIONS
    missed = sorted(f"{m} {r}" for r, m in routes if not any(
        r.startswith(base) and _same_template(r[len(base):], template) and m == method
        for base, method, template in exercised))
    report_figure(f"{contract.summary()}; {len(routes)} routes, {len(routes) - len(missed)} exercised")
    for failure in contract.failures:
        print("  ", failure)
    assert not missed, f"TMF routes the contract test does not exercise: {missed}"
    assert not contract.failures, contract.summary()


def _same_template(flask_rule: str, spec_template: str) -> bool:
    """``/productOrder/<int:order_id>`` (Flask) is ``/productOrder/{id}`` (Swagger)."""
    import re
    return re.sub(r"<[^>]+>", "{}", flask_rule) == re.sub(r"\{[^}]+\}", "{}", spec_template)
