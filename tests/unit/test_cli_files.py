"""The CLI given files it cannot use (binary, not XML, a root that closes itself) says so in one line and exits
1; it printed Python tracebacks (UnicodeDecodeError, XmlRejected, ValueError)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from flask import Flask

from app import create_app
from tests.helpers import TEST_CONFIG


@pytest.fixture()
def cli_app(tmp_path: Path) -> Flask:
    return create_app({**TEST_CONFIG, "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'unused.db'}"})


@pytest.mark.parametrize("name", ["orders.csv", "orders.json", "orders.jsonl"])
def test_orders_import_of_a_binary_file_says_it_is_not_utf8(cli_app: Flask, tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"\x00\xff\xfe\x80 binary")
    result = cli_app.test_cli_runner().invoke(args=["orders", "import", str(path)])
    assert result.exit_code == 1
    assert f"error: {name}: not UTF-8 text; save it as UTF-8 and try again" in result.output, result.output


@pytest.mark.parametrize(("content", "message"), [
    (b"\x00\xff\xfe binary", "error: bad.bpmn:1: not well-formed XML"),
    (b'<?xml version="1.0"?>\n<!DOCTYPE d [<!ENTITY e "x">]><d>&e;</d>', "error: bad.bpmn:2: a DOCTYPE is not allowed"),
])
def test_models_layout_of_a_file_that_is_not_xml_says_why(cli_app: Flask, tmp_path: Path, content: bytes,
                                                          message: str) -> None:
    path = tmp_path / "bad.bpmn"
    path.write_bytes(content)
    result = cli_app.test_cli_runner().invoke(args=["models", "layout", str(path)])
    assert result.exit_code == 1 and message in result.output, result.output
    assert path.read_bytes() == content  # left as it was


def test_models_layout_of_a_root_that_closes_itself_lays_it_out(cli_app: Flask, tmp_path: Path) -> None:
    path = tmp_path / "empty.bpmn"
    path.write_bytes(b'<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d"/>')
    result = cli_app.test_cli_runner().invoke(args=["models", "layout", str(path)])
    assert result.exit_code == 0, result.output


def test_models_deploy_of_a_directory_without_model_files_says_so(cli_app: Flask, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = cli_app.test_cli_runner().invoke(args=["models", "deploy", str(tmp_path / "empty")])
    assert result.exit_code == 1 and "error: no .bpmn, .dmn or .json files in" in result.output, result.output


def test_models_deploy_skips_a_directory_named_like_a_model(cli_app: Flask, tmp_path: Path) -> None:
    """``models/sub.bpmn/`` was read as a file: IsADirectoryError's traceback."""
    (tmp_path / "models" / "sub.bpmn").mkdir(parents=True)
    result = cli_app.test_cli_runner().invoke(args=["models", "deploy", str(tmp_path / "models")])
    assert result.exit_code == 1 and "error: no .bpmn, .dmn or .json files in" in result.output, result.output


def _fifo(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    os.mkfifo(path)
    return path


@pytest.mark.parametrize("args", [
    ["models", "layout", "/dev/zero"], ["models", "deploy", "/dev/zero"], ["orders", "import", "/dev/zero"]])
def test_a_device_is_refused_at_once(cli_app: Flask, args: list[str]) -> None:
    """``ordra models layout /dev/zero`` read forever (and filled the memory)."""
    result = cli_app.test_cli_runner().invoke(args=args)
    assert result.exit_code == 1 and "error: /dev/zero: not a regular file" in result.output, result.output


@pytest.mark.parametrize(("args", "name"), [
    (["models", "layout"], "waits.bpmn"), (["models", "deploy"], "waits.bpmn"), (["orders", "import"], "waits.json")])
def test_a_fifo_is_refused_without_waiting_for_a_writer(cli_app: Flask, tmp_path: Path, args: list[str],
                                                        name: str) -> None:
    fifo = _fifo(tmp_path, name)
    result = cli_app.test_cli_runner().invoke(args=[*args, str(fifo)])
    assert result.exit_code == 1 and f"error: {fifo}: not a regular file" in result.output, result.output


def test_a_fifo_in_a_deployed_directory_is_refused(cli_app: Flask, tmp_path: Path) -> None:
    _fifo(tmp_path, "waits.dmn")
    result = cli_app.test_cli_runner().invoke(args=["models", "deploy", str(tmp_path)])
    assert result.exit_code == 1 and "waits.dmn: not a regular file" in result.output, result.output


@pytest.mark.parametrize(("args", "name", "setting"), [
    (["models", "layout"], "big.bpmn", "MODEL_FILE_MAX_BYTES"),
    (["models", "deploy"], "big.bpmn", "MODEL_FILE_MAX_BYTES"),
    (["orders", "import"], "big.jsonl", "IMPORT_FILE_MAX_BYTES")])
def test_a_file_over_its_limit_is_refused_before_it_is_read(cli_app: Flask, tmp_path: Path, args: list[str],
                                                            name: str, setting: str) -> None:
    cli_app.config[setting] = 1_000
    path = tmp_path / name
    path.write_bytes(b" " * 1_001)
    result = cli_app.test_cli_runner().invoke(args=[*args, str(path)])
    assert result.exit_code == 1, result.output
    assert f"error: {path}: over the limit of 1,000 bytes ({setting})" in result.output, result.output
    assert path.read_bytes() == b" " * 1_001
