<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>ConclusionStep</name>
    <message>
        <source>Raisons de la conclusion</source>
        <translation>Reasons for the conclusion</translation>
    </message>
    <message>
        <source>Je décide autrement (justification obligatoire, conservée au journal)</source>
        <translation>I decide otherwise (justification required, kept in the log)</translation>
    </message>
    <message>
        <source>Notifier la CNIL</source>
        <translation>Notify the CNIL</translation>
    </message>
    <message>
        <source>Informer les personnes</source>
        <translation>Inform the persons</translation>
    </message>
    <message>
        <source>&amp;Justification</source>
        <translation>&amp;Justification</translation>
    </message>
    <message>
        <source>Décision prise par</source>
        <translation>Decision taken by</translation>
    </message>
    <message>
        <source>Ce n&apos;est pas une violation de données personnelles : l&apos;incident est simplement consigné au journal.</source>
        <translation>This is not a personal data breach: the incident is simply recorded in the log.</translation>
    </message>
    <message>
        <source>Notifier la CNIL avant le %1 (heure de Paris).</source>
        <translation>Notify the CNIL before %1 (Paris time).</translation>
    </message>
    <message>
        <source>Informer aussi les personnes concernées.</source>
        <translation>Also inform the persons concerned.</translation>
    </message>
    <message>
        <source>Pas d&apos;information individuelle obligatoire des personnes.</source>
        <translation>No mandatory individual information of the persons.</translation>
    </message>
    <message>
        <source>Pas de notification à la CNIL : documenter l&apos;incident au journal.</source>
        <translation>No notification to the CNIL: document the incident in the log.</translation>
    </message>
    <message>
        <source>Informer les personnes concernées.</source>
        <translation>Inform the persons concerned.</translation>
    </message>
    <message>
        <source>risque improbable</source>
        <translation>risk unlikely</translation>
    </message>
    <message>
        <source>risque</source>
        <translation>risk</translation>
    </message>
    <message>
        <source>risque élevé</source>
        <translation>high risk</translation>
    </message>
    <message>
        <source>Niveau : %1</source>
        <translation>Level: %1</translation>
    </message>
    <message>
        <source>Ces réponses encore inconnues changeraient la conclusion :</source>
        <translation>These answers, still unknown, would change the conclusion:</translation>
    </message>
</context>
<context>
    <name>NextStepsStep</name>
    <message>
        <source>Votre liste d&apos;actions, gardée avec l&apos;incident. Vous la retrouverez dans le journal pour cocher ce qui est fait.</source>
        <translation>Your action list, kept with the incident. You will find it in the log to tick what is done.</translation>
    </message>
    <message>
        <source>Actions à mener</source>
        <translation>Actions to take</translation>
    </message>
    <message>
        <source>recommandé</source>
        <translation>recommended</translation>
    </message>
    <message>
        <source>à faire</source>
        <translation>to do</translation>
    </message>
    <message>
        <source>avant le %1</source>
        <translation>before %1</translation>
    </message>
</context>
</TS>
