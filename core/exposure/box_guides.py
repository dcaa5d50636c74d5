"""Where to look in the common French internet boxes: port forwarding (NAT/PAT), DMZ and UPnP.

Menus move between models and firmware versions, so the text names the sections to look for rather than exact
click paths, and always ends with the generic way (the box's label and the ISP's help pages).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class BoxGuide:
    key: str
    name: str
    markers: tuple[str, ...]  # lower-case words seen in the UPnP description of this family of boxes
    steps: str


GUIDES: tuple[BoxGuide, ...] = (
    BoxGuide(
        "livebox",
        "Livebox (Orange)",
        ("livebox", "orange", "sagemcom"),
        "ouvrez http://192.168.1.1 et connectez-vous avec le mot de passe d'administration (par défaut, il est "
        "imprimé sur l'étiquette de la box) ; dans « Paramètres avancés », puis « Réseau », regardez les onglets "
        "« NAT/PAT » (redirections de ports), « DMZ » et « UPnP ».",
    ),
    BoxGuide(
        "freebox",
        "Freebox (Free)",
        ("freebox", "free sas", "freebox sa"),
        "ouvrez Freebox OS (http://mafreebox.freebox.fr), puis « Paramètres de la Freebox » en mode avancé : "
        "rubriques « Gestion des ports » (redirections), « DMZ » et « UPnP IGD ».",
    ),
    BoxGuide(
        "bbox",
        "Bbox (Bouygues Telecom)",
        ("bbox", "bouygues"),
        "ouvrez l'interface de la Bbox (http://mabbox.bytel.fr ou http://192.168.1.254), rubrique des "
        "services ou réglages avancés de la box : « Redirection de ports » (NAT/PAT), « DMZ » et « UPnP ».",
    ),
    BoxGuide(
        "sfr",
        "Box SFR ou RED",
        ("sfr", "neufbox", "red by sfr"),
        "ouvrez http://192.168.1.1, onglet « Réseau v4 » : sections « NAT » (redirections de ports), « DMZ » et "
        "« UPnP ». Regardez aussi l'onglet « Réseau v6 » (pare-feu IPv6).",
    ),
)

GENERIC = (
    "Dans l'interface d'administration de la box (souvent http://192.168.1.1 ou http://192.168.1.254), cherchez "
    "les rubriques « NAT/PAT » ou « redirection de ports », « DMZ » (ou « hôte exposé ») et « UPnP ». Aucune "
    "redirection ne doit mener vers un poste, un NAS ou un appareil d'imagerie du cabinet, la DMZ doit être "
    "désactivée, et l'UPnP aussi si aucun appareil n'en a besoin. Vérifiez enfin que le pare-feu IPv6 de la box "
    "bloque les connexions entrantes. En cas de doute, faites faire ce contrôle par votre prestataire et gardez "
    "une trace écrite de ses réglages."
)


def identify(*texts: str | None) -> BoxGuide | None:
    """The guide whose markers appear in the box's self-description (friendly name, manufacturer, model)."""
    haystack = " ".join(t.lower() for t in texts if t)
    for guide in GUIDES:
        if any(marker in haystack for marker in guide.markers):
            return guide
    return None


def manual_steps(guide: BoxGuide | None = None) -> str:
    """The steps for the identified box, or for the four common French boxes when it is unknown."""
    if guide is not None:
        return f"Sur une {guide.name} : {guide.steps} {GENERIC}"
    per_box = " ".join(f"Sur une {g.name} : {g.steps}" for g in GUIDES)
    return f"{per_box} Pour les autres box : {GENERIC[0].lower()}{GENERIC[1:]}"
