"""State changes for events' registration; publishing goes through core.services."""

from datetime import datetime, time

from django.db import transaction
from django.utils import timezone

from signups.services import occasion_save

from .models import Event


def event_end(event: Event) -> datetime:
    """An event without an end time lasts to the end of its (Danish) day."""
    if event.ends_at:
        return event.ends_at
    local = timezone.localtime(event.starts_at)
    return timezone.make_aware(datetime.combine(local.date(), time(23, 59)))


def event_registration_sync(*, event: Event) -> Event:
    """Keep the event's occasion in step with the event: time, place, places, and whether
    sign-ups are open (only while the event is registration-enabled and published)."""
    with transaction.atomic():
        event = Event.objects.select_for_update().get(pk=event.pk)
        if not event.registration and event.occasion is None:
            return event
        fields = {
            "title": event.title_da or event.title,
            "starts_at": event.starts_at,
            "ends_at": event_end(event),
            "place": event.location,
            "address": event.address,
            "capacity": event.capacity,
            "url": event.get_absolute_url(),
            # Visitors reach the form only while the event is published (views check it).
            "registration_open": event.registration,
            "owner": f"event:{event.pk}",
        }
        occasion = occasion_save(occasion=event.occasion, **fields)
        if event.occasion_id != occasion.pk:
            event.occasion = occasion
            event.save(update_fields=["occasion"])
    return event
