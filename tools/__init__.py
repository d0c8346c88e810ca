"""Tools that rebuild data files shipped with the bot (not shipped themselves)."""
