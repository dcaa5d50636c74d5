<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>WhichStep</name>
    <message>
        <source>Quelles données ?</source>
        <translation>Which data?</translation>
    </message>
    <message>
        <source>Quelles personnes ?</source>
        <translation>Which persons?</translation>
    </message>
    <message>
        <source>Nombre inconnu</source>
        <translation>Number unknown</translation>
    </message>
    <message>
        <source>Nombre approximatif de personnes</source>
        <translation>Approximate number of persons</translation>
    </message>
    <message>
        <source>Nombre approximatif d&apos;enregistrements</source>
        <translation>Approximate number of records</translation>
    </message>
    <message>
        <source>Enregistrements : fiches, images, courriers… (une personne peut en avoir plusieurs).</source>
        <translation>Records: files, images, letters… (one person may have several).</translation>
    </message>
    <message>
        <source>Impossible de joindre les personnes une à une (coordonnées inconnues ou trop nombreuses)</source>
        <translation>The persons cannot be reached one by one (contact details unknown or too many)</translation>
    </message>
    <message>
        <source>Une information publique (affiche, site) remplacera alors les lettres (art. 34(3)(c) RGPD).</source>
        <translation>A public notice (poster, website) then replaces the letters (GDPR art. 34(3)(c)).</translation>
    </message>
    <message>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Des personnes résident-elles dans un autre pays de l&apos;&amp;UE ?</source>
        <translation>Do any of the persons live in another &amp;EU country?</translation>
    </message>
    <message>
        <source>Ex. patients frontaliers ou de passage : la CNIL peut alors en informer les autorités des pays concernés.</source>
        <translation>E.g. cross-border or visiting patients: the CNIL may then inform the authorities of those countries.</translation>
    </message>
    <message>
        <source>Un traitement par ligne, ex. « Dossier patient », « Facturation »</source>
        <translation>One processing activity per line, e.g. &quot;Patient record&quot;, &quot;Billing&quot;</translation>
    </message>
    <message>
        <source>Traitements du registre concernés</source>
        <translation>Register activities concerned</translation>
    </message>
    <message>
        <source>Précisions (facultatives) pour la gravité</source>
        <translation>Details for the severity (optional)</translation>
    </message>
    <message>
        <source>Les personnes sont-elles &amp;identifiables ?</source>
        <translation>Can the persons be &amp;identified?</translation>
    </message>
    <message>
        <source>Calculée par Vigie d&apos;après les données (recommandé)</source>
        <translation>Worked out by Vigie from the data (recommended)</translation>
    </message>
    <message>
        <source>1 — données simples (identité, coordonnées)</source>
        <translation>1 — simple data (identity, contact details)</translation>
    </message>
    <message>
        <source>2 — habitudes, localisation</source>
        <translation>2 — habits, location</translation>
    </message>
    <message>
        <source>3 — données financières, NIR, documents officiels</source>
        <translation>3 — financial data, NIR, official documents</translation>
    </message>
    <message>
        <source>4 — données sensibles (santé…)</source>
        <translation>4 — sensitive data (health…)</translation>
    </message>
    <message>
        <source>Sensibilité (grille ENISA)</source>
        <translation>Sensitivity (ENISA scale)</translation>
    </message>
    <message>
        <source>Ma spécialité révèle à elle seule l&apos;état de santé (psychiatrie, addictologie, oncologie…)</source>
        <translation>My specialty alone reveals the health condition (psychiatry, addiction care, oncology…)</translation>
    </message>
    <message>
        <source>Les personnes sont particulièrement vulnérables (enfants, grand âge, détresse)</source>
        <translation>The persons are particularly vulnerable (children, the very old, distress)</translation>
    </message>
    <message>
        <source>Beaucoup de données par personne (dossier complet, pas une ligne)</source>
        <translation>Much data per person (a full record, not one line)</translation>
    </message>
    <message>
        <source>Les données sont anciennes ou inexactes</source>
        <translation>The data are old or inaccurate</translation>
    </message>
    <message>
        <source>Les données étaient déjà publiques</source>
        <translation>The data were already public</translation>
    </message>
    <message>
        <source>Les données en disent peu (ex. un simple rendez-vous de routine)</source>
        <translation>The data reveal little (e.g. a routine appointment)</translation>
    </message>
</context>
</TS>
