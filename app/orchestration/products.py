"""The products a portal customer has (their own account's inventory, never anyone else's), and the changes to
installed products that customers and staff ask for."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.auth.models import User
from app.database import utcnow
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
from app.orders.inventory_lines import order_changing
from app.orders.models import InventoryProduct
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
    return [_with_needs(account.id, product) for product in rows], total


def _with_needs(account_id: int, product: InventoryProduct) -> dict[str, Any]:
    return {**product_json(product), "needed_by": [f"{other.name} (product {other.id})"
                                                   for other in needed_by(account_id, product.id)]}


def my_product(user: User, product_id: int) -> dict[str, Any]:
    """One product of ``user``'s customer account, as :func:`my_products` lists it. :raises NotFound:"""
    account = account_of(user)
    account_id = account.id if account else -1
    return _with_needs(account_id, queries.get_product(product_id, user, account_id=account_id))


ACTION_LABELS = {action: line_action_label(action) for action in STATUS_CHANGES}


def staff_product(user: User, product_id: int) -> dict[str, Any]:
    """A product any account of which ``user`` may see (staff), as :func:`my_products` lists it. :raises NotFound:"""
    product = queries.get_product(product_id, user)
    return _with_needs(product.account_id, product)


def contract_terms(contract: dict[str, Any]) -> str:
    """What a contract still binds the customer to (its ``end_date`` is where its minimum term ends), in words."""
    since, until = contract["start_date"][:10], contract["end_date"]
    if not contract.get("term_months") or until is None:
        return f"Its contract from {since} has no minimum term."
    if until <= utcnow().isoformat():
        return f"Its contract from {since} is past its minimum term of {contract['term_months']} months."
    return f"Its contract from {since} has a minimum term of {contract['term_months']} months, until {until[:10]}."


@dataclass(frozen=True)
class DisconnectQuestion:
    """What staff are asked before a disconnect: the products, what it does to the customer, each contract's
    minimum term, and the order that delivered the first product (where going back leads)."""

    title: str
    lines: list[str]
    delivered_by: int


def disconnect_question(user: User, product_id: int, together: tuple[int, ...]) -> DisconnectQuestion:
    """The question before staff disconnect the product, with the products ``together`` with it. :raises NotFound:"""
    products = [staff_product(user, ref) for ref in dict.fromkeys((product_id, *together))]
    names = ", ".join(f"{p['name']} (product {p['id']})" for p in products)
    lines = ["The services stop and the customer is no longer billed for them. This cannot be undone: to have them "
             "again, the customer orders them anew." if len(products) > 1 else
             "The service stops and the customer is no longer billed for it. This cannot be undone: to have it "
             "again, the customer orders it anew."]
    for product in products:
        lines += [f"{product['name']} (product {product['id']}): {contract_terms(c)}" for c in product["contracts"]]
    return DisconnectQuestion(f"Disconnect {names}?", lines, products[0]["order_id"])


def change_my_product(user: User, product_id: int, action: str) -> ProductOrder:
    """:func:`change_product` from the portal: a product of the login's own account only, also for a user who
    is staff as well (the portal acts for the customer, as :func:`my_products` shows)."""
    account = account_of(user)
    return change_product(user, product_id, action, channel="portal", account_id=account.id if account else -1)


def change_product(user: User, product_id: int, action: str, *, channel: str,
                   account_id: int | None = None, together: tuple[int, ...] = ()) -> ProductOrder:
    """Order a suspend, resume or disconnect (``delete``) of an installed product the user may see (and of
    ``account_id``, when given), with the same action on the products ``together`` names in the same order (the
    dependents a disconnect would otherwise strand; see :func:`needing_products`).

    It becomes an order like any other: decomposed, orchestrated, and closed onto the inventory.

    :raises NotFound: no such product, or not the user's to see.
    :raises Invalid: the action does not apply to a product's status (field ``action``), or a disconnect would
        still strand a product that needs one of them (capture's check).
    """
    product = queries.get_product(product_id, user, account_id=account_id)
    products = [product] + [queries.get_product(other, user, account_id=product.account_id)
                            for other in dict.fromkeys(together) if other != product.id]
    for each in products:
        if action not in offered_actions(each.status, each.offering_id):
            message = f"a {each.status} {each.name} cannot be asked to {action}"
            raise Invalid(errors=[{"field": "action", "message": message}])
    request = OrderRequest(account_id=product.account_id, items=[
        ItemRequest(offering_id=each.offering_id, action=action, product_ref=str(each.id)) for each in products])
    order, _ = capture(request, actor_id=user.id, channel=channel)
    return order


def needing_products(products: list[dict[str, Any]]) -> dict[int, dict[str, Any]]:
    """For each product (``product_json``) that offers a disconnect but cannot be disconnected alone, what the
    staff order page says up front instead of a Disconnect refused on click: ``needed_by`` (the products that
    need it, with their orders) and ``together`` (the products to disconnect with it in one order; empty when one of
    them cannot be disconnected now: being changed by another order, or a status or offering that has no
    disconnect)."""
    shown: dict[int, dict[str, Any]] = {}
    for product in products:
        if product["changing_order"] or "delete" not in offered_actions(product["status"], product["offering_id"]):
            continue
        needers = needed_by(product["account_id"], product["id"])
        if needers:
            shown[product["id"]] = {
                "needed_by": [{"id": other.id, "name": other.name, "order_id": other.order_id} for other in needers],
                "together": [{"id": other.id, "name": other.name}
                             for other in _disconnect_closure(product["account_id"], needers)]}
    return shown


def _disconnect_closure(account_id: int, needers: list[InventoryProduct]) -> list[InventoryProduct]:
    """The needers and, in turn, the products needing them: what must be disconnected in one order so none is
    stranded ([] when one of them cannot be disconnected now)."""
    found: dict[int, InventoryProduct] = {}
    pending = list(needers)
    while pending:
        other = pending.pop()
        if other.id in found:
            continue
        if "delete" not in offered_actions(other.status, other.offering_id) or order_changing(other.id):
            return []
        found[other.id] = other
        pending += needed_by(account_id, other.id)
    return [found[key] for key in sorted(found)]
