"""Fill the portal with demo content from `core.demo_content`.

Idempotent and non-destructive: every row is looked up by its natural key (slug, page key or
name) and only created when missing. An existing row is never changed, since staff may have
edited it, and the goals, imprints, statuses and relations of a row are only added together with
the row itself. Running the command twice leaves exactly the same rows.
"""

from collections import Counter
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.core.management.base import BaseCommand
from django.db import models, transaction
from django.utils import timezone, translation

from alliance.models import AllianceMember, Partner, SecretariatContact
from core import demo_content as content
from initiatives.models import Event, Initiative, NewsPost
from pages.models import Page
from tracks.models import Goal, Imprint, ImprintStatus, Track

COPENHAGEN = ZoneInfo("Europe/Copenhagen")
PUBLISHED = "published"


def local_datetime(text: str) -> datetime:
    """'YYYY-MM-DD HH:MM' in Copenhagen time, as an aware datetime."""
    return datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=COPENHAGEN)


def at(day: date, clock: str) -> datetime:
    return datetime.combine(day, time.fromisoformat(clock), tzinfo=COPENHAGEN)


def upcoming_day(today: date, weeks_ahead: int, weekday: int) -> date:
    """The first `weekday` (Monday = 0) on or after `weeks_ahead` weeks from `today`."""
    day = today + timedelta(weeks=weeks_ahead)
    return day + timedelta(days=(weekday - day.weekday()) % 7)


def translated(data: dict, *names: str) -> dict:
    """The `_da` and `_en` values of the given fields."""
    return {f"{name}_{lang}": data[f"{name}_{lang}"] for name in names for lang in ("da", "en")}


