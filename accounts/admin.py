from django import forms
from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from core.errors import ApplicationError
from core.permissions import forbidden

from . import personal_data, services
from .models import Invitation, User
from .roles import BY_NAME
from .selectors import invitations_visible_to, manageable_by, may_manage

PASSWORD_HELP = _(
    "Adgangskoder sættes ikke her. Personen vælger selv en ny med »Glemt adgangskode« på "
    "login-siden; frivillige logger ind med en kode, de får på e-mail."
)


def _role_groups(granter) -> forms.ModelMultipleChoiceField:
    names = [role.name for role in services.grantable_roles(granter)]
    return forms.ModelMultipleChoiceField(
        queryset=Group.objects.filter(name__in=names).order_by("name"),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        label=_("Roller"),
        help_text=_(
            "Man kan have flere roller. Du kan kun give roller, du selv har rettighederne til."
        ),
    )


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    """People's accounts, each shown only to those who may look after it
    (accounts.selectors.manageable_by): the list, the change form, the actions."""

    ordering = ["email"]
    list_display = ["email", "first_name", "last_name", "role_names", "is_active", "last_login"]
    list_filter = ["groups", "is_active", "is_superuser"]
    search_fields = ["email", "first_name", "last_name"]
    # The address is the login: whoever could change it could reset the password and log in
    # as the person. People change their own at /konto/email/, confirmed by a mail.
    readonly_fields = [
        "email",
        "login_help",
        "is_staff",
        "last_login",
        "date_joined",
        "personal_data_erase",
    ]
    actions = ["deactivate"]

    def get_fieldsets(self, request, obj=None):
        rights = ["is_active", "groups", "is_staff"]
        if request.user.is_superuser:
            rights += ["is_superuser", "user_permissions"]
        fieldsets = (
            (None, {"fields": ("email", "login_help")}),
            (_("Navn"), {"fields": ("first_name", "last_name")}),
            (_("Adgang"), {"fields": rights}),
            (_("Datoer"), {"fields": ("last_login", "date_joined")}),
        )
        # One's own data is erased by someone else (accounts/personal_data.py).
        if (
            obj is not None
            and obj.pk != request.user.pk
            and (obj.erased_at is not None or personal_data.may_erase(request.user, obj))
        ):
            fieldsets += ((_("Personlige data"), {"fields": ("personal_data_erase",)}),)
        return fieldsets

    def get_readonly_fields(self, request, obj=None):
        if obj is not None and obj.pk == request.user.pk:
            return [*self.readonly_fields, "is_active"]  # nobody closes their own account
        return self.readonly_fields

    def get_queryset(self, request):
        return (
            manageable_by(request.user)
            .prefetch_related("groups")
            .order_by(*self.get_ordering(request))
        )

    def has_add_permission(self, request):
        return False  # accounts come from invitations and volunteer applications

    def has_view_permission(self, request, obj=None):
        allowed = super().has_view_permission(request, obj)
        return allowed and (obj is None or manageable_by(request.user).filter(pk=obj.pk).exists())

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        return allowed and (obj is None or may_manage(request.user, obj))

    def has_delete_permission(self, request, obj=None):
        allowed = super().has_delete_permission(request, obj)
        return allowed and (obj is None or may_manage(request.user, obj))

    def user_change_password(self, request, id, form_url=""):
        # Nobody sets another person's password, superusers included: a password someone else
        # chose is a secret two people know, and it would let them log in as the person.
        return forbidden(request, message=PASSWORD_HELP)

    @admin.display(description=_("adgangskode"))
    def login_help(self, user):
        return PASSWORD_HELP

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "groups":
            return _role_groups(request.user)
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    @admin.display(description=_("roller"))
    def role_names(self, user):
        return ", ".join(group.name for group in user.groups.all())

    @admin.display(description=_("slet personens data"))
    def personal_data_erase(self, user):
        if user.erased_at is not None:
            return _("Personens data er slettet (%s).") % user.pseudonym
        url = reverse("admin:accounts_user_erase", args=[user.pk])
        return format_html('<a href="{}">{}</a>', url, _("Slet personens data …"))

    def get_urls(self):
        erase = self.admin_site.admin_view(self.erase_view)
        return [
            path("<int:pk>/slet-data/", erase, name="accounts_user_erase"),
            *super().get_urls(),
        ]

    def erase_view(self, request, pk):
        """Erase another person's data (accounts/personal_data.py): GET shows what the portal
        holds about them, POST erases it. A staff account is erased this way only, by someone
        who may look after it; nobody erases their own here."""
        target = self.get_queryset(request).filter(pk=pk).first()
        if target is None:
            raise Http404
        if target.pk == request.user.pk or not personal_data.may_erase(request.user, target):
            return forbidden(request, message=_("Du kan ikke slette denne persons data."))
        change_url = reverse("admin:accounts_user_change", args=[target.pk])
        if request.method == "POST":
            try:
                personal_data.person_erase(user=target, by=request.user)
            except ApplicationError as error:
                messages.error(request, error.message)
                return HttpResponseRedirect(change_url)
            messages.success(
                request,
                _("Personens data er slettet. Handlingerne i revisionsloggen står under %s.")
                % target.pseudonym,
            )
            return HttpResponseRedirect(reverse("admin:accounts_user_changelist"))
        context = {
            **self.admin_site.each_context(request),
            "title": _("Slet personens data"),
            "opts": self.model._meta,
            "original": target,
            "target": target,
            "sections": personal_data.person_export(target, files=False),
            "change_url": change_url,
        }
        return TemplateResponse(request, "admin/accounts/user/erase.html", context)

    def save_related(self, request, form, formsets, change):
        if "groups" not in form.cleaned_data:
            return super().save_related(request, form, formsets, change)
        # Roles the editor may not hand out stay as they were; is_staff follows the roles.
        chosen = set(form.cleaned_data["groups"])
        offered = set(form.fields["groups"].queryset)
        kept = set(form.instance.groups.exclude(pk__in=[g.pk for g in offered]))
        form.cleaned_data["groups"] = list(chosen | kept)
        super().save_related(request, form, formsets, change)
        roles = [BY_NAME[g.name] for g in form.instance.groups.all() if g.name in BY_NAME]
        services.user_set_roles(user=form.instance, roles=roles, by=None)

    @admin.action(description=_("Luk de valgte konti"), permissions=["change"])
    def deactivate(self, request, queryset):
        closed = 0
        for user in queryset.filter(is_active=True):
            try:
                services.user_deactivate(user=user, by=request.user)
                closed += 1
            except PermissionDenied as refused:
                self.message_user(request, str(refused), messages.WARNING)
        if closed:
            self.message_user(
                request, _("%d konto(er) lukket. De kan ikke logge ind.") % closed, messages.SUCCESS
            )


