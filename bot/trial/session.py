"""`smallsteps try`: the real application, the bundled Bot API server, and a terminal chat."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import shutil
import signal
import sys
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from pydantic import SecretStr
from sqlalchemy import select
from sqlalchemy.engine import make_url
from telegram import Update
from telegram.ext import TypeHandler

from bot.app import SmallStepsApp, build_application, delivery_loop_of, services_from
from bot.context import Context
from bot.core import zones
from bot.core.clock import system_clock
from bot.localapi import LocalBotApi
from bot.logs import FORMAT
from bot.polling import start_application, stop_application
from bot.services.people import Identity
from bot.settings import Settings
from bot.texts import trial as texts
from bot.trial.clock import TrialClock, load_start, save
from bot.trial.kept import restore_chat, save_chat
from bot.trial.screen import ChatRenderer, Screen
from bot.trial.year import TrialYear
from scheduler.sending import SendStatus
from storage.db import SessionFactory
from storage.models import Person, Schedule

log = logging.getLogger("smallsteps.try")

TOKEN = "1:smallsteps-try"
BOT_USERNAME = "smallsteps_try_bot"
BOT_NAME = "Small Steps"
# The one person at the keyboard; in a private chat the chat id is the user id.
USER_ID = 1001
FIRST_NAME = "You"
# A handler group after every other: when it sees an update, the bot has finished with it.
LAST_GROUP = 1_000_000
ANSWER_TIMEOUT_SECONDS = 60.0
TICK_SECONDS = 1.0
# getUpdates' long-poll timeout against the bundled server, in seconds.
POLL_SECONDS = 1
# /next skips moments where nothing needed sending (an evening with no step), up to this many.
MAX_JUMPS = 10
QUIT_COMMANDS = frozenset({"/quit", "/exit"})
NEXT_COMMAND = "/next"
YEAR_COMMAND = "/year"
EXIT_OK = 0
EXIT_CONFIG = 2
EXIT_FAILED = 1

Lines = asyncio.Queue[str | None]


@dataclass(frozen=True)
class TrialOptions:
    """What `smallsteps try` was asked to do."""

    data_dir: Path
    database_url: str | None = None
    fresh: bool = False
    speed: float = 1.0
    # Stands in for the real now: the clock starts here, or where the last trial stopped if later.
    start: datetime | None = None

    @property
    def database_file(self) -> Path:
        """The trial's own SQLite file."""
        return self.data_dir / "try.db"

    @property
    def files_dir(self) -> Path:
        """Where photos and documents the bot sends are saved."""
        return self.data_dir / "try-files"

    @property
    def clock_file(self) -> Path:
        """Where the simulated clock stopped last time."""
        return self.data_dir / "try-clock.txt"

    @property
    def chat_file(self) -> Path:
        """The messages whose buttons were still open when the last trial stopped."""
        return self.data_dir / "try-chat.json"

    @property
    def log_file(self) -> Path:
        """The bot's log lines, kept out of the chat."""
        return self.data_dir / "try.log"

    @property
    def url(self) -> str:
        """The SQLAlchemy URL the bot uses."""
        return self.database_url or f"sqlite+aiosqlite:///{self.database_file.resolve()}"

    @property
    def shown_database(self) -> str:
        """The database as the banner names it (never with a password)."""
        if self.database_url:
            return make_url(self.database_url).render_as_string(hide_password=True)
        return str(self.database_file)


def run_trial(settings: Settings, options: TrialOptions) -> int:
    """Chat with the real bot in this terminal until /quit, Ctrl-D or the end of input."""
    if not (options.speed > 0 and math.isfinite(options.speed)):
        print(texts.BAD_SPEED, file=sys.stderr)
        return EXIT_CONFIG
    for stream in (sys.stdin, sys.stdout):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    if options.fresh:
        _forget(options)
    _log_to_file(options.log_file)
    return asyncio.run(_main(settings, options))


def _forget(options: TrialOptions) -> None:
    """Start over: the trial's own database files, chat and clock (never another database)."""
    files = [options.clock_file, options.chat_file]
    if options.database_url is None:
        database = options.database_file
        files += [database, database.with_name(database.name + "-wal")]
        files.append(database.with_name(database.name + "-shm"))
    for path in files:
        path.unlink(missing_ok=True)


def _log_to_file(path: Path) -> None:
    """Send log lines to a file: the terminal is the chat."""
    path.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    handler = logging.FileHandler(path, encoding="utf-8")
    formatter = root.handlers[0].formatter if root.handlers else None
    handler.setFormatter(formatter or logging.Formatter(FORMAT))
    root.handlers[:] = [handler]
    logging.captureWarnings(True)


