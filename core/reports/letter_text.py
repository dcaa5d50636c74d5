"""The letter to patients in plain words, drafted from the recorded facts (art. 34(2) GDPR), French and English.

Never from the practitioner's internal description (written for the journal, not for patients). Each
paragraph depends on the kind of breach (Internet exposure, misdirected mail, lost or stolen device or paper,
ransomware or unavailability, unauthorised access) and states only what is recorded: the CNIL notification only
once it is on the timeline, a measure as done only once its step is ticked.
"""

from __future__ import annotations

from datetime import datetime

from core.clock import in_paris
from core.domain.breach import FRAUD_CATEGORIES, BreachFacts
from core.domain.incident import IncidentRecord
from core.domain.practice import Practice
from core.domain.problems import problem
from core.errors import FieldProblem
from core.rules.breach_measures import measures, patient_phrase

KINDS = (
    "internet_exposure",
    "misdirected",
    "lost_device_or_paper",
    "unavailability",
    "unauthorised_access",
    "other",
)
MONTHS_FR = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip
MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
CNIL_ADDRESS = "CNIL, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07 — www.cnil.fr"

# "the loss or theft <of a …>" for each storage medium.
OF_MEDIUM = {
    "server": ("d'un serveur", "a server"),
    "workstation": ("d'un ordinateur", "a computer"),
    "laptop": ("d'un ordinateur portable", "a laptop"),
    "phone": ("d'un téléphone ou d'une tablette", "a phone or tablet"),
    "removable_media": ("d'une clé USB ou d'un disque amovible", "a USB stick or removable disk"),
    "paper": ("de documents papier", "paper documents"),
}
A_MEDIUM = {
    "server": ("un serveur du cabinet", "a server of the practice"),
    "workstation": ("un ordinateur du cabinet", "a computer of the practice"),
    "laptop": ("un ordinateur portable du cabinet", "a laptop of the practice"),
    "phone": ("un téléphone du cabinet", "a phone of the practice"),
    "cloud": ("un service en ligne utilisé par le cabinet", "an online service used by the practice"),
    "email": ("la messagerie du cabinet", "the practice's e-mail"),
}
DATA_WORDS = {
    "civil_status": (
        "votre identité (nom, prénom, date de naissance)",
        "your identity (name, date of birth)",
    ),
    "nir": ("votre numéro de sécurité sociale", "your social security number"),
    "contact": (
        "vos coordonnées (adresse, téléphone, e-mail)",
        "your contact details (address, phone, e-mail)",
    ),
    "credentials": ("des identifiants ou mots de passe", "login names or passwords"),
    "financial": ("des informations bancaires", "bank details"),
    "official_documents": ("la copie d'une pièce d'identité", "a copy of an identity document"),
    "location": ("des informations de localisation", "location information"),
    "offences": ("des informations judiciaires", "information on offences"),
    "health": (
        "des informations sur votre santé (dossier médical, comptes rendus, résultats)",
        "information about your health (medical record, reports, results)",
    ),
    "genetic": ("des données génétiques", "genetic data"),
    "biometric": ("des données biométriques", "biometric data"),
    "ethnic_origin": ("des informations sur votre origine", "information about your origin"),
    "political": ("des opinions politiques", "political opinions"),
    "religious": ("des convictions religieuses", "religious beliefs"),
    "trade_union": ("une appartenance syndicale", "trade-union membership"),
    "sex_life": ("des informations sur votre vie intime", "information about your intimate life"),
    "other": ("d'autres informations administratives", "other administrative information"),
}
EVENT_WORDS = {
    "contained": ("nous avons mis fin à l'incident", "we put an end to the incident"),
    "police_complaint": ("nous avons déposé plainte", "we filed a complaint with the police"),
    "processor_informed": (
        "nous avons alerté notre prestataire informatique",
        "we alerted our IT provider",
    ),
}


def _t(lang: str, fr: str, en: str) -> str:
    return en if lang == "en" else fr


