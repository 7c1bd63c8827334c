"""The vendored DMN TCK cases (tests/data/dmn-tck), one test per case (see tck_support for the rules)."""
from __future__ import annotations

import pytest

from tests.rules.tck_support import TCK
from tests.rules.tck_support import TckCase
from tests.rules.tck_support import TckRunner
from tests.rules.tck_support import load_cases

if not TCK.is_dir():
    pytest.skip(f"the DMN TCK corpus is not at {TCK}", allow_module_level=True)

CASES = load_cases()
RUNNER = TckRunner()


@pytest.mark.parametrize("case", CASES, ids=[case.label for case in CASES])
def test_tck_case(case: TckCase) -> None:
    outcome = RUNNER.run(case)
    if outcome.status == "skipped":
        pytest.skip(outcome.reason)
    assert outcome.status == "passed", outcome.reason


def test_every_tck_model_has_cases() -> None:
    models = {path.stem for path in TCK.rglob("*.dmn")}
    assert models == {case.model_name for case in CASES}
