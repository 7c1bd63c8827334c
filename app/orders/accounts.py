"""Finding the customer account an integrator names: by Ordra's id or by the integrator's own id.

A CRM knows its customers by its own ids (``CUST-0042``); those are the accounts' ``external_ref``. With
``CREATE_ACCOUNTS_FOR_UNKNOWN_PARTIES`` set, a customer party no account has yet gets a new account
(named after the party, its id as the external reference); otherwise it is refused.
"""
from __future__ import annotations

from typing import Any

from flask import current_app
from sqlalchemy import select

from app.database import memo
from app.extensions import db
from app.orders.models import CustomerAccount
from app.validation import DB_INT_MAX


def account_for_party(party: dict[str, Any]) -> CustomerAccount | None:
    """The account whose id or ``external_ref`` is the party's ``id``; a new one if so configured; else None."""
    reference = str(party.get("id") or "").strip()
    if not reference:
        return None
    if reference.isascii() and reference.isdigit() and int(reference) <= DB_INT_MAX:
        account = account_by_id(int(reference))
        if account is not None:
            return account
    account = db.session.scalar(select(CustomerAccount).where(CustomerAccount.external_ref == reference))
    if account is None and current_app.config.get("CREATE_ACCOUNTS_FOR_UNKNOWN_PARTIES"):
        account = _create(reference, str(party.get("name") or "").strip())
    return account


def account_by_id(account_id: int) -> CustomerAccount | None:
    """The account, read once per transaction: the session forgets a row nothing refers to, and capturing
    an order asks for its account twice (mapping the request, then storing the order)."""
    return memo(("customer_account", account_id), lambda: db.session.get(CustomerAccount, account_id))


def _create(reference: str, name: str) -> CustomerAccount:
    wanted = (name or reference)[:150]
    taken = db.session.scalar(select(CustomerAccount.id).where(CustomerAccount.name == wanted))
    account = CustomerAccount(name=wanted if taken is None else f"{wanted} ({reference})"[:200],
                              external_ref=reference[:100])
    db.session.add(account)
    db.session.flush()
    return account
