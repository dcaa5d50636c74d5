<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
<context>
    <name>PatientLetterDialog</name>
    <message numerus="yes">
        <source>%n patient(s) à informer</source>
        <translation>
            <numerusform>%n patient à informer</numerusform>
            <numerusform>%n patients à informer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n avec une adresse e-mail</source>
        <translation>
            <numerusform>%n avec une adresse e-mail</numerusform>
            <numerusform>%n avec une adresse e-mail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lettre(s) enregistrée(s) : %1</source>
        <translation>
            <numerusform>%n lettre enregistrée : %1</numerusform>
            <numerusform>%n lettres enregistrées : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) à envoyer : %1</source>
        <translation>
            <numerusform>%n e-mail à envoyer : %1</numerusform>
            <numerusform>%n e-mails à envoyer : %1</numerusform>
        </translation>
    </message>
</context>
</TS>