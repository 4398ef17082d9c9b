from django.urls import path

from . import views

app_name = "initiatives"
urlpatterns = [
    path("initiativer/", views.initiative_list, name="list"),
    path("initiativer/<slug:slug>/", views.initiative_detail, name="detail"),
    path("nyheder/", views.news_list, name="news_list"),
    path("nyheder/<slug:slug>/", views.news_detail, name="news_detail"),
    path("arrangementer/", views.event_list, name="event_list"),
    path("arrangementer/<slug:slug>/", views.event_detail, name="event_detail"),
    path("arrangementer/<slug:slug>/tilmeld/", views.event_signup, name="event_signup"),
]
