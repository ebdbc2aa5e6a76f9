"""Presenter mode for group sessions: an audience view for the projector and a trainer console."""
