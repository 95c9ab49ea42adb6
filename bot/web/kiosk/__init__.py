"""The village-office kiosk: a web chat at /kiosk, served by `adminduk web`, a thin adapter
over the channel core (the page pulls; nothing is pushed).

channel   sessions, the core with a sender that "delivers" by showing, the transcript
routes    the Starlette routes mounted into the console (`install(app, engine)`)
"""
