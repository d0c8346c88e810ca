import pytest
from pydantic import SecretStr, ValidationError

from bot.settings import Settings

REAL_SHAPED_TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw_-x"


def refusal(error: pytest.ExceptionInfo[ValidationError]) -> str:
    """The reason as the CLI prints it: pydantic's message, never the value it refused."""
    return str(error.value.errors()[0]["msg"]).removeprefix("Value error, ")


@pytest.fixture(autouse=True)
def _no_outside_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: object) -> None:
    """Only what a test sets counts: no SMALLSTEPS_* from the shell, no .env file."""
    for name in (
        "SMALLSTEPS_BOT_TOKEN",
        "SMALLSTEPS_WEBHOOK_SECRET",
        "SMALLSTEPS_DATABASE_URL",
        "SMALLSTEPS_TELEGRAM_BASE_URL",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(str(tmp_path))


def test_a_blank_token_as_in_env_example_is_no_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SMALLSTEPS_BOT_TOKEN", "  ")

    assert Settings().bot_token is None


def test_a_token_is_kept_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SMALLSTEPS_BOT_TOKEN", REAL_SHAPED_TOKEN)

    settings = Settings()

    assert settings.bot_token is not None
    assert settings.bot_token.get_secret_value() == REAL_SHAPED_TOKEN
    assert REAL_SHAPED_TOKEN not in repr(settings)


@pytest.mark.parametrize(
    "secret", ["s", "short-secret_15", "has spaces in it, sixteen+", "x" * 257]
)
def test_a_short_or_odd_webhook_secret_is_refused(
    monkeypatch: pytest.MonkeyPatch, secret: str
) -> None:
    monkeypatch.setenv("SMALLSTEPS_WEBHOOK_SECRET", secret)

    with pytest.raises(ValidationError, match="16-256 characters"):
        Settings()


def test_a_long_webhook_secret_is_accepted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SMALLSTEPS_WEBHOOK_SECRET", "A_long-secret_0123456789")

    assert Settings().webhook_secret_value == "A_long-secret_0123456789"


@pytest.mark.parametrize(
    "token",
    [REAL_SHAPED_TOKEN, "123456:IMAGE", "1:smallsteps-try", "123456:TEST-token-never-logged"],
)
def test_tokens_of_telegram_and_of_a_local_bot_api_server_are_accepted(
    monkeypatch: pytest.MonkeyPatch, token: str
) -> None:
    monkeypatch.setenv("SMALLSTEPS_BOT_TOKEN", token)

    assert Settings().bot_token == SecretStr(token)


@pytest.mark.parametrize(
    "token",
    [
        f"bot{REAL_SHAPED_TOKEN}",
        f"'{REAL_SHAPED_TOKEN}'",
        f"{REAL_SHAPED_TOKEN} ",
        "AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw",
        "123456789:",
        "123456789:AAHdqTcv CH1vGWJxfSeofSAs0K5PALDsaw",
        f"https://api.telegram.org/bot{REAL_SHAPED_TOKEN}/getMe",
    ],
)
def test_a_value_that_cannot_be_a_bot_token_is_refused_unseen(
    monkeypatch: pytest.MonkeyPatch, token: str
) -> None:
    monkeypatch.setenv("SMALLSTEPS_BOT_TOKEN", token)

    with pytest.raises(ValidationError) as refused:
        Settings()

    reason = refusal(refused)
    assert reason.startswith("SMALLSTEPS_BOT_TOKEN is not a bot token")
    assert "@BotFather" in reason
    assert token.strip() not in reason and "AAHdqTcv" not in reason


@pytest.mark.parametrize(
    ("url", "form"),
    [
        ("sqlite:///data/smallsteps.db", "sqlite+aiosqlite:///"),
        ("sqlite+pysqlite:///data/smallsteps.db", "sqlite+aiosqlite:///"),
        ("postgresql://smallsteps:pass-word@db:5432/smallsteps", "postgresql+asyncpg://"),
        ("postgres://smallsteps:pass-word@db:5432/smallsteps", "postgresql+asyncpg://"),
        ("postgresql+psycopg2://smallsteps:pass-word@db/smallsteps", "postgresql+asyncpg://"),
    ],
)
def test_a_database_url_without_the_async_driver_says_which_form_to_use(
    monkeypatch: pytest.MonkeyPatch, url: str, form: str
) -> None:
    monkeypatch.setenv("SMALLSTEPS_DATABASE_URL", url)

    with pytest.raises(ValidationError) as refused:
        Settings()

    reason = refusal(refused)
    assert reason.startswith("SMALLSTEPS_DATABASE_URL must name the async driver")
    assert form in reason
    assert "pass-word" not in reason and url not in reason


def test_a_database_url_of_another_kind_names_both_forms(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SMALLSTEPS_DATABASE_URL", "mysql+aiomysql://smallsteps:pass-word@db/x")

    with pytest.raises(ValidationError) as refused:
        Settings()

    reason = refusal(refused)
    assert "sqlite+aiosqlite:///" in reason and "postgresql+asyncpg://" in reason
    assert "pass-word" not in reason


@pytest.mark.parametrize(
    "url",
    [
        "sqlite+aiosqlite:///data/smallsteps.db",
        "sqlite+aiosqlite:///:memory:",
        "postgresql+asyncpg://smallsteps:pass-word@db:5432/smallsteps",
    ],
)
def test_a_database_url_with_the_async_driver_is_kept(
    monkeypatch: pytest.MonkeyPatch, url: str
) -> None:
    monkeypatch.setenv("SMALLSTEPS_DATABASE_URL", url)

    assert Settings().database_url == url


@pytest.mark.parametrize(
    "url", ["https://api.telegram.org", "https://api.telegram.org/bot/", "http://127.0.0.1:8081/"]
)
def test_a_telegram_base_url_not_ending_in_bot_is_refused_with_the_default_as_example(
    monkeypatch: pytest.MonkeyPatch, url: str
) -> None:
    monkeypatch.setenv("SMALLSTEPS_TELEGRAM_BASE_URL", url)

    with pytest.raises(ValidationError) as refused:
        Settings()

    assert refusal(refused) == (
        "SMALLSTEPS_TELEGRAM_BASE_URL must end with /bot (the token is added right after it), "
        "like the default https://api.telegram.org/bot"
    )


@pytest.mark.parametrize("url", ["https://api.telegram.org/bot", "http://127.0.0.1:8081/bot"])
def test_a_telegram_base_url_ending_in_bot_is_kept(
    monkeypatch: pytest.MonkeyPatch, url: str
) -> None:
    monkeypatch.setenv("SMALLSTEPS_TELEGRAM_BASE_URL", url)

    assert Settings().telegram_base_url == url
