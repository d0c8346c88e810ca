"""Six languages end to end over real HTTP: chosen from Telegram's language_code, kept with the
person for the nudges, changed with /language, the menu and descriptions set per language, and
no English sentence anywhere a Spanish, German, Russian, Portuguese or French speaker looks."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from babel.messages.pofile import read_po
from sqlalchemy import select

from bot.core.day import Later
from bot.core.languages import Language
from bot.handlers.checkin_views import mood_label, outcome_label
from bot.services.checkins import StepOutcome
from bot.texts import checkin as checkin_texts
from bot.texts import common as common_texts
from bot.texts import export as export_texts
from bot.texts import languages as language_texts
from bot.texts import onboarding as onboarding_texts
from bot.texts import reflect as reflect_texts
from bot.texts import safety as safety_texts
from bot.texts import weekly as weekly_texts
from bot.texts.catalog import Translator, translator
from storage.models import Person
from testkit.app import stop_application
from testkit.clock import FakeClock
from testkit.fakeapi import FakeBotApi
from testkit.person import ScriptedPerson
from tests.e2e.conftest import RunningBot, StartBot

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MONDAY = datetime(2026, 11, 23, tzinfo=UTC)


@dataclass(frozen=True)
class Speaker:
    """Someone whose Telegram speaks one of our languages, and what they type in it."""

    language: Language
    language_code: str  # as their Telegram app sends it
    city: str  # typed in their language
    zone: str
    at: str  # the check-in time, typed as they would
    nudge_utc: datetime  # Monday's nudge for that city and time
    feeling: str
    crisis: str
    summary_words: str  # what "2 days"-like counting looks like in the summary


SPEAKERS = (
    Speaker(
        Language.ES,
        "es-MX",
        "Nueva York",
        "America/New_York",
        "8 de la mañana",
        MONDAY + timedelta(hours=13),
        "cansada, tranquila, aquí",
        "ya no quiero vivir",
        "1 día",
    ),
    Speaker(
        Language.DE,
        "de-AT",
        "München",
        "Europe/Berlin",
        "8 Uhr",
        MONDAY + timedelta(hours=7),
        "müde, ruhig, hier",
        "ich will nicht mehr leben",
        "1 Tag",
    ),
    Speaker(
        Language.RU,
        "ru",
        "Москва",
        "Europe/Moscow",
        "в 8 утра",
        MONDAY + timedelta(hours=5),
        "устала, спокойно, здесь",
        "я больше не хочу жить",
        "1 день",
    ),
    Speaker(
        Language.PT,
        "pt-br",
        "São Paulo",
        "America/Sao_Paulo",
        "às 8",
        MONDAY + timedelta(hours=11),
        "cansada, calma, aqui",
        "não quero mais viver",
        "1 dia",
    ),
    Speaker(
        Language.FR,
        "fr-CA",
        "Londres",
        "Europe/London",
        "8h",
        MONDAY + timedelta(hours=8),
        "fatiguée, calme, là",
        "je veux mourir",
        "1 jour",
    ),
)


def english_sentences(language: Language) -> list[str]:
    """English lines of the catalog whose translation differs, long enough to be telling."""
    path = f"bot/locales/{language.value}/LC_MESSAGES/smallsteps.po"
    with open(path, "rb") as po:
        catalog = read_po(po)
    lines = set()
    for message in catalog:
        ids = [str(i) for i in (message.id if isinstance(message.id, tuple) else (message.id,))]
        strings = [
            str(s)
            for s in (message.string if isinstance(message.string, tuple) else (message.string,))
        ]
        for msgid in ids:
            for line in msgid.replace("{", "\n").replace("}", "\n").splitlines():
                if len(line.strip()) >= 16 and all(line.strip() not in s for s in strings):
                    lines.add(line.strip())
    return sorted(lines)


def assert_no_english(api: FakeBotApi, person: ScriptedPerson, language: Language) -> None:
    """No sentence of the English catalog in any message or button this person was shown."""
    shown = [m.text for m in api.sent_to(person.chat_id)]
    shown += [label for m in api.sent_to(person.chat_id) for label in m.button_texts]
    leaks = [line for line in english_sentences(language) if any(line in s for s in shown)]
    assert leaks == []


def _text_of(api: FakeBotApi, person: ScriptedPerson, message_id: int) -> str | None:
    """A message's text as the chat shows it now, after any edits."""
    message = api.message(person.chat_id, message_id)
    return None if message is None else message.text


