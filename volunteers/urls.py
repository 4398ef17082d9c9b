from django.urls import path

from .views import applications, my_pages, sessions

app_name = "volunteers"
urlpatterns = [
    path("bliv-frivillig/", applications.roles, name="roles"),
    path("bliv-frivillig/bekraeft/<str:token>/", applications.confirm, name="confirm"),
    path("bliv-frivillig/samtykke/<str:token>/", applications.guardian, name="guardian"),
    path("bliv-frivillig/<slug:slug>/", applications.apply, name="apply"),
    path("bliv-frivillig/<slug:slug>/tak/", applications.thanks, name="thanks"),
    path("mine-sider/", my_pages.my_pages, name="my_pages"),
    path("mine-sider/svar/<int:pk>/", my_pages.answer, name="answer"),
    path("mine-sider/kalender/", my_pages.calendar_feed, name="calendar_feed"),
    path("mine-sider/traek-samtykke-tilbage/", my_pages.withdraw_consent, name="withdraw"),
    path("frivillig/vagter/", sessions.session_list, name="sessions"),
    path("frivillig/vagter/<int:pk>/tilmeld/", sessions.session_signup, name="session_signup"),
    path("frivillig/vagter/<int:pk>/afmeld/", sessions.session_leave, name="session_leave"),
]
