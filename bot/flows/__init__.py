"""Guided conversations: the engine (engine.py) and one declaration per flow. The
composition root registers the declarations (bot/app.py)."""