def long_date(moment: datetime, lang: str = "fr") -> str:
    local = in_paris(moment)
    if lang == "en":
        return f"{local.day} {MONTHS_EN[local.month - 1]} {local.year}"
    day = "1er" if local.day == 1 else str(local.day)
    return f"{day} {MONTHS_FR[local.month - 1]} {local.year}"


def kind_of(record: IncidentRecord) -> str:
    """Which of the letter's stories fits this breach."""
    facts = record.latest.facts if record.latest else None
    origin = (facts.origin if facts else None) or record.incident.origin
    nature = set(facts.nature) if facts else set()
    if origin == "unintended_publication":
        return "internet_exposure"
    if origin in ("sent_to_wrong_recipient", "mail_lost_or_opened"):
        return "misdirected"
    if origin in (
        "lost_or_stolen_device",
        "paper_lost_stolen_or_exposed",
        "paper_disposed_unshredded",
        "device_disposed_unwiped",
    ):
        return "lost_device_or_paper"
    if "availability" in nature and (origin == "hacking_malware_phishing" or nature == {"availability"}):
        return "unavailability"
    if origin in ("hacking_malware_phishing", "wrong_person_data_shown", "verbal_disclosure"):
        return "unauthorised_access"
    if facts and facts.cause == "internal_malicious":
        return "unauthorised_access"
    return "other"


def _exposed(facts: BreachFacts | None) -> bool:
    """Others may have read the data: confidentiality lost, access not ruled out, data readable."""
    if facts is None:
        return True
    c = facts.confidentiality
    return (
        c is not None
        and c.exposure != "none_proven"
        and facts.protection not in ("encrypted_key_safe", "hashed_salted")
    )


