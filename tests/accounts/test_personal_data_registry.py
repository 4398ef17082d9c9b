"""Every table that holds something about a person has an app that exports and erases it
(core/personal_data.py): walked over every installed model, the libraries' included."""

import pytest
from django.apps import apps
from django.conf import settings
from django.db import models

from core import personal_data

PERSONAL_NAMES = {"phone", "email", "recipient"}


def personal_fields(model) -> list[str]:
    """The model's own fields that hold an address, a phone number or a link to an account."""
    user_model = apps.get_model(settings.AUTH_USER_MODEL)
    found = []
    for field in model._meta.get_fields():
        if field.auto_created and not field.concrete:
            continue  # a reverse relation: it belongs to the other model
        if (
            (field.is_relation and field.related_model is user_model)
            or isinstance(field, models.EmailField)
            or field.name in PERSONAL_NAMES
            or field.name.endswith(("_email", "_phone"))
        ):
            found.append(field.name)
    return found


def holding_models() -> dict[str, list[str]]:
    models_with = ((model, personal_fields(model)) for model in apps.get_models())
    return {model._meta.label: fields for model, fields in models_with if fields}


def test_the_walk_finds_the_tables_that_hold_people():
    # The walk would pass vacuously if it missed the obvious ones.
    assert {
        "accounts.User",
        "signups.SignUp",
        "notices.Notice",
        "volunteers.Application",
        "volunteers.Volunteer",
        "institutions.Institution",
        "alliance.AllianceMember",
        "measurement.ReadingEntry",
        "auditlog.LogEntry",
        "admin.LogEntry",
        "account.EmailAddress",
        "mfa.Authenticator",
        "reversion.Revision",
    } <= set(holding_models())


def test_every_model_holding_personal_data_has_an_app_that_exports_and_erases_it():
    covered = {model._meta.label for model in personal_data.covered_models()}
    missing = {label: fields for label, fields in holding_models().items() if label not in covered}
    assert missing == {}


def test_each_step_is_the_owning_apps_and_each_app_with_data_erases_it():
    by_app = {c.app_label: c for c in personal_data.contributors()}
    assert {
        "accounts",
        "notices",
        "signups",
        "volunteers",
        "institutions",
        "members",
        "measurement",
        "voices",
    } <= set(by_app)
    for contributor in by_app.values():
        if contributor.holds:
            assert contributor.export is None and contributor.erase is None
            assert not contributor.models
        else:
            assert contributor.export is not None and contributor.erase is not None
            assert contributor.models, contributor.app_label


def test_voices_says_it_holds_nothing_because_postcards_are_anonymous():
    voices = next(c for c in personal_data.contributors() if c.app_label == "voices")
    assert "anonyme" in str(voices.holds)
    from voices.models import Postcard

    assert personal_fields(Postcard) == []


def test_public_contact_details_are_declared_with_a_reason():
    public = {model._meta.label: why for model, why in personal_data._public.items()}
    assert set(public) == {"alliance.SecretariatContact", "initiatives.Initiative"}
    assert all(str(why) for why in public.values())


@pytest.mark.parametrize(
    "upper, lower",
    [
        ("institutions", "volunteers"),  # a visit goes back before the volunteer goes
        ("volunteers", "signups"),  # the volunteer leaves before their places are freed
        ("members", "signups"),
        ("signups", "notices"),
        ("notices", "accounts"),  # the account last
    ],
)
def test_the_apps_above_erase_first(upper, lower):
    order = [c.app_label for c in reversed(personal_data.contributors())]
    assert order.index(upper) < order.index(lower)
