"""WhatsApp Cloud API for residents: a thin adapter over the channel core.

config      settings from the environment (token, app secret, verify token, templates)
inbound     a webhook body → messages and statuses (signature checked in `webhook`)
outbound    the assistant's replies as Cloud API payloads (buttons, lists, templates)
graph       the Graph API client: send, media URL, download; one failure policy
sender      the core's sender: the 24-hour window, the template fallback
webhook     the Starlette app at /whatsapp (GET verification, POST intake before 200)
app         wiring and `adminduk whatsapp`
"""

from bot.channels.whatsapp.config import WhatsAppSettings, load_whatsapp_settings

__all__ = ["WhatsAppSettings", "load_whatsapp_settings"]
