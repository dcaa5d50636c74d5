<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>IncidentTableModel</name>
    <message>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Prise de connaissance</source>
        <translation>Became aware</translation>
    </message>
    <message>
        <source>Risque</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Gravité</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Décision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Échéance CNIL</source>
        <translation>CNIL deadline</translation>
    </message>
    <message>
        <source>Décision différente de la conclusion de Vigie, avec justification</source>
        <translation>Decision different from Vigie&apos;s conclusion, with a justification</translation>
    </message>
    <message>
        <source>Ouvert</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Clos</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>n° %1 — %2</source>
        <translation>No. %1 — %2</translation>
    </message>
    <message>
        <source>à évaluer</source>
        <translation>to assess</translation>
    </message>
    <message>
        <source>improbable</source>
        <translation>unlikely</translation>
    </message>
    <message>
        <source>risque</source>
        <translation>risk</translation>
    </message>
    <message>
        <source>élevé</source>
        <translation>high</translation>
    </message>
    <message>
        <source>notifier la CNIL</source>
        <translation>notify the CNIL</translation>
    </message>
    <message>
        <source>documenter seulement</source>
        <translation>document only</translation>
    </message>
    <message>
        <source> + informer les personnes</source>
        <translation> + inform the persons</translation>
    </message>
    <message>
        <source>notifiée le %1</source>
        <translation>notified on %1</translation>
    </message>
    <message>
        <source>dépassée : </source>
        <translation>passed: </translation>
    </message>
</context>
</TS>
