from django.urls import path

from . import views

app_name = "members"
urlpatterns = [
    path("", views.home, name="home"),
    path("moeder/", views.meeting_list, name="meetings"),
    path("moeder/<int:pk>/", views.meeting_detail, name="meeting"),
    path("moeder/<int:pk>/moede.ics", views.meeting_ics, name="meeting_ics"),
    path("moeder/<int:pk>/fremmoede/", views.attendance, name="attendance"),
    path("dokumenter/", views.document_list, name="documents"),
    path("dokumenter/<int:pk>/<str:filename>", views.document, name="document"),
    path("medlemsliste/", views.directory, name="directory"),
    path("medlemsliste/<int:pk>/foto", views.photo, name="photo"),
    path("profil/", views.profile, name="profile"),
    path("kalender/", views.calendar_subscribe, name="calendar_subscribe"),
    path("kalender/<str:token>.ics", views.calendar_feed, name="calendar_feed"),
]
