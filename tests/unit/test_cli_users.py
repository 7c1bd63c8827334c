"""``ordra users`` given what no column holds says so in one line and exits 1: PostgreSQL refused a NUL or an
overlong name and a token id beyond its integer, and a far expiry overflowed the date (Python tracebacks)."""
from __future__ import annotations

import pytest
from flask import Flask


@pytest.mark.parametrize(("args", "message"), [
    (["users", "token", "agent", "--name", "x" * 101], "error: name: must be at most 100 characters long"),
    (["users", "token", "agent", "--name", "a\x00b"], "error: name: must not contain control characters"),
    (["users", "token", "a\x00b"], "error: no user 'a\\x00b'"),
    (["users", "tokens", "a\x00b"], "error: no user 'a\\x00b'"),
    (["users", "deactivate", "x" * 5000], "error: no user 'xxxx"),
    (["users", "revoke-token", "99999999999999"], "error: no token 99999999999999"),
    (["users", "create", "a\x00b", "--role", "order_agent", "--password", "long enough"],
     "error: username: must not contain control characters"),
    (["users", "create", "y" * 81, "--role", "order_agent", "--password", "long enough"],
     "error: username: must be at most 80 characters long"),
    (["users", "create", "newbie", "--role", "order_agent", "--password", "long enough", "--name", "z" * 201],
     "error: display_name: must be at most 200 characters long"),
])
def test_what_no_column_holds_is_one_line_and_exit_1(app: Flask, args: list[str], message: str) -> None:
    result = app.test_cli_runner().invoke(args=args)
    assert result.exit_code == 1 and message in result.output, (result.output, result.exception)
