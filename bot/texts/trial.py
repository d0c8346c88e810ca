"""Every word of `smallsteps try`, the terminal chat with the real bot.

The bot's own words come from the other text modules; these are only the terminal's: the
banner, the hints, and the lines that stand in for what a phone would show.
"""

from __future__ import annotations

from typing import Final

BANNER: Final = (
    "🌿 smallsteps, in your terminal\n"
    "This is the real bot (same words, buttons and schedule) talking to a Bot API server on\n"
    "this computer: no token, no network. You are the person chatting with it.\n"
    "\n"
    "  • Type messages and /commands as you would in Telegram. Begin with /start.\n"
    "  • Buttons show as [1] [2] …: type the number to press one (\\5 sends the text 5).\n"
    "  • /next moves the clock to your next nudge or summary, and it arrives at once.\n"
    "  • /year gives an address that opens your year, the Mini App, in a browser.\n"
    "  • /quit or Ctrl-D leaves.\n"
    "\n"
    "Chat kept in {database} (smallsteps try --fresh starts over).\n"
    "Photos and files the bot sends are saved in {files}."
)
CLOCK_SPEED: Final = "The clock runs {speed:g} times as fast as real time."
STARTED_OVER: Final = "Started over: everything kept about you in that database is erased."

PROMPT: Final = "› "
YOU: Final = "you"
BOT: Final = "smallsteps"
HEADER: Final = "{bot} · {when}"
EDITED_HEADER: Final = "{bot} · edited"
KEPT_HEADER: Final = "{bot} · from last time, still open"
TIME_FORMAT: Final = "%a %d %b, %H:%M"

PHOTO_SAVED: Final = "🖼  photo saved to {path}"
DOCUMENT_SAVED: Final = "📄 file saved to {path}"
MESSAGE_REMOVED: Final = "(the bot removed a message)"
TOAST: Final = "({text})"
ALERT: Final = "⚠ {text}"
LINK: Final = "{text} ({url})"
REPLY_KEYBOARD: Final = "(keyboard: {labels}; type one to send it)"
BUTTONS_STILL_OPEN: Final = "Buttons still open on an earlier message:"
LINK_BUTTON: Final = "That button opens {url} in a browser."

YEAR_ADDRESS: Final = (
    "📅 Your year, as the Mini App shows it in Telegram: open this address in a browser on this "
    "computer. It lets you in for an hour of the trial's clock; /year gives a fresh one.\n"
    "{url}"
)

NEXT_JUMP: Final = "⏩ The clock moves on to {when}: {what}."
NEXT_KINDS: Final[dict[str, str]] = {
    "morning": "your morning check-in",
    "evening": "your evening question",
    "weekly": "your weekly summary",
}
NEXT_NOTHING_SCHEDULED: Final = (
    "Nothing is scheduled yet: answer /start's two questions (where you are, and a time) first."
)
NEXT_NOTHING_SENT: Final = (
    "Nothing arrived at the next few scheduled times. If your nudges are paused, /resume "
    "starts them again."
)

GOODBYE: Final = "Bye for now 🌿 Your chat is kept in {database}."
BAD_SPEED: Final = "smallsteps: --clock must be a number above 0, like --clock 60."
COULD_NOT_START: Final = "smallsteps: could not start the trial: {error}"
FAILED: Final = "smallsteps: the trial stopped: {error} (details in the log file next to it)"
