from django.urls import path

from . import views

app_name = "voices"
urlpatterns = [
    path("", views.write, name="write"),
    path("vaeggen/", views.wall, name="wall"),
    path("sadan-laeser-vi-postkortene/", views.policy, name="policy"),
    path("ungebussen/", views.tour, name="tour"),
    path("moderation/", views.queue, name="queue"),
    path("moderation/<int:pk>/", views.moderate, name="moderate"),
]
