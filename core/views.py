from django.conf import settings
from django.http import HttpResponse, HttpResponseServerError
from django.shortcuts import render
from django.template import loader


def page_not_found(request, exception):
    return render(request, "404.html", status=404)


def permission_denied(request, exception):
    return render(request, "403.html", status=403)


def csrf_failure(request, reason=""):
    # Django's own page is English and unstyled; a person whose form expired needs to know
    # what to do next.
    return render(request, "403_csrf.html", status=403)


def request_too_large(request):
    """413: what was sent is larger than the portal takes (core.middleware, and the proxy's
    own refusal, which it shows with this page)."""
    return render(
        request,
        "413.html",
        {"upload_mb": settings.ALLIANCE_UPLOAD_MAX_BYTES // (1024 * 1024)},
        status=413,
    )


def server_error(request):
    # No context processors and no database: whatever broke must not break this page too.
    return HttpResponseServerError(loader.get_template("500.html").render())


def healthz(request):
    """Liveness for the load balancer, and the trivial view the benchmark compares pages with."""
    return HttpResponse("ok", content_type="text/plain")
