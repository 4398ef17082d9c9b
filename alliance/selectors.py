"""Read queries for the alliance page."""

from .models import AllianceMember, Partner, SecretariatContact


def alliance_overview() -> dict:
    members = list(AllianceMember.objects.all())
    return {
        "current_members": [m for m in members if m.is_current],
        "former_members": [m for m in members if not m.is_current],
        "partners": Partner.objects.all(),
        "secretariat": SecretariatContact.objects.all(),
    }


def secretariat_contacts():
    return SecretariatContact.objects.all()
