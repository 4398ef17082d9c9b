"""The members' area (/medlemmer/): every view asks the one permission mechanism, every request,
and nothing here is cached by anyone but the member's own browser (never by a shared cache)."""

import re

from django.contrib import messages
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from core.errors import ApplicationError
from core.middleware import accepts_uploads
from core.permissions import forbidden, may, private
from core.site import absolute_url
from core.storage import private_storage
from signups.calendar import occasion_ics, occasions_feed_ics
from signups.models import CalendarFeed

from . import selectors, services
from .forms import AnswerForm, AttendanceForm, DocumentSearchForm, ProfileForm

AREA = "members.member_area"
FEED_TOKEN = re.compile(r"[A-Za-z0-9_-]{1,64}")


def _private_file(response):
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response


@require_safe
@never_cache
@private(AREA)
def home(request):
    member = services.member_claim(user=request.user)
    found = selectors.meetings()
    next_meeting = found["upcoming"][0] if found["upcoming"] else None
    return render(
        request,
        "members/home.html",
        {
            "member": member,
            "next_meeting": next_meeting,
            "answer": next_meeting and selectors.answer_of(next_meeting, request.user),
            "feed_url": _feed_url(request.user),
        },
    )


@require_safe
@never_cache
@private(AREA)
def meeting_list(request):
    return render(request, "members/meetings.html", selectors.meetings())


def _meeting_context(request, meeting, form=None):
    answer = selectors.answer_of(meeting, request.user)
    return {
        "meeting": meeting,
        "minutes": selectors.visible_minutes(meeting),
        "answer": answer,
        "form": form or AnswerForm(initial={"answer": _answer_key(answer)}),
        "may_manage": may(request.user, "members.change_meeting"),
        "is_member": selectors.member_of(request.user) is not None,
    }


def _answer_key(signup) -> str | None:
    if signup is None:
        return None
    return "come" if signup.status == "confirmed" else signup.answer or "cant"


@require_http_methods(["GET", "HEAD", "POST"])
@never_cache
@private(AREA)
def meeting_detail(request, pk):
    meeting = selectors.meeting_detail(pk)
    if meeting is None:
        raise Http404
    form = None
    if request.method == "POST":
        if selectors.member_of(request.user) is None:
            # The secretariat sees the meeting; only the group's members answer.
            return forbidden(request)
        form = AnswerForm(request.POST)
        if form.is_valid():
            try:
                services.meeting_answer(
                    meeting=meeting, user=request.user, answer=form.cleaned_data["answer"]
                )
            except ApplicationError as error:
                form.add_error(None, error.message)
            else:
                messages.success(request, _("Tak, dit svar er gemt."))
                return redirect(meeting.get_absolute_url())
        context = _meeting_context(request, meeting, form)
        return render(request, "members/meeting.html", context, status=400)
    return render(request, "members/meeting.html", _meeting_context(request, meeting))


@require_safe
@private(AREA)
def meeting_ics(request, pk):
    meeting = selectors.meeting_detail(pk)
    if meeting is None or meeting.occasion is None:
        raise Http404
    response = HttpResponse(occasion_ics(meeting.occasion), content_type="text/calendar")
    response["Content-Disposition"] = 'attachment; filename="moede.ics"'
    return _private_file(response)


@require_http_methods(["GET", "HEAD", "POST"])
@never_cache
@private("members.change_meeting")
def attendance(request, pk):
    meeting = selectors.meeting_detail(pk)
    if meeting is None:
        raise Http404
    members = selectors.current_members()
    form = AttendanceForm(
        request.POST or None,
        members=members,
        initial={"attendees": list(meeting.attendees.all())},
    )
    if request.method == "POST" and form.is_valid():
        services.attendance_record(meeting=meeting, member_ids=form.cleaned_data["attendees"])
        messages.success(request, _("Fremmødet er gemt."))
        return redirect("members:attendance", pk=meeting.pk)
    context = {"meeting": meeting, "form": form, **selectors.attendance(meeting)}
    status = 400 if request.method == "POST" else 200
    return render(request, "members/attendance.html", context, status=status)


@require_safe
@never_cache
@private(AREA)
def document_list(request):
    form = DocumentSearchForm(request.GET or None)
    query = form.cleaned_data["q"] if form.is_valid() else ""
    return render(
        request,
        "members/documents.html",
        {
            "form": form,
            "query": query,
            "documents": selectors.documents(query, user=request.user)[:100],
        },
    )


@require_safe
@private(AREA)
def document(request, pk, filename):
    """The file itself: asked for membership on this very request; the name must match too."""
    if "\x00" in filename:  # the database refuses a NUL byte with an error, not with no rows
        raise Http404
    found = selectors.documents_for(request.user).filter(pk=pk, filename=filename).first()
    if found is None or not private_storage.exists(found.file.name):
        raise Http404
    response = FileResponse(
        private_storage.open(found.file.name, "rb"),
        content_type=found.content_type or "application/octet-stream",
        as_attachment=found.content_type != "application/pdf",
        filename=found.filename,
    )
    return _private_file(response)


@require_safe
@private(AREA)
def photo(request, pk):
    member = selectors.current_members().filter(pk=pk).exclude(photo="").first()
    if member is None or not private_storage.exists(member.photo.name):
        raise Http404
    return _private_file(FileResponse(private_storage.open(member.photo.name, "rb")))


@require_safe
@never_cache
@private(AREA)
def directory(request):
    return render(
        request,
        "members/directory.html",
        {"members": selectors.directory().select_related("user")},
    )


@accepts_uploads  # a photo
@require_http_methods(["GET", "HEAD", "POST"])
@never_cache
@private(AREA)
def profile(request):
    member = services.member_claim(user=request.user)
    if member is None:
        return render(request, "members/no_profile.html")
    form = ProfileForm(request.POST or None, request.FILES or None, instance=member)
    if request.method == "POST":
        if form.is_valid():
            services.profile_update(member=member, **form.cleaned_data)
            messages.success(request, _("Din profil er gemt."))
            return redirect("members:profile")
        return render(request, "members/profile.html", {"form": form}, status=400)
    return render(request, "members/profile.html", {"form": form})


@require_POST
@private(AREA)
def calendar_subscribe(request):
    services.calendar_feed_renew(user=request.user)
    messages.success(request, _("Din private kalenderadresse er klar."))
    return redirect("members:home")


@require_safe
def calendar_feed(request, token):
    """All the alliance group's meetings, for a member's calendar; asks for membership on
    every fetch, so the address stops working the day the membership ends."""
    if not FEED_TOKEN.fullmatch(token):
        raise Http404
    feed = CalendarFeed.objects.filter(token=token).select_related("user").first()
    if feed is None or not may(feed.user, AREA):
        raise Http404
    response = HttpResponse(
        occasions_feed_ics(selectors.feed_occasions(), name=_("Alliancegruppens møder")),
        content_type="text/calendar",
    )
    return _private_file(response)


def _feed_url(user) -> str:
    feed = CalendarFeed.objects.filter(user=user).first()
    return feed and absolute_url(reverse("members:calendar_feed", args=[feed.token]))
