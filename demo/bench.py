"""A realistic amount of published content, for `make bench` (`manage.py load_bench_content`).

Loads the demo content first (the tracks, partners and pages the bench content links to), then
bulk-creates published initiatives, news posts and events in both languages, linked to the
tracks, the partners and each other. The rows are numbered (`bench-initiativ-0001`, …), so the
command is idempotent: a second run with the same counts creates nothing, a larger count only
adds the missing rows, and no existing row is ever changed.

Unlike the demo content, these generated rows are written with `bulk_create`, so that filling
the benchmark's database takes seconds. That sends no signals: at the end the search documents
are stored (`update_search_index`) and the page cache is cleared here instead.
"""

from collections import Counter
from datetime import timedelta
from io import StringIO
from itertools import cycle

from django.core.management import call_command
from django.db import models, transaction
from django.utils import timezone, translation

from alliance.models import Partner
from core.cache import bump_page_cache_version
from demo.loader import load_demo
from initiatives.models import Event, Initiative, NewsPost
from tracks.models import Track

PUBLISHED = "published"
BATCH_SIZE = 500

THEMES = [
    ("Læsestund", "Reading hour"),
    ("Legepatrulje", "Play patrol"),
    ("Fritidspas", "Leisure pass"),
    ("Ungeråd", "Youth council"),
    ("Familiecafé", "Family café"),
    ("Lektiecafé", "Homework café"),
    ("Naturspirer", "Nature sprouts"),
    ("Musikværksted", "Music workshop"),
    ("Sprogleg", "Language play"),
    ("Mentorordning", "Mentoring scheme"),
    ("Åben hal", "Open sports hall"),
    ("Madklub", "Cooking club"),
]
PLACES = [
    "Hvalsø",
    "Kirke Hyllinge",
    "Allerslev",
    "Osted",
    "Lejre",
    "Kirke Såby",
    "Gevninge",
    "Bramsnæs",
    "Kirke Eskilstrup",
    "Ejby",
]
AGE_RANGES = [(0, 5), (2, 6), (6, 12), (10, 15), (13, 17), (15, 25), (0, 17), (18, 25)]
PHASES = ["active", "active", "planned", "completed"]


def numbered(prefix: str, count: int) -> list[str]:
    return [f"bench-{prefix}-{number:04d}" for number in range(1, count + 1)]


def body_da(theme: str, place: str, number: int) -> str:
    readers = (
        "<p>Frivillige Læseheste kommer forbi hver anden uge, og en læsehest har altid en "
        "stak nye billedbøger med.</p>"
        if number % 5 == 0
        else ""
    )
    return (
        f"<h2>Om {theme.lower()} i {place}</h2>"
        f"<p>{theme} samler børn, unge og voksne i {place} om noget, de har lyst til sammen. "
        "Dagtilbud, skole, SFO og foreninger planlægger det i fællesskab, så ingen står uden "
        "for fællesskabet, og så det er let at komme med første gang.</p>"
        f"{readers}"
        "<ul><li>Gratis at deltage</li><li>Ingen tilmelding de første gange</li>"
        "<li>Forældre er velkomne</li></ul>"
        "<p>Har du spørgsmål, så skriv til sekretariatet for +DIG eller kig forbi en af "
        "dagene. Vi følger løbende op på, hvad der virker, sammen med deltagerne.</p>"
    )


def body_en(theme: str, place: str, number: int) -> str:
    readers = (
        "<p>Volunteer readers (Frivillige Læseheste) visit every other week.</p>"
        if number % 5 == 0
        else ""
    )
    return (
        f"<h2>About {theme.lower()} in {place}</h2>"
        f"<p>{theme} brings children, young people and adults in {place} together. Daycare, "
        "school, after-school care and local clubs plan it together, so nobody is left out.</p>"
        f"{readers}"
        "<p>Questions? Write to the +DIG secretariat or drop by on one of the days.</p>"
    )


class BenchContentError(ValueError):
    """There is nothing for the bench rows to hang on."""


