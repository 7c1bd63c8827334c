"""The vendored DMN TCK (tests/data/dmn-tck, see tck_support for the rules), as a ratchet.

Every case runs (about 3 s). The suite fails when a case outside ``tck_known_failures.txt`` fails
(a regression) or the tally falls below ``PASSED_AT_LEAST``; when a known failure starts passing,
remove it from the file and raise the figure (the test says which).
"""
from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from tests.rules.tck_support import TCK
from tests.rules.tck_support import Outcome
from tests.rules.tck_support import TckCase
from tests.rules.tck_support import iter_outcomes
from tests.rules.tck_support import load_cases
from tests.rules.tck_support import same

PASSED_AT_LEAST = 3389
TOTAL = 3391
KNOWN_FAILURES = Path(__file__).with_name("tck_known_failures.txt")


@pytest.fixture(scope="module")
def outcomes() -> list[tuple[TckCase, Outcome]]:
    return list(iter_outcomes())


def known_failures() -> set[str]:
    return {line.strip() for line in KNOWN_FAILURES.read_text().splitlines() if line.strip()}


def test_the_tck_is_vendored_whole() -> None:
    cases = load_cases()
    assert len(cases) == TOTAL
    assert (TCK / "LICENSE-ASL-2.0.txt").is_file()
    assert {path.stem for path in TCK.rglob("*.dmn")} >= {case.model_name for case in cases}


def test_no_tck_case_that_passed_fails_now(outcomes: list[tuple[TckCase, Outcome]]) -> None:
    known = known_failures()
    regressions = [f"{case.label}: {outcome.reason}" for case, outcome in outcomes
                   if outcome.status != "passed" and case.label not in known]
    assert not regressions, "\n".join(regressions[:50])


def test_the_tck_tally_does_not_fall(outcomes: list[tuple[TckCase, Outcome]],
                                     report_figure: Callable[[str], None]) -> None:
    passed = sum(1 for _, outcome in outcomes if outcome.status == "passed")
    report_figure(f"TCK: {passed}/{TOTAL} passed")
    assert passed >= PASSED_AT_LEAST, f"TCK: {passed}/{TOTAL} passed, fewer than {PASSED_AT_LEAST}"
    fixed = sorted(case.label for case, outcome in outcomes
                   if outcome.status == "passed" and case.label in known_failures())
    assert not fixed, f"now passing, remove from {KNOWN_FAILURES.name} and raise PASSED_AT_LEAST: {fixed[:20]}"


def test_numbers_compare_as_the_tcks_own_runner_compares_them() -> None:
    assert same(Decimal("54.59815003"), Decimal("54.59815003314423907811026120286088"))  # exp(4), 8 decimals
    assert same(Decimal("562.707359373292"), Decimal("562.70735937326592"))  # double precision, 14 digits
    assert not same(Decimal("54.5981500"), Decimal("54.5981501"))
    assert not same(Decimal("1"), Decimal("1.4")) and not same(Decimal("1"), "1")
