"""The reading barometer in a real browser: a daycare contact on a phone logs a session in
well under a minute, their barometer and the public totals rise; the dashboard is axe-clean
and its charts carry text a screen reader reads."""

import re
import time

from tests.browser.a11y import check_page
from tests.browser.test_visit_pages import restore_roles, sign_in
from tests.measurement.helpers import contact, institution
from tracks.models import Strategy

TOTAL_ROW = "table.data-table tfoot tr"


def _total_minutes(page) -> int:
    cells = page.locator(TOTAL_ROW).first.locator("td").all_inner_texts()
    return int(re.sub(r"\D", "", cells[2]))


def test_a_contact_logs_read_aloud_from_a_phone_and_the_totals_rise(
    demo_site, new_context, screenshot_dir
):
    restore_roles()
    person = contact()
    institution(contact=person, area="Hvalsø", name="Børnehuset Mælkebøtten")
    public = new_context("phone").new_page()
    public.goto(demo_site + "/resultater/", wait_until="load")
    before = _total_minutes(public)

    context = new_context("phone")
    sign_in(context, demo_site, person)
    page = context.new_page()
    started = time.monotonic()
    page.goto(demo_site + "/institution/barometer/", wait_until="load")
    page.get_by_label("Minutter").fill("25")
    page.get_by_label("Antal børn").fill("14")
    page.get_by_label("Bogens titel (frivilligt)").fill("Kaj og Andrea")
    page.get_by_role("button", name="Gem højtlæsningen").click()
    page.wait_for_load_state("load")
    took = time.monotonic() - started
    assert "Højtlæsningen er registreret" in page.content()
    assert took < 60, f"logging took {took:.1f} s"
    assert page.locator('[data-testid="barometer-minutes"]').inner_text() == "25"
    assert "Kaj og Andrea" in page.content()
    page.screenshot(path=str(screenshot_dir / "barometer-phone.png"), full_page=True)
    assert check_page(page, "barometer after logging [phone]") is None

    public.goto(demo_site + "/resultater/", wait_until="load")
    assert _total_minutes(public) == before + 25


def test_the_dashboard_is_accessible_and_its_charts_have_text_equivalents(demo_site, new_context):
    from django.core.management import call_command

    call_command("load_demo", "--only", "thisted")
    thisted = Strategy.objects.get(slug="thisted")
    for language, prefix in (("da", ""), ("en", "/en")):
        page = new_context("desktop", language).new_page()
        for path in ("/resultater/", f"/resultater/strategi/{thisted.slug}/"):
            page.goto(demo_site + prefix + path, wait_until="load")
            assert check_page(page, f"{path} [{language}]") is None
        page.goto(demo_site + prefix + "/resultater/", wait_until="load")
        charts = page.locator("svg[role=img]")
        assert charts.count() >= 3
        for index in range(charts.count()):
            # What a screen reader announces: the elements aria-labelledby points at.
            ids = charts.nth(index).get_attribute("aria-labelledby").split()
            text = " ".join(page.locator(f"[id='{i}']").text_content() for i in ids)
            assert len(text.strip()) > 20, text
            assert re.search(r"\d", text), text
        # Each chart sits beside its table and under a caption with the same summary.
        summary = page.locator("figcaption.chart-summary").first.inner_text()
        desc = page.locator("svg[role=img] desc").first.text_content()
        assert summary == desc


def test_the_results_read_on_a_phone(demo_site, new_context, screenshot_dir):
    """At 390 px nothing scrolls sideways, a chart's text is as large as a small print (not the
    6 px a desktop drawing shrinks to), and each table row lists its figures under their names."""
    page = new_context("phone").new_page()
    page.goto(demo_site + "/resultater/", wait_until="load")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    smallest = page.evaluate(
        """() => Math.min(...[...document.querySelectorAll('svg.chart')].map(svg => {
            const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
            const text = svg.querySelector('text.axis');
            return parseFloat(getComputedStyle(text).fontSize) * scale;
        }))"""
    )
    assert smallest >= 12, smallest
    labels = page.evaluate(
        """() => [...document.querySelectorAll('.data-table td')].slice(0, 4).map(
            td => getComputedStyle(td, '::before').content)"""
    )
    assert all(label not in ("none", '""') for label in labels), labels
    page.screenshot(path=str(screenshot_dir / "results-phone.png"), full_page=True)
