"""The README and docs/ say what really happens: the files, commands, routes, roles and examples they name exist.

Each test reads the Markdown as a user would follow it, so a renamed file, command, option or route fails here
instead of in a reader's terminal.
"""
from __future__ import annotations

import base64
import re
import shlex
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click
import pytest
from flask import Flask
from sqlalchemy import select

from app import create_app
from app.auth.roles import ROLES
from app.auth.service import DEMO_USERS
from tests.helpers import REPO
from tests.helpers import TEST_CONFIG

DOCS = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]
PATH_ROOTS = ("app/", "tests/", "bench/", "bpmn/", "dmn/", "forms/", "docs/", "model_tests/")
HTTP_ROOTS = ("/api/v1", "/tmf-api", "/studio", "/instances", "/workspace", "/login", "/healthz", "/api/docs")


def _code_spans(text: str) -> Iterator[str]:
    """Inline code spans (whitespace folded, so a span broken over two lines reads as one) and code-block lines
    without their comments."""
    for block in re.findall(r"```[a-z]*\n(.*?)```", text, flags=re.S):
        for line in block.splitlines():
            yield line.split(" #", 1)[0]
    for span in re.findall(r"(?<!`)`([^`]+)`(?!`)", re.sub(r"```.*?```", "", text, flags=re.S)):
        yield " ".join(span.split())


def _spans() -> Iterator[tuple[str, str]]:
    for doc in DOCS:
        for span in _code_spans(doc.read_text()):
            yield doc.name, span


@pytest.fixture(scope="module")
def bare_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    import os
    old = os.environ.get("ORDRA_INSTANCE_PATH")
    os.environ["ORDRA_INSTANCE_PATH"] = str(tmp_path_factory.mktemp("instance"))
    try:
        yield create_app({**TEST_CONFIG, "SQLALCHEMY_DATABASE_URI": "sqlite://"})
    finally:
        if old is None:
            os.environ.pop("ORDRA_INSTANCE_PATH")
        else:
            os.environ["ORDRA_INSTANCE_PATH"] = old


def test_every_repository_path_the_docs_name_exists() -> None:
    missing = []
    for doc, span in _spans():
        for token in re.split(r"[\s,;()|]+", span):
            token = token.strip("'\".:`")
            if not token.startswith(PATH_ROOTS) or re.search(r"[<*{]|\.\.\.", token):
                continue
            if not (REPO / token).exists():
                missing.append((doc, token))
    assert not missing, missing


def test_every_test_the_docs_name_exists() -> None:
    sources = "".join(path.read_text() for path in (REPO / "tests").rglob("test_*.py"))
    named = {name for _, span in _spans() for name in re.findall(r"^(test_\w+)$", span)}
    assert named and not {name for name in named if f"def {name}(" not in sources}


def _ordra_mentions() -> Iterator[tuple[str, str]]:
    for doc, span in _spans():
        for mention in re.findall(r"(?<![<\w/.-])ordra ((?:[a-z][\w|-]*)(?: [a-z][\w|-]*)?[^`&]*)", span):
            yield doc, mention


def _resolve(group: click.Group, ctx: click.Context, words: list[str]) -> list[click.Command]:
    """The commands ``words`` name (``a|b`` names either); [] when one does not exist."""
    first, *rest = words
    found = []
    for name in first.split("|"):
        command = group.get_command(ctx, name)
        if command is None:
            return []
        if isinstance(command, click.Group) and rest and re.fullmatch(r"[a-z][\w|-]*", rest[0]):
            sub = _resolve(command, ctx, rest[:1])
            if not sub:
                return []
            found += sub
        else:
            found.append(command)
    return found


