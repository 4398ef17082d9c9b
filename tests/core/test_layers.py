"""Each app imports only what stands below it (README, "How the code is organised"): a lower app
that needs to hear from a higher one offers a hook or registry instead (volunteers/hooks.py,
signups/owners.py, core's registries)."""

import ast
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]
# The portal's own apps, as installed (Django's and the libraries' have no folder here).
APPS = [app for app in settings.INSTALLED_APPS if "." not in app and (ROOT / app).is_dir()]
# app -> the apps above it that it must never import (also inside functions).
NEVER = {
    "core": set(APPS) - {"core"},
    "notices": {"signups", "volunteers", "institutions", "members"},
    "signups": {"initiatives", "alliance", "volunteers", "institutions", "members"},
    "alliance": {"members", "volunteers", "institutions"},
    "volunteers": {"institutions", "members"},
    "institutions": {"members"},
}


def imported_apps(app: str, root: Path = ROOT) -> dict[str, set[str]]:
    """The portal's apps each module of `app` imports (migrations aside), by module."""
    found: dict[str, set[str]] = {}
    for path in (root / app).rglob("*.py"):
        if "migrations" in path.parts:
            continue
        names = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module)
        tops = {name.split(".")[0] for name in names} & set(APPS)
        found[str(path.relative_to(root))] = tops - {app}
    return found


@pytest.mark.parametrize("app", sorted(NEVER))
def test_no_app_imports_an_app_above_it(app):
    wrong = {
        module: sorted(tops & NEVER[app])
        for module, tops in imported_apps(app).items()
        if tops & NEVER[app]
    }
    assert not wrong


def test_the_check_sees_imports_inside_functions(tmp_path):
    # The rule would hold vacuously if the walk missed imports made inside a function body.
    package = tmp_path / "volunteers"
    package.mkdir()
    (package / "late.py").write_text("def f():\n    from institutions import services\n")
    assert imported_apps("volunteers", tmp_path) == {"volunteers/late.py": {"institutions"}}
