"""Where to look in the common French internet boxes: port forwarding (NAT/PAT), DMZ and UPnP.

UPnP shows only the rules that programs opened themselves: rules typed by hand in the box (NAT/PAT) and the DMZ
never appear in it, so every scan ends with a manual check guided for the identified box. Menus move between
models and firmware versions: each path is the usual one, and the generic text says what to look for anywhere.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class BoxGuide:
    key: str
    name: str
    markers: tuple[str, ...]  # lower-case words seen in the UPnP description of this family of boxes
    admin: str  # how to reach the administration pages
    nat: str  # where manual port forwarding rules are listed
    dmz: str  # where the DMZ ("exposed host") is set
    upnp: str  # where UPnP is switched off (and where the rules programs opened are listed)

    @property
    def steps(self) -> str:
        return f"{self.admin} ; redirections manuelles : {self.nat} ; DMZ : {self.dmz} ; UPnP : {self.upnp}."


GUIDES: tuple[BoxGuide, ...] = (
    BoxGuide(
        "livebox",
        "Livebox (Orange)",
        ("livebox", "orange", "sagemcom"),
        "ouvrez http://192.168.1.1 et connectez-vous avec le mot de passe d'administration (par défaut, il est "
        "imprimé sur l'étiquette de la box)",
        "« Paramètres avancés » > « Réseau » > onglet « NAT/PAT »",
        "« Paramètres avancés » > « Réseau » > onglet « DMZ »",
        "« Paramètres avancés » > « Réseau » > onglet « UPnP »",
    ),
    BoxGuide(
        "freebox",
        "Freebox (Free)",
        ("freebox", "free sas", "freebox sa"),
        "ouvrez Freebox OS (http://mafreebox.freebox.fr) et passez en mode avancé",
        "« Paramètres de la Freebox » > « Gestion des ports »",
        "« Paramètres de la Freebox » > « Mode réseau » ou « DMZ » selon le modèle",
        "« Paramètres de la Freebox » > « UPnP IGD » (la liste des redirections UPnP y figure aussi)",
    ),
    BoxGuide(
        "bbox",
        "Bbox (Bouygues Telecom)",
        ("bbox", "bouygues"),
        "ouvrez l'interface de la Bbox (http://mabbox.bytel.fr ou http://192.168.1.254)",
        "« Services de la box » > « Redirection de ports » (NAT/PAT)",
        "« Services de la box » > « DMZ »",
        "« Services de la box » > « UPnP »",
    ),
    BoxGuide(
        "sfr",
        "Box SFR ou RED",
        ("sfr", "neufbox", "red by sfr"),
        "ouvrez http://192.168.1.1",
        "onglet « Réseau v4 » > section « NAT » (redirections de ports)",
        "onglet « Réseau v4 » > section « DMZ »",
        "onglet « Réseau v4 » > section « UPnP » (et l'onglet « Réseau v6 » pour le pare-feu IPv6)",
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
    per_box = "\n".join(f"• Sur une {g.name} : {g.steps}" for g in GUIDES)
    return f"\n{per_box}\n• Pour les autres box : {GENERIC[0].lower()}{GENERIC[1:]}"


def manual_check(guide: BoxGuide | None = None) -> str:
    """What UPnP cannot show and where to look for it by hand."""
    if guide is not None:
        where = f"Sur votre {guide.name} : {guide.admin} ; regardez {guide.nat} et {guide.dmz}. "
    else:
        where = "\n".join(f"• Sur une {g.name} : {g.admin} ; regardez {g.nat} et {g.dmz}." for g in GUIDES)
        where = f"\n{where}\n• Sur une autre box : rubriques « NAT/PAT » ou « redirection de ports » et « DMZ ».\n"
    return (
        "L'UPnP ne montre que les ouvertures demandées par des programmes : les redirections saisies à la main "
        "dans la box (NAT/PAT) et le mode DMZ n'y apparaissent jamais. Des ports ouverts et, dans un cas, le mode "
        f"DMZ d'une box ont exposé les serveurs d'imagerie sanctionnés par la CNIL en 2020. {where}Il ne doit y avoir aucune redirection vers un "
        "appareil du cabinet et la DMZ doit être désactivée ; notez ce que vous avez vu."
    )


def remove_upnp_rule(guide: BoxGuide | None, rule: str | None) -> str:
    """Advice for a rule a program opened through UPnP: deleting it alone does not last."""
    named = f"la règle « {rule} »" if rule else "cette règle"
    where = f" ({guide.upnp})" if guide is not None else " (rubrique « UPnP » de la box)"
    return (
        f"Le programme qui a créé {named} la recréera : désactivez l'UPnP sur la box{where}, ou la fonction "
        "d'accès depuis Internet dans ce programme (demandez à votre éditeur), puis relancez la vérification."
    )
