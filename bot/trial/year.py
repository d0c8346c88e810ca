"""The trial's Mini App: the year page served on this computer, opened in an ordinary browser.

In Telegram the app opens the page with launch data it signs for the person. A browser has no
Telegram to do that, so the trial, which holds its bot's token, signs the data itself and puts
it where Telegram's web client does: in the address's fragment, which the page reads and which
never leaves the browser (no request line, no log holds it).
"""

from __future__ import annotations

from typing import Final
from urllib.parse import quote, urlencode

from bot.app import SmallStepsApp, services_from
from bot.core.clock import Clock
from bot.core.launch_data import signed_launch
from bot.miniapp.server import PATH, MiniAppServer, MiniAppServices
from bot.services.people import Identity, PeopleService

# This computer only: the address carries a signed way into the person's days.
LISTEN: Final = "127.0.0.1"
# What Telegram's web client tells a Mini App beside the launch data.
CLIENT_PARAMETERS: Final = {"tgWebAppVersion": "8.0", "tgWebAppPlatform": "web"}


def launch_address(page: str, launch_data: str) -> str:
    """The page's address with the launch data in its fragment, as Telegram's web client has it."""
    # Every reserved character escaped (quote, safe=""), so the page's URLSearchParams gives
    # back the signed data exactly, its '+' and '%' included.
    fragment = urlencode({"tgWebAppData": launch_data, **CLIENT_PARAMETERS}, quote_via=quote)
    return f"{page}#{fragment}"


class TrialYear:
    """The Mini App's server on loopback, over the trial's database and clock."""

    def __init__(
        self, app: SmallStepsApp, bot_token: str, user_id: int, clock: Clock, port: int = 0
    ) -> None:
        services = services_from(app)
        miniapp = MiniAppServices.over(
            services.sessions, clock, services.settings.spread_minutes, services.metrics.screened
        )
        self._server = MiniAppServer(LISTEN, port, bot_token, miniapp, clock)
        self._people: PeopleService = services.people
        self._bot_token = bot_token
        self._user_id = user_id
        self._clock = clock

    @property
    def page(self) -> str:
        """The page's address on this computer (its port known once started)."""
        return f"http://{LISTEN}:{self._server.port}{PATH}"

    async def start(self) -> None:
        """Serve until stop(), on the port asked for or, with 0, one the system finds free."""
        await self._server.start()

    async def stop(self) -> None:
        """Stop serving (nothing to do if it never started)."""
        await self._server.stop()

    async def address(self) -> str:
        """An address that opens the person's year, signed now by the trial clock."""
        language = await self._people.language_of(Identity(self._user_id, self._user_id))
        launch = signed_launch(self._user_id, language.value, self._bot_token, self._clock())
        return launch_address(self.page, launch)
