"""Every command explains itself with an example, as `planctl` with no command does."""

from __future__ import annotations

import pytest

from planctl.cli import app
from tests.conftest import RunCli

COMMANDS = sorted(command.name or command.callback.__name__ for command in app.registered_commands
                  if command.callback is not None)


def test_every_command_is_listed() -> None:
    assert {"check", "diff", "compare", "tags", "rules", "schema"} <= set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_help_shows_an_example_of_the_command(command: str, planctl: RunCli) -> None:
    result = planctl(command, "--help", env={"COLUMNS": "200"})
    assert result.code == 0, result.err
    examples = [line for line in result.out.splitlines() if "Example:" in line]
    assert examples, result.out
    assert f"planctl {command}" in examples[0], examples


def test_planctl_alone_explains_itself_with_an_example(planctl: RunCli) -> None:
    result = planctl(env={"COLUMNS": "200"})
    assert "Example: planctl check plans/" in result.out
    assert "check" in result.out and "diff" in result.out
