"""An institution's bookings, the visit page both sides see, and the volunteer's answer."""

from django.urls import path

from . import views

app_name = "institutions"
urlpatterns = [
    path("frivillig/besoeg/<str:token>/", views.booking_respond, name="booking_respond"),
    path("institution/", views.institution_home, name="institution"),
    path("institution/booking/ny/", views.booking_new, name="booking_new"),
    path("besoeg/<int:pk>/", views.booking_detail, name="booking_detail"),
    path("besoeg/<int:pk>/aflys/", views.booking_cancel, name="booking_cancel"),
    path("besoeg/<int:pk>/svar/", views.booking_answer, name="booking_answer"),
]
