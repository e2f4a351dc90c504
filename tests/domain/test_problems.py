"""Problems: a stable code and plain parameters, readable in a log line."""

from __future__ import annotations

import pytest

from deskclient.domain import problems
from deskclient.domain.problems import ALL_CODES, Problem


def test_str_without_params_is_the_code() -> None:
    assert str(Problem("task.none_available")) == "task.none_available"


def test_str_lists_params_sorted_with_repr() -> None:
    problem = Problem("auth.locked", seconds=30, failures=3, who="amina")
    assert str(problem) == "auth.locked (failures=3, seconds=30, who='amina')"


def test_code_and_params_are_kept() -> None:
    problem = Problem("result.invalid", errors=("x",))
    assert problem.code == "result.invalid"
    assert dict(problem.params) == {"errors": ("x",)}
    assert isinstance(problem, Exception)
    with pytest.raises(Problem, match=r"^result\.invalid \(errors="):
        raise problem


def test_every_code_constant_is_listed_once() -> None:
    constants = {value for name, value in vars(problems).items() if name.isupper() and isinstance(value, str)}
    assert set(ALL_CODES) == constants
    assert len(ALL_CODES) == len(set(ALL_CODES))
    for code in ALL_CODES:
        area, _, name = code.partition(".")
        assert area and name, code