class Command(BaseCommand):
    help = "Opretter demoindhold for +DIG (kun det, der mangler; eksisterende rækker røres ikke)."

    def handle(self, *args, **options):
        self.created = Counter()
        self.present = Counter()
        with translation.override("da"), transaction.atomic():
            self.load_partners()
            self.load_alliance()
            self.load_secretariat()
            self.load_tracks()
            self.load_initiatives()
            self.load_news()
            self.load_events()
            self.load_pages()
        self.report()

    # --- helpers ---------------------------------------------------------------------------

    def ensure(self, model: type[models.Model], lookup: dict, build) -> tuple[models.Model, bool]:
        """Return the row matching `lookup`, or create it from `build()` if there is none."""
        label = model._meta.verbose_name_plural
        existing = model._default_manager.filter(**lookup).first()
        if existing is not None:
            self.present[label] += 1
            return existing, False
        obj = model(**lookup, **build())
        obj.full_clean()
        obj.save()
        self.created[label] += 1
        return obj, True

    def add_child(self, model: type[models.Model], **fields) -> models.Model:
        obj = model(**fields)
        obj.full_clean()
        obj.save()
        self.created[model._meta.verbose_name_plural] += 1
        return obj

    @staticmethod
    def tracks(slugs: list[str]):
        return Track.objects.filter(slug__in=slugs)

    @staticmethod
    def initiatives(slugs: list[str]):
        return Initiative.objects.filter(slug__in=slugs)

    # --- loaders ---------------------------------------------------------------------------

    def load_partners(self):
        for data in content.PARTNERS:
            self.ensure(
                Partner,
                {"name": data["name"]},
                lambda data=data: {
                    "url": data["url"],
                    "is_founding_partner": data["is_founding_partner"],
                    "order": data["order"],
                    **translated(data, "description"),
                },
            )

    def load_alliance(self):
        for index, data in enumerate(content.ALLIANCE_MEMBERS):
            self.ensure(
                AllianceMember,
                {"name": data["name"]},
                lambda data=data, index=index: {
                    "organisation": data.get("organisation", ""),
                    "role": self.free_role(
                        data.get("role", "member"), data.get("is_current", True)
                    ),
                    "is_current": data.get("is_current", True),
                    "order": (index + 1) * 10,
                    **translated(data, "title"),
                },
            )

    def free_role(self, role: str, is_current: bool) -> str:
        """The wanted role, unless staff have already given it to someone else."""
        if role == AllianceMember.Role.MEMBER or not is_current:
            return role
        if AllianceMember.objects.current().filter(role=role).exists():
            self.stderr.write(
                f"Rollen {role!r} er allerede besat; demomedlemmet oprettes som almindeligt medlem."
            )
            return AllianceMember.Role.MEMBER
        return role

    def load_secretariat(self):
        for data in content.SECRETARIAT:
            self.ensure(
                SecretariatContact,
                {"name": data["name"]},
                lambda data=data: {
                    "email": data["email"],
                    "phone": data["phone"],
                    "order": data["order"],
                    **translated(data, "title"),
                },
            )

    def load_tracks(self):
        for data in content.TRACKS:
            track, created = self.ensure(
                Track,
                {"slug": data["slug"]},
                lambda data=data: {
                    "status": PUBLISHED,
                    "publish_from": local_datetime(data["publish_from"]),
                    "is_cross_cutting": data["is_cross_cutting"],
                    "order": data["order"],
                    **translated(data, "title", "short_description", "purpose", "description"),
                },
            )
            if created:
                self.load_goals(track, data["goals"])

    def load_goals(self, track: Track, goals: list[dict]):
        for goal_order, goal_data in enumerate(goals, start=1):
            goal = self.add_child(
                Goal, track=track, order=goal_order, **translated(goal_data, "title")
            )
            for imprint_order, imprint_data in enumerate(goal_data["imprints"], start=1):
                imprint = self.add_child(
                    Imprint, goal=goal, order=imprint_order, **translated(imprint_data, "text")
                )
                for status in imprint_data["statuses"]:
                    self.add_child(
                        ImprintStatus,
                        imprint=imprint,
                        year=status["year"],
                        level=status["level"],
                        **translated(status, "note"),
                    )

    def load_initiatives(self):
        for data in content.INITIATIVES:
            initiative, created = self.ensure(
                Initiative,
                {"slug": data["slug"]},
                lambda data=data: {
                    "status": PUBLISHED,
                    "publish_from": local_datetime(data["publish_from"]),
                    "age_from": data["age_from"],
                    "age_to": data["age_to"],
                    "phase": data["phase"],
                    "is_featured": data["is_featured"],
                    "order": data["order"],
                    "contact_name": content.SECRETARIAT_NAME,
                    "contact_email": content.SECRETARIAT_EMAIL,
                    "contact_phone": content.SECRETARIAT_PHONE,
                    **translated(data, "title", "summary", "body"),
                },
            )
            if created:
                initiative.tracks.set(self.tracks(data["tracks"]))
                initiative.partners.set(Partner.objects.filter(name__in=data["partners"]))

    def load_news(self):
        for data in content.NEWS:
            post, created = self.ensure(
                NewsPost,
                {"slug": data["slug"]},
                lambda data=data: {
                    "status": PUBLISHED,
                    "publish_from": local_datetime(data["publish_from"]),
                    **translated(data, "title", "summary", "body"),
                },
            )
            if created:
                post.initiatives.set(self.initiatives(data["initiatives"]))
                post.tracks.set(self.tracks(data["tracks"]))

    def load_events(self):
        now = timezone.now()
        today = timezone.localtime(now, COPENHAGEN).date()
        for data in content.EVENTS:
            event, created = self.ensure(
                Event,
                {"slug": data["slug"]},
                lambda data=data: {
                    "status": PUBLISHED,
                    **self.event_times(data, now, today),
                    "address": data["address"],
                    **translated(data, "title", "summary", "description", "location"),
                },
            )
            if created:
                event.initiatives.set(self.initiatives(data["initiatives"]))
                event.tracks.set(self.tracks(data["tracks"]))

    @staticmethod
    def event_times(data: dict, now: datetime, today: date) -> dict:
        if "starts_at" in data:
            return {
                "publish_from": local_datetime(data["publish_from"]),
                "starts_at": local_datetime(data["starts_at"]),
                "ends_at": local_datetime(data["ends_at"]),
            }
        # An upcoming event: dated relative to the first load, and visible from a day before it.
        day = upcoming_day(today, data["weeks_ahead"], data["weekday"])
        return {
            "publish_from": now - timedelta(days=1),
            "starts_at": at(day, data["start"]),
            "ends_at": at(day, data["end"]),
        }

    def load_pages(self):
        for data in content.PAGES:
            self.ensure(
                Page,
                {"key": data["key"]},
                lambda data=data: {
                    "status": PUBLISHED,
                    "publish_from": local_datetime(data["publish_from"]),
                    **translated(data, "title", "intro", "body"),
                },
            )

    # --- summary ---------------------------------------------------------------------------

    def report(self):
        labels = list(dict.fromkeys([*self.created, *self.present]))
        for label in labels:
            self.stdout.write(
                f"{label}: {self.created[label]} oprettet, {self.present[label]} fandtes allerede"
            )
        total_created = sum(self.created.values())
        total_present = sum(self.present.values())
        style = self.style.SUCCESS if total_created else self.style.NOTICE
        self.stdout.write(
            style(f"I alt: {total_created} oprettet, {total_present} fandtes allerede.")
        )
