"""The axe checks are not toothless: a page with planted defects fails them."""

import pytest

from tests.browser.a11y import assert_accessible, axe_violations

pytestmark = pytest.mark.browser


def test_axe_helper_reports_missing_label_and_alt(live_server, settings, new_context):
    settings.ROOT_URLCONF = "tests.browser.urls"
    page = new_context("desktop").new_page()
    response = page.goto(live_server.url + "/test-only/bad-page/")
    assert response.status == 200, "the live server did not pick up the test-only URLconf"

    found = {violation["id"]: violation for violation in axe_violations(page)}
    assert {"label", "image-alt"} <= found.keys(), sorted(found)
    assert found["label"]["nodes"][0]["target"] == ["#unlabelled"]
    assert found["image-alt"]["nodes"][0]["target"] == ["#no-alt"]

    # The very assertion test_accessibility relies on fails, naming rule, impact and selector.
    with pytest.raises(AssertionError) as failure:
        assert_accessible(page, "/test-only/bad-page/")
    report = str(failure.value)
    for expected in ("label (critical)", "image-alt (critical)", "#unlabelled", "#no-alt"):
        assert expected in report, report
