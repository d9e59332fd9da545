"""The probe's figures, each with its target, and the summary table."""
from dataclasses import dataclass

PASS, FAIL, INFO = "pass", "FAIL", "info"


@dataclass(frozen=True)
class Figure:
    name: str
    value: str
    target: str = ""
    verdict: str = INFO


def judged(name: str, value: str, target: str, passed: bool) -> Figure:
    return Figure(name, value, target, PASS if passed else FAIL)


def print_table(figures: list[Figure]) -> None:
    widths = [max(len(getattr(f, field)) for f in figures) for field in ("name", "value", "target")]
    print()
    print(f"{'figure':<{widths[0]}}  {'measured':<{widths[1]}}  {'target':<{widths[2]}}  verdict")
    for figure in figures:
        print(f"{figure.name:<{widths[0]}}  {figure.value:<{widths[1]}}  {figure.target:<{widths[2]}}  {figure.verdict}")


def missed(figures: list[Figure]) -> bool:
    return any(figure.verdict == FAIL for figure in figures)
