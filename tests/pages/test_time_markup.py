"""<time datetime> values the HTML checker accepts: to the second, never microseconds."""

import re

import pytest

from tests.factories import EventFactory, NewsPostFactory

pytestmark = pytest.mark.django_db

VALID = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2})?$")


def test_every_time_element_on_the_front_page_news_and_events_is_valid(client):
    post = NewsPostFactory()
    event = EventFactory()
    pages = [
        "/",
        "/nyheder/",
        f"/nyheder/{post.slug}/",
        "/arrangementer/",
        f"/arrangementer/{event.slug}/",
    ]
    found = []
    for url in pages:
        page = client.get(url).content.decode()
        found += re.findall(r'<time datetime="([^"]*)"', page)
    assert found, "no <time> found"
    assert all(VALID.match(value) for value in found), found