def test_every_ordra_command_and_option_the_docs_name_exists(bare_app: Flask) -> None:
    group = bare_app.cli
    ctx = click.Context(group)
    wrong = []
    assert len(list(_ordra_mentions())) > 40  # the parser still finds what the docs say
    for doc, mention in _ordra_mentions():
        words = mention.split()
        if words[0].startswith("-"):
            continue  # `ordra --help`
        commands = _resolve(group, ctx, words[:2])
        if not commands:
            wrong.append((doc, f"ordra {mention}", "no such command"))
            continue
        options = {opt for command in commands for param in command.params  # --x/--no-x: the second is secondary
                   for opt in [*getattr(param, "opts", []), *getattr(param, "secondary_opts", [])]}
        for option in re.findall(r"(?<![\w-])--[a-z][\w-]*", mention):
            if option not in options and option != "--help":
                wrong.append((doc, f"ordra {mention}", f"no option {option}"))
    assert not wrong, wrong


def test_the_docs_name_every_shipped_command(bare_app: Flask) -> None:
    """The README's command paragraph (with the rest of it) leaves no `ordra` command out."""
    named = {" ".join(m.split()[:1]) for _, m in _ordra_mentions()}
    ours = {name for name in bare_app.cli.list_commands(click.Context(bare_app.cli))
            if name not in ("run", "shell", "routes")}  # Flask's own
    assert ours <= named, ours - named


def _expand(path: str) -> list[str]:
    """``/a/{b,c}/d`` and ``/a/b|c/d`` → each path they stand for."""
    brace = re.search(r"\{([\w,-]+)\}", path)
    if brace:
        head, tail = path[:brace.start()], path[brace.end():]
        return [p for alt in brace.group(1).split(",") for p in _expand(head + alt + tail)]
    bar = re.search(r"/([\w-]+(?:\|[\w-]+)+)", path)
    if bar:
        head, tail = path[:bar.start()], path[bar.end():]
        return [p for alt in bar.group(1).split("|") for p in _expand(head + "/" + alt + tail)]
    return [path]


def _doc_routes() -> Iterator[tuple[str, set[str], str]]:
    for doc in DOCS:
        text = " ".join(doc.read_text().split())
        for match in re.finditer(r"(?:\b((?:GET|POST|PUT|PATCH|DELETE)(?:\|(?:GET|POST|PUT|PATCH|DELETE))*) )?"
                                 r"(/(?:api/v1|tmf-api|studio|instances|workspace|login|healthz|api/docs)"
                                 r"(?:\{[^}\s]*\}|[^\s`)\"',;])*)", text):
            methods = set(match.group(1).split("|")) if match.group(1) else set()
            path = match.group(2).split("?")[0].rstrip(".:")
            if "." in path.rsplit("/", 1)[-1] and not path.endswith(".json"):
                continue  # a module such as app/studio/layout.py, not a route
            for one in _expand(path):
                yield doc.name, methods, one.rstrip("/") or "/"


def _matches(doc_path: str, rule: str) -> bool:
    doc_parts, rule_parts = doc_path.strip("/").split("/"), rule.strip("/").split("/")
    if rule.startswith(doc_path) and len(doc_parts) < len(rule_parts):
        return True  # an API's root, e.g. /tmf-api/productInventory/v4
    if len(doc_parts) != len(rule_parts):
        return False
    return all(d == r or r.startswith("<") and (d.startswith("<") or d.isidentifier())  # an example id
               for d, r in zip(doc_parts, rule_parts))


def test_every_route_the_docs_name_exists_with_its_methods(bare_app: Flask) -> None:
    rules = [(rule.rule, rule.methods or set()) for rule in bare_app.url_map.iter_rules()]
    wrong = []
    assert len(list(_doc_routes())) > 100
    for doc, methods, path in _doc_routes():
        found = [m for rule, m in rules if _matches(path, rule)]
        if not found:
            wrong.append((doc, path, "no such route"))
        elif methods and not any(methods <= m for m in found) and not methods <= set().union(*found):
            wrong.append((doc, path, f"not {sorted(methods)}"))
    assert not wrong, wrong


