"""Print the DMN TCK tally per model: ``python tests/rules/tck_report.py``."""
from __future__ import annotations

import sys
from collections import Counter
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script from anywhere

from tests.rules.tck_support import TCK  # noqa: E402
from tests.rules.tck_support import iter_outcomes  # noqa: E402


def main() -> int:
    if not TCK.is_dir():
        print(f"no DMN TCK corpus at {TCK}")
        return 1
    tallies: dict[str, Counter[str]] = defaultdict(Counter)
    reasons: dict[str, list[str]] = defaultdict(list)
    for case, outcome in iter_outcomes():
        tallies[case.model_name][outcome.status] += 1
        if outcome.reason:
            reasons[case.model_name].append(f"{case.case_id} {outcome.status}: {outcome.reason}")
    total: Counter[str] = Counter()
    print(f"{'model':45} {'passed':>6} {'skipped':>7} {'failed':>6}")
    for model in sorted(tallies):
        tally = tallies[model]
        total.update(tally)
        print(f"{model:45} {tally['passed']:>6} {tally['skipped']:>7} {tally['failed']:>6}")
        for reason in reasons[model]:
            print(f"    {reason}")
    print(f"{'total':45} {total['passed']:>6} {total['skipped']:>7} {total['failed']:>6}")
    return 1 if total["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
