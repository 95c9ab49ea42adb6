"""Project code loaded into the Rasa process: the `#`-line classifier, the atomic Redis lock
store and the tracker store. Importing the package (Rasa does, for any of them) also installs
the once-checked action response validator (`rasa_addons.action_response`)."""

from rasa_addons.action_response import install as _install_action_response

_install_action_response()
