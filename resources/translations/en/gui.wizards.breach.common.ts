<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>BreachWizard</name>
    <message>
        <source>Je ne sais pas encore</source>
        <translation>I don&apos;t know yet</translation>
    </message>
</context>
</TS>
