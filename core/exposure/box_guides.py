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


# key: (name, admin, nat, dmz, upnp) in English; the menu names stay as the box shows them (in French).
GUIDES_EN: dict[str, tuple[str, str, str, str, str]] = {
    "livebox": (
        "Livebox (Orange)",
        "open http://192.168.1.1 and log in with the administration password (by default it is printed on the "
        "box's label)",
        "\u201cParamètres avancés\u201d > \u201cRéseau\u201d > \u201cNAT/PAT\u201d tab",
        "\u201cParamètres avancés\u201d > \u201cRéseau\u201d > \u201cDMZ\u201d tab",
        "\u201cParamètres avancés\u201d > \u201cRéseau\u201d > \u201cUPnP\u201d tab",
    ),
    "freebox": (
        "Freebox (Free)",
        "open Freebox OS (http://mafreebox.freebox.fr) and switch to advanced mode",
        "\u201cParamètres de la Freebox\u201d > \u201cGestion des ports\u201d",
        "\u201cParamètres de la Freebox\u201d > \u201cMode réseau\u201d or \u201cDMZ\u201d depending on the model",
        "\u201cParamètres de la Freebox\u201d > \u201cUPnP IGD\u201d (the list of UPnP forwardings is there too)",
    ),
    "bbox": (
        "Bbox (Bouygues Telecom)",
        "open the Bbox interface (http://mabbox.bytel.fr or http://192.168.1.254)",
        "\u201cServices de la box\u201d > \u201cRedirection de ports\u201d (NAT/PAT)",
        "\u201cServices de la box\u201d > \u201cDMZ\u201d",
        "\u201cServices de la box\u201d > \u201cUPnP\u201d",
    ),
    "sfr": (
        "SFR or RED box",
        "open http://192.168.1.1",
        "\u201cRéseau v4\u201d tab > \u201cNAT\u201d section (port forwarding)",
        "\u201cRéseau v4\u201d tab > \u201cDMZ\u201d section",
        "\u201cRéseau v4\u201d tab > \u201cUPnP\u201d section (and the \u201cRéseau v6\u201d tab for the IPv6 firewall)",
    ),
}

GENERIC_EN = (
    "In the box's administration interface (often http://192.168.1.1 or http://192.168.1.254), look for the "
    "\u201cNAT/PAT\u201d or \u201cport forwarding\u201d, \u201cDMZ\u201d (or \u201cexposed host\u201d) and \u201cUPnP\u201d sections. No "
    "forwarding may lead to a computer, a NAS or an imaging device of the practice, the DMZ must be off, and so "
    "must UPnP if no device needs it. Finally check that the box's IPv6 firewall blocks incoming connections. "
    "When in doubt, have your IT provider do this check and keep a written record of the settings."
)


def identify(*texts: str | None) -> BoxGuide | None:
    """The guide whose markers appear in the box's self-description (friendly name, manufacturer, model)."""
    haystack = " ".join(t.lower() for t in texts if t)
    for guide in GUIDES:
        if any(marker in haystack for marker in guide.markers):
            return guide
    return None


def by_key(key: str | None) -> BoxGuide | None:
    return next((g for g in GUIDES if g.key == key), None)


def localized(guide: BoxGuide, lang: str = "fr") -> BoxGuide:
    """The guide with its texts in ``lang`` (French is the table above, English is :data:`GUIDES_EN`)."""
    if lang != "en":
        return guide
    name, admin, nat, dmz, upnp = GUIDES_EN[guide.key]
    return BoxGuide(guide.key, name, guide.markers, admin, nat, dmz, upnp)


def _steps(guide: BoxGuide, lang: str) -> str:
    if lang == "en":
        return f"{guide.admin}; manual forwarding: {guide.nat}; DMZ: {guide.dmz}; UPnP: {guide.upnp}."
    return guide.steps


def manual_steps(guide: BoxGuide | None = None, lang: str = "fr") -> str:
    """The steps for the identified box, or for the four common French boxes when it is unknown."""
    generic = GENERIC_EN if lang == "en" else GENERIC
    on = "On a" if lang == "en" else "Sur une"
    if guide is not None:
        g = localized(guide, lang)
        return f"{on} {g.name}{':' if lang == 'en' else ' :'} {_steps(g, lang)} {generic}"
    per_box = "\n".join(
        f"• {on} {g.name}{':' if lang == 'en' else ' :'} {_steps(g, lang)}"
        for g in (localized(x, lang) for x in GUIDES)
    )
    others = "• For other boxes:" if lang == "en" else "• Pour les autres box :"
    return f"\n{per_box}\n{others} {generic[0].lower()}{generic[1:]}"


def manual_check(guide: BoxGuide | None = None, lang: str = "fr") -> str:
    """What UPnP cannot show and where to look for it by hand."""
    if lang == "en":
        if guide is not None:
            g = localized(guide, lang)
            where = f"On your {g.name}: {g.admin}; look at {g.nat} and {g.dmz}. "
        else:
            where = "\n".join(
                f"• On a {g.name}: {g.admin}; look at {g.nat} and {g.dmz}."
                for g in (localized(x, lang) for x in GUIDES)
            )
            where = f"\n{where}\n• On another box: the \u201cNAT/PAT\u201d or \u201cport forwarding\u201d and \u201cDMZ\u201d sections.\n"
        return (
            "UPnP only shows the openings programs asked for: forwarding rules typed by hand into the box "
            "(NAT/PAT) and DMZ mode never appear in it. Open ports and, in one case, a box's DMZ mode exposed the "
            f"imaging servers fined by the CNIL in 2020. {where}There must be no forwarding to any device of the "
            "practice and the DMZ must be off; write down what you saw."
        )
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


def remove_upnp_rule(guide: BoxGuide | None, rule: str | None, lang: str = "fr") -> str:
    """Advice for a rule a program opened through UPnP: deleting it alone does not last."""
    if lang == "en":
        named = f"the rule \u201c{rule}\u201d" if rule else "this rule"
        where = (
            f" ({localized(guide, lang).upnp})"
            if guide is not None
            else " (the box's \u201cUPnP\u201d section)"
        )
        return (
            f"The program that created {named} will recreate it: turn off UPnP on the box{where}, or the "
            "access-from-the-Internet feature in that program (ask your vendor), then run the check again."
        )
    named = f"la règle « {rule} »" if rule else "cette règle"
    where = f" ({guide.upnp})" if guide is not None else " (rubrique « UPnP » de la box)"
    return (
        f"Le programme qui a créé {named} la recréera : désactivez l'UPnP sur la box{where}, ou la fonction "
        "d'accès depuis Internet dans ce programme (demandez à votre éditeur), puis relancez la vérification."
    )
