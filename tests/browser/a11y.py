"""axe-core checks for WCAG 2.0/2.1 level A and AA, with reports a developer can act on."""

from axe_playwright_python.sync_playwright import Axe

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": WCAG_TAGS},
    "resultTypes": ["violations"],
}

_axe = Axe()


def axe_violations(page) -> list[dict]:
    """Run axe-core (shipped with axe-playwright-python) on the page as it is now."""
    return _axe.run(page, options=AXE_OPTIONS).response["violations"]


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def format_violations(where: str, violations: list[dict]) -> str:
    """One block per rule: id, impact, what to fix, and every offending element's selector."""
    lines = [f"{where}: {len(violations)} WCAG A/AA rule(s) violated"]
    for violation in violations:
        lines.append(
            f"  - {violation['id']} ({violation['impact']}): {violation['help']}"
            f" <{violation['helpUrl']}>"
        )
        for node in violation["nodes"]:
            selector = " >> ".join(
                part if isinstance(part, str) else " ".join(part) for part in node["target"]
            )
            lines.append(f"      at {selector}")
            lines.append(f"         html: {_short(node.get('html', ''))}")
            # "Fix any of the following:" and then one line per way to fix it.
            heading, *ways = node.get("failureSummary", "").strip().splitlines() or [""]
            if heading:
                fix = heading + " " + "; ".join(way.strip() for way in ways)
                lines.append(f"         fix:  {_short(fix, 300)}")
    return "\n".join(lines)


def check_page(page, where: str | None = None) -> str | None:
    """None if axe finds no WCAG A/AA violation on the page, else a readable report."""
    violations = axe_violations(page)
    if not violations:
        return None
    return format_violations(where or page.url, violations)


def assert_accessible(page, where: str | None = None) -> None:
    report = check_page(page, where)
    assert report is None, report
