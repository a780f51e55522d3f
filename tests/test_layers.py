"""The package layout shows the architecture: layers import only the layers below them.

Walks every module of `digest/` with `ast` (nothing is imported): each `import` of a digest
module, wherever it is written (a function body or an `if TYPE_CHECKING:` block included), is an
arrow. The test fails on an arrow that points up or sideways between layers, on an import of a
digest module inside a function (the usual way to hide a cycle), and on any cycle. The same
checker runs on small packages with a planted cycle and a planted upward import, so it is shown
to catch both.
"""

from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# Lowest first. Layers of the same rank (the two adapters) may not import each other.
LAYERS = {
    "model": 0,
    "content": 1,
    "site": 2,
    "build": 3,
    "editor": 4,
    "commands": 5,
    "plugin": 5,
}
TOP = 6  # digest/__init__.py and digest/__main__.py


def module_name(root: Path, path: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _absolute(module: str, is_package: bool, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    base = module.split(".")
    if not is_package:
        base.pop()
    base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def _arrows(
    tree: ast.Module, name: str, is_package: bool, modules: set[str], package: str
) -> list[tuple[str, int, bool]]:
    """The package's own modules that one module imports: (module, line, inside a function)."""
    arrows: list[tuple[str, int, bool]] = []
    work: list[tuple[ast.AST, bool]] = [(tree, False)]
    while work:
        node, in_function = work.pop()
        for child in ast.iter_child_nodes(node):
            inner = in_function or isinstance(
                child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)
            )
            targets: list[str] = []
            if isinstance(child, ast.Import):
                targets = [alias.name for alias in child.names]
            elif isinstance(child, ast.ImportFrom):
                base = _absolute(name, is_package, child)
                # `from a import b` names module a.b when b is a module, else a.
                targets = [
                    f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base
                    for alias in child.names
                ]
            for target in targets:
                if target == package or target.startswith(package + "."):
                    while target not in modules and "." in target:
                        target = target.rsplit(".", 1)[0]
                    arrows.append((target, child.lineno, in_function))
            work.append((child, inner))
    return sorted(set(arrows))


def imports(root: Path) -> dict[str, list[tuple[str, int, bool]]]:
    """Each module's imports of the package's own modules."""
    modules = {module_name(root, p): p for p in root.rglob("*.py")}
    return {
        name: _arrows(
            ast.parse(path.read_text(encoding="utf-8")),
            name,
            path.name == "__init__.py",
            set(modules),
            root.name,
        )
        for name, path in modules.items()
    }


def layer_of(module: str) -> tuple[str, int]:
    parts = module.split(".")
    if len(parts) < 2 or parts[1] not in LAYERS:
        return ("(top)", TOP)
    return (parts[1], LAYERS[parts[1]])


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (or a module importing itself),
    by Tarjan's algorithm (iterative: no recursion limit)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph.get(start, ()))))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1 or node in graph.get(node, ()):
                    found.append(sorted(component))
    return found


def violations(root: Path) -> list[str]:
    """Every upward or sideways import between layers, import in a function, and cycle."""
    problems = []
    graph: dict[str, set[str]] = {}
    for module, arrows in sorted(imports(root).items()):
        graph[module] = set()
        here, rank = layer_of(module)
        for target, line, in_function in arrows:
            if target == module:
                continue
            graph[module].add(target)
            there, target_rank = layer_of(target)
            where = f"{module}:{line} imports {target}"
            if in_function:
                problems.append(f"{where} inside a function")
            if there != here and target_rank >= rank:
                problems.append(f"{where}: layer {here} may not import layer {there}")
    for component in cycles(graph):
        problems.append("cycle: " + " -> ".join(component))
    return problems


def test_the_digest_package_imports_only_downwards_without_cycles() -> None:
    assert violations(REPO / "digest") == []


def test_every_module_belongs_to_a_layer() -> None:
    loose = [
        p.name
        for p in (REPO / "digest").glob("*.py")
        if p.name not in {"__init__.py", "__main__.py"}
    ]
    folders = {
        p.name for p in (REPO / "digest").iterdir() if p.is_dir() and p.name != "__pycache__"
    }
    assert loose == []
    assert folders == set(LAYERS)


def _package(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "digest"
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    for folder in [root, *[p for p in root.rglob("*") if p.is_dir()]]:
        (folder / "__init__.py").touch()
    return root


def test_a_planted_cycle_is_caught(tmp_path: Path) -> None:
    root = _package(
        tmp_path,
        {
            "site/pages.py": "from digest.site.wayfinding import finish\n",
            "site/wayfinding.py": "from . import pages\n",
        },
    )
    assert violations(root) == ["cycle: digest.site.pages -> digest.site.wayfinding"]


def test_a_planted_upward_import_and_a_hidden_one_are_caught(tmp_path: Path) -> None:
    root = _package(
        tmp_path,
        {
            "site/pages.py": "def f():\n    from ..build import cache\n",
            "build/cache.py": "",
            "model/entry.py": "from typing import TYPE_CHECKING\n"
            "if TYPE_CHECKING:\n    from digest.content.loader import Document\n",
            "content/loader.py": "",
            "commands/check.py": "import digest.plugin.plugin\n",
            "plugin/plugin.py": "",
        },
    )
    assert violations(root) == [
        "digest.commands.check:1 imports digest.plugin.plugin: "
        "layer commands may not import layer plugin",
        "digest.model.entry:3 imports digest.content.loader: "
        "layer model may not import layer content",
        "digest.site.pages:2 imports digest.build.cache inside a function",
        "digest.site.pages:2 imports digest.build.cache: layer site may not import layer build",
    ]
