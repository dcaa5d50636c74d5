<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>AwarenessStep</name>
    <message>
        <source>Le délai de 72 heures part du moment où vous avez eu une certitude raisonnable qu&apos;un incident touchait des données personnelles. Si vous l&apos;avez appris hier soir, indiquez hier soir : pas le moment où vous remplissez ce formulaire.</source>
        <translation>The 72 hours start when you became reasonably certain that an incident affected personal data. If you learned it last night, enter last night: not the moment you fill in this form.</translation>
    </message>
    <message>
        <source>&amp;Quand l&apos;avez-vous appris ? (heure de Paris)</source>
        <translation>&amp;When did you learn of it? (Paris time)</translation>
    </message>
    <message>
        <source>&amp;Motif de la correction</source>
        <translation>&amp;Reason for the correction</translation>
    </message>
    <message>
        <source>ex. appel reçu la veille, retrouvé dans l&apos;agenda</source>
        <translation>e.g. call received the day before, found in the diary</translation>
    </message>
    <message>
        <source>&amp;Comment l&apos;avez-vous appris ?</source>
        <translation>&amp;How did you learn of it?</translation>
    </message>
    <message>
        <source>facultatif, ex. appel d&apos;un journaliste la veille à 18 h ; écran de rançon au démarrage</source>
        <translation>optional, e.g. a journalist called the evening before at 6 pm; ransom screen at start-up</translation>
    </message>
    <message>
        <source>&amp;Précisions</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>La violation est-elle &amp;établie ?</source>
        <translation>Is the breach &amp;established?</translation>
    </message>
    <message>
        <source>Suspectée : vous n&apos;en êtes pas encore sûr. Elle est évaluée de la même façon : dans le doute, la CNIL doit être notifiée.</source>
        <translation>Suspected: you are not sure yet. It is assessed the same way: when in doubt, the CNIL must be notified.</translation>
    </message>
    <message>
        <source>Pas encore connu</source>
        <translation>Not known yet</translation>
    </message>
    <message>
        <source>Pas encore connue</source>
        <translation>Not known yet</translation>
    </message>
    <message>
        <source>Toujours en cours</source>
        <translation>Still ongoing</translation>
    </message>
    <message>
        <source>Début de l&apos;incident</source>
        <translation>Start of the incident</translation>
    </message>
    <message>
        <source>Fin de l&apos;incident</source>
        <translation>End of the incident</translation>
    </message>
    <message>
        <source>Prise de connaissance déjà enregistrée pour cet incident ; la modifier déplace l&apos;échéance partout (journal, tableau de bord, dossier) et le motif reste au journal.</source>
        <translation>Awareness already recorded for this incident; changing it moves the deadline everywhere (journal, dashboard, dossier) and the reason stays in the journal.</translation>
    </message>
</context>
</TS>
