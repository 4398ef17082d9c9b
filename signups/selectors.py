from django.utils import timezone

from .models import CalendarFeed, Occasion, SignUp


def feed_signups(user):
    """The occasions a person holds a place at, from yesterday on, for their calendar feed."""
    since = timezone.now() - timezone.timedelta(days=1)
    return (
        SignUp.objects.visible_to(user)
        .filter(status=SignUp.Status.CONFIRMED, occasion__ends_at__gte=since)
        .select_related("occasion")
        .order_by("occasion__starts_at")
    )


def signups_of(user):
    """A person's sign-ups for "Mine sider": upcoming first, with their occasions."""
    return (
        SignUp.objects.visible_to(user)
        .active()
        .filter(occasion__ends_at__gte=timezone.now())
        .select_related("occasion")
        .order_by("occasion__starts_at")
    )


def calendar_feed_of(user) -> CalendarFeed | None:
    return CalendarFeed.objects.filter(user=user).first()


def free_places(occasion) -> int | None:
    """Places left now (None: unlimited), for a sign-up page; the service decides for real."""
    return Occasion.objects.with_places().values_list("places_free", flat=True).get(pk=occasion.pk)
