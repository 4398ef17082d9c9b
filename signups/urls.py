from django.urls import path

from . import views

app_name = "signups"
urlpatterns = [
    path("<str:token>/", views.action, name="action"),
]
