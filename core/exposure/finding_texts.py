"""The exposure findings' titles and advice as codes with parameters, rendered in French or English at the edge.

A finding stores its ``code`` and ``params`` beside the French ``title``/``advice`` (which the command line, the
JSON and the printed report keep). The GUI renders ``code``+``params`` in the interface language; a finding
without a code (a scan saved by an older version) shows its stored French. A title is ``TEXTS[code + ".title"]``,
advice ``TEXTS[code + ".advice"]``. Parameters are plain JSON values; a dict is a nested text:
``{"t": code, "p": {...}}`` a text of this table, ``{"service": key, "part": "name"|"explanation"|"action"}`` the
risky-services table, ``{"guide": key|None, "part": ...}`` the box guides, ``{"n": 3, "plural": code}`` a real
plural, ``{"decimal": 2.5}`` a number (``{"number": 3}`` without a fixed decimal), ``{"join": [...], "sep": ", "}``
a list (``"semi": true`` joins with the language's semicolon).
"""

from __future__ import annotations

from typing import Any

from core import wording
from core.exposure import box_guides
from core.exposure.findings import Finding, Kind, Severity
from core.exposure.services_en import SERVICES_EN
from core.exposure.services_table import by_key

# code: (French, English). Same placeholders in both; keep both sentences saying the same thing.
TEXTS: dict[str, tuple[str, str]] = {
    # --- this PC's listeners (core.exposure.local) ---------------------------------------------------------
    "local.listener.service.title": (
        "{service} à l'écoute ({proto} {port})",
        "{service} listening ({proto} {port})",
    ),
    "local.listener.service.advice": (
        "{who} attend des connexions {where}. {explanation} {action}",
        "{who} waits for connections {where}. {explanation} {action}",
    ),
    "local.listener.other.title": (
        "Programme à l'écoute du réseau ({proto} {port})",
        "Program listening on the network ({proto} {port})",
    ),
    "local.listener.other.advice": (
        "{who} attend des connexions {where}. Ce port ne correspond pas à un service connu comme risqué. Si vous "
        "ne reconnaissez pas ce programme, demandez à votre prestataire à quoi il sert ; un programme inutile qui "
        "écoute le réseau est une porte de plus.",
        "{who} waits for connections {where}. This port matches no service known to be risky. If you do not "
        "recognise this program, ask your IT provider what it is for; a needless program listening on the "
        "network is one more door.",
    ),
    "who.program": ("Le programme {program}", "The program {program}"),
    "who.unknown": ("Un programme non identifié", "An unidentified program"),
    "where.all": (
        "sur toutes les connexions réseau de cet ordinateur",
        "on every network connection of this computer",
    ),
    "where.addresses": ("sur l'adresse {addresses}", "on the address {addresses}"),
    "local.partial.title": (
        "Certains programmes n'ont pas pu être identifiés",
        "Some programs could not be identified",
    ),
    "local.partial.advice": (
        "Le système ne révèle pas le programme propriétaire de certaines connexions sans droits d'administrateur. "
        "Les ports sont bien listés ; pour connaître les programmes, relancez la vérification depuis une session "
        "administrateur.",
        "Without administrator rights the system does not reveal which program owns some connections. The ports "
        "are all listed; to know the programs, run the check again from an administrator session.",
    ),
    # --- Windows firewall and network category (core.exposure.firewall) ------------------------------------
    "firewall.unavailable.title": (
        "État du pare-feu : non disponible sur ce système",
        "Firewall state: not available on this system",
    ),
    "firewall.unavailable.advice": (
        "Vigie lit l'état du pare-feu et le type de réseau sur Windows uniquement. Sur ce système, vérifiez dans "
        "ses réglages que le pare-feu est actif.",
        "Vigie reads the firewall state and the network type on Windows only. On this system, check in its "
        "settings that the firewall is on.",
    ),
    "firewall.unreadable.title": (
        "État du pare-feu Windows : lecture impossible",
        "Windows firewall state: unreadable",
    ),
    "firewall.unreadable.advice": (
        "Ouvrez « Sécurité Windows > Pare-feu et protection du réseau » et vérifiez que chaque réseau indique « Le "
        "pare-feu est activé ».",
        "Open \u201cWindows Security > Firewall & network protection\u201d and check that each network says "
        "\u201cFirewall is on\u201d.",
    ),
    "firewall.off.title": (
        "Pare-feu Windows désactivé (profil {profiles})",
        "Windows firewall off ({profiles} profile)",
    ),
    "firewall.off.advice": (
        "Sans pare-feu, tout programme de ce poste qui écoute le réseau est joignable par les autres appareils "
        "connectés (y compris sur le Wi-Fi). Réactivez-le dans « Sécurité Windows > Pare-feu et protection du "
        "réseau », ou demandez à votre prestataire pourquoi il a été coupé.",
        "Without a firewall, every program of this computer that listens on the network can be reached by the "
        "other connected devices (Wi-Fi included). Turn it back on in \u201cWindows Security > Firewall & "
        "network protection\u201d, or ask your IT provider why it was turned off.",
    ),
    "firewall.on.title": (
        "Pare-feu Windows actif sur tous les profils",
        "Windows firewall on for every profile",
    ),
    "firewall.on.advice": (
        "Rien à faire. Le pare-feu filtre les connexions entrantes que vous n'avez pas autorisées.",
        "Nothing to do. The firewall filters the incoming connections you have not allowed.",
    ),
    "profile.Domain": ("domaine", "domain"),
    "profile.Private": ("privé", "private"),
    "profile.Public": ("public", "public"),
    "network.title": ("Réseau « {name} » déclaré {category}", "Network \u201c{name}\u201d set as {category}"),
    "network.unnamed": ("réseau", "network"),
    "category.Public": ("public", "public"),
    "category.Private": ("privé", "private"),
    "category.DomainAuthenticated": ("de domaine", "domain"),
    "category.unknown": ("inconnu", "unknown"),
    "network.private.advice": (
        "Ce réseau est déclaré privé : Windows y autorise la découverte du poste et le partage de fichiers. C'est "
        "adapté au réseau du cabinet s'il est réservé à vos appareils ; choisissez « Public » pour un Wi-Fi "
        "partagé ou ouvert aux patients.",
        "This network is set as private: Windows allows the computer to be discovered and files to be shared on "
        "it. That suits the practice's network if only your devices use it; choose \u201cPublic\u201d for a "
        "shared Wi-Fi or one open to patients.",
    ),
    "network.public.advice": (
        "Ce réseau est déclaré public : Windows y applique les règles les plus strictes. Rien à faire.",
        "This network is set as public: Windows applies its strictest rules on it. Nothing to do.",
    ),
    "network.domain.advice": (
        "Ce réseau est géré par un domaine d'entreprise : ses règles viennent de votre administrateur.",
        "This network is managed by a company domain: its rules come from your administrator.",
    ),
    # --- the box (core.exposure.router) ---------------------------------------------------------------------
    "router.list_incomplete.title": (
        "Liste incomplète : toutes les redirections de la box n'ont pas pu être lues",
        "Incomplete list: not every forwarding rule of the box could be read",
    ),
    "router.list_incomplete.advice": (
        "Raison : {reason}. Les règles lues sont listées, mais d'autres peuvent manquer, y compris vers un serveur "
        "d'imagerie ou un bureau à distance. Relancez la vérification ; si la liste reste incomplète, lisez-la "
        "dans l'interface de la box : {steps}",
        "Reason: {reason}. The rules read are listed, but others may be missing, including to an imaging server "
        "or a remote desktop. Run the check again; if the list stays incomplete, read it in the box's interface: "
        "{steps}",
    ),
    "router.manual_check.title": (
        "À vérifier à la main : redirections manuelles (NAT/PAT) et DMZ de la box",
        "To check by hand: the box's manual forwarding rules (NAT/PAT) and DMZ",
    ),
    "router.manual_check.advice": ("{check}", "{check}"),
    "router.upnp.title": (
        "L'ouverture automatique de ports (UPnP) est activée sur la box",
        "Automatic port opening (UPnP) is on in the box",
    ),
    "router.upnp.advice": (
        "{box} accepte que les appareils du réseau ouvrent eux-mêmes des ports vers Internet, sans vous le "
        "demander : un logiciel d'imagerie, une caméra ou un programme malveillant peut ainsi se rendre "
        "accessible depuis Internet. Désactivez l'UPnP dans la box{upnp_where} si aucun appareil du cabinet n'en "
        "a besoin.",
        "{box} lets the network's devices open ports to the Internet by themselves, without asking you: imaging "
        "software, a camera or a malicious program can make itself reachable from the Internet this way. Turn "
        "UPnP off in the box{upnp_where} if no device of the practice needs it.",
    ),
    "box.your_named": ("Votre box « {name} »", "Your box \u201c{name}\u201d"),
    "box.your": ("Votre box", "Your box"),
    "box.the_named": ("la box ({name})", "the box ({name})"),
    "box.the": ("la box", "the box"),
    "router.external_ip.title": (
        "Adresse publique de la connexion : {ip}",
        "Public address of the connection: {ip}",
    ),
    "router.external_ip.advice": (
        "C'est l'adresse sous laquelle le cabinet apparaît sur Internet. Tout port redirigé par la box est "
        "joignable à cette adresse depuis Internet.",
        "This is the address under which the practice appears on the Internet. Every port the box forwards can "
        "be reached at this address from the Internet.",
    ),
    "router.refused.title": (
        "La liste des redirections de la box n'a pas pu être lue",
        "The box's list of forwarding rules could not be read",
    ),
    "router.refused.advice": (
        "La box a répondu mais n'a pas donné la liste de ses redirections ({detail}). Vérifiez-la à la main : "
        "{steps}",
        "The box answered but did not give its list of forwarding rules ({detail}). Check it by hand: {steps}",
    ),
    "router.list_unanswered.title": (
        "La liste des redirections de la box n'a pas pu être lue",
        "The box's list of forwarding rules could not be read",
    ),
    "router.list_unanswered.advice": (
        "La box a donné sa description mais n'a pas répondu quand Vigie a demandé la liste de ses redirections "
        "({detail}). Vérifiez-la à la main : {steps}",
        "The box gave its description but did not answer when Vigie asked for its list of forwarding rules "
        "({detail}). Check it by hand: {steps}",
    ),
    "router.ipv6_off.title": ("Le pare-feu IPv6 de la box est désactivé", "The box's IPv6 firewall is off"),
    "router.ipv6_off.advice": (
        "En IPv6, chaque appareil du cabinet a sa propre adresse sur Internet : sans le pare-feu IPv6 de la box, "
        "tout programme qui écoute le réseau (imagerie, partage de fichiers, bureau à distance) peut être joint "
        "directement depuis Internet, sans aucune redirection de port. Activez le pare-feu IPv6 de la box (ou "
        "désactivez l'IPv6 si vous ne savez pas le régler). {steps}",
        "With IPv6, every device of the practice has its own address on the Internet: without the box's IPv6 "
        "firewall, every program listening on the network (imaging, file sharing, remote desktop) can be reached "
        "directly from the Internet, with no port forwarding at all. Turn the box's IPv6 firewall on (or turn "
        "IPv6 off if you do not know how to set it). {steps}",
    ),
    "router.ipv6_pinholes.title": (
        "Des appareils peuvent ouvrir le pare-feu IPv6 de la box",
        "Devices can open the box's IPv6 firewall",
    ),
    "router.ipv6_pinholes.advice": (
        "Le pare-feu IPv6 de la box est actif mais accepte que les appareils du réseau y ouvrent eux-mêmes des "
        "accès entrants (UPnP). Vigie ne peut pas lister ces ouvertures : désactivez cette possibilité si aucun "
        "appareil n'en a besoin.",
        "The box's IPv6 firewall is on but lets the network's devices open incoming access in it by themselves "
        "(UPnP). Vigie cannot list these openings: turn this option off if no device needs it.",
    ),
    "router.mapping_disabled.title": (
        "Redirection désactivée : {ports} vers {target}",
        "Disabled forwarding rule: {ports} to {target}",
    ),
    "router.mapping_disabled.advice": (
        "La box garde une règle de redirection inactive{label}. Supprimez-la si elle ne sert plus, pour qu'elle ne "
        "soit pas réactivée par erreur.",
        "The box keeps an inactive forwarding rule{label}. Delete it if it is no longer used, so that it is not "
        "turned back on by mistake.",
    ),
    "router.mapping.title": (
        "Ouvert sur Internet par la box : {what} de {target} ({ports})",
        "Opened to the Internet by the box: {what} of {target} ({ports})",
    ),
    "router.mapping.advice": (
        "Votre box redirige le {port_text}{label}, une règle ouverte par un programme (UPnP) : {who}.{runs} "
        "{why}{remove} {do}",
        "Your box forwards {port_text}{label}, a rule opened by a program (UPnP): {who}.{runs} {why}{remove} {do}",
    ),
    "target.this_pc": ("cet ordinateur", "this computer"),
    "target.device": ("l'appareil {address}", "the device {address}"),
    "service.unknown": ("service non identifié", "unidentified service"),
    "label.named": (" (règle « {rule} »)", " (rule \u201c{rule}\u201d)"),
    "label.unnamed": (" (règle sans nom)", " (unnamed rule)"),
    "port_text.same": (
        "port {proto} {external} d'Internet vers {target}",
        "{proto} port {external} from the Internet to {target}",
    ),
    "port_text.other": (
        "port {proto} {external} d'Internet vers le port {internal} de {target}",
        "{proto} port {external} from the Internet to port {internal} of {target}",
    ),
    "who.restricted": (
        "seule l'adresse Internet {remote} est autorisée par la règle, ce qui limite le risque sans le supprimer "
        "(une adresse peut changer de main ou être usurpée)",
        "only the Internet address {remote} is allowed by the rule, which limits the risk without removing it "
        "(an address can change hands or be spoofed)",
    ),
    "who.anyone": (
        "n'importe qui sur Internet peut s'y connecter",
        "anyone on the Internet can connect to it",
    ),
    "runs.program": (
        " Programme qui écoute ce port sur cet ordinateur : {program}.",
        " Program listening on this port on this computer: {program}.",
    ),
    "mapping.do_unknown": (
        "Si personne au cabinet ne sait à quoi elle sert, supprimez-la ; pour travailler à distance, utilisez un "
        "VPN ou la solution sécurisée de votre éditeur.",
        "If nobody at the practice knows what it is for, delete it; to work remotely, use a VPN or your vendor's "
        "secure solution.",
    ),
    # --- the forwarding probe -------------------------------------------------------------------------------
    "probe.not_run.title": (
        "Essai de redirection par l'adresse de la box : non réalisé",
        "Forwarding test through the box's address: not done",
    ),
    "probe.not_run.advice": (
        "{note}. Seule la vérification manuelle de la box reste possible.",
        "{note}. Only checking the box by hand remains possible.",
    ),
    "probe.note.no_external_ip": (
        "La box n'a pas donné d'adresse Internet utilisable : Vigie ne peut pas essayer de joindre cet ordinateur "
        "par elle",
        "The box gave no usable Internet address: Vigie cannot try to reach this computer through it",
    ),
    "probe.note.time_budget": (
        "Le temps imparti était écoulé avant l'essai",
        "The time allowed had run out before the test",
    ),
    "probe.forwarded.title": (
        "Accessible depuis Internet (règle manuelle ou DMZ) : {what} de cet ordinateur (TCP {port})",
        "Reachable from the Internet (manual rule or DMZ): {what} of this computer (TCP {port})",
    ),
    "probe.forwarded.advice": (
        "Vigie s'est connectée à l'adresse Internet de la box ({ip}), port {port}, et la connexion est arrivée sur "
        "ce programme de cet ordinateur : la box redirige ce port depuis Internet. Aucune règle UPnP ne "
        "l'explique : c'est une redirection saisie dans la box (NAT/PAT) ou le mode DMZ. Supprimez la redirection "
        "ou désactivez la DMZ dans la box, puis relancez la vérification.{tail}",
        "Vigie connected to the box's Internet address ({ip}), port {port}, and the connection arrived at this "
        "program of this computer: the box forwards this port from the Internet. No UPnP rule explains it: it is "
        "a rule typed into the box (NAT/PAT) or DMZ mode. Delete the forwarding rule or turn the DMZ off in the "
        "box, then run the check again.{tail}",
    ),
    "probe.listening": ("programme à l'écoute", "listening program"),
    "probe.service_tail": (" {explanation} {action}", " {explanation} {action}"),
    "probe.inconclusive.title": (
        "Essai de redirection par l'adresse de la box : sans conclusion",
        "Forwarding test through the box's address: inconclusive",
    ),
    "probe.inconclusive.advice": (
        "Vigie a essayé de joindre les ports TCP de cet ordinateur ({tried}) par l'adresse Internet de la box "
        "({ip}){stopped} : aucune connexion n'est revenue sur cet ordinateur. Soit ces ports ne sont pas "
        "redirigés, soit la box ne renvoie pas vers le réseau local les connexions faites à sa propre adresse : "
        "l'essai ne permet pas de trancher. Seule la vérification manuelle des redirections et de la DMZ le peut.",
        "Vigie tried to reach this computer's TCP ports ({tried}) through the box's Internet address "
        "({ip}){stopped}: no connection came back to this computer. Either these ports are not forwarded, or the "
        "box does not send connections made to its own address back to the local network: the test cannot "
        "decide. Only checking the forwarding rules and the DMZ by hand can.",
    ),
    "probe.none": ("aucun", "none"),
    "probe.stopped": (" (interrompu avant la fin)", " (stopped before the end)"),
    "router.unreachable.title": (
        "Box non vérifiée : vérification manuelle nécessaire",
        "Box not checked: a manual check is needed",
    ),
    "router.unreachable.advice": (
        "Vigie n'a pas pu lire la box : {reason}. Cela ne dit rien de ce qui est ouvert sur Internet : une box "
        "dont l'UPnP est désactivé (ce qui est souhaitable), une box qui ne répond pas et une box qui répond mal "
        "se ressemblent ici, et aucune ne montre ses redirections manuelles ni sa DMZ. Vérifiez-le vous-même ou "
        "faites-le vérifier : {steps}",
        "Vigie could not read the box: {reason}. That says nothing about what is open on the Internet: a box "
        "with UPnP off (which is desirable), a box that does not answer and a box that answers badly look the "
        "same here, and none shows its manual forwarding rules or its DMZ. Check it yourself or have it "
        "checked: {steps}",
    ),
    # --- why the box was not (fully) read: RouterInfo.reason_text, in findings' advice ----------------------
    "reason.skipped": (
        "la box n'a pas été interrogée (choix de l'utilisateur)",
        "the box was not asked (the user's choice)",
    ),
    "reason.no_answer": ("aucune box n'a répondu à la recherche UPnP", "no box answered the UPnP search"),
    "reason.search_failed": (
        "la recherche de la box n'a pas pu être envoyée",
        "the search for the box could not be sent",
    ),
    "reason.unreadable": (
        "une box a répondu mais sa réponse était inutilisable",
        "a box answered but its answer was unusable",
    ),
    "reason.unreachable_given": (
        "la box n'a pas pu être jointe à l'adresse indiquée ({location} : {why})",
        "the box could not be reached at the address given ({location}: {why})",
    ),
    "reason.unreachable_found": (
        "un appareil a répondu à la recherche UPnP, mais n'a pas pu être joint à l'adresse qu'il a annoncée "
        "({location} : {why})",
        "a device answered the UPnP search, but could not be reached at the address it announced "
        "({location}: {why})",
    ),
    "reason.no_service": (
        "l'appareil qui a répondu ne propose pas de service de connexion Internet",
        "the device that answered offers no Internet connection service",
    ),
    "reason.time_budget": (
        "le temps imparti s'est écoulé avant que la box soit lue",
        "the time allowed ran out before the box was read",
    ),
    "reason.cancelled": (
        "vérification annulée avant que la box soit lue",
        "check cancelled before the box was read",
    ),
    "reason.with_detail": ("{reason} ({detail})", "{reason} ({detail})"),
    "reason.refused_by": (
        "{box} a refusé de donner sa liste ({detail})",
        "{box} refused to give its list ({detail})",
    ),
    "reason.unanswered_by": (
        "{box} a donné sa description mais n'a pas répondu à la demande de sa liste ({detail})",
        "{box} gave its description but did not answer the request for its list ({detail})",
    ),
    "reason.refused": ("la box a refusé de donner sa liste", "the box refused to give its list"),
    "reason.other_stopped": (
        "une autre box trouvée n'a pas pu être lue dans le temps imparti",
        "another box found could not be read in the time allowed",
    ),
    "reason.other_unreadable": (
        "un autre appareil qui se dit box ({location}) n'a pas pu être lu : {why}",
        "another device calling itself a box ({location}) could not be read: {why}",
    ),
    "reason.other_unreachable": (
        "un autre appareil qui se dit box ({location}) n'a pas pu être joint : {why}",
        "another device calling itself a box ({location}) could not be reached: {why}",
    ),
    "no_answer.waited": ("attente de {seconds} s", "waited {seconds} s"),
    "no_answer.others": (", {others}", ", {others}"),
    "no_answer.refused": (", {n_refused} : {list}", ", {n_refused}: {list}"),
    "stop.cap": (
        "Vigie s'est arrêtée à {index} règles, la limite qu'elle lit",
        "Vigie stopped at {index} rules, the most it reads",
    ),
    "stop.fault": (
        "la box a renvoyé l'erreur UPnP {detail} à l'entrée n° {index} ({read} avant)",
        "the box returned UPnP error {detail} at entry no. {index} ({read} before)",
    ),
    "stop.unreadable": (
        "réponse illisible à l'entrée n° {index} ({detail} ; {read} avant)",
        "unreadable answer at entry no. {index} ({detail}; {read} before)",
    ),
    "stop.unreachable": (
        "la box n'a plus répondu à l'entrée n° {index} ({detail} ; {read} avant)",
        "the box stopped answering at entry no. {index} ({detail}; {read} before)",
    ),
    "stop.time_budget": (
        "le temps imparti s'est écoulé à l'entrée n° {index} ({read})",
        "the time allowed ran out at entry no. {index} ({read})",
    ),
    "stop.cancelled": (
        "vérification annulée à l'entrée n° {index} ({read})",
        "check cancelled at entry no. {index} ({read})",
    ),
    "no_answer.refused_item": ("{location} ({why})", "{location} ({why})"),
    # --- what the scan is doing, shown while it runs (ScanOptions.language) ----------------------------------
    "progress.local": (
        "Lecture des programmes qui écoutent le réseau sur cet ordinateur…",
        "Reading the programs that listen on the network on this computer…",
    ),
    "progress.box_asked": ("Interrogation de la box internet…", "Asking the internet box…"),
    "progress.box_skipped": ("Box internet : non interrogée.", "Internet box: not asked."),
    "progress.box_read": ("Lecture de la box internet…", "Reading the internet box…"),
    "progress.mappings": ("Lecture des redirections de la box…", "Reading the box's forwarding rules…"),
    "progress.probe": (
        "Essai des ports de cet ordinateur par l'adresse Internet de la box…",
        "Trying this computer's ports through the box's Internet address…",
    ),
    "progress.firewall": ("Lecture de l'état du pare-feu…", "Reading the firewall state…"),
    "progress.cancelled": ("Vérification annulée.", "Check cancelled."),
    "progress.done": ("Vérification terminée.", "Check finished."),
    # --- why one answer of the box was unusable (core.exposure.http_client, upnp, safe_xml, ssdp) -----------
    # ``{error}`` is the system's or the parser's own technical wording, ``{description}`` the box's own.
    "why.address_refused": ("adresse refusée", "address refused"),
    "why.not_local": (
        "adresse refusée : seule une adresse http du réseau local est interrogée",
        "address refused: only an http address of the local network is asked",
    ),
    "why.header_refused": ("en-tête refusé", "header refused"),
    "why.unreachable": ("connexion impossible ({error})", "connection failed ({error})"),
    "why.cut": ("connexion coupée avant toute réponse ({error})", "connection cut before any answer ({error})"),
    "why.nothing_from": ("rien n'est revenu de {location}", "nothing came back from {location}"),
    "why.silent": ("aucune réponse en {seconds} s", "no answer within {seconds} s"),
    "why.interrupted": ("connexion interrompue ({error})", "connection interrupted ({error})"),
    "why.too_big": ("réponse trop volumineuse", "answer too large"),
    "why.empty": ("connexion fermée sans aucune réponse", "connection closed without any answer"),
    "why.http_unreadable": ("réponse HTTP illisible ({error})", "unreadable HTTP answer ({error})"),
    "why.truncated": ("réponse tronquée", "answer cut short"),
    "why.http_status": ("la box a répondu HTTP {status}", "the box answered HTTP {status}"),
    "why.late": (  # an answer had begun: the box is slow, not silent
        "la box n'a pas fini de répondre à temps ({seconds} s par échange)",
        "the box did not finish answering in time ({seconds} s per exchange)",
    ),
    "why.description_refused": ("description de la box refusée ({xml})", "box description refused ({xml})"),
    "why.no_device": ("la description ne décrit aucun appareil", "the description describes no device"),
    "why.answer_refused": ("réponse de la box refusée ({xml})", "box answer refused ({xml})"),
    "why.unexpected": ("réponse inattendue à {action}", "unexpected answer to {action}"),
    "why.soap_fault": ("erreur UPnP {code} {description}", "UPnP error {code} {description}"),
    "why.soap_fault_bare": ("erreur UPnP {code}", "UPnP error {code}"),
    "xml.too_big": ("document trop volumineux ({size} octets)", "document too large ({size} bytes)"),
    "xml.too_deep": ("document trop profond", "document nested too deep"),
    "xml.dtd": ("déclaration de DTD ou d'entité refusée", "DTD or entity declaration refused"),
    "xml.invalid": ("XML invalide : {error}", "invalid XML: {error}"),
    "xml.empty": ("XML invalide : document vide", "invalid XML: empty document"),
    "location.not_http": ("adresse non http", "not an http address"),
    "location.hostname": ("nom d'hôte au lieu d'une adresse", "a host name instead of an address"),
    "location.loopback": ("adresse de cet ordinateur (boucle locale)", "this computer's own address (loopback)"),
    "location.not_local": ("adresse hors du réseau local", "an address outside the local network"),
    "location.unknown_sender": ("expéditeur inconnu", "unknown sender"),
    "location.other_sender": (
        "adresse différente de l'expéditeur ({sender})",
        "an address other than the sender's ({sender})",
    ),
}

