"""Sessions for volunteers, bookings for institutions, and the visit page both sides see."""

from django.urls import path

from .views import bookings, sessions

app_name = "visits"
urlpatterns = [
    path("frivillig/vagter/", sessions.session_list, name="sessions"),
    path("frivillig/vagter/<int:pk>/tilmeld/", sessions.session_signup, name="session_signup"),
    path("frivillig/vagter/<int:pk>/afmeld/", sessions.session_leave, name="session_leave"),
    path("frivillig/besoeg/<str:token>/", bookings.booking_respond, name="booking_respond"),
    path("institution/", bookings.institution_home, name="institution"),
    path("institution/booking/ny/", bookings.booking_new, name="booking_new"),
    path("besoeg/<int:pk>/", bookings.booking_detail, name="booking_detail"),
    path("besoeg/<int:pk>/aflys/", bookings.booking_cancel, name="booking_cancel"),
    path("besoeg/<int:pk>/svar/", bookings.booking_answer, name="booking_answer"),
]
