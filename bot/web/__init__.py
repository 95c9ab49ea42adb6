"""The officers' web console: Starlette + Jinja2 pages over the queue's service layer.

    app = create_app(load_web_config())      # bot.web.app
    adminduk web --host 127.0.0.1 --port 8080

Layers: `config` (settings, the signing secret), `security` (signed cookies, CSRF, headers),
`context` (the logged-in officer, rendering, errors to status codes), `pages` (queue and
ticket), `supervisor` (statistics, export, officers), `charts` (matplotlib SVG). Routes only
translate a request into a service call and render what it returns: access and every rule are
decided in `bot.queue`. htmx 2 is shipped in `static/` (pinned; nothing from a CDN).
"""