def what_happened(record: IncidentRecord, lang: str = "fr") -> str:
    inc = record.incident
    facts = record.latest.facts if record.latest else None
    origin = (facts.origin if facts else None) or inc.origin
    medium = facts.storage_medium if facts else None
    date = long_date(inc.aware_at, lang)
    kind = kind_of(record)
    c = facts.confidentiality if facts else None
    parts: list[str] = []
    if kind == "internet_exposure":
        where = A_MEDIUM.get(medium or "", ("un équipement du cabinet", "equipment of the practice"))
        parts.append(
            _t(
                lang,
                f"Le {date}, nous avons découvert que {where[0]}, où se trouvaient des informations vous "
                "concernant, était accessible depuis Internet sans protection suffisante.",
                f"On {date}, we found that {where[1]}, which held information about you, could be reached "
                "from the Internet without sufficient protection.",
            )
        )
        if c is not None and c.exposure == "none_proven":
            parts.append(
                _t(
                    lang,
                    "Rien n'indique à ce jour que quelqu'un les ait consultées.",
                    "Nothing shows so far that anyone viewed it.",
                )
            )
        else:
            parts.append(
                _t(
                    lang,
                    "Des personnes extérieures au cabinet ont pu les consulter ou les copier.",
                    "People outside the practice may have viewed or copied it.",
                )
            )
    elif kind == "misdirected":
        if origin == "mail_lost_or_opened":
            parts.append(
                _t(
                    lang,
                    f"Le {date}, nous avons appris qu'un courrier contenant des informations vous concernant "
                    "avait été perdu ou ouvert avant d'arriver à son destinataire.",
                    f"On {date}, we learnt that a letter containing information about you had been lost or "
                    "opened before it reached its recipient.",
                )
            )
        else:
            what = (
                ("un message électronique", "an e-mail")
                if medium == "email"
                else ("un courrier", "a letter")
                if medium == "paper"
                else ("un envoi", "a message")
            )
            parts.append(
                _t(
                    lang,
                    f"Le {date}, nous avons constaté que {what[0]} contenant des informations vous concernant "
                    "avait été adressé par erreur à une autre personne.",
                    f"On {date}, we found that {what[1]} containing information about you had been sent to "
                    "the wrong person by mistake.",
                )
            )
        if c is not None and c.recipients_trusted:
            parts.append(
                _t(
                    lang,
                    "Ce destinataire est identifié et de confiance.",
                    "This recipient is known and trusted.",
                )
            )
        if c is not None and c.deletion_confirmed:
            parts.append(
                _t(
                    lang,
                    "Il nous a confirmé avoir supprimé ou renvoyé ces informations.",
                    "They confirmed to us that they deleted or returned this information.",
                )
            )
    elif kind == "lost_device_or_paper":
        of = OF_MEDIUM.get(medium or "", ("d'un équipement", "equipment"))
        if origin == "paper_disposed_unshredded":
            fr = "que des documents papier contenant des informations vous concernant avaient été jetés sans avoir été détruits"
            en = "that paper documents containing information about you had been thrown away without being shredded"
        elif origin == "device_disposed_unwiped":
            fr = "qu'un appareil du cabinet contenant des informations vous concernant avait été mis au rebut sans que ses données soient effacées"
            en = "that a device of the practice holding information about you had been disposed of without its data being erased"
        elif origin == "paper_lost_stolen_or_exposed":
            fr = "que des documents papier contenant des informations vous concernant avaient été perdus, volés ou laissés sans surveillance"
            en = "that paper documents containing information about you had been lost, stolen or left unattended"
        else:
            fr = f"la perte ou le vol {of[0]} du cabinet contenant des informations vous concernant"
            en = f"the loss or theft of {of[1]} of the practice holding information about you"
        parts.append(_t(lang, f"Le {date}, nous avons constaté {fr}.", f"On {date}, we found {en}."))
        protection = facts.protection if facts else None
        if medium != "paper" and not (origin or "").startswith("paper"):
            if protection == "none":
                parts.append(
                    _t(
                        lang,
                        "Ces informations n'étaient pas chiffrées.",
                        "This information was not encrypted.",
                    )
                )
            elif protection == "encrypted_key_safe":
                parts.append(
                    _t(
                        lang,
                        "Ces informations étaient chiffrées : elles restent illisibles sans la clé, qui n'a pas été "
                        "compromise.",
                        "This information was encrypted: it cannot be read without the key, which was not "
                        "compromised.",
                    )
                )
            elif protection == "encrypted_key_compromised":
                parts.append(
                    _t(
                        lang,
                        "Ces informations étaient chiffrées, mais la clé a pu être obtenue.",
                        "This information was encrypted, but the key may have been obtained.",
                    )
                )
    elif kind == "unavailability":
        attack = origin == "hacking_malware_phishing"
        parts.append(
            _t(
                lang,
                f"Le {date}, le système informatique du cabinet a subi une attaque par un logiciel malveillant, "
                "qui a rendu des dossiers de patients inaccessibles."
                if attack
                else f"Le {date}, un incident a rendu des dossiers de patients du cabinet inaccessibles.",
                f"On {date}, the practice's computer system was hit by malicious software that made patient "
                "records inaccessible."
                if attack
                else f"On {date}, an incident made patient records of the practice inaccessible.",
            )
        )
        a = facts.availability if facts else None
        if a is not None and a.permanent_loss:
            parts.append(
                _t(
                    lang,
                    "Une partie des données a été définitivement perdue.",
                    "Part of the data is lost for good.",
                )
            )
        elif a is not None and a.backup:
            parts.append(
                _t(
                    lang,
                    "Une sauvegarde permet de retrouver les données.",
                    "A backup allows the data to be recovered.",
                )
            )
        if _exposed(facts) and facts is not None and "confidentiality" in facts.nature:
            parts.append(
                _t(
                    lang,
                    "Nous ne pouvons pas exclure que les auteurs de l'attaque aient copié des informations vous "
                    "concernant.",
                    "We cannot rule out that the attackers copied information about you.",
                )
            )
    elif kind == "unauthorised_access":
        if origin == "wrong_person_data_shown":
            fr = "que des informations vous concernant avaient été montrées par erreur à une autre personne"
            en = "that information about you had been shown to another person by mistake"
        elif origin == "verbal_disclosure":
            fr = "que des informations vous concernant avaient été communiquées oralement à une personne qui n'avait pas à les connaître"
            en = "that information about you had been told to someone who had no need to know it"
        elif origin == "hacking_malware_phishing":
            where = A_MEDIUM.get(
                medium or "", ("le système informatique du cabinet", "the practice's computer system")
            )
            fr = f"qu'une personne extérieure au cabinet avait accédé sans autorisation à {where[0]}, où se trouvaient des informations vous concernant"
            en = f"that someone outside the practice had gained unauthorised access to {where[1]}, which held information about you"
        else:
            fr = "qu'une personne non autorisée avait pu consulter des informations vous concernant"
            en = "that an unauthorised person may have viewed information about you"
        parts.append(_t(lang, f"Le {date}, nous avons constaté {fr}.", f"On {date}, we found {en}."))
    else:
        parts.append(
            _t(
                lang,
                f"Le {date}, nous avons constaté un incident de sécurité touchant des informations vous concernant "
                "conservées par le cabinet.",
                f"On {date}, we found a security incident affecting information about you held by the practice.",
            )
        )
    if facts is not None and facts.status == "suspected":
        parts.append(
            _t(
                lang,
                "À ce jour, l'atteinte à vos données est possible mais pas certaine ; nous préférons vous en "
                "informer sans attendre.",
                "At this stage the breach of your data is possible but not certain; we prefer to tell you "
                "without waiting.",
            )
        )
    return " ".join(parts)


