"""`smallsteps try`: chat with the real bot in a terminal, with no token and no network."""

from bot.trial.session import TrialOptions, run_trial

__all__ = ["TrialOptions", "run_trial"]
