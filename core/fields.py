"""Model fields of our own."""

from django.db import models


def normalise_email(address: str) -> str:
    """The one spelling of an e-mail address the portal stores and compares: no surrounding
    space, all lower case.

    The local part is lower-cased too. The standard lets a mail server treat `Anne` and `anne`
    as two mailboxes, but none that people here use does, and allauth lower-cases the whole
    address in every login, reset and code lookup; two accounts differing only in case would
    be a trap, never two people.
    """
    return address.strip().lower()


class LowercaseEmailField(models.EmailField):
    """An address that identifies a person: stored normalised, and every lookup against it
    (`email=`, `__in`, a model form's uniqueness check) normalises the value it is given, so
    no caller can get the case wrong."""

    def to_python(self, value):
        value = super().to_python(value)
        return normalise_email(value) if isinstance(value, str) else value

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        return normalise_email(value) if isinstance(value, str) else value

    def pre_save(self, model_instance, add):
        value = getattr(model_instance, self.attname)
        if isinstance(value, str):
            value = normalise_email(value)
            setattr(model_instance, self.attname, value)
        return value


class EmailClash(Exception):
    """Normalising would make two rows one address where the address must be unique."""


def normalise_stored_emails(apps, model: str, fields: tuple[str, ...], unique=()) -> None:
    """A data migration step: normalise `fields` of `model` ("app_label.Model") in place.

    `unique` lists the rules under which an address must be unique, as (fields, filter)
    pairs, e.g. `(("occasion", "email"), {"status__in": [...]})`. If normalising would make two
    rows break one of them, nothing is changed and the migration stops with an `EmailClash`
    naming the addresses and rows, for a person to merge or correct them first.
    """
    Model = apps.get_model(model)
    clashes = []
    for key_fields, condition in unique:
        groups: dict[tuple, list] = {}
        for row in Model.objects.filter(**(condition or {})).values("pk", *key_fields):
            key = tuple(
                normalise_email(row[name]) if name in fields else row[name] for name in key_fields
            )
            groups.setdefault(key, []).append(row)
        for rows in groups.values():
            if len(rows) > 1:
                described = ", ".join(
                    f"{row[name]!r} (id {row['pk']})"
                    for row in rows
                    for name in key_fields
                    if name in fields
                )
                clashes.append(f"{model}: {described}")
    if clashes:
        raise EmailClash(
            "These e-mail addresses differ only in upper/lower case and would become the same "
            "address, which must be unique here. Merge or correct them, then migrate again:\n  "
            + "\n  ".join(clashes)
        )
    for name in fields:
        for pk, value in Model.objects.values_list("pk", name):
            if value and value != normalise_email(value):
                Model.objects.filter(pk=pk).update(**{name: normalise_email(value)})