def data_concerned(facts: BreachFacts | None, lang: str = "fr") -> str:
    cats = [c for c in (facts.data_categories if facts else ()) if c in DATA_WORDS]
    if not cats:
        return _t(
            lang,
            "Nous recherchons encore précisément quelles informations vous concernant ont été touchées ; nous "
            "vous le dirons dès que nous le saurons.",
            "We are still establishing exactly which information about you was affected; we will tell you as "
            "soon as we know.",
        )
    words = [DATA_WORDS[c][1 if lang == "en" else 0] for c in cats]
    listed = ", ".join(words[:-1]) + _t(lang, " et ", " and ") + words[-1] if len(words) > 1 else words[0]
    return _t(
        lang,
        f"Les informations vous concernant qui ont pu être touchées sont : {listed}.",
        f"The information about you that may have been affected is: {listed}.",
    )


def consequences(record: IncidentRecord, lang: str = "fr") -> str:
    """What the patient may fear, for this kind of breach, in their words."""
    facts = record.latest.facts if record.latest else None
    if facts is None:
        return _t(
            lang,
            "Les conséquences exactes sont encore en cours d'analyse ; nous vous tiendrons informé.",
            "The exact consequences are still being analysed; we will keep you informed.",
        )
    parts: list[str] = []
    cats = set(facts.data_categories)
    secret = "health" in cats or facts.categories_unknown
    c = facts.confidentiality
    if c is not None and facts.protection in ("encrypted_key_safe", "hashed_salted"):
        parts.append(
            _t(
                lang,
                "Les données étant chiffrées, le risque qu'elles soient lues par d'autres est très faible.",
                "As the data were encrypted, the risk of others reading them is very low.",
            )
        )
    elif _exposed(facts) and c is not None:
        if c.exposure == "known_recipients":
            parts.append(
                _t(
                    lang,
                    "La personne qui a reçu ces informations a pu en prendre connaissance"
                    + (", alors qu'elles sont couvertes par le secret médical." if secret else "."),
                    "The person who received this information may have read it"
                    + (", although it is covered by medical secrecy." if secret else "."),
                )
            )
        else:
            parts.append(
                _t(
                    lang,
                    "Des personnes mal intentionnées pourraient utiliser ces informations, par exemple pour vous "
                    "adresser des messages frauduleux qui se présenteraient comme venant du cabinet, de "
                    "l'Assurance Maladie ou de votre banque"
                    + (", ou pour usurper votre identité" if cats & FRAUD_CATEGORIES else "")
                    + ".",
                    "Ill-intentioned people could use this information, for instance to send you fraudulent "
                    "messages claiming to come from the practice, the health insurance or your bank"
                    + (", or to steal your identity" if cats & FRAUD_CATEGORIES else "")
                    + ".",
                )
            )
            if secret:
                parts.append(
                    _t(
                        lang,
                        "Ces informations sont couvertes par le secret médical : leur divulgation pourrait porter "
                        "atteinte à votre vie privée.",
                        "This information is covered by medical secrecy: its disclosure could harm your privacy.",
                    )
                )
    a = facts.availability
    if a is not None and (a.permanent_loss or a.care_impact):
        parts.append(
            _t(
                lang,
                "Une partie de votre dossier a pu être perdue ou rester indisponible quelque temps, ce qui peut "
                "retarder ou compliquer votre suivi.",
                "Part of your record may have been lost or be unavailable for a while, which may delay or "
                "complicate your follow-up.",
            )
        )
    i = facts.integrity
    if i is not None and i.misuse != "none":
        parts.append(
            _t(
                lang,
                "Certaines informations de votre dossier ont pu être modifiées ; nous les vérifierons avec vous.",
                "Some information in your record may have been altered; we will check it with you.",
            )
        )
    return " ".join(parts) or _t(
        lang,
        "Nous n'avons identifié, à ce jour, aucune conséquence particulière pour vous.",
        "So far we have found no particular consequence for you.",
    )


