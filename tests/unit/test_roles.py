from __future__ import annotations

import pytest

from app.auth.models import ApiToken
from app.auth.models import User
from app.auth.models import UserRole
from app.auth.roles import ROLES
from app.auth.roles import role_for_name


@pytest.mark.parametrize("name, role", [
    ("Fulfillment agent", "fulfillment_agent"),
    ("Fulfilment Agent", "fulfillment_agent"),
    ("order-approver", "order_approver"),
    ("  Order  Manager ", "order_manager"),
    ("process_admin", "process_admin"),
    ("Customer", "customer"),
    ("Approver", "order_approver"),
    ("Fallout manager", "fallout_manager"),
])
def test_lane_names_map_to_roles(name: str, role: str) -> None:
    assert role_for_name(name) == role


@pytest.mark.parametrize("name", [None, "", "Sales", "Tester", "Lane_1", "orderagent"])
def test_unknown_names_map_to_nothing(name: str | None) -> None:
    assert role_for_name(name) is None


def test_nine_roles() -> None:
    assert len(ROLES) == 9


def _user(*roles: str) -> User:
    return User(username="multi", role_rows=[UserRole(role=r) for r in roles])


@pytest.mark.parametrize("held, scope, effective", [
    (("order_agent", "order_approver"), None, {"order_agent", "order_approver"}),  # unscoped: all held
    (("order_agent", "order_approver"), (), {"order_agent", "order_approver"}),  # empty means all too
    (("order_agent", "order_approver"), ("order_agent",), {"order_agent"}),
    (("order_agent",), ("order_agent", "order_approver"), {"order_agent"}),  # a role taken from the user
    (("order_agent",), ("process_admin",), set()),  # nothing of the scope is held any more
])
def test_a_limited_users_roles_are_the_scope_and_the_held_roles_in_common(
        held: tuple[str, ...], scope: tuple[str, ...] | None, effective: set[str]) -> None:
    user = _user(*held)
    user.limit_roles(scope)
    assert user.roles == effective
    assert user.has_role(*held) == bool(effective)


def test_a_limit_names_the_scope_and_leaves_the_held_roles_alone() -> None:
    user = _user("order_agent", "fallout_agent")
    assert user.role_scope is None
    user.limit_roles(["fallout_agent"])
    assert user.role_scope == {"fallout_agent"} and not user.has_role("order_agent")
    assert {row.role for row in user.role_rows} == {"order_agent", "fallout_agent"}


@pytest.mark.parametrize("stored, scope", [(None, None), ([], None), (["customer"], {"customer"})])
def test_a_tokens_scope_is_none_when_it_names_no_role(stored: list[str] | None, scope: set[str] | None) -> None:
    assert ApiToken(roles=stored).scope == scope
