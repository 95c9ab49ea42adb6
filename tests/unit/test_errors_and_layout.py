"""The exception hierarchy (bot/errors.py) and the package layout that the import contracts
in pyproject.toml keep (issue 12)."""

from __future__ import annotations

import ast
import inspect
import subprocess
import sys
from pathlib import Path

import pytest

from bot import errors

ROOT = Path(__file__).resolve().parents[2]
EXCEPTIONS = [
    obj
    for name in errors.__all__
    if inspect.isclass(obj := getattr(errors, name)) and issubclass(obj, BaseException)
]


@pytest.mark.parametrize("exception", EXCEPTIONS, ids=lambda e: e.__name__)
def test_every_project_exception_has_the_one_base(exception: type) -> None:
    assert issubclass(exception, errors.AdmindukError)


@pytest.mark.parametrize("exception", EXCEPTIONS, ids=lambda e: e.__name__)
def test_every_project_exception_is_in_the_documented_tree(exception: type) -> None:
    assert f" {exception.__name__} " in (errors.__doc__ or "")


def test_a_value_the_queue_refuses_is_invalid_input_not_a_parser_failure() -> None:
    refused = errors.InvalidInput([errors.Issue("nilai", "di_luar_rentang", "1 sampai 5")])
    assert isinstance(refused, errors.QueueError)
    assert not isinstance(refused, errors.InvalidRequest)
    assert "1 sampai 5" in str(refused)
    assert isinstance(errors.InvalidRequest([]), errors.InvalidInput)


def functions_raising(path: Path, name: str) -> set[str]:
    """The functions of a module that raise `name(...)`."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {
        function.name
        for function in ast.walk(tree)
        if isinstance(function, ast.FunctionDef)
        for node in ast.walk(function)
        if isinstance(node, ast.Raise)
        and isinstance(node.exc, ast.Call)
        and isinstance(node.exc.func, ast.Name)
        and node.exc.func.id == name
    }


def test_invalid_request_is_raised_only_where_the_parser_judges_a_request() -> None:
    raising = {
        path.relative_to(ROOT).as_posix(): functions_raising(path, "InvalidRequest")
        for path in (ROOT / "bot").rglob("*.py")
    }
    assert {module: names for module, names in raising.items() if names} == {
        "bot/queue/services.py": {"submit_request", "_revalidate"}
    }


def test_a_malformed_setting_is_a_config_error_that_names_it() -> None:
    from bot.queue.hours import WorkingHours

    with pytest.raises(errors.ConfigError, match="working hours end before they start"):
        WorkingHours.from_text(hours="16:00-08:00")


def test_the_import_contracts_hold() -> None:
    result = subprocess.run(
        [str(Path(sys.executable).with_name("lint-imports")), "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-3000:]
    assert "3 kept, 0 broken" in result.stdout


def test_the_development_tools_live_outside_the_shipped_package() -> None:
    assert not (ROOT / "bot" / "devtools").exists()
    assert not (ROOT / "bot" / "synthetic.py").exists()
    assert (ROOT / "devtools" / "synthetic.py").is_file()


def readme_folders(block: str) -> set[str]:
    """The folders of the README's tree under `bot/`, from their indentation."""
    folders: set[str] = set()
    stack: list[str] = []
    for line in block.splitlines():
        name = line.strip().split(" ", 1)[0]
        depth = (len(line) - len(line.lstrip(" "))) // 2
        if not name.endswith("/") or "/" in name[:-1]:
            continue
        if depth == 0:
            stack = [name[:-1]]
            continue
        stack = [*stack[:depth], name[:-1]]
        if stack[0] == "bot":
            folders.add("/".join(stack))
    return folders


def test_the_readme_layout_shows_every_folder_of_the_package_and_no_other() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Layout", 1)[1].split("\n## ", 1)[0]
    tree = section.split("```")[3]  # the second code block: the tree
    packages = {
        p.parent.relative_to(ROOT).as_posix()
        for p in (ROOT / "bot").rglob("__init__.py")
        if p.parent != ROOT / "bot" and "versions" not in p.parts
    }
    assert readme_folders(tree) == packages


def sentences_outside_docstrings(path: Path) -> list[tuple[int, str]]:
    """String literals of a module that read as a sentence to a person (not docstrings)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
        and " " in node.value
        and ("Bapak/Ibu" in node.value or node.value.startswith(("Mohon ", "Maaf", "Baik,")))
    ]


@pytest.mark.parametrize("layer", ["dialogue", "channels"])
def test_what_the_dialogue_and_the_channels_say_lives_in_the_texts_modules(layer: str) -> None:
    found = {
        f"{path.relative_to(ROOT)}:{line}": text[:60]
        for path in (ROOT / "bot" / layer).rglob("*.py")
        for line, text in sentences_outside_docstrings(path)
    }
    assert found == {}
