"""Run the DMN TCK and print its tally: ``python tests/rules/tck_report.py [DIR] [-v]``.

DIR defaults to the vendored copy (``tests/data/dmn-tck``); every ``*-test-*.xml`` below it runs.
Prints one table per compliance level (a row per model), then ``TCK: <passed>/<total> passed``.
With ``-v`` each failing case is listed under its model with the reason.
"""
from __future__ import annotations

import sys
from collections import Counter
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script from anywhere

from tests.rules.tck_support import TCK  # noqa: E402
from tests.rules.tck_support import iter_outcomes  # noqa: E402


def main(arguments: list[str]) -> int:
    verbose = "-v" in arguments
    paths = [argument for argument in arguments if argument != "-v"]
    directory = Path(paths[0]) if paths else TCK
    if not directory.is_dir():
        print(f"no DMN TCK at {directory}")
        return 2
    tallies: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    reasons: dict[str, list[str]] = defaultdict(list)
    for case, outcome in iter_outcomes(directory):
        tallies[case.level][case.model_name][outcome.status] += 1
        if outcome.reason:
            reasons[case.model_name].append(f"{case.case_id} {outcome.status}: {outcome.reason}")
    total: Counter[str] = Counter()
    for level in sorted(tallies):
        level_total: Counter[str] = Counter()
        print(f"\n{level}\n{'model':58} {'passed':>6} {'skipped':>7} {'failed':>6}")
        for model in sorted(tallies[level]):
            tally = tallies[level][model]
            level_total.update(tally)
            print(f"{model:58} {tally['passed']:>6} {tally['skipped']:>7} {tally['failed']:>6}")
            for reason in reasons[model] if verbose else ():
                print(f"    {reason[:400]}")
        print(f"{level + ' total':58} {level_total['passed']:>6} {level_total['skipped']:>7} "
              f"{level_total['failed']:>6}")
        total.update(level_total)
    print(f"\nTCK: {total['passed']}/{sum(total.values())} passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
