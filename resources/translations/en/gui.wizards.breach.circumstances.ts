<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>BreachWizard</name>
    <message>
        <source>Je ne sais pas : on ne peut pas l&apos;exclure</source>
        <translation>I don&apos;t know: it cannot be ruled out</translation>
    </message>
    <message>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Non</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>CircumstancesStep</name>
    <message>
        <source>Protection des données</source>
        <translation>Data protection</translation>
    </message>
    <message>
        <source>Étaient-elles &amp;chiffrées ?</source>
        <translation>Were they en&amp;crypted?</translation>
    </message>
    <message>
        <source>Chiffrées : BitLocker, FileVault, archive protégée… et le mot de passe n&apos;a pas été pris.</source>
        <translation>Encrypted: BitLocker, FileVault, a protected archive… and the password was not taken.</translation>
    </message>
    <message>
        <source>Qui a pu voir les données ?</source>
        <translation>Who may have seen the data?</translation>
    </message>
    <message>
        <source>Quelqu&apos;un a-t-il pu les &amp;voir ?</source>
        <translation>Could anyone have &amp;seen them?</translation>
    </message>
    <message>
        <source>Exposition sur Internet signalée par un tiers : choisissez « une personne connue, et peut-être des inconnus ».</source>
        <translation>Exposed on the Internet and reported by someone: choose “someone known, and possibly unknown others”.</translation>
    </message>
    <message>
        <source>Le destinataire est un professionnel tenu au secret (confrère, laboratoire…)</source>
        <translation>The recipient is a professional bound by secrecy (colleague, laboratory…)</translation>
    </message>
    <message>
        <source>Il a confirmé avoir supprimé ou renvoyé les données</source>
        <translation>They confirmed they deleted or returned the data</translation>
    </message>
    <message>
        <source>Données perdues ou inaccessibles</source>
        <translation>Data lost or inaccessible</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Inconnue ou jamais</source>
        <translation>Unknown or never</translation>
    </message>
    <message>
        <source>Des soins ont été gênés ou retardés</source>
        <translation>Care was hindered or delayed</translation>
    </message>
    <message>
        <source>Les données sont définitivement perdues</source>
        <translation>The data are permanently lost</translation>
    </message>
    <message>
        <source>Une &amp;sauvegarde utilisable existe-t-elle ?</source>
        <translation>Is there a usable &amp;backup?</translation>
    </message>
    <message>
        <source>Durée pour tout rétablir</source>
        <translation>Time to restore everything</translation>
    </message>
    <message>
        <source>Données modifiées</source>
        <translation>Altered data</translation>
    </message>
    <message>
        <source>&amp;Conséquence</source>
        <translation>&amp;Consequence</translation>
    </message>
</context>
</TS>
