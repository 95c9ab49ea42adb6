"""Telegram for residents and officers (python-telegram-bot 22).

config      settings from the environment (token, Bot API base URL, officer chat, Rasa)
tables      the gateway's tables; store: their one-transaction operations
rasa        Rasa's REST channel client
sending     one failure policy for Bot API calls (sent / retry / give up)
residents   private-chat handlers; officers: the officer chat, buttons, prompts
gateway     the inbox and delivery loops; app: the Application and how it runs
"""

from bot.channels.telegram.config import TelegramSettings, load_telegram_settings

__all__ = ["TelegramSettings", "load_telegram_settings"]
