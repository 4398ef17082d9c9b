"""Personal data: what each app holds about a person, for the person's export and erasure.

Every app that stores something about a person contributes two steps, registered once from
its `AppConfig.ready()` (as pretix's data shredders, one per app):

    personal_data.register(
        self,
        label=_("Frivillig"),
        models=[Volunteer, Application, ChildProtectionCheck],
        export=volunteer_export,  # Person -> Part | None (None: nothing about this person)
        erase=volunteer_erase,  # Person -> None, inside the erasure's transaction
    )

`models` names the tables the steps look after, so a test can walk every model that holds an
address, a phone number or a link to an account and find who looks after it. An app that holds
nothing about anyone says so in a sentence the person reads in their summary (`holds=`). A model
with contact details that are not a person's own data (the secretariat's published contact,
edited as content) is declared with `public(model, why)`.

The registry lives here, below every app, because the apps that contribute include those that
stand beside accounts (notices, signups); `accounts.personal_data` is the capability that runs
the steps: the exports in the order the apps are installed, the erasures in the reverse order,
so each app erases while what it builds on is still there (the visits before the volunteer,
the volunteer before their sign-ups, the sign-ups before the notices, the account last).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.apps import AppConfig
from django.db import models
from django.utils.functional import Promise

# Made-up addresses of erased people end here: .invalid never resolves, nothing is sent there.
ERASED_DOMAIN = "slettet.invalid"


@dataclass
class Person:
    """The person whose data is exported or erased, as the steps see them.

    `emails` holds every address the person is known by (their account's, and those the
    steps find, such as an application's); `identifiers` collects the names, addresses and
    phone numbers the steps erase, so that the last step can take them out of the audit
    trail too, where the entries stay under `pseudonym`.
    """

    user: Any
    now: datetime
    pseudonym: str
    files: bool = True  # an export for a page only (no download) reads no files
    emails: set[str] = field(default_factory=set)
    identifiers: set[str] = field(default_factory=set)

    def remember(self, *values: str, email: bool = False) -> None:
        for value in values:
            value = (value or "").strip()
            if not value:
                continue
            self.identifiers.add(value)
            if email:
                self.emails.add(value.lower())


@dataclass
class Part:
    """What one app holds about the person: `data` for the JSON file, `summary` as Danish
    sentences (one fact each) for the readable summary, `files` beside them (a photo)."""

    data: Any
    summary: list[str]
    files: list[tuple[str, bytes]] = field(default_factory=list)


@dataclass(frozen=True)
class Contributor:
    app_label: str
    label: str | Promise
    models: tuple[type[models.Model], ...]
    export: Callable[[Person], Part | None] | None
    erase: Callable[[Person], None] | None
    holds: str | Promise = ""  # for an app holding nothing: why, in the person's words


_contributors: dict[str, Contributor] = {}
_public: dict[type[models.Model], str | Promise] = {}


def register(
    app: AppConfig,
    *,
    label: str | Promise,
    models: Iterable[type[models.Model]] = (),
    export: Callable[[Person], Part | None] | None = None,
    erase: Callable[[Person], None] | None = None,
    holds: str | Promise = "",
) -> None:
    if export is None and not holds:
        raise ValueError(f"{app.label}: an export step, or `holds=` saying why there is none.")
    _contributors[app.label] = Contributor(
        app_label=app.label,
        label=label,
        models=tuple(models),
        export=export,
        erase=erase,
        holds=holds,
    )


def public(model: type[models.Model], why: str | Promise) -> None:
    """`model` has contact fields, but they are published contact details edited as content,
    not a person's own data."""
    _public[model] = why


def contributors() -> list[Contributor]:
    """In the order the apps are installed (the order their `ready()` ran)."""
    from django.apps import apps

    order = {config.label: n for n, config in enumerate(apps.get_app_configs())}
    return sorted(_contributors.values(), key=lambda c: order.get(c.app_label, len(order)))


def covered_models() -> dict[type[models.Model], str]:
    """Every model some step looks after (its app's label) or declared public (why)."""
    covered: dict[type[models.Model], str] = {}
    for contributor in _contributors.values():
        for model in contributor.models:
            covered[model] = contributor.app_label
    for model, why in _public.items():
        covered.setdefault(model, str(why))
    return covered
