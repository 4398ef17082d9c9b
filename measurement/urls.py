from django.urls import path

from . import views

app_name = "measurement"
urlpatterns = [
    path("resultater/", views.dashboard, name="dashboard"),
    path("resultater/strategi/<slug:slug>/", views.dashboard, name="strategy"),
    path("resultater/data/<str:key>.csv", views.table_csv, name="csv"),
    path("institution/barometer/", views.barometer, name="barometer"),
    path("institution/barometer/ret/<int:pk>/", views.entry_edit, name="entry_edit"),
    path(
        "institution/barometer/<int:pk>/indstillinger/",
        views.barometer_settings,
        name="settings",
    ),
    path("institution/barometer/<int:pk>/data.csv", views.barometer_csv, name="entries_csv"),
]
