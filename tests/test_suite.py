"""How the suite itself runs: the 50-thread races never share the machine with one another."""

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _fifty_thread_tests():
    """(file, test name, its xdist group) for every test that starts 50 threads at once."""
    for path in sorted((ROOT / "tests").rglob("test_*.py")):
        tree = ast.parse(path.read_text())
        people = {
            node.targets[0].id: node.value.value
            for node in tree.body
            if isinstance(node, ast.Assign)
            and isinstance(node.targets[0], ast.Name)
            and isinstance(node.value, ast.Constant)
        }
        for node in tree.body:
            if not (isinstance(node, ast.FunctionDef) and node.name.startswith("test_")):
                continue
            workers = [
                keyword.value
                for call in ast.walk(node)
                if isinstance(call, ast.Call)
                and getattr(call.func, "id", "") == "ThreadPoolExecutor"
                for keyword in call.keywords
                if keyword.arg == "max_workers"
            ]
            sizes = [
                people.get(w.id) if isinstance(w, ast.Name) else getattr(w, "value", None)
                for w in workers
            ]
            if 50 not in sizes:
                continue
            groups = [
                decorator.args[0].value
                for decorator in node.decorator_list
                if isinstance(decorator, ast.Call)
                and getattr(decorator.func, "attr", "") == "xdist_group"
            ]
            yield path.relative_to(ROOT), node.name, groups


def test_the_fifty_thread_races_run_one_after_another_on_one_worker():
    races = list(_fifty_thread_tests())
    assert len(races) == 3, races
    assert all(groups == ["threads"] for _path, _name, groups in races), races
    # The group only holds when pytest-xdist hands out tests by group.
    parallel = re.search(r"^PARALLEL := (.*)$", (ROOT / "Makefile").read_text(), re.M)[1]
    assert "--dist loadgroup" in parallel