def test_roles_and_demo_users_are_the_ones_the_docs_list() -> None:
    architecture = " ".join((REPO / "docs" / "ARCHITECTURE.md").read_text().split())
    listed = re.search(r"Roles: (.*?)\.", architecture)
    assert listed and re.findall(r"`(\w+)`", listed.group(1)) == list(ROLES)
    demo = architecture[architecture.index("`ordra demo` seeds these users"):]
    for username, _, roles in DEMO_USERS:
        if roles != ("customer",):
            assert f"`{username}` ({roles[0]})" in demo, username
    readme = " ".join((REPO / "README.md").read_text().split())
    tour = readme[readme.index("(password `demo`):"):readme.index("1. **Orders**")]
    assert set(re.findall(r"`(\w+)`", tour)) - {"demo"} == {username for username, _, _ in DEMO_USERS}


def test_every_ordra_setting_the_docs_name_is_read() -> None:
    """`ORDRA_<NAME>` is a setting of `app/config.py`, or a variable the code reads by that name."""
    from app.config import Config
    sources = "".join(path.read_text() for root in ("app", "tests") for path in (REPO / root).rglob("*.py"))
    unknown = {(doc, name) for doc, span in _spans() for name in re.findall(r"\bORDRA_([A-Z][A-Z0-9_]*)", span)
               if not hasattr(Config, name) and f'"ORDRA_{name}"' not in sources}
    assert not unknown, unknown


def test_the_model_code_limits_are_the_defaults_security_md_states() -> None:
    """Each row of the limits table names its setting (a config name or a module constant) and its default."""
    from importlib import import_module

    from app.config import Config
    text = (REPO / "docs" / "security.md").read_text()
    table = text[text.index("| limit | default | setting |"):].split("\n\n", 1)[0]
    rows = re.findall(r"^\| .+? \| ([\d,.]+)[^|]*\| `([\w.]+)` \|$", table, flags=re.M)
    assert len(rows) >= 10, table
    for default, setting in rows:
        module, _, name = setting.rpartition(".")
        value = getattr(import_module(module), name) if module else getattr(Config, name)
        assert float(default.replace(",", "")) == value, (setting, default, value)


def test_the_benchmarks_said_to_take_a_baseline_take_one() -> None:
    readme = " ".join((REPO / "README.md").read_text().split())
    named = re.search(r"`--baseline REF` \(in (.*?)\)", readme)
    assert named
    scripts = re.findall(r"`(\w+\.py)`", named.group(1))
    assert scripts and all("add_baseline_arguments" in (REPO / "bench" / s).read_text() for s in scripts)
    takes = {p.name for p in (REPO / "bench").glob("*.py") if "add_baseline_arguments(parser)" in p.read_text()}
    assert takes == set(scripts), takes


def test_the_order_states_and_line_actions_are_the_ones_architecture_md_lists() -> None:
    from app.orders.models import ITEM_ACTIONS
    from app.orders.models import ORDER_STATES
    text = " ".join((REPO / "docs" / "ARCHITECTURE.md").read_text().split())
    paragraph = text[text.index("A **customer order**"):text.index("**Decomposition**")]
    actions = re.search(r"action `([\w|]+)`", paragraph)
    assert actions and set(actions.group(1).split("|")) == set(ITEM_ACTIONS)
    states = set(re.findall(r"`?(\w+)(?: →|`)", paragraph.split("Its state follows TMF622:")[1]))
    assert states == set(ORDER_STATES), states ^ set(ORDER_STATES)


def test_the_instance_statuses_are_the_ones_architecture_md_lists() -> None:
    from app.engine.models import INSTANCE_STATUSES
    text = " ".join((REPO / "docs" / "ARCHITECTURE.md").read_text().split())
    listed = re.search(r"status is `([\w |]+)`", text)
    assert listed and tuple(listed.group(1).split(" | ")) == INSTANCE_STATUSES


def test_the_tck_figures_name_what_is_vendored() -> None:
    text = " ".join((REPO / "docs" / "dmn-conformance.md").read_text().split())
    folders = re.search(r"compliance levels 2 and 3, ([\d,]+) model folders", text)
    tck = REPO / "tests" / "data" / "dmn-tck"
    vendored = {path.parent for path in tck.glob("compliance-level-*/*/*-test-*.xml")}
    assert folders and int(folders.group(1).replace(",", "")) == len(vendored)


