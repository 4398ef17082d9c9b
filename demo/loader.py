"""Load the demo content in `demo/data/*.toml` into the database.

Idempotent and non-destructive: every row is looked up by its natural key (slug, page key or
name) and only created when missing. An existing row is never changed, since an editor may have
edited it, and the goals, imprints, statuses and relations of a row are only added together with
the row itself, so what an editor deleted stays deleted.

Rows are built as model instances, validated with `full_clean()` and stored with `save()` (m2m
through the relation managers), so the models' own rules, sanitising and signals all apply.

Dates are relative to the first load (`days_ago`, `days_from_now`, `years_ago`): the demo never
looks abandoned, whenever it is loaded.
"""

import tomllib
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from django.db import models, transaction
from django.utils import timezone, translation

from alliance.models import AllianceMember, Partner, SecretariatContact
from initiatives.models import Event, Initiative, NewsPost
from initiatives.services import event_registration_sync
from institutions.models import Institution
from measurement.models import BarometerGoal, Indicator, IndicatorValue, ReadingEntry
from measurement.services import indicator_values_compute
from pages.models import HelpLine, Page
from tracks.models import Goal, Imprint, ImprintStatus, Strategy, Track
from voices.models import Postcard, School, TourPart
from voices.services import postcard_approve, postcard_submit
from volunteers.models import Session, VolunteerRole
from volunteers.services.sessions import session_save

DATA_DIR = Path(__file__).resolve().parent / "data"
# In loading order: what a file refers to is loaded before it.
AREAS = (
    "partners",
    "alliance",
    "tracks",
    "initiatives",
    "news",
    "events",
    "pages",
    "helplines",
    "volunteers",
    "meetings",
    "voices",
    "measurement",
)
# Loaded only when asked for (`load_demo --only thisted`): another municipality's strategy.
OPTIONAL_AREAS = ("thisted",)
COPENHAGEN = ZoneInfo("Europe/Copenhagen")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
PUBLISHED = "published"
LANGUAGES = ("da", "en")


class DemoDataError(ValueError):
    """A data file does not say what the loader expects (a typo in a field name, say)."""


def read(area: str, data_dir: Path = DATA_DIR) -> dict:
    with open(data_dir / f"{area}.toml", "rb") as file:
        return tomllib.load(file)


def fold(text: str) -> str:
    """Texts are wrapped freely in the files: every run of whitespace becomes one space."""
    return " ".join(text.split())


def translated(entry: dict, *names: str) -> dict:
    """The folded `_da` and `_en` values of the given fields."""
    return {f"{n}_{lang}": fold(entry[f"{n}_{lang}"]) for n in names for lang in LANGUAGES}


def entries(data: dict, table: str, plain: set[str], texts: tuple[str, ...] = ()) -> list[dict]:
    """The `[[table]]` entries, refusing unknown fields so a misspelt one is not silently lost."""
    allowed = plain | {f"{n}_{lang}" for n in texts for lang in LANGUAGES}
    rows = data.get(table, [])
    for row in rows:
        if unknown := set(row) - allowed:
            raise DemoDataError(f"[[{table}]] has unknown fields: {', '.join(sorted(unknown))}")
    return rows


def at(day: date, clock: str) -> datetime:
    """`clock` ("HH:MM", Copenhagen time) on `day`, as an aware datetime."""
    return datetime.combine(day, time.fromisoformat(clock), tzinfo=COPENHAGEN)


@dataclass
class Report:
    created: Counter = field(default_factory=Counter)
    present: Counter = field(default_factory=Counter)
    warnings: list[str] = field(default_factory=list)


