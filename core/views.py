from django.http import HttpResponse, HttpResponseServerError
from django.shortcuts import render
from django.template import loader


def page_not_found(request, exception):
    return render(request, "404.html", status=404)


def server_error(request):
    # No context processors and no database: whatever broke must not break this page too.
    return HttpResponseServerError(loader.get_template("500.html").render())


def healthz(request):
    """Liveness for the load balancer, and the trivial view the benchmark compares pages with."""
    return HttpResponse("ok", content_type="text/plain")
