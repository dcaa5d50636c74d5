<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>TemplatePicker</name>
    <message>
        <source>Activités de votre cabinet</source>
        <translation>Activities of your practice</translation>
    </message>
    <message>
        <source>Cochez les activités qui existent dans votre cabinet. Chacune sera ajoutée au registre avec ses finalités, bases légales, données, destinataires et durées de conservation recommandées ; vous pourrez tout modifier ensuite.</source>
        <translation>Tick the activities that exist in your practice. Each one is added to the register with its recommended purposes, legal bases, data, recipients and retention periods; you can change everything afterwards.</translation>
    </message>
    <message>
        <source>(déjà dans le registre)</source>
        <translation>(already in the register)</translation>
    </message>
    <message>
        <source>Activités proposées pour votre profession</source>
        <translation>Activities suggested for your profession</translation>
    </message>
    <message>
        <source>Ajouter aussi les &amp;prestataires habituels de ces activités (à compléter ensuite)</source>
        <translation>Also add the usual &amp;providers of these activities (to complete afterwards)</translation>
    </message>
    <message>
        <source>Ajouter au registre</source>
        <translation>Add to the register</translation>
    </message>
</context>
</TS>