async def journal_of(person: ScriptedPerson) -> str:
    """The journal.md of the person's /export."""
    await person.command("/export")
    exported = await person.next_message()
    assert exported.document is not None
    with zipfile.ZipFile(io.BytesIO(exported.document.data)) as archive:
        return archive.read("journal.md").decode()


@pytest.mark.parametrize("speaker", SPEAKERS, ids=[s.language.value for s in SPEAKERS])
async def test_a_whole_week_in_the_language_telegram_gave(
    bot: RunningBot, api: FakeBotApi, clock: FakeClock, speaker: Speaker
) -> None:
    tr = translator(speaker.language)
    ana = api.person(user_id=2001, first_name="Ana", language_code=speaker.language_code)
    clock.set(MONDAY)

    # Onboarding, from Telegram's language code: the city and time typed in the language.
    await ana.command("/start")
    await ana.expect_text(tr(onboarding_texts.WELCOME_NEW))
    await ana.expect_text(tr(onboarding_texts.ASK_TIMEZONE))
    await ana.send(speaker.city)
    await ana.expect_text(tr(onboarding_texts.ASK_CHECKIN_TIME))
    await ana.send(speaker.at)
    done = await ana.next_message()
    assert done.text == tr(onboarding_texts.ONBOARDING_DONE).format(time="08:00", zone=speaker.zone)

    # The morning nudge has no update to take a language from: it uses the stored one.
    clock.set(speaker.nudge_utc)
    await bot.deliver_due()
    nudge = await ana.next_message()
    assert nudge.button_texts[:5] == [mood_label(tr, mood) for mood in range(1, 6)]
    await (await ana.press(mood_label(tr, 4), nudge)).wait_answered()
    await ana.next_message()  # the mood acknowledged, and the three-words question
    await ana.send(speaker.feeling)
    await ana.next_message()  # the words kept
    steps = await ana.expect_text("•")
    await (await ana.press(steps.button_texts[0], steps)).wait_answered()
    await ana.next_message()  # the step chosen

    # The evening question, scheduled too, in the stored language.
    await ana.command("/evening 20:00")
    await ana.next_message()
    clock.set(speaker.nudge_utc + timedelta(hours=12))
    await bot.deliver_due()
    evening = await ana.next_message()
    assert evening.button_texts == [outcome_label(tr, outcome) for outcome in StepOutcome]
    await (await ana.press(outcome_label(tr, StepOutcome.DONE), evening)).wait_answered()
    assert (await ana.next_message()).text.split("\n\n")[0] in {
        tr(variant) for variant in checkin_texts.DONE_REPLY
    }

    # /reflect: a question in the language, and the answer kept with it.
    await ana.command("/reflect")
    question = await ana.next_message()
    intros = {
        tr(variant) for variant in (*reflect_texts.REFLECT_INTRO, *reflect_texts.REFLECT_INTRO_LOW)
    }
    assert question.text.split("\n\n")[0] in intros
    assert question.button_texts == [
        tr(reflect_texts.ANOTHER_QUESTION),
        tr(reflect_texts.DONE_FOR_NOW),
    ]

    # The weekly summary, with its chart.
    await ana.command("/summary")
    summary = await ana.next_message()
    assert summary.photo is not None and summary.photo.data.startswith(PNG_SIGNATURE)
    assert speaker.summary_words in summary.text
    assert weekly_texts.week_label(tr, last_week=False) in summary.text

    # Crisis words in the language: the crisis answer, in the language.
    await ana.send(speaker.crisis)
    answer = await ana.expect_text(tr(safety_texts.CRISIS_HEARD))
    assert tr(safety_texts.CRISIS_STILL_HERE) in answer.text

    # The export's journal, written in the language.
    journal = await journal_of(ana)
    assert journal.startswith(f"# {tr(export_texts.JOURNAL_TITLE)}")
    assert speaker.feeling in journal

    assert_no_english(api, ana, speaker.language)


