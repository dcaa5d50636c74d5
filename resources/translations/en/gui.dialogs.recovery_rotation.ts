<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>RecoveryRotationDialog</name>
    <message>
        <source>Nouveau code de secours</source>
        <translation>New recovery code</translation>
    </message>
    <message>
        <source>Imprimez ou recopiez ce code et rangez-le hors de l&apos;ordinateur. Retapez-le ensuite pour confirmer : tant que ce n&apos;est pas fait, l&apos;ancien code reste valable.</source>
        <translation>Print or copy this code and keep it away from the computer. Then type it back to confirm: until you do, the old code stays valid.</translation>
    </message>
    <message>
        <source>Code de secours retapé</source>
        <translation>Recovery code typed back</translation>
    </message>
    <message>
        <source>&amp;Retapez le code :</source>
        <translation>&amp;Type the code back:</translation>
    </message>
    <message>
        <source>&amp;Confirmer le nouveau code</source>
        <translation>&amp;Confirm the new code</translation>
    </message>
    <message>
        <source>&amp;Garder l&apos;ancien code</source>
        <translation>&amp;Keep the old code</translation>
    </message>
    <message>
        <source>Ce n&apos;est pas le code affiché. Vérifiez votre copie ; l&apos;ancien code reste valable.</source>
        <translation>This is not the code shown. Check your copy; the old code stays valid.</translation>
    </message>
</context>
</TS>
