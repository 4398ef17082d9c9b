"""Rich text is sanitised whatever writes it: a form, a plain save or a bulk insert."""

import pytest
from django.utils import timezone

from initiatives.models import Event, Initiative, NewsPost
from tests.factories import InitiativeFactory

pytestmark = pytest.mark.django_db

HOSTILE = (
    '<p onclick="steal()">Hej <strong>med</strong> dig<script>alert(1)</script></p>'
    '<a href="javascript:alert(1)">link</a><iframe src="x"></iframe>'
    '<img src="x" onerror="alert(1)"><h2 style="color:red">Overskrift</h2>'
)
FORBIDDEN = ("onclick", "<script", "javascript:", "<iframe", "<img", "onerror", "style=")


def assert_sanitised(html: str) -> None:
    assert "<strong>med</strong>" in html and "<h2>Overskrift</h2>" in html
    for bad in FORBIDDEN:
        assert bad not in html, bad


def test_rich_text_is_sanitised_on_save():
    initiative = InitiativeFactory(body=HOSTILE)
    initiative.refresh_from_db()
    assert_sanitised(initiative.body)


def test_rich_text_is_sanitised_in_bulk_inserts():
    # bulk_create sends no signals and skips save(), as the bench content loader uses it; the
    # field's pre_save must still clean every language of every rich-text field.
    live = {"status": "published", "publish_from": timezone.now()}
    Initiative.objects.bulk_create(
        [Initiative(slug="bulk", title_da="Bulk", body_da=HOSTILE, body_en=HOSTILE, **live)]
    )
    NewsPost.objects.bulk_create(
        [NewsPost(slug="bulk", title_da="Bulk", body_da=HOSTILE, body_en=HOSTILE, **live)]
    )
    Event.objects.bulk_create(
        [
            Event(
                slug="bulk",
                title_da="Bulk",
                starts_at=timezone.now(),
                description_da=HOSTILE,
                description_en=HOSTILE,
                **live,
            )
        ]
    )
    initiative = Initiative.objects.get(slug="bulk")
    news = NewsPost.objects.get(slug="bulk")
    event = Event.objects.get(slug="bulk")
    for html in (
        initiative.body_da,
        initiative.body_en,
        news.body_da,
        news.body_en,
        event.description_da,
        event.description_en,
    ):
        assert_sanitised(html)