class InvitationForm(forms.ModelForm):
    class Meta:
        model = Invitation
        fields = ["email"]

    def clean_email(self):
        email = User.objects.normalize_email(self.cleaned_data["email"])
        if User.objects.filter(email=email).exists():
            raise ValidationError(
                _(
                    "Der findes allerede en bruger med denne e-mailadresse. Giv vedkommende "
                    "rollen under Brugere i stedet."
                )
            )
        return email


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    form = InvitationForm
    list_display = ["email", "state", "role_names", "invited_by", "created_at", "expires_at"]
    list_select_related = ["invited_by"]
    search_fields = ["email"]
    actions = ["resend"]
    readonly_fields = ["roles_display", "invited_by", "created_at", "expires_at", "accepted_at"]

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        if obj is None:
            form.base_fields["roles"] = _role_groups(request.user)
            form.base_fields["roles"].required = True
        return form

    def get_fields(self, request, obj=None):
        if obj is None:
            return ["email", "roles"]
        return ["email", "roles_display", "invited_by", "created_at", "expires_at", "accepted_at"]

    def get_readonly_fields(self, request, obj=None):
        return [*self.readonly_fields, "email"] if obj else []

    def has_change_permission(self, request, obj=None):
        return False  # an invitation is sent as it is; "send again" gives it a new link

    def get_queryset(self, request):
        return invitations_visible_to(request.user).prefetch_related("roles")

    @admin.display(description=_("status"))
    def state(self, invitation):
        if invitation.accepted_at:
            return _("Taget i brug")
        return _("Udløbet") if invitation.is_expired else _("Venter")

    @admin.display(description=_("roller"))
    def role_names(self, invitation):
        return ", ".join(group.name for group in invitation.roles.all())

    roles_display = role_names

    def save_model(self, request, obj, form, change):
        roles = [BY_NAME[g.name] for g in form.cleaned_data["roles"] if g.name in BY_NAME]
        created = services.invitation_create(
            email=form.cleaned_data["email"], roles=roles, invited_by=request.user
        )
        obj.pk = created.pk
        obj.refresh_from_db()

    def save_related(self, request, form, formsets, change):
        pass  # the service set the roles

    @admin.action(description=_("Send invitationen igen med et nyt link"), permissions=["add"])
    def resend(self, request, queryset):
        sent = 0
        for invitation in queryset:
            try:
                services.invitation_resend(invitation=invitation, by=request.user)
                sent += 1
            except ValidationError:
                self.message_user(
                    request,
                    _("%s har allerede taget invitationen i brug.") % invitation.email,
                    messages.WARNING,
                )
        if sent:
            self.message_user(request, _("%d invitation(er) sendt igen.") % sent, messages.SUCCESS)
