"""The local Bot API in a process of its own, so the bot being measured has its CPU to itself.

`benchmarks.fanout --server-process` starts it; it answers as `testkit.fakeapi.FakeBotApi` does
(rate limit included) and, each time a line `facts` comes on its standard input, prints what it
saw as one JSON line. Run by hand: `python -m benchmarks.apiserver --people 100 --rate 1000`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections import Counter
from typing import Any

from benchmarks.common import user_id
from testkit.fakeapi import FakeBotApi


def facts_of(api: FakeBotApi) -> dict[str, Any]:
    """What the server saw of the sends, as plain data a benchmark can check."""
    # A nudge is a sendMessage; a weekly summary a sendPhoto, or a sendMessage with no chart.
    calls = api.calls_to("sendMessage") + api.calls_to("sendPhoto")
    ok_by_chat = Counter(call.chat_id for call in calls if call.ok)
    return {
        "ok_by_chat": {str(chat): count for chat, count in ok_by_chat.items()},
        "send_message_calls": len(calls),
        "too_many_requests": api.stats.too_many_requests,
        "peak_sends_per_second": api.peak_sends_per_second(),
        "sends_per_second": list(api.sends_per_second().values()),
    }


async def serve(people: int, rate: int | None) -> None:
    """Serve until standard input closes, telling what was seen whenever asked."""
    async with FakeBotApi() as api:
        for index in range(people):
            api.person(user_id(index), f"P{index}", started=True)
        api.rate_limit(per_second=rate)
        print(json.dumps({"base_url": api.base_url, "base_file_url": api.base_file_url}))
        sys.stdout.flush()
        while line := await asyncio.to_thread(sys.stdin.readline):
            if line.strip() == "facts":
                print(json.dumps(facts_of(api)))
                sys.stdout.flush()


def main() -> int:
    """Parse the command line and serve."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.apiserver", description=__doc__)
    parser.add_argument("--people", type=int, required=True, help="private chats to open")
    parser.add_argument("--rate", type=int, default=0, help="sends a second (0: no cap)")
    arguments = parser.parse_args()
    asyncio.run(serve(arguments.people, arguments.rate or None))
    return 0


if __name__ == "__main__":
    sys.exit(main())
