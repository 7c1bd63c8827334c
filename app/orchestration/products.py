"""The products a portal customer has: their own account's inventory, never anyone else's."""
from __future__ import annotations

from typing import Any

from app.auth.models import User
from app.errors import Invalid
from app.labels import line_action_label
from app.orchestration import queries
from app.orchestration.presenters import product_json
from app.orders.capture import ItemRequest
from app.orders.capture import OrderRequest
from app.orders.capture import capture
from app.orders.inventory_lines import STATUS_CHANGES
from app.orders.inventory_lines import needed_by
from app.orders.inventory_lines import offered_actions
from app.orders.models import ProductOrder
from app.orders.service import account_of


def my_products(user: User, *, offset: int = 0, limit: int = 50) -> tuple[list[dict[str, Any]], int]:
    """A page of the products of ``user``'s customer account (oldest first, with contracts and entitlements)
    and their total count; ``needed_by`` names the products that need each one (it cannot be disconnected alone).

    The account always comes from the login (``account_of``), also for a user who is staff as well;
    a login without a customer account has no products.
    """
    account = account_of(user)
    if account is None:
        return [], 0
    rows, total = queries.product_page(user, offset=offset, limit=limit, account_id=account.id)
    return [{**product_json(product), "needed_by": [f"{other.name} (product {other.id})" for other in
                                                    needed_by(account.id, product.id)]} for product in rows], total


ACTION_LABELS = {action: line_action_label(action) for action in STATUS_CHANGES}


def change_my_product(user: User, product_id: int, action: str) -> ProductOrder:
    """:func:`change_product` from the portal: a product of the login's own account only, also for a user who
    is staff as well (the portal acts for the customer, as :func:`my_products` shows)."""
    account = account_of(user)
    return change_product(user, product_id, action, channel="portal", account_id=account.id if account else -1)


def change_product(user: User, product_id: int, action: str, *, channel: str,
                   account_id: int | None = None) -> ProductOrder:
    """Order a suspend, resume or disconnect (``delete``) of an installed product the user may see (and of
    ``account_id``, when given).

    It becomes an order like any other: decomposed, orchestrated, and closed onto the inventory.

    :raises NotFound: no such product, or not the user's to see.
    :raises Invalid: the action does not apply to the product's status (field ``action``).
    """
    product = queries.get_product(product_id, user, account_id=account_id)
    if action not in offered_actions(product.status, product.offering_id):
        message = f"a {product.status} {product.name} cannot be asked to {action}"
        raise Invalid(errors=[{"field": "action", "message": message}])
    request = OrderRequest(account_id=product.account_id, items=[
        ItemRequest(offering_id=product.offering_id, action=action, product_ref=str(product.id))])
    order, _ = capture(request, actor_id=user.id, channel=channel)
    return order
