"""The portal's roles: Django groups with exactly these permissions, made by data migrations.

A person may hold several roles. Staff roles open the admin; roles that see personal data need a
second factor. An app that adds models adds their permissions to a role here and ships a data
migration that calls `sync_roles` again (a test checks the database matches this file).
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

CRUD = ("add", "change", "delete", "view")


@dataclass(frozen=True)
class Role:
    key: str
    name: str  # the group's name, as staff see it in the admin
    description: str
    staff: bool  # opens the admin
    second_factor: bool  # sees personal data: two-factor login required
    permissions: tuple[str, ...]  # "app_label.codename"
    # Beyond holding `permissions`: the permission whose holders look after accounts with this
    # role (hand it out, change, close them). A volunteer's role has no permissions of its own,
    # yet its account and børneattest are the coordinators', not every editor's.
    looked_after_with: str | None = None


def _all(app_label: str, *models: str) -> tuple[str, ...]:
    return tuple(f"{app_label}.{action}_{model}" for model in models for action in CRUD)


EDITOR = Role(
    key="editor",
    name="Redaktør i sekretariatet",
    description=_("Redigerer alt offentligt indhold og inviterer brugere."),
    staff=True,
    second_factor=True,
    permissions=(
        *_all("tracks", "strategy", "track", "goal", "imprint", "imprintstatus"),
        # Indicators, their values and the yearly word on each goal; the barometer's entries
        # only to read (institutions log and correct their own).
        *_all("measurement", "indicator", "indicatorvalue", "goalassessment"),
        "measurement.view_readingentry",
        *_all("initiatives", "initiative", "newspost", "event"),
        *_all("alliance", "alliancemember", "partner", "secretariatcontact"),
        # The members' area: meetings, agendas, minutes and documents, and seeing it as members do.
        *_all("members", "meeting", "agendaitem", "minutes", "document"),
        "members.member_area",
        *_all("pages", "page", "helpline"),
        # Volunteer roles are public content (/bliv-frivillig/); the consent wording too.
        *_all("volunteers", "volunteerrole", "consenttext"),
        # #Ungebussen's tour and the school list on the postcard form are public content; staff
        # type in paper postcards (the moderators then read them like any other).
        *_all("voices", "tourpart", "school"),
        "voices.add_paperbatch",
        "voices.view_paperbatch",
        # Who registered for an event.
        "signups.view_occasion",
        "signups.view_signup",
        "accounts.view_user",
        "accounts.change_user",
        "accounts.add_invitation",
        "accounts.view_invitation",
        "auditlog.view_logentry",
    ),
)
COORDINATOR = Role(
    key="coordinator",
    name="Frivilligkoordinator",
    description=_("Behandler frivilliges ansøgninger og børneattester og fordeler frivillige."),
    staff=True,
    second_factor=True,
    permissions=(
        "volunteers.view_volunteerrole",
        "volunteers.view_application",
        "volunteers.change_application",
        *_all("volunteers", "volunteer", "childprotectioncheck", "session"),
        *_all("institutions", "institution", "bookingrequest"),
        # Coordinators look after the institutions, barometer included (and so may invite
        # institution contacts: they hold every permission that role has).
        *_all("measurement", "readingentry", "barometersettings", "barometergoal"),
        *_all("signups", "occasion", "signup"),
        "notices.view_notice",
        # Volunteers' and institution contacts' accounts are theirs to look after
        # (accounts.selectors.manageable_by says whose exactly).
        "accounts.view_user",
        "accounts.change_user",
        "accounts.add_invitation",
        "accounts.view_invitation",
    ),
)
MODERATOR = Role(
    key="moderator",
    name="Moderator af unges stemmer",
    description=_("Læser og godkender unges postkort."),
    staff=True,
    second_factor=True,
    permissions=(
        "voices.moderate_postcard",
        "voices.view_postcard",
        "voices.change_postcard",
        *_all("voices", "riskword", "paperbatch"),
        "voices.view_school",
    ),
)
LEAD = Role(
    key="lead",
    name="Leder af sekretariatet",
    description=_(
        "Får besked, når et bekymrende postkort fra en ung ikke er læst inden for den aftalte tid."
    ),
    staff=True,
    second_factor=True,
    # Told, not a reader: a lead who also reads the cards holds the moderator role too.
    permissions=("voices.receive_risk_escalation",),
)
MEMBER = Role(
    key="member",
    name="Medlem af alliancegruppen",
    description=_("Har adgang til medlemsområdet med møder, dokumenter og medlemsliste."),
    staff=False,
    second_factor=True,
    # Counts only while the person's entry in the alliance group is current (members/apps.py).
    permissions=("members.member_area",),
)
INSTITUTION = Role(
    key="institution",
    name="Institutionskontakt",
    description=_("Booker læseheste og registrerer højtlæsning for sin institution."),
    staff=False,
    # Sees only its own institution's bookings; a daycare phone in a hurry must get in.
    second_factor=False,
    # Requests visits and sees their status; the queryset's visible_to() keeps it to the
    # contact's own institutions.
    # Logs read-aloud in the barometer and corrects its own entries for a week, sets its goal
    # and reminders (measurement's selectors keep it to the contact's own institutions).
    permissions=(
        "institutions.add_bookingrequest",
        "institutions.view_bookingrequest",
        "measurement.add_readingentry",
        "measurement.change_readingentry",
        "measurement.view_readingentry",
        "measurement.change_barometersettings",
    ),
)
VOLUNTEER = Role(
    key="volunteer",
    name="Frivillig",
    description=_("Ser sine egne ansøgninger, vagter og data på Mine sider."),
    staff=False,
    second_factor=False,  # may turn it on
    permissions=(),
    looked_after_with="volunteers.change_volunteer",
)

ROLES = (EDITOR, COORDINATOR, MODERATOR, LEAD, MEMBER, INSTITUTION, VOLUNTEER)
BY_KEY = {role.key: role for role in ROLES}
BY_NAME = {role.name: role for role in ROLES}


def roles_of(user) -> list[Role]:
    """The user's roles (cached on the user object for the request)."""
    if not user.is_authenticated:
        return []
    cached = getattr(user, "_portal_roles", None)
    if cached is None:
        names = {group.name for group in user.groups.all()}
        cached = [role for role in ROLES if role.name in names]
        user._portal_roles = cached
    return cached


def sync_roles(apps, schema_editor=None) -> None:
    """Create the role groups and give each exactly its permissions (a data migration step).

    Uses the migration's historical models. Permissions of apps not migrated yet are left out;
    their own later migration calls this again.
    """
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True  # historical apps: let create_permissions see models
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for role in ROLES:
        group, _created = Group.objects.get_or_create(name=role.name)
        wanted = [tuple(name.split(".", 1)) for name in role.permissions]
        found = [
            permission
            for app_label, codename in wanted
            for permission in Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            )
        ]
        group.permissions.set(found)
