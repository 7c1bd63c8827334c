"""The products a portal customer has: their own account's inventory, never anyone else's."""
from __future__ import annotations

from typing import Any

from app.auth.models import User
from app.orchestration import queries
from app.orchestration.presenters import product_json
from app.orders.service import account_of


def my_products(user: User, *, offset: int = 0, limit: int = 50) -> tuple[list[dict[str, Any]], int]:
    """A page of the products of ``user``'s customer account (oldest first, with contracts and entitlements)
    and their total count.

    The account always comes from the login (``account_of``), also for a user who is staff as well;
    a login without a customer account has no products.
    """
    account = account_of(user)
    if account is None:
        return [], 0
    rows, total = queries.product_page(user, offset=offset, limit=limit, account_id=account.id)
    return [product_json(product) for product in rows], total
