from django.urls import path

from . import views
from .models import Page

app_name = "pages"
urlpatterns = [
    path("", views.home, name="vision"),
    path("om/", views.simple_page, {"key": Page.Key.ABOUT}, name="about"),
    path("kontakt/", views.contact, name="contact"),
    path("privatliv/", views.simple_page, {"key": Page.Key.PRIVACY}, name="privacy"),
    path(
        "tilgaengelighed/",
        views.simple_page,
        {"key": Page.Key.ACCESSIBILITY},
        name="accessibility",
    ),
    path("soeg/", views.search, name="search"),
]
