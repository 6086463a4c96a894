"""Packages depend downward only, and the pure core imports no Django.

Every module's imports are read from its source, those inside functions included (an import
moved into a function still ties the packages together). The layers, bottom to top:

    0  pure, sandbox, soffice              plain Python, no Django
    1  reading, signatures                 plain Python, no Django
    2  core                                units, users, roles, permissions, legal documents
    3  register                            records and the area machinery
    4  reporting, procedures
    5  collection
    6  dashboard, accounts
    7  api                                 (its keys are the accounts')
    8  demo                                the demo province, an app of its own (load_demo)
    9  management commands, settings, urls, the CLI

A module may import its own package and anything lower. KNOWN_UPWARD lists the imports that
still point up, each to be removed; the test fails on any other, and on a listed one that is
gone (so the list stays true).
"""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "ngoaivu"
LAYERS = {
    "pure": 0,
    "sandbox": 0,
    "soffice": 0,
    "reading": 1,
    "signatures": 1,
    "core": 2,
    "register": 3,
    "reporting": 4,
    "procedures": 4,
    "collection": 5,
    "dashboard": 6,
    "accounts": 6,
    "api": 7,
    "demo": 8,
    "top": 9,
}
PURE = {"pure", "sandbox", "soffice", "reading", "signatures"}
TOP_MODULES = {"settings", "urls", "cli", "wsgi", "asgi", "__main__", "environment", "test_settings"}

KNOWN_UPWARD: set[tuple[str, str]] = set()


def package_of(path: Path) -> str:
    parts = path.relative_to(ROOT).parts
    if len(parts) == 1:
        name = parts[0].removesuffix(".py")
        return name if name in LAYERS else "top"
    if "management" in parts:
        return "top"
    return parts[0]


def imported_packages(path: Path):
    """(package, line) of every ngoaivu import in the file, wherever it stands."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    here = path.relative_to(ROOT).parts[:-1]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = here[: len(here) - node.level + 1]
                module = ".".join(("ngoaivu", *base, *(node.module.split(".") if node.module else ())))
                modules = [module] if node.module else [f"{module}.{alias.name}" for alias in node.names]
            else:
                modules = [node.module or ""]
        else:
            continue
        for module in modules:
            parts = module.split(".")
            if parts[0] == "ngoaivu" and len(parts) > 1:
                target = ROOT.joinpath(*parts[1:])
                target = target.with_suffix(".py") if target.with_suffix(".py").exists() else target / "__init__.py"
                yield package_of(target) if target.exists() else parts[1], node.lineno
            elif parts[0] in ("django", "rest_framework"):
                yield "django", node.lineno


def modules():
    return sorted(p for p in ROOT.rglob("*.py") if "migrations" not in p.parts)


def test_every_import_points_down():
    upward, seen = [], set()
    for path in modules():
        package = package_of(path)
        for target, line in imported_packages(path):
            if target == "django" or target == package or LAYERS.get(target, LAYERS["top"]) < LAYERS[package]:
                continue
            key = (str(path.relative_to(ROOT)), target)
            seen.add(key)
            if key not in KNOWN_UPWARD:
                upward.append(f"{key[0]}:{line} imports {target} ({package} is below it)")
    assert upward == []
    assert KNOWN_UPWARD - seen == set(), "remove these from KNOWN_UPWARD: they are gone"


def test_the_pure_core_imports_no_django():
    found = [
        f"{path.relative_to(ROOT)}:{line}"
        for path in modules()
        if package_of(path) in PURE
        for target, line in imported_packages(path)
        if target == "django"
    ]
    assert found == []