class BenchLoader:
    """Creates the numbered bench rows that are missing; returns the counts it created."""

    def load(self, initiatives: int, news: int, events: int) -> tuple[Counter, list[str]]:
        warnings = load_demo().warnings
        self.created = Counter()
        self.now = timezone.now()
        with translation.override("da"), transaction.atomic():
            self.tracks = list(Track.objects.published().order_by("order", "pk"))
            if not self.tracks:
                raise BenchContentError(
                    "Der er ingen offentliggjorte indsatsspor at knytte indhold til."
                )
            self.partners = list(Partner.objects.order_by("order", "pk"))
            self.load_initiatives(initiatives)
            self.initiative_ids = list(
                Initiative.objects.filter(slug__startswith="bench-").values_list("pk", flat=True)
            )
            self.load_news(news)
            self.load_events(events)
            # bulk_create sends no post_save: store the search documents and clear the cached
            # pages ourselves.
            if self.created.total():
                call_command("update_search_index", stdout=StringIO())
            transaction.on_commit(bump_page_cache_version)
        return self.created, warnings

    # --- helpers ---------------------------------------------------------------------------

    def create(self, model: type[models.Model], label: str, rows: dict[str, dict]) -> list:
        """Bulk-create the rows whose slug is missing; return the new rows with their keys."""
        existing = set(
            model._default_manager.filter(slug__in=list(rows)).values_list("slug", flat=True)
        )
        new = [model(slug=slug, **fields) for slug, fields in rows.items() if slug not in existing]
        model._default_manager.bulk_create(new, batch_size=BATCH_SIZE)
        self.created[label] += len(new)
        # Looked up again: not every database returns the primary keys from a bulk insert.
        return list(model._default_manager.filter(slug__in=[row.slug for row in new]))

    @staticmethod
    def link(model: type[models.Model], field: str, pairs: list[tuple[int, int]]) -> None:
        relation = model._meta.get_field(field)
        through = relation.remote_field.through
        source, target = relation.m2m_field_name(), relation.m2m_reverse_field_name()
        through.objects.bulk_create(
            [through(**{f"{source}_id": a, f"{target}_id": b}) for a, b in pairs],
            batch_size=BATCH_SIZE,
            ignore_conflicts=True,
        )

    def some_tracks(self, number: int) -> list[Track]:
        first = self.tracks[number % len(self.tracks)]
        second = self.tracks[(number * 3 + 1) % len(self.tracks)]
        return [first] if first == second or number % 2 else [first, second]

    # --- loaders ---------------------------------------------------------------------------

    def load_initiatives(self, count: int) -> None:
        rows = {}
        ages, phases = cycle(AGE_RANGES), cycle(PHASES)
        for number, slug in enumerate(numbered("initiativ", count), start=1):
            (theme_da, theme_en), place = THEMES[number % len(THEMES)], PLACES[number % 10]
            age_from, age_to = next(ages)
            rows[slug] = {
                "status": PUBLISHED,
                "publish_from": self.now - timedelta(days=30 + number),
                "title_da": f"{theme_da} i {place} {number}",
                "title_en": f"{theme_en} in {place} {number}",
                "summary_da": (
                    f"{theme_da} for børn og unge i {place}: et fast, gratis tilbud, som "
                    "skole, dagtilbud og foreninger står for sammen."
                ),
                "summary_en": (
                    f"{theme_en} for children and young people in {place}, run jointly by "
                    "schools, daycare and local clubs."
                ),
                "body_da": body_da(theme_da, place, number),
                "body_en": body_en(theme_en, place, number),
                "age_from": age_from,
                "age_to": age_to,
                "phase": next(phases),
                "order": 100 + number % 50,
                "contact_name": "Sekretariatet for +DIG",
                "contact_email": "sekretariat@example.org",
            }
        new = self.create(Initiative, "initiativer", rows)
        self.link(
            Initiative,
            "tracks",
            [(row.pk, track.pk) for row in new for track in self.some_tracks(row.pk)],
        )
        if self.partners:
            partners = self.partners
            self.link(
                Initiative,
                "partners",
                [(row.pk, partners[row.pk % len(partners)].pk) for row in new],
            )

    def load_news(self, count: int) -> None:
        rows = {}
        for number, slug in enumerate(numbered("nyhed", count), start=1):
            (theme_da, theme_en), place = THEMES[number % len(THEMES)], PLACES[number % 10]
            rows[slug] = {
                "status": PUBLISHED,
                "publish_from": self.now - timedelta(days=number, hours=number % 9),
                "title_da": f"Nyt fra {theme_da.lower()} i {place} ({number})",
                "title_en": f"News from {theme_en.lower()} in {place} ({number})",
                "summary_da": f"Sådan gik det, da {theme_da.lower()} i {place} samlede børn.",
                "summary_en": f"How it went when {theme_en.lower()} in {place} met.",
                "body_da": body_da(theme_da, place, number),
                "body_en": body_en(theme_en, place, number),
            }
        new = self.create(NewsPost, "nyheder", rows)
        self.link_to_initiatives_and_tracks(NewsPost, new)

    def load_events(self, count: int) -> None:
        rows = {}
        # Three in five lie in the past, the rest ahead, spread two days apart.
        first_day = self.now.replace(hour=16, minute=0, second=0, microsecond=0) - timedelta(
            days=2 * (count * 3 // 5)
        )
        for number, slug in enumerate(numbered("arrangement", count), start=1):
            (theme_da, theme_en), place = THEMES[number % len(THEMES)], PLACES[number % 10]
            starts_at = first_day + timedelta(days=2 * number)
            rows[slug] = {
                "status": PUBLISHED,
                "publish_from": min(starts_at - timedelta(days=30), self.now - timedelta(days=1)),
                "starts_at": starts_at,
                "ends_at": starts_at + timedelta(hours=2),
                "title_da": f"{theme_da}: åbent hus i {place} ({number})",
                "title_en": f"{theme_en}: open house in {place} ({number})",
                "summary_da": f"Kom og prøv {theme_da.lower()} sammen med os i {place}.",
                "summary_en": f"Come and try {theme_en.lower()} with us in {place}.",
                "description_da": body_da(theme_da, place, number),
                "description_en": body_en(theme_en, place, number),
                "location_da": f"Kulturhuset i {place}",
                "location_en": f"The culture house in {place}",
                "address": f"Hovedgaden {number % 40 + 1}, {place}",
            }
        new = self.create(Event, "arrangementer", rows)
        self.link_to_initiatives_and_tracks(Event, new)

    def link_to_initiatives_and_tracks(self, model: type[models.Model], rows: list) -> None:
        if self.initiative_ids:
            ids = self.initiative_ids
            self.link(model, "initiatives", [(row.pk, ids[row.pk % len(ids)]) for row in rows])
        self.link(
            model,
            "tracks",
            [(row.pk, track.pk) for row in rows for track in self.some_tracks(row.pk)],
        )