class DemoLoader:
    def __init__(self, data_dir: Path = DATA_DIR):
        self.data_dir = data_dir

    def load(self, only: tuple[str, ...] | None = None) -> Report:
        areas = only if only else AREAS
        if unknown := set(areas) - set(AREAS) - set(OPTIONAL_AREAS):
            raise DemoDataError(f"Ukendte områder: {', '.join(sorted(unknown))}")
        self.report = Report()
        self.now = timezone.now()
        self.today = timezone.localtime(self.now, COPENHAGEN).date()
        # Danish active: modeltranslation's untranslated attributes then mean the Danish columns.
        with translation.override("da"), transaction.atomic():
            for area in areas:
                data = read(area, self.data_dir)
                try:
                    getattr(self, f"load_{area}")(data)
                except DemoDataError as error:
                    raise DemoDataError(f"{area}.toml: {error}") from error
        return self.report

    # --- helpers ---------------------------------------------------------------------------

    def ensure(self, model: type[models.Model], lookup: dict, build) -> tuple[models.Model, bool]:
        """Return the row matching `lookup`, or create it from `build()` if there is none."""
        label = model._meta.verbose_name_plural
        existing = model._default_manager.filter(**lookup).first()
        if existing is not None:
            self.report.present[label] += 1
            return existing, False
        return self.add(model, **lookup, **build()), True

    def add(self, model: type[models.Model], **fields) -> models.Model:
        obj = model(**fields)
        obj.full_clean()
        obj.save()
        self.report.created[model._meta.verbose_name_plural] += 1
        return obj

    def days_ago(self, days: int) -> datetime:
        return self.now - timedelta(days=days)

    @staticmethod
    def tracks(slugs: list[str]):
        return Track.objects.filter(slug__in=slugs)

    @staticmethod
    def initiatives(slugs: list[str]):
        return Initiative.objects.filter(slug__in=slugs)

    # --- loaders, one per data file --------------------------------------------------------

    def load_partners(self, data: dict):
        plain = {"name", "url", "is_founding_partner", "order"}
        for entry in entries(data, "partner", plain, ("description",)):
            self.ensure(
                Partner,
                {"name": entry["name"]},
                lambda entry=entry: {
                    "url": entry["url"],
                    "is_founding_partner": entry["is_founding_partner"],
                    "order": entry["order"],
                    **translated(entry, "description"),
                },
            )

    def load_alliance(self, data: dict):
        plain = {"name", "organisation", "role", "is_current"}
        for index, entry in enumerate(entries(data, "member", plain, ("title",))):
            is_current = entry.get("is_current", True)
            self.ensure(
                AllianceMember,
                {"name": entry["name"]},
                lambda entry=entry, index=index, is_current=is_current: {
                    "organisation": entry.get("organisation", ""),
                    "role": self.free_role(entry.get("role", "member"), is_current),
                    "is_current": is_current,
                    "order": (index + 1) * 10,
                    **translated(entry, "title"),
                },
            )
        plain = {"name", "email", "phone", "address", "order"}
        for entry in entries(data, "secretariat", plain, ("title",)):
            self.ensure(
                SecretariatContact,
                {"name": entry["name"]},
                lambda entry=entry: {
                    "email": entry["email"],
                    "phone": entry["phone"],
                    "address": entry.get("address", ""),
                    "order": entry["order"],
                    **translated(entry, "title"),
                },
            )

    def free_role(self, role: str, is_current: bool) -> str:
        """The wanted role, unless staff have already given it to someone else."""
        if role == AllianceMember.Role.MEMBER or not is_current:
            return role
        if AllianceMember.objects.current().filter(role=role).exists():
            self.report.warnings.append(
                f"Rollen {role!r} er allerede besat; demomedlemmet oprettes som almindeligt medlem."
            )
            return AllianceMember.Role.MEMBER
        return role

    def load_tracks(self, data: dict):
        plain = {"slug", "order", "icon", "is_cross_cutting", "days_ago", "goal", "strategy"}
        texts = ("title", "short_description", "purpose", "description")
        for entry in entries(data, "track", plain, texts):
            strategy = None
            if "strategy" in entry:
                strategy = Strategy.objects.get(slug=entry["strategy"])
            track, created = self.ensure(
                Track,
                {"slug": entry["slug"]},
                lambda entry=entry, strategy=strategy: {
                    "status": PUBLISHED,
                    "publish_from": self.days_ago(entry["days_ago"]),
                    "strategy": strategy,
                    "is_cross_cutting": entry["is_cross_cutting"],
                    "icon": entry.get("icon", Track.Icon.CIRCLE),
                    "order": entry["order"],
                    **translated(entry, *texts),
                },
            )
            if created:
                self.load_goals(track, entry)

    def load_goals(self, track: Track, data: dict):
        goals = entries(data, "goal", {"imprint"}, ("title",))
        for goal_order, goal_data in enumerate(goals, start=1):
            goal = self.add(Goal, track=track, order=goal_order, **translated(goal_data, "title"))
            imprints = entries(goal_data, "imprint", {"status"}, ("text",))
            for imprint_order, imprint_data in enumerate(imprints, start=1):
                imprint = self.add(
                    Imprint, goal=goal, order=imprint_order, **translated(imprint_data, "text")
                )
                for status in entries(imprint_data, "status", {"years_ago", "level"}, ("note",)):
                    self.add(
                        ImprintStatus,
                        imprint=imprint,
                        year=self.today.year - status["years_ago"],
                        level=status["level"],
                        **translated(status, "note"),
                    )

    def load_initiatives(self, data: dict):
        contact = data["contact"]
        plain = {"slug", "order", "phase", "age_from", "age_to", "is_featured", "days_ago"}
        plain |= {"tracks", "partners"}
        texts = ("title", "summary", "body")
        for entry in entries(data, "initiative", plain, texts):
            initiative, created = self.ensure(
                Initiative,
                {"slug": entry["slug"]},
                lambda entry=entry: {
                    "status": PUBLISHED,
                    "publish_from": self.days_ago(entry["days_ago"]),
                    "age_from": entry["age_from"],
                    "age_to": entry["age_to"],
                    "phase": entry["phase"],
                    "is_featured": entry["is_featured"],
                    "order": entry["order"],
                    "contact_name": contact["name"],
                    "contact_email": contact["email"],
                    "contact_phone": contact["phone"],
                    **translated(entry, *texts),
                },
            )
            if created:
                initiative.tracks.set(self.tracks(entry["tracks"]))
                initiative.partners.set(Partner.objects.filter(name__in=entry["partners"]))

    def load_news(self, data: dict):
        plain = {"slug", "days_ago", "initiatives", "tracks"}
        texts = ("title", "summary", "body")
        for entry in entries(data, "news", plain, texts):
            post, created = self.ensure(
                NewsPost,
                {"slug": entry["slug"]},
                lambda entry=entry: {
                    "status": PUBLISHED,
                    "publish_from": self.days_ago(entry["days_ago"]),
                    **translated(entry, *texts),
                },
            )
            if created:
                post.initiatives.set(self.initiatives(entry["initiatives"]))
                post.tracks.set(self.tracks(entry["tracks"]))

    def load_events(self, data: dict):
        plain = {"slug", "days_from_now", "weekday", "start", "end", "address"}
        plain |= {"initiatives", "tracks", "capacity"}
        texts = ("title", "summary", "description", "location", "price")
        for entry in entries(data, "event", plain, texts):
            event, created = self.ensure(
                Event,
                {"slug": entry["slug"]},
                lambda entry=entry: {
                    "status": PUBLISHED,
                    **self.event_times(entry),
                    "address": entry["address"],
                    # A capacity means people sign up here, on the portal.
                    "registration": "capacity" in entry,
                    "capacity": entry.get("capacity"),
                    **translated(entry, *texts),
                },
            )
            if created:
                event.initiatives.set(self.initiatives(entry["initiatives"]))
                event.tracks.set(self.tracks(entry["tracks"]))
                event_registration_sync(event=event)

    def event_day(self, entry: dict) -> date:
        day = self.today + timedelta(days=entry["days_from_now"])
        if "weekday" in entry:
            if entry["weekday"] not in WEEKDAYS:
                raise DemoDataError(f"{entry['slug']}: unknown weekday {entry['weekday']!r}")
            day += timedelta(days=(WEEKDAYS.index(entry["weekday"]) - day.weekday()) % 7)
        return day

    def event_times(self, entry: dict) -> dict:
        day = self.event_day(entry)
        starts_at = at(day, entry["start"])
        return {
            # A month's notice, but an upcoming event is on the calendar from the first load.
            "publish_from": min(starts_at - timedelta(days=30), self.now - timedelta(days=1)),
            "starts_at": starts_at,
            "ends_at": at(day, entry["end"]) if "end" in entry else None,
        }

    def load_pages(self, data: dict):
        texts = ("title", "intro", "body")
        for entry in entries(data, "page", {"key", "days_ago"}, texts):
            self.ensure(
                Page,
                {"key": entry["key"]},
                lambda entry=entry: {
                    "status": PUBLISHED,
                    "publish_from": self.days_ago(entry["days_ago"]),
                    **translated(entry, *texts),
                },
            )

    def load_volunteers(self, data: dict):
        plain = {"slug", "initiative", "children_under_15", "order"}
        texts = ("title", "summary", "description", "time_commitment", "training", "area")
        for entry in entries(data, "role", plain, texts):
            self.ensure(
                VolunteerRole,
                {"slug": entry["slug"]},
                lambda entry=entry: {
                    "initiative": Initiative.objects.get(slug=entry["initiative"]),
                    "children_under_15": entry["children_under_15"],
                    "order": entry["order"],
                    "is_open": True,
                    **translated(entry, *texts),
                },
            )
        plain = {"name", "kind", "area", "address"}
        for entry in entries(data, "institutions", plain):
            self.ensure(
                Institution,
                {"name": entry["name"]},
                lambda entry=entry: {k: v for k, v in entry.items() if k != "name"},
            )
        plain = {"role", "title", "days_from_now", "weekday", "start", "end", "place", "address"}
        plain |= {"capacity", "registration_open", "description"}
        for entry in entries(data, "sessions", plain):
            self.load_session(entry)

    def load_session(self, entry: dict):
        """Through the service, so the occasion is owned and linked like the admin's."""
        label = Session._meta.verbose_name_plural
        if Session.objects.filter(occasion__title=entry["title"]).exists():
            self.report.present[label] += 1
            return
        day = self.event_day({"slug": entry["title"], **entry})
        session_save(
            role=VolunteerRole.objects.get(slug=entry["role"]),
            description=entry["description"],
            title=entry["title"],
            starts_at=at(day, entry["start"]),
            ends_at=at(day, entry["end"]),
            place=entry["place"],
            address=entry["address"],
            capacity=entry["capacity"],
            registration_open=entry["registration_open"],
        )
        self.report.created[label] += 1

    def load_thisted(self, data: dict):
        plain = {"slug", "municipality", "period", "order", "name_da", "name_en"}
        for entry in entries(data, "strategy", plain):
            self.ensure(
                Strategy,
                {"slug": entry["slug"]},
                lambda entry=entry: {k: v for k, v in entry.items() if k != "slug"},
            )
        self.load_tracks(data)

    def load_measurement(self, data: dict):
        plain = {"name", "kind", "area", "address", "per_week", "weeks", "goal"}
        for entry in entries(data, "institution", plain):
            place, created = self.ensure(
                Institution,
                {"name": entry["name"]},
                lambda entry=entry: {k: entry[k] for k in ("kind", "area", "address")},
            )
            if created:
                self.add(
                    BarometerGoal, institution=place, year=self.today.year, minutes=entry["goal"]
                )
                self.load_readings(place, entry["per_week"], entry["weeks"])
        plain = {"track", "goal", "imprint", "initiative", "kind", "direction", "source"}
        plain |= {"counts_people", "baseline_years_ago", "baseline_value", "target_years_ahead"}
        plain |= {"target_value", "values"}
        texts = ("name", "unit", "definition", "source_note")
        for entry in entries(data, "indicator", plain, texts):
            self.load_indicator(entry, texts)
        # The computed indicators get this year's and last year's values at once.
        indicator_values_compute(years=[self.today.year - 1, self.today.year])

    def load_readings(self, place, per_week: int, weeks: int):
        """Entries on the first `per_week` weekdays of each of the last `weeks` weeks; bulk
        made (thousands of rows would take long one by one), all within the models' bounds."""
        rows = []
        for day in range(weeks * 7):
            on = self.today - timedelta(days=day)
            if on.weekday() >= per_week or on.year != self.today.year:
                continue
            rows.append(
                ReadingEntry(
                    institution=place,
                    date=on,
                    minutes=15 + (day * 7) % 20,
                    children=6 + (day * 5) % 12,
                )
            )
        ReadingEntry.objects.bulk_create(rows)
        self.report.created[ReadingEntry._meta.verbose_name_plural] += len(rows)

    def load_indicator(self, entry: dict, texts):
        goal = Goal.objects.filter(track__slug=entry["track"]).order_by("order", "pk")
        goal = list(goal)[entry["goal"] - 1 : entry["goal"]]
        imprints = list(goal[0].imprints.order_by("order", "pk")) if goal else []
        if len(imprints) < entry["imprint"]:
            self.report.warnings.append(f"Indikatoren {entry['name_da']!r}: aftrykket findes ikke.")
            return
        imprint = imprints[entry["imprint"] - 1]
        initiative = Initiative.objects.filter(slug=entry.get("initiative", "")).first()
        indicator, created = self.ensure(
            Indicator,
            {"imprint": imprint, "name_da": fold(entry["name_da"])},
            lambda: {
                "initiative": initiative,
                "kind": entry["kind"],
                "direction": entry["direction"],
                "source": entry.get("source", ""),
                "counts_people": entry["counts_people"],
                "baseline_year": self.today.year - entry["baseline_years_ago"],
                "baseline_value": entry["baseline_value"],
                "target_year": self.today.year + entry["target_years_ahead"],
                "target_value": entry["target_value"],
                **{k: v for k, v in translated(entry, *texts).items() if k != "name_da"},
            },
        )
        if created:
            for years_ago, value in entry["values"]:
                year = self.today.year - years_ago
                self.add(
                    IndicatorValue,
                    indicator=indicator,
                    period_start=date(year, 1, 1),
                    period_end=date(year, 12, 31),
                    value=str(value),
                    source=fold(entry["source_note_da"]),
                    computed_at=self.now,
                )

    def load_helplines(self, data: dict):
        plain = {"name_da", "name_en", "number", "url", "audience", "is_emergency"}
        for order, entry in enumerate(entries(data, "helpline", plain, ("hours", "description"))):
            self.ensure(
                HelpLine,
                {"name_da": entry["name_da"]},
                lambda entry=entry, order=order: {
                    "name_en": entry["name_en"],
                    "number": entry.get("number", ""),
                    "url": entry.get("url", ""),
                    "audience": entry["audience"],
                    "is_emergency": entry.get("is_emergency", False),
                    "order": (order + 1) * 10,
                    **translated(entry, "hours", "description"),
                },
            )

    def load_meetings(self, data: dict):
        """The members' area: meetings through the service (occasion, notices), agendas, approved
        minutes and small PDF documents, so /medlemmer/ shows a living area."""
        from django.core.files.base import ContentFile

        from members import services as members
        from members.documents import tiny_pdf
        from members.models import AgendaItem, Document, Meeting, Minutes

        def document(title, kind, lines, meeting=None):
            existing = Document.objects.filter(title=title).first()
            if existing:
                self.report.present[Document._meta.verbose_name_plural] += 1
                return existing
            upload = ContentFile(tiny_pdf(lines), name=f"{kind}.pdf")
            made = members.document_save(
                document=Document(title=title, kind=kind, meeting=meeting, file=upload),
                upload=upload,
            )
            self.report.created[Document._meta.verbose_name_plural] += 1
            return made

        for entry in entries(data, "document", {"title", "kind", "lines"}):
            document(entry["title"], entry["kind"], entry["lines"])
        plain = {
            "title",
            "days",
            "start",
            "end",
            "place",
            "video_url",
            "agenda",
            "agenda_document",
            "minutes",
        }
        label = Meeting._meta.verbose_name_plural
        for entry in entries(data, "meeting", plain):
            day = self.today + timedelta(days=entry["days"])
            starts = at(day, entry["start"])
            if Meeting.objects.filter(title=entry["title"], starts_at__date=starts.date()).exists():
                self.report.present[label] += 1
                continue
            past = starts <= self.now
            meeting = Meeting.objects.create(
                title=entry["title"],
                starts_at=starts,
                ends_at=at(day, entry["end"]),
                place=entry.get("place", ""),
                video_url=entry.get("video_url", ""),
                # A past meeting went out back then; a coming one is sent out below.
                status=Meeting.Status.PUBLISHED if past else Meeting.Status.DRAFT,
                published_at=starts - timedelta(days=21) if past else None,
            )
            attached = None
            if entry.get("agenda_document"):
                attached = document(
                    entry["agenda_document"],
                    Document.Kind.AGENDA,
                    [entry["agenda_document"], *entry["agenda"]],
                    meeting,
                )
            for number, title in enumerate(entry["agenda"], start=1):
                AgendaItem.objects.create(
                    meeting=meeting,
                    number=number,
                    title=title,
                    document=attached if number == 1 else None,
                )
            members.meeting_save(meeting=meeting, publish=not past)
            if entry.get("minutes"):
                minutes = Minutes.objects.create(meeting=meeting, text=entry["minutes"])
                members.minutes_approve(minutes=minutes, on=day + timedelta(days=45))
            self.report.created[label] += 1

    def load_voices(self, data: dict):
        for order, entry in enumerate(entries(data, "school", {"name"})):
            self.ensure(School, {"name": entry["name"]}, lambda order=order: {"order": order * 10})
        plain = {"kind", "title", "body", "school", "date", "order"}
        for entry in entries(data, "tour", plain):
            self.ensure(
                TourPart,
                {"title": entry["title"]},
                lambda e=entry: {
                    "kind": e["kind"],
                    "body": e["body"].strip(),
                    "school": School.objects.filter(name=e.get("school", "")).first(),
                    "date": e.get("date"),
                    "order": e["order"],
                },
            )
        label = Postcard._meta.verbose_name_plural
        plain = {"text", "school", "age_band", "theme", "days_ago"}
        for entry in entries(data, "postcard", plain):
            # Through the services, so the demo cards are checked and approved like real ones.
            if Postcard.objects.filter(text=entry["text"]).exists():
                self.report.present[label] += 1
                continue
            card = postcard_submit(
                text=entry["text"],
                school=School.objects.filter(name=entry.get("school", "")).first(),
                age_band=entry.get("age_band", ""),
                theme=entry["theme"],
                received_on=self.today - timedelta(days=entry["days_ago"]),
            )
            postcard_approve(card.pk)
            self.report.created[label] += 1


def load_demo(data_dir: Path = DATA_DIR, only: tuple[str, ...] | None = None) -> Report:
    return DemoLoader(data_dir).load(only)
