import pytest
from pydantic import ValidationError

from bot.settings import Settings


@pytest.fixture(autouse=True)
def _no_outside_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: object) -> None:
    """Only what a test sets counts: no SMALLSTEPS_* from the shell, no .env file."""
    for name in ("SMALLSTEPS_BOT_TOKEN", "SMALLSTEPS_WEBHOOK_SECRET"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(str(tmp_path))


def test_a_blank_token_as_in_env_example_is_no_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SMALLSTEPS_BOT_TOKEN", "  ")

    assert Settings().bot_token is None


def test_a_token_is_kept_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SMALLSTEPS_BOT_TOKEN", "123:abc")

    settings = Settings()

    assert settings.bot_token is not None
    assert settings.bot_token.get_secret_value() == "123:abc"
    assert "123:abc" not in repr(settings)


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
