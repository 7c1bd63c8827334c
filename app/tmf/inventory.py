"""TMF637 Product Inventory: the products customers have (customers see only their account's)."""
from __future__ import annotations

from flask import Response
from flask import jsonify
from flask import request

from app.auth.access import api_roles
from app.auth.access import api_user
from app.orchestration import queries
from app.orchestration.presenters import tmf_product
from app.tmf.blueprint import bp
from app.tmf.paging import list_response
from app.tmf.paging import paging
from app.validation import optional_id_arg

BASE = "/productInventory/v4/product"


@bp.get(BASE)
@api_roles()
def list_products() -> Response:
    offset, limit = paging()
    customer = optional_id_arg("relatedParty.id")
    rows, total = queries.product_page(api_user(), offset=offset, limit=limit,
                                       account_id=customer,
                                       status=request.args.get("status") or None)
    return list_response([tmf_product(p) for p in rows], total)


@bp.get(f"{BASE}/<int:product_id>")
@api_roles()
def get_product(product_id: int) -> Response:
    return jsonify(tmf_product(queries.get_product(product_id, api_user())))