def measures_text(record: IncidentRecord, lang: str = "fr") -> str:
    """Measures taken, then proposed; the CNIL notification only once it is recorded on the timeline."""
    done: list[str] = []
    for kind, words in EVENT_WORDS.items():
        if any(e.kind == kind for e in record.events):
            done.append(words[1 if lang == "en" else 0])
    todo: list[str] = []
    for m in measures(record):
        phrase = patient_phrase(m.key, m.done, lang)
        if phrase:
            (done if m.done else todo).append(phrase)
    parts: list[str] = []
    if done:
        parts.append(
            _t(
                lang,
                "Depuis que nous avons eu connaissance de l'incident, ",
                "Since we learnt of the incident, ",
            )
            + "; ".join(done)
            + "."
        )
    if todo:
        parts.append(
            _t(lang, "Dans les jours qui viennent, ", "In the coming days, ") + "; ".join(todo) + "."
        )
    if not parts:
        parts.append(
            _t(
                lang,
                "Nous analysons l'incident et prenons les mesures nécessaires pour en limiter les effets.",
                "We are analysing the incident and taking the necessary steps to limit its effects.",
            )
        )
    initial = record.initial_notification
    if initial is not None:
        parts.append(
            _t(
                lang,
                f"La Commission nationale de l'informatique et des libertés (CNIL) a été informée le "
                f"{long_date(initial.at, lang)}.",
                f"The French data protection authority (CNIL) was notified on {long_date(initial.at, lang)}.",
            )
        )
    return " ".join(parts)


