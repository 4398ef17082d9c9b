"""Draft and scheduled content: hidden from visitors, previewed by staff."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tests.factories import EventFactory, InitiativeFactory, NewsPostFactory, TrackFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "factory", [TrackFactory, InitiativeFactory, NewsPostFactory, EventFactory]
)
def test_unpublished_and_scheduled_items_are_hidden_but_staff_can_preview(
    client, staff_client, factory
):
    draft = factory(status="draft")
    scheduled = factory(publish_from=timezone.now() + timedelta(hours=2))
    for item in (draft, scheduled):
        assert client.get(item.get_absolute_url()).status_code == 404
        preview = staff_client.get(item.get_absolute_url())
        assert preview.status_code == 200
        assert "Forhåndsvisning" in preview.content.decode()
