"""Project code loaded into the Rasa process: the `#`-line classifier, the dialogue policy
(`turn_policy.TurnPolicy`), the atomic Redis lock store and the tracker store. Importing the
package (Rasa does, for any of them) also installs the once-checked action response
validator (`rasa_addons.action_response`) and keep-alive HTTP for the action server's calls
(`rasa_addons.action_http`)."""

from rasa_addons.action_http import install as _install_action_http
from rasa_addons.action_response import install as _install_action_response

_install_action_response()
_install_action_http()
