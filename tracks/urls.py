from django.urls import path

from . import views

app_name = "tracks"
urlpatterns = [
    path("", views.track_list, name="list"),
    path("<slug:slug>/", views.track_detail, name="detail"),
]
