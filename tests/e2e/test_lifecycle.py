"""What the running application does to its own process, from start to stop."""

from __future__ import annotations

import gc

from testkit.app import stop_application
from tests.e2e.conftest import StartBot


async def test_what_start_up_loaded_is_kept_out_of_the_collectors_passes_until_stop(
    start_bot: StartBot,
) -> None:
    gc.unfreeze()

    bot = await start_bot()
    frozen_while_running = gc.get_freeze_count() > 0
    await stop_application(bot.app)

    assert (frozen_while_running, gc.get_freeze_count()) == (True, 0)