async def test_an_unknown_or_missing_language_code_means_english(
    bot: RunningBot, api: FakeBotApi
) -> None:
    english = translator(Language.EN)
    for user_id, code in ((3001, "xx-YY"), (3002, None), (3003, "")):
        someone = api.person(user_id=user_id, language_code=code)
        await someone.command("/start")
        await someone.expect_text(english(onboarding_texts.WELCOME_NEW))


async def test_language_switches_at_once_and_outlives_start_and_a_restart(
    start_bot: StartBot, api: FakeBotApi
) -> None:
    first = await start_bot()
    german, spanish = translator(Language.DE), translator(Language.ES)
    ana = api.person(user_id=2002, first_name="Ana", language_code="de")
    await ana.command("/start")
    await ana.expect_text(german(onboarding_texts.WELCOME_NEW))
    await ana.expect_text(german(onboarding_texts.ASK_TIMEZONE))

    await ana.command("/language")
    offer = await ana.next_message()
    assert offer.button_texts == list(language_texts.NAMES.values())
    await (await ana.press("Español", offer)).wait_answered()
    await ana.wait_until(
        lambda: _text_of(api, ana, offer.message_id) == spanish(language_texts.CHOSEN)
    )
    await ana.command("/help")
    await ana.expect_text(spanish(common_texts.HELP).split("\n")[0])

    # Telegram still says German; the choice is what counts, after /start and a restart too
    # (never onboarded, so /start greets as new: in Spanish).
    await ana.command("/start")
    await ana.expect_text(spanish(onboarding_texts.WELCOME_NEW))
    await stop_application(first.app)
    second = await start_bot()
    await ana.command("/help")
    await ana.expect_text(spanish(common_texts.HELP).split("\n")[0])
    async with second.services.sessions() as session:
        assert await session.scalar(select(Person.language)) == "es"


async def test_two_people_nudged_in_the_same_minute_each_get_their_own_language(
    bot: RunningBot, api: FakeBotApi, clock: FakeClock
) -> None:
    clock.set(MONDAY)
    people = {
        Language.RU: api.person(user_id=2101, language_code="ru"),
        Language.FR: api.person(user_id=2102, language_code="fr"),
        Language.EN: api.person(user_id=2103, language_code="en-GB"),
    }
    for language, person in people.items():
        tr = translator(language)
        await person.command("/start")
        await person.expect_text(tr(onboarding_texts.ASK_TIMEZONE))
        await person.send("Europe/Berlin")
        await person.expect_text(tr(onboarding_texts.ASK_CHECKIN_TIME))
        await person.send("7:45")
        await person.expect_text(tr(onboarding_texts.ONBOARDING_DONE).split("{")[0])
    clock.set(MONDAY + timedelta(hours=6, minutes=45))
    await bot.deliver_due()
    for language, person in people.items():
        tr = translator(language)
        nudge = await person.next_message()
        assert nudge.button_texts == [
            *(mood_label(tr, m) for m in range(1, 6)),
            tr(checkin_texts.NOT_NOW),
            tr(checkin_texts.LATER_LABELS[Later.ASK]),
        ]


@pytest.mark.parametrize("language", list(Language), ids=[language.value for language in Language])
async def test_the_menu_and_descriptions_are_set_in_every_language(
    bot: RunningBot, api: FakeBotApi, language: Language
) -> None:
    tr: Translator = translator(language)
    code = "" if language is Language.EN else language.value
    menu = api.commands_for(language_code=code)
    assert [c["command"] for c in menu] == [name for name, _ in common_texts.COMMAND_MENU]
    assert [c["description"] for c in menu] == [tr(text) for _, text in common_texts.COMMAND_MENU]
    assert api.descriptions["description", code] == tr(common_texts.DESCRIPTION)
    assert api.descriptions["short_description", code] == tr(common_texts.SHORT_DESCRIPTION)
