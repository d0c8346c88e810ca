import asyncio

from telegram import Update

from bot.updates import PerChatUpdateProcessor


async def settle() -> None:
    """Let every task run until it waits (no clock involved)."""
    for _ in range(20):
        await asyncio.sleep(0)


def message_from(chat_id: int, update_id: int) -> Update:
    return Update.de_json(
        {
            "update_id": update_id,
            "message": {
                "message_id": update_id,
                "date": 0,
                "text": "hi",
                "chat": {"id": chat_id, "type": "private"},
                "from": {"id": chat_id, "is_bot": False, "first_name": "P"},
            },
        },
        None,
    )


async def test_other_chats_go_ahead_while_one_chat_keeps_its_order() -> None:
    processor = PerChatUpdateProcessor(8)
    first_may_end = asyncio.Event()
    order: list[str] = []

    async def handle(name: str, wait_for: asyncio.Event | None = None) -> None:
        order.append(f"{name} starts")
        if wait_for is not None:
            await wait_for.wait()
        order.append(f"{name} ends")

    updates = [
        processor.process_update(message_from(1, 1), handle("sam 1", first_may_end)),
        processor.process_update(message_from(1, 2), handle("sam 2")),
        processor.process_update(message_from(2, 3), handle("ana 1")),
    ]
    tasks = [asyncio.ensure_future(update) for update in updates]
    await settle()
    before_release = list(order)
    first_may_end.set()
    await asyncio.gather(*tasks)

    assert before_release == ["sam 1 starts", "ana 1 starts", "ana 1 ends"]
    assert order == [*before_release, "sam 1 ends", "sam 2 starts", "sam 2 ends"]


async def test_a_chat_leaves_nothing_behind_once_answered() -> None:
    processor = PerChatUpdateProcessor(8)

    async def handle() -> None:
        await asyncio.sleep(0)

    await asyncio.gather(
        *(processor.process_update(message_from(chat, chat), handle()) for chat in range(50))
    )

    assert processor._chats == {}


async def test_an_update_cancelled_while_waiting_its_turn_never_runs() -> None:
    processor = PerChatUpdateProcessor(8)
    hold = asyncio.Event()
    ran: list[int] = []

    async def handle(number: int) -> None:
        ran.append(number)
        await hold.wait()

    first = asyncio.ensure_future(processor.process_update(message_from(1, 1), handle(1)))
    second = asyncio.ensure_future(processor.process_update(message_from(1, 2), handle(2)))
    await settle()
    second.cancel()
    hold.set()
    await first
    await asyncio.gather(second, return_exceptions=True)

    assert ran == [1]
    assert processor._chats == {}
