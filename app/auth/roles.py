"""The nine roles and how model lanes name them."""
from __future__ import annotations

import re

ROLES: tuple[str, ...] = (
    "customer",
    "order_agent",
    "fulfillment_agent",
    "order_manager",
    "order_approver",
    "fulfillment_manager",
    "fallout_agent",
    "fallout_manager",
    "process_admin",
)

ROLE_LABELS = {role: role.replace("_", " ").capitalize() for role in ROLES}

# Spellings modellers use for the same role (British "fulfilment", short forms).
_ALIASES = {
    "fulfilment_agent": "fulfillment_agent",
    "fulfilment_manager": "fulfillment_manager",
    "approver": "order_approver",
    "admin": "process_admin",
    "customers": "customer",
}


def role_for_name(name: str | None) -> str | None:
    """Map a lane name or ``role`` property ("Fulfillment agent", "order-approver") to a role, or None."""
    if not name:
        return None
    key = re.sub(r"[\s\-]+", "_", name.strip().lower())
    key = _ALIASES.get(key, key)
    return key if key in ROLES else None

# Everyone but customers: the people who run Ordra (they may see the deployed models, for one).
STAFF_ROLES = tuple(role for role in ROLES if role != "customer")

# Who may start process instances directly, and who may look at them.
INSTANCE_STARTERS = ("process_admin", "order_agent", "order_manager", "fulfillment_manager")
INSTANCE_VIEWERS = INSTANCE_STARTERS + ("fulfillment_agent", "order_approver", "fallout_agent", "fallout_manager")