# Why-codes saying that nothing came back from the address (no connection, nothing received): the box was not
# reached there, as opposed to an answer that came and could not be used.
UNANSWERED = frozenset({"why.unreachable", "why.cut", "why.silent", "why.empty"})


def unanswered(why: Any) -> bool:
    """True when ``why`` (a nested text of this table) says the address gave no answer at all."""
    return isinstance(why, dict) and why.get("t") in UNANSWERED


for _code in ("network.private", "network.public", "network.domain"):
    TEXTS[f"{_code}.title"] = TEXTS["network.title"]

# code: ((French one, French many), (English one, English many)); French puts 0 and 1 in the singular.
PLURALS: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "rules_read": (("règle lue", "règles lues"), ("rule read", "rules read")),
    "other_answers": (
        ("réponse d'un autre appareil ignorée", "réponses d'autres appareils ignorées"),
        ("answer from another device ignored", "answers from other devices ignored"),
    ),
    "refused_answers": (("réponse écartée", "réponses écartées"), ("answer set aside", "answers set aside")),
}


# English service names that start with a proper name keep their capital mid-sentence.
_PROPER_EN = frozenset(
    {
        "Windows",
        "Telnet",
        "Oracle",
        "Firebird",
        "FTP",
        "MySQL",
        "PostgreSQL",
        "Microsoft",
        "MongoDB",
        "NAS",
        "VPN",
        "TeamViewer",
        "AnyDesk",
        "RustDesk",
    }
)


