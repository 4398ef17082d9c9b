from django import forms
from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from . import services
from .models import Invitation, User
from .roles import BY_NAME


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
    ordering = ["email"]
    list_display = ["email", "first_name", "last_name", "role_names", "is_active", "last_login"]
    list_filter = ["groups", "is_active", "is_superuser"]
    search_fields = ["email", "first_name", "last_name"]
    readonly_fields = ["is_staff", "last_login", "date_joined"]
    add_fieldsets = ((None, {"classes": ("wide",), "fields": ("email", "password1", "password2")}),)

    def get_fieldsets(self, request, obj=None):
        if obj is None:
            return self.add_fieldsets
        rights = ["is_active", "groups", "is_staff"]
        if request.user.is_superuser:
            rights += ["is_superuser", "user_permissions"]
        return (
            (None, {"fields": ("email", "password")}),
            (_("Navn"), {"fields": ("first_name", "last_name")}),
            (_("Adgang"), {"fields": rights}),
            (_("Datoer"), {"fields": ("last_login", "date_joined")}),
        )

    def get_queryset(self, request):
        queryset = super().get_queryset(request).prefetch_related("groups")
        if request.user.is_superuser:
            return queryset
        # Only the system owner touches superusers, and nobody touches an account holding a
        # role they may not hand out (its e-mail or password would be theirs to take over).
        grantable = [role.name for role in services.grantable_roles(request.user)]
        beyond = Group.objects.exclude(name__in=grantable)
        return queryset.filter(is_superuser=False).exclude(groups__in=beyond)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "groups":
            return _role_groups(request.user)
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    @admin.display(description=_("roller"))
    def role_names(self, user):
        return ", ".join(group.name for group in user.groups.all())

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
        return super().get_queryset(request).prefetch_related("roles")

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
