"""The bot package's modules depend on each other in one direction only."""

from __future__ import annotations

import ast
import graphlib
from pathlib import Path

import bot

PACKAGE = Path(bot.__file__).parent


def module_imports() -> dict[str, set[str]]:
    """Each ``bot`` module and the ``bot`` modules it imports, counting imports
    under ``if TYPE_CHECKING:`` (a cycle hidden there is still a cycle)."""
    graph: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        imported: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                imported.add(node.module)
            elif isinstance(node, ast.Import):
                imported.update(alias.name for alias in node.names)
        graph[name] = {m for m in imported if m == "bot" or m.startswith("bot.")}
    return graph


def test_no_import_cycles():
    graph = module_imports()
    assert {"bot.queue", "bot.translator", "bot.protocols", "bot.model_service"} <= set(graph)
    try:
        list(graphlib.TopologicalSorter(graph).static_order())
    except graphlib.CycleError as error:
        raise AssertionError(f"import cycle: {' -> '.join(error.args[1])}") from None


def test_the_queue_knows_the_model_only_through_the_protocol():
    graph = module_imports()
    assert graph["bot.queue"] & {"bot.translator", "bot.model_service"} == set()
    assert "bot.queue" not in graph["bot.translator"]