def _lang(lang: str) -> int:
    return 1 if lang == "en" else 0


def value(v: Any, lang: str = "fr") -> str:
    """One parameter in ``lang``: plain values as they are, nested texts rendered (see the module docstring)."""
    if not isinstance(v, dict):
        return "" if v is None else str(v)
    if "t" in v:
        return render(str(v["t"]), v.get("p") or {}, lang)
    if "service" in v:
        service = by_key(str(v["service"]))
        if service is None:
            return ""
        parts = ("name", "explanation", "action")
        part = str(v.get("part", "name"))
        text = SERVICES_EN[service.key][parts.index(part)] if lang == "en" else getattr(service, part)
        if v.get("lower") and not (lang == "en" and text.split()[0] in _PROPER_EN):
            text = text[0].lower() + text[1:]
        return text
    if "guide" in v:
        guide = box_guides.by_key(v.get("guide"))
        part = v.get("part")
        if part == "manual_steps":
            return box_guides.manual_steps(guide, lang)
        if part == "manual_check":
            return box_guides.manual_check(guide, lang)
        if part == "remove_upnp_rule":
            return box_guides.remove_upnp_rule(guide, v.get("rule"), lang)
        if guide is None:
            return ""
        shown = box_guides.localized(guide, lang)
        if part == "upnp_where":
            return f" ({shown.upnp})"
        return shown.name
    if "plural" in v:
        n = int(v["n"])
        one, many = PLURALS[str(v["plural"])][_lang(lang)]
        if lang == "en":
            return f"{n} {one if n == 1 else many}"
        return wording.count(n, one, many)
    if "number" in v:  # as short as it goes ("3", "2.5"), with the language's decimal sign
        text = f"{float(v['number']):g}"
        return text if lang == "en" else text.replace(".", ",")
    if "decimal" in v:  # one decimal, with the language's decimal sign
        text = f"{float(v['decimal']):.1f}"
        return text if lang == "en" else text.replace(".", ",")
    if "join" in v:
        sep = ("; " if lang == "en" else " ; ") if v.get("semi") else str(v.get("sep", ", "))
        return sep.join(value(item, lang) for item in v["join"])
    return ""