def _deployment_steps() -> list[list[str]]:
    """The `ordra` commands of deployment.md's steps, in order (the long-running `ordra worker` left out)."""
    text = (REPO / "docs" / "deployment.md").read_text()
    block = re.search(r"## Steps\n\n```sh\n(.*?)```", text, flags=re.S)
    assert block
    lines = [line.split(" #", 1)[0].strip() for line in block.group(1).splitlines()]
    return [shlex.split(line)[1:] for line in lines if line.startswith("ordra ") and line != "ordra worker"]


def test_the_deployment_steps_run_as_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On a new database, without demo users: each step's `ordra` command succeeds after the ones before it."""
    from tests.conftest import make_app
    monkeypatch.setenv("ORDRA_INSTANCE_PATH", str(tmp_path))
    app = make_app(f"sqlite:///{tmp_path / 'ordra.db'}", ALLOW_DEMO_USERS=False)
    steps = _deployment_steps()
    assert [args[:2] for args in steps][:3] == [["db", "upgrade"], ["seed", "--no-demo-catalog"], ["users", "create"]]
    for args in steps:
        prompted = "a-long-password\na-long-password\n" if args[:2] == ["users", "create"] else None
        result = app.test_cli_runner().invoke(args=args, input=prompted)
        assert result.exit_code == 0, (args, result.output)
    from app.catalog.models import ProductOffering
    from app.extensions import db
    with app.app_context():
        assert db.session.scalars(select(ProductOffering.name)).all() == []  # a production catalog is the operator's
        db.engine.dispose()


def _readme_curls() -> list[list[str]]:
    readme = (REPO / "README.md").read_text()
    commands = []
    for block in re.findall(r"```sh\n(.*?)```", readme, flags=re.S):
        for command in block.replace("\\\n", " ").splitlines():
            if command.startswith("curl "):
                commands.append(shlex.split(command))
    return commands


def _as_request(argv: list[str]) -> dict[str, Any]:
    """A curl command line → the test client's keyword arguments (the options the README uses)."""
    request: dict[str, Any] = {"method": "GET", "headers": {}}
    files: list[tuple[Any, str]] = []
    args = iter(argv[1:])
    for arg in args:
        if arg == "-u":
            request["headers"]["Authorization"] = "Basic " + base64.b64encode(next(args).encode()).decode()
        elif arg == "-H":
            name, value = next(args).split(":", 1)
            request["headers"][name.strip()] = value.strip()
        elif arg == "-d":
            request["data"], request["method"] = next(args), "POST"
        elif arg == "-F":
            field, value = next(args).split("=", 1)
            assert field == "files" and value.startswith("@")
            files.append(((REPO / value[1:]).open("rb"), Path(value[1:]).name))
            request["method"] = "POST"
        else:
            assert arg.startswith("http://127.0.0.1:5000/"), arg  # the demo's address
            request["path"] = arg.removeprefix("http://127.0.0.1:5000")
    if files:
        request["data"], request["content_type"] = {"files": files}, "multipart/form-data"
    return request


def test_the_readme_curl_examples_answer_as_the_tour_says(client: Any) -> None:
    """Deploy the change request, start one as `agent`, and `fulfiller` finds its first task in the inbox."""
    curls = _readme_curls()
    assert len(curls) == 3
    answers = [client.open(**_as_request(argv)) for argv in curls]
    deployed, started, inbox = answers
    assert deployed.status_code in (200, 201), deployed.json  # 200 on the demo, where `ordra seed` deployed them
    assert deployed.json["processes"][0]["id"] == "change_request"
    assert started.status_code == 201 and started.json["status"] == "waiting", started.json
    assert started.json["data"] == {"customer": "Acme"}
    assert inbox.status_code == 200
    assert [(t["name"], t["instance_id"]) for t in inbox.json] == [("Enter technical details", started.json["id"])]