async def _main(settings: Settings, options: TrialOptions) -> int:
    """Start the server and the bot, chat, then stop everything cleanly."""
    screen = Screen(sys.stdout, interactive=sys.stdin.isatty() and sys.stdout.isatty())
    start = load_start(options.clock_file, options.start or system_clock())
    clock = TrialClock(start, options.speed)
    screen.show(texts.BANNER.format(database=options.shown_database, files=f"{options.files_dir}/"))
    if options.speed != 1:
        screen.show(texts.CLOCK_SPEED.format(speed=options.speed))
    lines = _read_lines(sys.stdin)
    async with LocalBotApi(bot_username=BOT_USERNAME, bot_first_name=BOT_NAME) as api:
        api.add_private_chat(USER_ID, FIRST_NAME)
        kept = restore_chat(options.chat_file, api, USER_ID)
        width = max(40, min(shutil.get_terminal_size((80, 24)).columns, 80) - 2)
        renderer = ChatRenderer(api, USER_ID, screen, options.files_dir, clock, width)
        if kept:
            renderer.show_again(kept[-1])
        api.listeners.append(renderer.on_event)
        try:
            app = build_application(_trial_settings(settings, options, api), clock=clock)
        except Exception as error:
            print(texts.COULD_NOT_START.format(error=error), file=sys.stderr)
            return EXIT_FAILED
        chat = TrialChat(api, app, renderer, screen, clock, TrialYear(app, TOKEN, USER_ID, clock))
        code = await _chat_until_done(chat, options, lines)
        save_chat(options.chat_file, api, USER_ID)
    if code == EXIT_OK:
        screen.show(texts.GOODBYE.format(database=options.shown_database))
    return code


async def _chat_until_done(chat: TrialChat, options: TrialOptions, lines: Lines) -> int:
    """Run the bot for the length of the chat, and always stop it cleanly."""
    try:
        await start_application(chat.app, poll_timeout=POLL_SECONDS)
        await chat.year.start()
        if options.fresh and options.database_url:
            await services_from(chat.app).personal_data.erase(Identity(USER_ID, USER_ID))
            chat.note(texts.STARTED_OVER)
        await chat.show_year()
        await chat.run(lines)
    except Exception as error:
        log.exception("the trial failed")
        print(texts.FAILED.format(error=error), file=sys.stderr)
        return EXIT_FAILED
    finally:
        await chat.year.stop()  # Before the application, which closes the database it reads.
        await stop_application(chat.app)
        save(options.clock_file, chat.clock())
    return EXIT_OK


def _trial_settings(settings: Settings, options: TrialOptions, api: LocalBotApi) -> Settings:
    """The operator's settings, pointed at the local server and the trial database."""
    return settings.model_copy(
        update={
            "bot_token": SecretStr(TOKEN),
            "database_url": options.url,
            "telegram_base_url": api.base_url,
            "telegram_base_file_url": api.base_file_url,
            "poll_timeout_seconds": POLL_SECONDS,
            # The bundled server has no per-chat limit, and a pasted script is not a person.
            "chat_messages_per_second": 0,
            # The trial serves its own Mini App, on loopback (bot/trial/year.py), never the
            # operator's: no server on SMALLSTEPS_MINIAPP_PORT, no buttons to their address.
            "miniapp_url": None,
        }
    )


def _read_lines(stream: TextIO) -> Lines:
    """Lines typed (or piped) in, read on a thread; None marks the end (Ctrl-D, EOF, signal)."""
    loop = asyncio.get_running_loop()
    lines: Lines = asyncio.Queue()

    def read() -> None:
        """Hand every line to the event loop, then the end."""
        with contextlib.suppress(RuntimeError):  # The loop closed first: nobody is listening.
            with contextlib.suppress(OSError, ValueError):
                for line in iter(stream.readline, ""):
                    loop.call_soon_threadsafe(lines.put_nowait, line)
            loop.call_soon_threadsafe(lines.put_nowait, None)

    threading.Thread(target=read, name="smallsteps-try-input", daemon=True).start()
    for number in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(number, lines.put_nowait, None)
    return lines


class UpdateTracker:
    """Knows which updates the bot has finished with (they are handled in order)."""

    def __init__(self) -> None:
        self._last = 0
        self._changed = asyncio.Event()

    async def handled(self, update: Update, context: Context) -> None:
        """The last handler of every update: everything before it is done."""
        self._last = max(self._last, update.update_id)
        self._changed.set()

    async def wait_for(self, update_id: int) -> None:
        """Wait until the bot has finished with `update_id`."""
        while self._last < update_id:
            self._changed.clear()
            await self._changed.wait()


