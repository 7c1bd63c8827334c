"""TMF637 Product Inventory: the products customers have (customers see only their account's).

The customer account is also the billing account in Ordra, so ``billingAccount`` refers to it;
``productPrice`` is the product's contract: its recurring (monthly) and one-time charges.
"""
from __future__ import annotations

from typing import Any

from flask import Response
from sqlalchemy import select

from app.api.spec import ID_FILTER
from app.api.spec import TEXT
from app.auth.access import api_roles
from app.auth.access import api_user
from app.extensions import db
from app.orchestration import queries
from app.orchestration.models import Contract
from app.orders.models import InventoryProduct
from app.tmf.blueprint import bp
from app.tmf.common import compact
from app.tmf.common import href
from app.tmf.common import money
from app.tmf.common import when
from app.tmf.ordering import _account_id
from app.tmf.query import Filter
from app.tmf.query import conditions
from app.tmf.query import list_response
from app.tmf.query import one_response
from app.tmf.query import paging
from app.tmf.spec import tmf_list
from app.tmf.spec import tmf_one

API = "/productInventory/v4"
BASE = f"{API}/product"
ORDERS = "/productOrderingManagement/v4/productOrder"
FILTERS = {
    "id": Filter(InventoryProduct.id, "int"),
    "name": Filter(InventoryProduct.name),
    "status": Filter(InventoryProduct.status),
    "productOffering.id": Filter(InventoryProduct.offering_id, "int"),
    "relatedParty.id": Filter(InventoryProduct.account_id, convert=_account_id),
    "billingAccount.id": Filter(InventoryProduct.account_id, convert=_account_id),
    "productOrderItem.productOrderId": Filter(InventoryProduct.order_id, "int"),
    "startDate": Filter(InventoryProduct.start_date, "date"),
    "terminationDate": Filter(InventoryProduct.terminated_at, "date"),
    "lastUpdate": Filter(InventoryProduct.updated_at, "date"),
}


@bp.get(BASE)
@tmf_list("TMF637 inventory products (customers see their own)", "TMF637", status=TEXT,
          **{"relatedParty.id": TEXT, "productOffering.id": ID_FILTER})
@api_roles()
def list_products() -> Response:
    offset, limit = paging()
    rows, total = queries.product_page(api_user(), offset=offset, limit=limit, where=conditions(FILTERS))
    return list_response(products_json(rows), total)


@bp.get(f"{BASE}/<int:product_id>")
@tmf_one("TMF637 one inventory product with its price, billing account, realising services and resources",
         "TMF637")
@api_roles()
def get_product(product_id: int) -> Response:
    return one_response(products_json([queries.get_product(product_id, api_user())])[0])


def products_json(products: list[InventoryProduct]) -> list[dict[str, Any]]:
    contracts = {c.product_id: c for c in db.session.scalars(
        select(Contract).where(Contract.product_id.in_([p.id for p in products])).order_by(Contract.id))}
    return [product_json(p, contracts.get(p.id)) for p in products]


def product_json(product: InventoryProduct, contract: Contract | None) -> dict[str, Any]:
    """An inventory product in TMF637 v4 field names."""
    account = {"id": str(product.account_id), "@referredType": "CustomerAccount"}
    return compact({
        "id": str(product.id), "href": href(f"{BASE}/{product.id}"), "@type": "Product", "name": product.name,
        "status": product.status, "isBundle": False, "isCustomerVisible": True,
        "startDate": when(product.start_date), "terminationDate": when(product.terminated_at),
        "productOffering": {"id": str(product.offering_id), "name": product.name,
                            "href": href(f"/productCatalogManagement/v4/productOffering/{product.offering_id}")},
        "productCharacteristic": [{"name": k, "value": v} for k, v in product.characteristics.items()],
        "productPrice": _prices(contract) if contract is not None else None,
        "billingAccount": {**account, "@referredType": "BillingAccount"},
        "realizingService": [{"id": str(s.get("id") or s["name"]), "name": s["name"], "@referredType": "Service"}
                             for s in product.services],
        "realizingResource": [{"id": str(r.get("id") or r["name"]), "name": r["name"], "@referredType": "Resource"}
                              for r in product.resources],
        "relatedParty": [{**account, "role": "Customer"}],
        "productOrderItem": [{"productOrderId": str(product.order_id), "orderItemId": str(product.item_seq),
                              "productOrderHref": href(f"{ORDERS}/{product.order_id}"),
                              "@referredType": "ProductOrderItem"}],
    })


def _prices(contract: Contract) -> list[dict[str, Any]]:
    return [{"priceType": "recurring", "recurringChargePeriod": "month",
             "price": {"dutyFreeAmount": money(contract.recurring_charge, contract.currency)}},
            {"priceType": "oneTime", "price": {"dutyFreeAmount": money(contract.one_time_charge, contract.currency)}}]
