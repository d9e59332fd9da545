"""A dataclass of claims/ that writes its own __init__ (for the compiled build, as claims/model.py says) takes
the parameters dataclass would give it: the same names in the same order with the same defaults, a field with a
default factory taking None for "a new one". Found by looking through the package, so new ones are covered."""
import dataclasses
import importlib
import inspect
import pkgutil
from dataclasses import dataclass, field

import pytest

import claims


def own_inits() -> list[type]:
    """The dataclasses defined in claims/ whose __init__ is written by hand, not generated (dataclass compiles its
    own from a string)."""
    found = []
    for module in pkgutil.walk_packages(claims.__path__, "claims."):
        for cls in vars(importlib.import_module(module.name)).values():
            if inspect.isclass(cls) and cls.__module__ == module.name and dataclasses.is_dataclass(cls) and "__init__" in vars(cls):
                code = getattr(cls.__init__, "__code__", None)
                if code is None or code.co_filename != "<string>":
                    found.append(cls)
    return found


def expected_parameters(cls: type) -> list[tuple[str, object, bool]]:
    """(name, default, keyword only) of each field that __init__ takes, as dataclass would write it."""
    return [(f.name, None if f.default_factory is not dataclasses.MISSING else inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default,
             bool(f.kw_only)) for f in dataclasses.fields(cls) if f.init]


def written_parameters(cls: type) -> list[tuple[str, object, bool]]:
    parameters = list(inspect.signature(cls.__init__).parameters.values())[1:]  # self
    return [(p.name, p.default, p.kind is inspect.Parameter.KEYWORD_ONLY) for p in parameters]


def test_the_package_has_dataclasses_with_their_own_init():
    assert {"Speaker", "Claim", "Person", "Paragraph"} <= {cls.__name__ for cls in own_inits()}


@pytest.mark.parametrize("cls", own_inits(), ids=lambda cls: f"{cls.__module__}.{cls.__name__}")
def test_a_hand_written_init_takes_the_dataclass_s_fields(cls):
    assert written_parameters(cls) == expected_parameters(cls)


def test_an_init_that_drifts_from_its_fields_is_told_apart():
    @dataclass
    class Drifted:
        first: int
        second: set[int] = field(default_factory=set)
        third: str = "x"

        def __init__(self, second: set[int] | None = None, first: int = 0, third: str = "y") -> None:
            self.first, self.second, self.third = first, second or set(), third

    assert written_parameters(Drifted) != expected_parameters(Drifted)