class TrialChat:
    """The conversation: lines in, updates to the bot, its answers drawn on screen."""

    def __init__(
        self,
        api: LocalBotApi,
        app: SmallStepsApp,
        renderer: ChatRenderer,
        screen: Screen,
        clock: TrialClock,
        year: TrialYear,
    ) -> None:
        self.app = app
        self.clock = clock
        self.year = year
        self._api = api
        self._renderer = renderer
        self._screen = screen
        self._tracker = UpdateTracker()
        self._sending = asyncio.Lock()
        self._echo = not sys.stdin.isatty()
        app.add_handler(TypeHandler(Update, self._tracker.handled), group=LAST_GROUP)

    @property
    def _sessions(self) -> SessionFactory:
        """The bot's own database sessions."""
        return services_from(self.app).sessions

    def note(self, text: str) -> None:
        """A line from the terminal itself."""
        self._renderer.note(text)

    async def show_year(self) -> None:
        """A fresh address that opens the person's year in a browser, as the Mini App would."""
        self._renderer.note(texts.YEAR_ADDRESS.format(url=await self.year.address()))

    async def run(self, lines: Lines) -> None:
        """Converse until the input ends, with nudges arriving on the trial clock meanwhile."""
        self.clock.run()
        ticker = asyncio.create_task(self._tick())
        try:
            await self._converse(lines)
        finally:
            ticker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await ticker

    async def _converse(self, lines: Lines) -> None:
        """One line at a time, each answered before the next is read."""
        while True:
            await self._follow_timezone()
            self._renderer.remind_keyboard()
            self._screen.prompt()
            line = await lines.get()
            self._screen.line_taken()
            if line is None:
                return
            text = line.strip()
            if not text:
                continue
            if self._echo:
                self._screen.show(f"\n{texts.YOU} {texts.PROMPT}{text}")
            command = text.split()[0].lower()
            if command in QUIT_COMMANDS:
                return
            if command == NEXT_COMMAND:
                await self._next()
            elif command == YEAR_COMMAND:
                await self.show_year()
            else:
                await self._send(text)

    async def _send(self, text: str) -> None:
        """Press a button by its number, or send the text to the bot; wait for its answer."""
        if text.isdecimal() and (found := self._renderer.button(int(text))) is not None:
            message, button = found
            if button.data is None:
                self._renderer.note(texts.LINK_BUTTON.format(url=button.url or ""))
                return
            self._api.press_button(USER_ID, message, button.data, button.label)
        else:
            self._api.user_text(USER_ID, USER_ID, text.removeprefix("\\") or text)
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(ANSWER_TIMEOUT_SECONDS):
                await self._tracker.wait_for(self._api.last_update_id)

    async def _next(self) -> None:
        """Move the clock to the next due nudge or summary and deliver it now."""
        for _ in range(MAX_JUMPS):
            due = await self._next_due()
            if due is None:
                self._renderer.note(texts.NEXT_NOTHING_SCHEDULED)
                return
            moment, kind = due
            self.clock.jump_to(moment)
            self._screen.hold()
            sent = await self._deliver()
            when = moment.astimezone(self._renderer.zone).strftime(texts.TIME_FORMAT)
            what = texts.NEXT_KINDS.get(kind, kind)
            jumped = self._renderer.as_note(texts.NEXT_JUMP.format(when=when, what=what))
            self._screen.release(jumped if sent else None)
            if sent:
                return
        self._renderer.note(texts.NEXT_NOTHING_SENT)

    async def _deliver(self, at: datetime | None = None) -> bool:
        """Run the scheduler's job once (at the clock's now); True if anything was sent."""
        async with self._sending:
            results = await delivery_loop_of(self.app).run_once(at or self.clock())
        return any(result.status is SendStatus.SENT for result in results)

    async def _tick(self) -> None:
        """Every second, send what is due on the (possibly sped-up) trial clock."""
        ticked = self.clock()
        while True:
            await asyncio.sleep(TICK_SECONDS)
            try:
                ticked = await self._catch_up(since=ticked)
            except Exception:
                log.exception("delivering on the trial clock failed")

    async def _catch_up(self, since: datetime) -> datetime:
        """Send what fell due since the last tick, each at its own moment, however fast the clock.

        What was already due before it (say, while the trial was not running) is left to the
        scheduler's usual rules, so a missed nudge is only sent while it is still timely.
        """
        now = self.clock()
        for _ in range(MAX_JUMPS):
            due = await self._next_due()
            if due is None or not since < due[0] <= now:
                break
            await self._deliver(at=due[0])
        await self._deliver(at=now)
        return now

    async def _next_due(self) -> tuple[datetime, str] | None:
        """The person's soonest scheduled delivery: (when, kind)."""
        query = (
            select(Schedule.next_due_at, Schedule.kind)
            .join(Person, Person.id == Schedule.person_id)
            .where(Person.telegram_user_id == USER_ID)
            .order_by(Schedule.next_due_at)
            .limit(1)
        )
        async with self._sessions() as session:
            row = (await session.execute(query)).first()
        return (row[0], row[1]) if row is not None else None

    async def _follow_timezone(self) -> None:
        """Show times in the person's own timezone once they have chosen one."""
        query = select(Person.timezone).where(Person.telegram_user_id == USER_ID)
        async with self._sessions() as session:
            name = await session.scalar(query)
        self._renderer.zone = zones.zone_for(name) if name else UTC