def text(code: str, /, **params: Any) -> dict[str, Any]:
    """A nested text of this table (see the module docstring), e.g. why an answer of the box was refused."""
    return {"t": code, "p": params} if params else {"t": code}


def render(code: str, params: dict[str, Any] | None = None, lang: str = "fr") -> str:
    """The text for ``code`` in ``lang`` ("fr" or "en"); an unknown code is shown as itself."""
    texts = TEXTS.get(code)
    if texts is None:
        return code
    return texts[_lang(lang)].format(**{k: value(v, lang) for k, v in (params or {}).items()})


def make(
    kind: Kind, code: str, severity: Severity, params: dict[str, Any] | None = None, **fields: Any
) -> Finding:
    """A finding whose French title and advice are rendered from ``code`` and kept beside it."""
    params = params or {}
    return Finding(
        kind=kind,
        title=render(f"{code}.title", params, "fr"),
        severity=severity,
        advice=render(f"{code}.advice", params, "fr"),
        code=code,
        params=params,
        **fields,
    )


def title(finding: Finding, lang: str = "fr") -> str:
    """The title in ``lang``; the stored French when the finding has no code (older scans) or asks French."""
    if lang == "fr" or not finding.code or f"{finding.code}.title" not in TEXTS:
        return finding.title
    return render(f"{finding.code}.title", finding.params, lang)


def advice(finding: Finding, lang: str = "fr") -> str:
    if lang == "fr" or not finding.code or f"{finding.code}.advice" not in TEXTS:
        return finding.advice
    return render(f"{finding.code}.advice", finding.params, lang)
