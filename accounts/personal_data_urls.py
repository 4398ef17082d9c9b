"""Mine sider's pages for a person's own data (included under /mine-sider/)."""

from django.urls import path

from . import personal_data_views as views

app_name = "personal_data"
urlpatterns = [
    path("mine-data.zip", views.export, name="export"),
    path("slet/", views.erase, name="erase"),
    path("slettet/", views.erased, name="erased"),
]
