"""Models that moved to another app keep their rows, permissions, group memberships and history.

The database is migrated back to before the move (the tables as they were, the content types
under the old app's label) and forward again, as a deployment from the old code does.
"""

from datetime import time, timedelta

import pytest
from auditlog.models import LogEntry
from django.contrib.admin.models import CHANGE
from django.contrib.admin.models import LogEntry as AdminLogEntry
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.test import Client
from django.utils import timezone

from accounts.models import User
from accounts.roles import ROLES
from institutions.models import BookingRequest, Institution
from members.models import Meeting
from tests.factories import member_user, published_meeting
from tests.volunteers import visit_helpers as make

# Each app's last migration before the move (the moving apps' own migrations undone).
BEFORE_THE_MOVE = [
    ("volunteers", "0003_merge_0002_booking_proposal_0002_consent_text_v1"),
    ("measurement", "0002_roles_for_measurement"),
    ("institutions", None),
    ("alliance", "0006_roles_for_members_area"),
    ("members", None),
]
MOVED = {
    "institutions": ["institution", "bookingrequest"],
    "members": ["meeting", "agendaitem", "minutes", "document"],
}
OLD_LABEL = {"institutions": "volunteers", "members": "alliance"}


def _migrate(targets):
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    ContentType.objects.clear_cache()


def _latest():
    return MigrationExecutor(connection).loader.graph.leaf_nodes()


def _labels(ids) -> set[str]:
    return set(ContentType.objects.filter(pk__in=ids).values_list("app_label", flat=True))


@pytest.mark.django_db(transaction=True)
def test_moving_apps_keeps_rows_permissions_memberships_and_history():
    role = make.role()
    place = make.institution(make.contact(), name="Børnehuset Mælkebøtten")
    volunteer = make.volunteer(role)
    booking = BookingRequest.objects.create(
        institution=place,
        role=role,
        volunteer=volunteer,
        status=BookingRequest.Status.PROPOSED,
        date=timezone.localdate() + timedelta(days=10),
        time_from=time(9),
        time_to=time(10),
        place="Stuen",
        children=12,
    )
    meeting = published_meeting(agenda=["Velkomst"])
    member = member_user(name="Anne Medlem")
    meeting.attendees.add(member.alliance_member)
    moved_types = {
        model: ContentType.objects.get(app_label=app, model=model).pk
        for app, models in MOVED.items()
        for model in models
    }
    # A group with a moved model's permissions and a member, a person with one directly, and
    # the history that points at the moved models' content types.
    group = Group.objects.create(name="Bookinger")
    group_permissions = set(
        Permission.objects.filter(content_type__in=moved_types.values()).values_list(
            "pk", flat=True
        )
    )
    group.permissions.set(group_permissions)
    person = User.objects.create_user(email="gruppe@example.org", password="x", is_staff=True)
    person.groups.add(group)
    direct = User.objects.create_user(email="direkte@example.org", password="x")
    direct.user_permissions.add(Permission.objects.get(codename="delete_bookingrequest"))
    direct.user_permissions.add(Permission.objects.get(codename="member_area"))
    audit = LogEntry.objects.log_create(booking, action=LogEntry.Action.UPDATE, force_log=True)
    meeting_audit = LogEntry.objects.log_create(
        meeting, action=LogEntry.Action.UPDATE, force_log=True
    )
    admin_entry = AdminLogEntry.objects.create(
        user=person,
        content_type_id=moved_types["bookingrequest"],
        object_id=str(booking.pk),
        object_repr=str(booking),
        action_flag=CHANGE,
    )

    _migrate(BEFORE_THE_MOVE)
    # As on the old code: the same content types, under the old apps' labels.
    for app, models in MOVED.items():
        ids = [moved_types[model] for model in models]
        assert _labels(ids) == {OLD_LABEL[app]}

    _migrate(_latest())

    # The same rows in the same tables.
    assert Institution.objects.get(pk=place.pk).contacts.count() == 1
    moved = BookingRequest.objects.get(pk=booking.pk)
    assert moved.volunteer_id == volunteer.pk and moved.institution_id == place.pk
    moved_meeting = Meeting.objects.get(pk=meeting.pk)
    assert [item.title for item in moved_meeting.agenda_items.all()] == ["Velkomst"]
    assert list(moved_meeting.attendees.all()) == [member.alliance_member]
    # The same content type rows, now named after the new apps; so the same permissions,
    # still held by the same group, its member and the person who had one directly.
    for app, models in MOVED.items():
        for model in models:
            assert ContentType.objects.get(app_label=app, model=model).pk == moved_types[model]
    assert _labels(moved_types.values()) == set(MOVED)
    assert set(group.permissions.values_list("pk", flat=True)) == group_permissions
    assert set(person.groups.all()) == {group}
    assert User.objects.get(pk=person.pk).has_perm("institutions.change_bookingrequest")
    assert User.objects.get(pk=direct.pk).has_perm("institutions.delete_bookingrequest")
    assert User.objects.get(pk=direct.pk).has_perm("members.member_area")
    # The history still points at the moved rows.
    assert LogEntry.objects.get(pk=audit.pk).content_type_id == moved_types["bookingrequest"]
    assert LogEntry.objects.get(pk=meeting_audit.pk).content_type_id == moved_types["meeting"]
    assert AdminLogEntry.objects.get(pk=admin_entry.pk).get_edited_object() == moved
    # The roles were synced with accounts/roles.py, which names the new apps.
    for role_ in ROLES:
        granted = {
            f"{p.content_type.app_label}.{p.codename}"
            for p in Group.objects.get(name=role_.name).permissions.select_related("content_type")
        }
        assert granted == set(role_.permissions), role_.key

    # Once more with the roles in place: the role groups keep their very grant rows (none is
    # taken away and given back while one move is done and the other not).
    grants = Group.permissions.through.objects.filter(group__name__in=[r.name for r in ROLES])
    before = set(grants.values_list("pk", flat=True))
    _migrate(BEFORE_THE_MOVE)
    _migrate(_latest())
    assert set(grants.values_list("pk", flat=True)) == before


def test_old_admin_addresses_of_moved_models_lead_to_the_new_ones():
    client = Client()
    for old, new in [
        (
            "/admin/volunteers/bookingrequest/12/change/?_changelist_filters=status",
            "/admin/institutions/bookingrequest/12/change/?_changelist_filters=status",
        ),
        ("/admin/volunteers/institution/", "/admin/institutions/institution/"),
        ("/admin/alliance/meeting/3/change/", "/admin/members/meeting/3/change/"),
        ("/admin/alliance/document/", "/admin/members/document/"),
    ]:
        response = client.get(old)
        assert response.status_code == 301
        assert response["Location"] == new
