"""Who may do what: the one permission mechanism every page, queryset and the admin use.

A permission is Django's own (`app_label.codename`, granted through the role groups that
`accounts` makes). On top of it sits the second factor: a person whose roles let them see
personal data must have one before any permission counts. `accounts` decides who needs it and
whether they have it, and plugs that in here with `set_second_factor_policy`, so `core` itself
imports no app.

- `may(user, perm)`: the yes/no question, for code and querysets.
- `may_preview(user, model)`: whether the viewer sees drafts and scheduled items of `model`.
- `set_permission_condition(perm, check)`: a permission that counts only while `check(user)`
  holds, asked on every request (the members' area: only while the membership is current).
- `@private(perm)`: a view for signed-in people with `perm`; asks for a login or for setting up
  the second factor first, and answers 403 in the site's layout otherwise.
- `holders(perm)`: everyone who holds `perm` now, by the same rules as `may()`: whom a staff
  notice goes to is asked of the permissions, never of a group's name.
"""

from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps

from django.contrib.auth import get_user_model
from django.contrib.auth.views import redirect_to_login
from django.db.models import Q
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import NoReverseMatch, reverse
from django.utils.http import urlencode


@dataclass(frozen=True)
class SecondFactorPolicy:
    required: Callable  # user -> bool: their roles see personal data
    present: Callable  # user -> bool: they have set up a second factor
    setup_url_name: str  # where they set one up


_policy: SecondFactorPolicy | None = None


def set_second_factor_policy(policy: SecondFactorPolicy) -> None:
    global _policy
    _policy = policy


def lacks_second_factor(user) -> bool:
    """Signed in, needs a second factor and has none: every permission waits for it."""
    if not user.is_authenticated or _policy is None:
        return False
    cached = getattr(user, "_lacks_second_factor", None)
    if cached is None:
        cached = _policy.required(user) and not _policy.present(user)
        user._lacks_second_factor = cached
    return cached


def forget_second_factor(user) -> None:
    """After a second factor is added or removed within a request."""
    user.__dict__.pop("_lacks_second_factor", None)


_conditions: dict[str, Callable] = {}


def set_permission_condition(perm: str, check: Callable) -> None:
    """`perm` counts only while `check(user)` is true; an app plugs this in from `ready()`."""
    _conditions[perm] = check


def _condition_holds(user, perm: str) -> bool:
    check = _conditions.get(perm)
    if check is None:
        return True
    # Asked once per request: the user object lives as long as the request.
    cache = user.__dict__.setdefault("_permission_conditions", {})
    if perm not in cache:
        cache[perm] = bool(check(user))
    return cache[perm]


def may(user, perm: str) -> bool:
    if not (user.is_authenticated and user.is_active):
        return False
    return not lacks_second_factor(user) and user.has_perm(perm) and _condition_holds(user, perm)


def holders(perm: str) -> list:
    """Active people with an address who may `perm` now (second factor and the permission's
    condition included), superusers among them; ordered by address."""
    app_label, codename = perm.split(".", 1)
    granted = Q(is_superuser=True)
    for through in ("groups__permissions", "user_permissions"):
        granted |= Q(
            **{f"{through}__codename": codename, f"{through}__content_type__app_label": app_label}
        )
    candidates = (
        get_user_model().objects.filter(granted, is_active=True).exclude(email="").distinct()
    )
    return [user for user in candidates.order_by("email") if may(user, perm)]


def may_preview(user, model) -> bool:
    """Drafts are seen by those who may view the model in the admin, and nobody else."""
    opts = model._meta
    return may(user, f"{opts.app_label}.view_{opts.model_name}")


def second_factor_setup_redirect(request) -> HttpResponseRedirect:
    url = reverse(_policy.setup_url_name)
    return HttpResponseRedirect(f"{url}?{urlencode({'next': request.get_full_path()})}")


def private(perm: str | None = None):
    """Decorate a view that only signed-in people (with `perm`, if given) may use."""

    def decorate(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            user = request.user
            if not user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if lacks_second_factor(user):
                return second_factor_setup_redirect(request)
            if perm is not None and not may(user, perm):
                return forbidden(request)
            return view(request, *args, **kwargs)

        return wrapper

    return decorate


def forbidden(request, *, message: str | None = None):
    return render(request, "403.html", {"message": message}, status=403)


def admin_change_url(user, obj) -> str | None:
    """The admin page where `user` edits `obj`, or None if they may not change it there."""
    opts = obj._meta
    if not may(user, f"{opts.app_label}.change_{opts.model_name}"):
        return None
    try:
        return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
    except NoReverseMatch:
        return None
