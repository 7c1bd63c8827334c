"""The portal's "My products": the inventory the customer's completed orders left behind."""
from __future__ import annotations

from flask import render_template
from flask import request
from flask_login import current_user

from app.auth.access import page_roles
from app.orchestration.products import my_products
from app.portal.views import PAGE_SIZE
from app.portal.views import bp


@bp.get("/products")
@page_roles("customer")
def products() -> str:
    offset = max(request.args.get("offset", 0, type=int), 0)
    found, total = my_products(current_user, offset=offset, limit=PAGE_SIZE)
    return render_template("portal/products.html", products=found, total=total, offset=offset,
                           page_size=PAGE_SIZE)