def advice(facts: BreachFacts | None, lang: str = "fr") -> str:
    cats = set(facts.data_categories) if facts else set()
    out: list[str] = []
    if facts is None or _exposed(facts):
        out.append(
            _t(
                lang,
                "Soyez vigilant face aux messages, appels ou SMS qui se présenteraient comme venant du cabinet, "
                "de l'Assurance Maladie ou de votre banque : nous ne vous demanderons jamais de mot de passe ni "
                "de coordonnées bancaires par ce moyen.",
                "Be wary of messages, calls or texts claiming to come from the practice, the health insurance "
                "or your bank: we will never ask you for a password or bank details that way.",
            )
        )
    if "financial" in cats:
        out.append(
            _t(
                lang,
                "Surveillez vos relevés bancaires et signalez toute opération inconnue à votre banque.",
                "Watch your bank statements and report any unknown transaction to your bank.",
            )
        )
    if "credentials" in cats:
        out.append(
            _t(
                lang,
                "Changez sans attendre le mot de passe concerné, et partout où vous l'utilisiez.",
                "Change the password concerned straight away, and wherever else you used it.",
            )
        )
    if cats & (FRAUD_CATEGORIES - {"financial", "credentials"}):
        out.append(
            _t(
                lang,
                "En cas d'usage suspect de votre identité, déposez plainte et signalez-le sur "
                "cybermalveillance.gouv.fr.",
                "If your identity is misused, file a complaint and report it on cybermalveillance.gouv.fr.",
            )
        )
    a = facts.availability if facts else None
    if a is not None and (a.permanent_loss or a.care_impact):
        out.append(
            _t(
                lang,
                "Si vous avez des résultats d'examens, ordonnances ou comptes rendus récents, apportez-les à "
                "votre prochaine consultation.",
                "If you have recent test results, prescriptions or reports, please bring them to your next "
                "appointment.",
            )
        )
    out.append(
        _t(
            lang,
            "Vous pouvez à tout moment nous demander l'accès à votre dossier ou sa rectification.",
            "You may at any time ask us for access to your record or for its correction.",
        )
    )
    return " ".join(out)


def contact_gaps(practice: Practice) -> list[FieldProblem]:
    """What a patient-facing document would lack (who to contact and how, where the practice is): it is printed
    only once these are filled in, never with "le cabinet au cabinet" standing for a missing contact."""
    gaps = []
    if practice.dpo_designated:
        if not practice.dpo_name.strip() or not (practice.dpo_contact.strip() or practice.email.strip()):
            gaps.append(problem("practice.dpo", "letter_dpo_missing"))
    else:
        if not practice.practitioner.strip():
            gaps.append(problem("practice.practitioner", "letter_practitioner_missing"))
        if not (practice.phone.strip() or practice.email.strip()):
            gaps.append(problem("practice.phone", "letter_contact_missing"))
    if not (practice.address.strip() and practice.postcode.strip() and practice.city.strip()):
        gaps.append(problem("practice.address", "letter_address_missing"))
    return gaps


def contact(practice: Practice, lang: str = "fr") -> str:
    """The DPO when one is designated (art. 33(3)(b)), else the practitioner; then the right to complain."""
    if practice.dpo_designated and practice.dpo_name.strip():
        where = practice.dpo_contact.strip() or practice.email.strip()
        first = _t(
            lang,
            f"Pour toute question, vous pouvez contacter notre délégué à la protection des données, "
            f"{practice.dpo_name.strip()}" + (f" : {where}." if where else "."),
            f"For any question, you can contact our data protection officer, {practice.dpo_name.strip()}"
            + (f": {where}." if where else "."),
        )
    else:
        who = (practice.practitioner or "").strip()
        if who.lower().startswith(("dr ", "dr. ", "docteur ")) and lang != "en":
            who = "le " + who
        phone = practice.phone.strip().replace(" ", "\xa0")  # a number is never cut at the end of a line
        means = [
            b
            for b in (
                phone and _t(lang, f"par téléphone au {phone}", f"by phone on {phone}"),
                practice.email
                and _t(lang, f"par e-mail à {practice.email}", f"by e-mail at {practice.email}"),
            )
            if b
        ]
        how = _t(lang, " ou ", " or ").join(means) or _t(lang, "au cabinet", "at the practice")
        first = _t(
            lang,
            f"Pour toute question, vous pouvez contacter {who or 'le cabinet'} {how}.",
            f"For any question, you can contact {who or 'the practice'} {how}.",
        )
    complain = _t(
        lang,
        f"Si vous estimez que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la "
        f"Commission nationale de l'informatique et des libertés ({CNIL_ADDRESS}).",
        f"If you consider that your rights are not respected, you may lodge a complaint with the French data "
        f"protection authority ({CNIL_ADDRESS}).",
    )
    return first + " " + complain
