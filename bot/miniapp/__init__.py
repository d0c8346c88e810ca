"""The Mini App: a page inside Telegram, served by the bot itself."""
