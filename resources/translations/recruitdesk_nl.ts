<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutFeature</name>
    <message>
        <source>&lt;h3&gt;RecruitDesk {version}&lt;/h3&gt;&lt;p&gt;An offline, encrypted candidate vault with GDPR retention countdowns.&lt;/p&gt;&lt;p&gt;Everything you store is kept in one encrypted database on this computer. It is opened with a key kept in your system keychain, so you never type a password here, or with the recovery key you saved when the vault was created. A stolen laptop, a copied disk or a backup shows only scrambled data. RecruitDesk locks itself after a few idle minutes. It cannot protect you from malicious software running under your own account.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;RecruitDesk {version}&lt;/h3&gt;&lt;p&gt;Een offline, versleutelde kandidatenkluis die de AVG-bewaartermijnen voor u aftelt.&lt;/p&gt;&lt;p&gt;Alles wat u bewaart, staat in één versleutelde database op deze computer. Die wordt geopend met een sleutel uit de sleutelhanger van uw systeem, zodat u hier nooit een wachtwoord hoeft te typen, of met de herstelsleutel die u bij het aanmaken van de kluis hebt bewaard. Op een gestolen laptop, een gekopieerde schijf of een back-up zijn alleen onleesbare gegevens te zien. RecruitDesk vergrendelt zichzelf na enkele minuten zonder gebruik. Tegen kwaadaardige software die onder uw eigen gebruikersaccount draait, kan RecruitDesk u niet beschermen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Vault integrity: {state}</source>
        <translation>Integriteit van de kluis: {state}</translation>
    </message>
    <message>
        <source>RecruitDesk is free software under the GPL-3.0-or-later licence.</source>
        <translation>RecruitDesk is vrije software onder de licentie GPL-3.0-or-later.</translation>
    </message>
    <message>
        <source>Components bundled with RecruitDesk and their licences:</source>
        <translation>Onderdelen die met RecruitDesk worden meegeleverd, en hun licenties:</translation>
    </message>
    <message>
        <source>{name} (inside {part_of}): {licence}</source>
        <translation>{name} (onderdeel van {part_of}): {licence}</translation>
    </message>
    <message>
        <source>{name} {version}: {licence}</source>
        <translation>{name} {version}: {licence}</translation>
    </message>
    <message>
        <source>About RecruitDesk</source>
        <translation>Over RecruitDesk</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>You locked the vault.</source>
        <translation>U hebt de kluis vergrendeld.</translation>
    </message>
    <message>
        <source>Demo vault (deleted when you quit)</source>
        <translation>Demokluis (wordt verwijderd wanneer u afsluit)</translation>
    </message>
    <message>
        <source>RecruitDesk – demo</source>
        <translation>RecruitDesk – demo</translation>
    </message>
    <message>
        <source>RecruitDesk</source>
        <translation>RecruitDesk</translation>
    </message>
    <message>
        <source>The team vault is locked.</source>
        <translation>De teamkluis is vergrendeld.</translation>
    </message>
    <message>
        <source>The names were cleared from the screen and the team&apos;s keys dropped from this computer&apos;s memory. Open the team vault again to go on.</source>
        <translation>De namen zijn van het scherm gehaald en de sleutels van het team uit het geheugen van deze computer gewist. Open de teamkluis opnieuw om verder te werken.</translation>
    </message>
    <message>
        <source>&amp;Open the team vault</source>
        <translation>Teamkluis &amp;openen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>The integrity check found damaged pages in the vault database. Backups are refused until you restore the vault from a backup (Vault menu).</source>
        <translation>De integriteitscontrole vond beschadigde pagina&apos;s in de kluisdatabase. Back-ups worden geweigerd tot u de kluis herstelt vanuit een back-up (menu Kluis).</translation>
    </message>
    <message>
        <source>Backup restored. The previous data is kept in {path}.</source>
        <translation>Back-up teruggezet. De vorige gegevens worden bewaard in {path}.</translation>
    </message>
    <message numerus="yes">
        <source>%n erased candidates were erased again.</source>
        <translation>
            <numerusform>%n gewiste kandidaat is opnieuw gewist.</numerusform>
            <numerusform>%n gewiste kandidaten zijn opnieuw gewist.</numerusform>
        </translation>
    </message>
    <message>
        <source>The restore failed; unlock the vault again.</source>
        <translation>Het terugzetten is mislukt; ontgrendel de kluis opnieuw.</translation>
    </message>
    <message>
        <source>RecruitDesk locked the vault because it was not used for {minutes} min.</source>
        <translation>RecruitDesk heeft de kluis vergrendeld omdat ze {minutes} min. niet is gebruikt.</translation>
    </message>
    <message>
        <source>The vault was locked again: after a recovery-key unlock, a new passphrase is needed.</source>
        <translation>De kluis is opnieuw vergrendeld: na het ontgrendelen met de herstelsleutel is een nieuwe wachtwoordzin nodig.</translation>
    </message>
</context>
<context>
    <name>ApplicationDateDelegate</name>
    <message>
        <source>Application date</source>
        <translation>Sollicitatiedatum</translation>
    </message>
</context>
<context>
    <name>ApplicationList</name>
    <message>
        <source>Applications</source>
        <translation>Sollicitaties</translation>
    </message>
</context>
<context>
    <name>ApplicationTableModel</name>
    <message>
        <source>Candidate</source>
        <translation>Kandidaat</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Gesolliciteerd</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
</context>
<context>
    <name>AuditFeature</name>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Auditspoor…</translation>
    </message>
    <message>
        <source>Check, filter and export the audit trail for the data protection officer</source>
        <translation>Het auditspoor controleren, filteren en exporteren voor de functionaris voor gegevensbescherming</translation>
    </message>
    <message>
        <source>Su&amp;ppression list…</source>
        <translation>&amp;Uitsluitingslijst…</translation>
    </message>
    <message>
        <source>Who must not be contacted again, on what basis; remove an entry with a reason</source>
        <translation>Wie niet meer gecontacteerd mag worden, op welke grondslag; een item verwijderen met een reden</translation>
    </message>
</context>
<context>
    <name>AuditWindow</name>
    <message>
        <source>Export the audit trail</source>
        <translation>Het auditspoor exporteren</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Auditspoor</translation>
    </message>
    <message>
        <source>Checking the audit trail…</source>
        <translation>Het auditspoor wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>Audit trail verification</source>
        <translation>Controle van het auditspoor</translation>
    </message>
    <message>
        <source>&amp;Between</source>
        <translation>&amp;Tussen</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Vanaf datum</translation>
    </message>
    <message>
        <source>Until date</source>
        <translation>Tot en met datum</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle handelingen</translation>
    </message>
    <message>
        <source>number or random id</source>
        <translation>nummer of willekeurige id</translation>
    </message>
    <message>
        <source>random id</source>
        <translation>willekeurige id</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidaat</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Tonen</translation>
    </message>
    <message>
        <source>and</source>
        <translation>en</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Handeling:</translation>
    </message>
    <message>
        <source>&amp;Candidate:</source>
        <translation>&amp;Kandidaat:</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Audititems</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <source>Candidate (random id)</source>
        <translation>Kandidaat (willekeurige id)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Exporteren naar Excel…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown, newest first.</source>
        <translation>
            <numerusform>%n item getoond.</numerusform>
            <numerusform>%n items getoond, de nieuwste eerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the newest {limit} are shown; the export holds them all.</source>
        <translation>Alleen de nieuwste {limit} worden getoond; de export bevat ze allemaal.</translation>
    </message>
    <message>
        <source>Audit trail exported to {path}</source>
        <translation>Auditspoor geëxporteerd naar {path}</translation>
    </message>
</context>
<context>
    <name>BackupDialogs</name>
    <message>
        <source>Restore the vault from the backup {file}?

Everything in the vault is replaced by the backup&apos;s contents. The current data is kept as a safety copy in the vault&apos;s backups folder, so the restore can be undone. Candidates you erased stay erased, even if the backup still holds them.</source>
        <translation>De kluis terugzetten vanaf de back-up {file}?

Alles in de kluis wordt vervangen door de inhoud van de back-up. De huidige gegevens worden als veiligheidskopie bewaard in de back-upmap van de kluis, zodat u het terugzetten ongedaan kunt maken. Kandidaten die u hebt gewist, blijven gewist, ook als de back-up ze nog bevat.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Terugzetten vanaf back-up</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <source>Confirm restore</source>
        <translation>Terugzetten bevestigen</translation>
    </message>
</context>
<context>
    <name>BlindReviewAction</name>
    <message>
        <source>&amp;Blind review…</source>
        <translation>&amp;Blinde beoordeling…</translation>
    </message>
    <message>
        <source>Review the selected vacancy&apos;s applicants without their names, contact details, age, gender or nationality</source>
        <translation>De sollicitanten van de geselecteerde vacature beoordelen zonder hun namen, contactgegevens, leeftijd, geslacht of nationaliteit</translation>
    </message>
</context>
<context>
    <name>BlindReviewDialog</name>
    <message>
        <source>Blind first review</source>
        <translation>Blinde eerste beoordeling</translation>
    </message>
    <message>
        <source>Judge each CV on experience and skills alone: names, contact details, address, birth date, age, gender and nationality are hidden. Record your rating first; then you may reveal who it is.</source>
        <translation>Beoordeel elk cv alleen op ervaring en vaardigheden: naam, contactgegevens, adres, geboortedatum, leeftijd, geslacht en nationaliteit zijn verborgen. Leg eerst uw beoordeling vast; daarna kunt u tonen wie het is.</translation>
    </message>
    <message>
        <source>CVs to review</source>
        <translation>Te beoordelen cv&apos;s</translation>
    </message>
    <message>
        <source>CV text without identity</source>
        <translation>Cv-tekst zonder identiteit</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Tekst</translation>
    </message>
    <message>
        <source>&amp;Pages</source>
        <translation>&amp;Pagina&apos;s</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>Beoordeling:</translation>
    </message>
    <message>
        <source>Rating {value} of 5</source>
        <translation>Beoordeling {value} op 5</translation>
    </message>
    <message>
        <source>&amp;Record rating</source>
        <translation>Beoordeling &amp;vastleggen</translation>
    </message>
    <message>
        <source>Store the rating as a blind one, before the identity is shown</source>
        <translation>De beoordeling als blinde beoordeling opslaan, voordat de identiteit getoond wordt</translation>
    </message>
    <message>
        <source>Re&amp;veal identity</source>
        <translation>Identiteit t&amp;onen</translation>
    </message>
    <message>
        <source>Show who wrote this CV; allowed once your rating is recorded, and logged</source>
        <translation>Tonen wie dit cv schreef; mogelijk zodra uw beoordeling is vastgelegd, en gelogd</translation>
    </message>
    <message>
        <source>No CV of this vacancy is waiting for a review.</source>
        <translation>Geen enkel cv van deze vacature wacht op een beoordeling.</translation>
    </message>
    <message>
        <source>CV {number} of {count}</source>
        <translation>Cv {number} van {count}</translation>
    </message>
    <message>
        <source>{cv}: rated {rating}</source>
        <translation>{cv}: beoordeeld met {rating}</translation>
    </message>
    <message>
        <source>Loading the CV…</source>
        <translation>Het cv wordt geladen…</translation>
    </message>
    <message>
        <source>This CV has no text to show.</source>
        <translation>Dit cv heeft geen tekst om te tonen.</translation>
    </message>
    <message>
        <source>Experience and skills sections only.</source>
        <translation>Alleen de rubrieken ervaring en vaardigheden.</translation>
    </message>
    <message>
        <source>The whole CV, with the identity hidden: no experience or skills heading was found.</source>
        <translation>Het hele cv, met de identiteit verborgen: er is geen rubriek ervaring of vaardigheden gevonden.</translation>
    </message>
    <message>
        <source>Page with the identity blacked out</source>
        <translation>Pagina met de identiteit zwart gemaakt</translation>
    </message>
    <message>
        <source>This page is a scanned image: it is not shown, because the identity on it cannot be located. Its text is on the Text tab.</source>
        <translation>Deze pagina is een gescande afbeelding: ze wordt niet getoond, omdat de identiteit erop niet te lokaliseren is. De tekst ervan staat op het tabblad Tekst.</translation>
    </message>
    <message>
        <source>Choose a rating from 1 to 5 first.</source>
        <translation>Kies eerst een beoordeling van 1 tot 5.</translation>
    </message>
    <message>
        <source>This CV is from {name}.</source>
        <translation>Dit cv is van {name}.</translation>
    </message>
</context>
<context>
    <name>BlindReviewFeature</name>
    <message>
        <source>&amp;Blind first review…</source>
        <translation>&amp;Blinde eerste beoordeling…</translation>
    </message>
    <message>
        <source>Review the selected vacancy&apos;s CVs without names, contact details, age, gender or nationality</source>
        <translation>De cv&apos;s van de geselecteerde vacature beoordelen zonder naam, contactgegevens, leeftijd, geslacht of nationaliteit</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>{stage} ({count})</source>
        <translation>{stage} ({count})</translation>
    </message>
</context>
<context>
    <name>CandidateActions</name>
    <message>
        <source>Record &amp;consent…</source>
        <translation>&amp;Toestemming vastleggen…</translation>
    </message>
    <message>
        <source>Record a consent of the selected candidate, with its wording and evidence</source>
        <translation>Een toestemming van de geselecteerde kandidaat vastleggen, met de tekst en het bewijs</translation>
    </message>
    <message>
        <source>Consent…</source>
        <translation>Toestemming…</translation>
    </message>
    <message>
        <source>Record reserve &amp;answer…</source>
        <translation>&amp;Antwoord op reservevraag vastleggen…</translation>
    </message>
    <message>
        <source>The candidate said yes to the reserve question of a rejection letter: record the consent with the wording that letter quoted</source>
        <translation>De kandidaat zei ja op de reservevraag in een afwijzingsbrief: leg de toestemming vast met de tekst die in die brief stond</translation>
    </message>
    <message>
        <source>&amp;Withdraw consent</source>
        <translation>Toestemming &amp;intrekken</translation>
    </message>
    <message>
        <source>Withdraw the selected candidate&apos;s consent now; the countdown is recomputed</source>
        <translation>De toestemming van de geselecteerde kandidaat nu intrekken; de termijn wordt opnieuw berekend</translation>
    </message>
    <message>
        <source>Ask to re&amp;new consent</source>
        <translation>Om verl&amp;enging van de toestemming vragen</translation>
    </message>
    <message>
        <source>In &amp;Dutch</source>
        <translation>In het &amp;Nederlands</translation>
    </message>
    <message>
        <source>In &amp;French</source>
        <translation>In het &amp;Frans</translation>
    </message>
    <message>
        <source>In &amp;English</source>
        <translation>In het &amp;Engels</translation>
    </message>
    <message>
        <source>Draft a mail asking the candidate to renew the consent, in your mail program</source>
        <translation>In uw e-mailprogramma een e-mail opstellen waarin u de kandidaat vraagt de toestemming te verlengen</translation>
    </message>
    <message>
        <source>Screening &amp;notes…</source>
        <translation>&amp;Screeningsnotities…</translation>
    </message>
    <message>
        <source>Write, read and edit the selected candidate&apos;s screening notes</source>
        <translation>De screeningsnotities van de geselecteerde kandidaat schrijven, lezen en bewerken</translation>
    </message>
    <message>
        <source>Notes…</source>
        <translation>Notities…</translation>
    </message>
    <message>
        <source>Consent recorded; the countdown was recomputed.</source>
        <translation>Toestemming vastgelegd; de termijn is opnieuw berekend.</translation>
    </message>
    <message>
        <source>No letter asking {name} about the recruitment reserve was recorded as sent. Use Record consent… to enter the wording by hand.</source>
        <translation>Er is geen verstuurde brief vastgelegd waarin {name} naar de wervingsreserve werd gevraagd. Gebruik Toestemming vastleggen… om de tekst zelf in te vullen.</translation>
    </message>
    <message>
        <source>Consent withdrawn; the countdown was recomputed.</source>
        <translation>Toestemming ingetrokken; de termijn is opnieuw berekend.</translation>
    </message>
    <message>
        <source>The renewal request is open in your mail program; nothing was sent yet.</source>
        <translation>De vraag om verlenging staat open in uw e-mailprogramma; er is nog niets verstuurd.</translation>
    </message>
    <message>
        <source>No mail program could open the renewal request.</source>
        <translation>Geen enkel e-mailprogramma kon de vraag om verlenging openen.</translation>
    </message>
    <message>
        <source>{name} has no consent in force.</source>
        <translation>{name} heeft geen geldige toestemming.</translation>
    </message>
    <message>
        <source>Candidate actions</source>
        <translation>Acties voor de kandidaat</translation>
    </message>
</context>
<context>
    <name>CandidateDetailFeature</name>
    <message>
        <source>Candidate</source>
        <translation>Kandidaat</translation>
    </message>
    <message>
        <source>Candidate details</source>
        <translation>Details van de kandidaat</translation>
    </message>
    <message>
        <source>Candidate &amp;details</source>
        <translation>&amp;Details van de kandidaat</translation>
    </message>
    <message>
        <source>Show or hide the selected candidate&apos;s details (Ctrl+Shift+D)</source>
        <translation>De details van de geselecteerde kandidaat tonen of verbergen (Ctrl+Shift+D)</translation>
    </message>
    <message numerus="yes">
        <source>%n candidates are selected. Select one to see the details.</source>
        <translation>
            <numerusform>Er is %n kandidaat geselecteerd.</numerusform>
            <numerusform>Er zijn %n kandidaten geselecteerd. Selecteer er één om de details te zien.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your colleague&apos;s version is shown. Nothing you typed was saved.</source>
        <translation>De versie van uw collega wordt getoond. Niets van wat u typte, werd bewaard.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>De kluis is vergrendeld.</translation>
    </message>
    <message>
        <source>The candidate&apos;s details were saved.</source>
        <translation>De gegevens van de kandidaat zijn opgeslagen.</translation>
    </message>
</context>
<context>
    <name>CandidateDetailPane</name>
    <message>
        <source>Candidate details</source>
        <translation>Details van de kandidaat</translation>
    </message>
    <message>
        <source>Candidate details state</source>
        <translation>Status van de kandidaatdetails</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Woonplaats</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>https://www.linkedin.com/in/…</source>
        <translation>https://www.linkedin.com/in/…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefoon:</translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation>&amp;Woonplaats:</translation>
    </message>
    <message>
        <source>&amp;LinkedIn:</source>
        <translation>&amp;LinkedIn:</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Herkomst</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Gesolliciteerd op</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Herkomst:</translation>
    </message>
    <message>
        <source>Applied:</source>
        <translation>Gesolliciteerd op:</translation>
    </message>
    <message>
        <source>Last contact:</source>
        <translation>Laatste contact:</translation>
    </message>
    <message>
        <source>Profile error</source>
        <translation>Fout in het profiel</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation>Het profiel opslaan</translation>
    </message>
    <message>
        <source>Save the candidate&apos;s contact details</source>
        <translation>De contactgegevens van de kandidaat opslaan</translation>
    </message>
    <message>
        <source>Candidate records</source>
        <translation>Dossier van de kandidaat</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <source>Document preview</source>
        <translation>Voorbeeld van het document</translation>
    </message>
    <message>
        <source>Choose a document to preview it.</source>
        <translation>Kies een document om er een voorbeeld van te zien.</translation>
    </message>
    <message>
        <source>PDF preview</source>
        <translation>Pdf-voorbeeld</translation>
    </message>
    <message>
        <source>PDF preview is not available; the text is shown instead.</source>
        <translation>Een voorbeeld van de pdf is niet beschikbaar; in plaats daarvan wordt de tekst getoond.</translation>
    </message>
    <message>
        <source>Document text</source>
        <translation>Tekst van het document</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documenten</translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation>&amp;Sollicitaties</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Toestemmingen</translation>
    </message>
    <message>
        <source>C&amp;onsents</source>
        <translation>Toe&amp;stemmingen</translation>
    </message>
    <message>
        <source>Screening notes</source>
        <translation>Screeningsnotities</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>Not&amp;ities</translation>
    </message>
    <message>
        <source>Rights requests</source>
        <translation>Verzoeken van betrokkenen</translation>
    </message>
    <message>
        <source>Re&amp;quests</source>
        <translation>Ver&amp;zoeken</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation>Ti&amp;jdlijn</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Sollicitaties</translation>
    </message>
    <message>
        <source>Vacancy</source>
        <translation>Vacature</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <source>Show on the &amp;board</source>
        <translation>Op het &amp;bord tonen</translation>
    </message>
    <message>
        <source>Open this vacancy&apos;s board with the candidate selected</source>
        <translation>Het bord van deze vacature openen met de kandidaat geselecteerd</translation>
    </message>
    <message>
        <source>{vacancy} ({client})</source>
        <translation>{vacancy} ({client})</translation>
    </message>
    <message>
        <source>{outcome} on {date}</source>
        <translation>{outcome} op {date}</translation>
    </message>
    <message>
        <source>Vacancy status: {status}</source>
        <translation>Status van de vacature: {status}</translation>
    </message>
    <message>
        <source>No applications: this candidate is in no vacancy.</source>
        <translation>Geen sollicitaties: deze kandidaat zit in geen enkele vacature.</translation>
    </message>
    <message>
        <source>No candidate selected.
Select one candidate in the list to see the details.</source>
        <translation>Geen kandidaat geselecteerd.
Selecteer één kandidaat in de lijst om de gegevens te zien.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>De kluis is vergrendeld.</translation>
    </message>
    <message>
        <source>Loading the candidate…</source>
        <translation>De kandidaat wordt geladen…</translation>
    </message>
    <message>
        <source>{name} · added {date}</source>
        <translation>{name} · toegevoegd op {date}</translation>
    </message>
    <message>
        <source>{name} · {size} · added {date}</source>
        <translation>{name} · {size} · toegevoegd op {date}</translation>
    </message>
    <message>
        <source>No documents.</source>
        <translation>Geen documenten.</translation>
    </message>
    <message>
        <source>{date}: {event}</source>
        <translation>{date}: {event}</translation>
    </message>
    <message>
        <source>No consents recorded.</source>
        <translation>Geen toestemmingen vastgelegd.</translation>
    </message>
    <message>
        <source>No screening notes.</source>
        <translation>Geen screeningsnotities.</translation>
    </message>
    <message>
        <source>No rights requests.</source>
        <translation>Geen verzoeken van betrokkenen.</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Nog niets vastgelegd.</translation>
    </message>
    <message>
        <source>{purpose}: given {given}, withdrawn {withdrawn}</source>
        <translation>{purpose}: gegeven op {given}, ingetrokken op {withdrawn}</translation>
    </message>
    <message>
        <source>{purpose}: given {given}, until {expires}</source>
        <translation>{purpose}: gegeven op {given}, geldig tot {expires}</translation>
    </message>
    <message>
        <source>{purpose}: given {given}</source>
        <translation>{purpose}: gegeven op {given}</translation>
    </message>
    <message>
        <source>{date} · {kind} · {author}: {summary}</source>
        <translation>{date} · {kind} · {author}: {summary}</translation>
    </message>
    <message>
        <source>{text} (not yet discussed with the candidate)</source>
        <translation>{text} (nog niet met de kandidaat besproken)</translation>
    </message>
    <message>
        <source>{kind}: received {received}, completed {completed}</source>
        <translation>{kind}: ontvangen op {received}, afgerond op {completed}</translation>
    </message>
    <message>
        <source>{kind}: received {received}, answer by {deadline}</source>
        <translation>{kind}: ontvangen op {received}, antwoord uiterlijk op {deadline}</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>{name} wordt geopend…</translation>
    </message>
    <message>
        <source>No text could be extracted from this document.</source>
        <translation>Uit dit document kon geen tekst worden gehaald.</translation>
    </message>
</context>
<context>
    <name>CandidateFactsDialog</name>
    <message>
        <source>Retention facts</source>
        <translation>Feiten voor de bewaartermijn</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidaat</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Bezig met laden…</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Aftelling</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Alleen lezen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Not hired</source>
        <translation>Niet aangenomen</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Aangenomen</translation>
    </message>
    <message>
        <source>Withdrawn by the candidate</source>
        <translation>Kandidaat heeft zich teruggetrokken</translation>
    </message>
    <message>
        <source>Reopen (new procedure)</source>
        <translation>Heropenen (nieuwe procedure)</translation>
    </message>
    <message>
        <source>Outcome date</source>
        <translation>Datum van de uitkomst</translation>
    </message>
    <message>
        <source>Record &amp;outcome</source>
        <translation>&amp;Uitkomst vastleggen</translation>
    </message>
    <message>
        <source>Current procedure</source>
        <translation>Huidige procedure</translation>
    </message>
    <message>
        <source>Procedure outcome</source>
        <translation>Uitkomst van de procedure</translation>
    </message>
    <message>
        <source>Current:</source>
        <translation>Huidige stand:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Uitkomst:</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Contact channel</source>
        <translation>Contactkanaal</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Contact date</source>
        <translation>Datum van het contact</translation>
    </message>
    <message>
        <source>Record &amp;contact</source>
        <translation>&amp;Contact vastleggen</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Last contact:</source>
        <translation>Laatste contact:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanaal:</translation>
    </message>
    <message>
        <source>Reserve consent</source>
        <translation>Toestemming voor de wervingsreserve</translation>
    </message>
    <message>
        <source>Record consent &amp;given…</source>
        <translation>&amp;Gegeven toestemming vastleggen…</translation>
    </message>
    <message>
        <source>Record the date, channel and wording the candidate agreed to, with evidence</source>
        <translation>De datum, het kanaal en de tekst waarmee de kandidaat heeft ingestemd vastleggen, met bewijs</translation>
    </message>
    <message>
        <source>&amp;Withdraw consent</source>
        <translation>Toestemming &amp;intrekken</translation>
    </message>
    <message>
        <source>Recruitment reserve consent</source>
        <translation>Toestemming voor de wervingsreserve</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Nu:</translation>
    </message>
    <message>
        <source>Legal hold and extension</source>
        <translation>Juridische bewaring en verlenging</translation>
    </message>
    <message>
        <source>Legal &amp;hold…</source>
        <translation>Bewaren om &amp;juridische redenen…</translation>
    </message>
    <message>
        <source>&amp;Release hold</source>
        <translation>Bewaring &amp;opheffen</translation>
    </message>
    <message>
        <source>&amp;Extend…</source>
        <translation>&amp;Verlengen…</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Herkomst</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Bekend</translation>
    </message>
    <message>
        <source>Application date known</source>
        <translation>Sollicitatiedatum bekend</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Gesolliciteerd op</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Sollicitatie</translation>
    </message>
    <message>
        <source>Record &amp;application</source>
        <translation>&amp;Sollicitatie vastleggen</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Herkomst:</translation>
    </message>
    <message>
        <source>Applied on:</source>
        <translation>Gesolliciteerd op:</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>niets vastgelegd</translation>
    </message>
    <message>
        <source>Given on {date}</source>
        <translation>Gegeven op {date}</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Geen toestemming</translation>
    </message>
    <message>
        <source>On legal hold: {reason}</source>
        <translation>Bewaard om juridische redenen: {reason}</translation>
    </message>
    <message>
        <source>Extended until {date}: {reason}</source>
        <translation>Verlengd tot {date}: {reason}</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>{source}, applied on {date}</source>
        <translation>{source}, gesolliciteerd op {date}</translation>
    </message>
    <message>
        <source>On legal hold: not deleted until the hold is released.</source>
        <translation>Bewaard om juridische redenen: wordt pas verwijderd wanneer de bewaring wordt opgeheven.</translation>
    </message>
    <message>
        <source>No deletion deadline runs now.</source>
        <translation>Er loopt momenteel geen verwijdertermijn.</translation>
    </message>
    <message numerus="yes">
        <source>Overdue: should have been deleted on {date} (%n days ago).</source>
        <translation>
            <numerusform>Termijn verstreken: had op {date} verwijderd moeten zijn (%n dag geleden).</numerusform>
            <numerusform>Termijn verstreken: had op {date} verwijderd moeten zijn (%n dagen geleden).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due for deletion on {date}: %n days left.</source>
        <translation>
            <numerusform>Te verwijderen op {date}: nog %n dag.</numerusform>
            <numerusform>Te verwijderen op {date}: nog %n dagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Due for deletion today ({date}).</source>
        <translation>Moet vandaag ({date}) worden verwijderd.</translation>
    </message>
    <message>
        <source>No procedure</source>
        <translation>Geen procedure</translation>
    </message>
    <message>
        <source>{outcome} ({date})</source>
        <translation>{outcome} ({date})</translation>
    </message>
</context>
<context>
    <name>CandidateNotesDialog</name>
    <message>
        <source>Screening notes – {name}</source>
        <translation>Screeningsnotities – {name}</translation>
    </message>
    <message>
        <source>Screening notes</source>
        <translation>Screeningsnotities</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Bezig met laden…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Versions of the selected note</source>
        <translation>Versies van de geselecteerde notitie</translation>
    </message>
    <message>
        <source>&amp;New note…</source>
        <translation>&amp;Nieuwe notitie…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>&amp;Versions of the selected note (newest first):</source>
        <translation>&amp;Versies van de geselecteerde notitie (nieuwste eerst):</translation>
    </message>
    <message>
        <source>{date} · {kind} · {author}: {text}</source>
        <translation>{date} · {kind} · {author}: {text}</translation>
    </message>
    <message>
        <source>{text} (edited)</source>
        <translation>{text} (bewerkt)</translation>
    </message>
    <message>
        <source>{text} – not yet discussed with the candidate</source>
        <translation>{text} – nog niet met de kandidaat besproken</translation>
    </message>
    <message>
        <source>No screening notes yet.</source>
        <translation>Nog geen screeningsnotities.</translation>
    </message>
    <message numerus="yes">
        <source>%n screening notes.</source>
        <translation>
            <numerusform>%n screeningsnotitie.</numerusform>
            <numerusform>%n screeningsnotities.</numerusform>
        </translation>
    </message>
    <message>
        <source>Version {number}, {date}, {author}:
{text}</source>
        <translation>Versie {number}, {date}, {author}:
{text}</translation>
    </message>
</context>
<context>
    <name>CandidateSearch</name>
    <message>
        <source>Search names, emails and CVs (Ctrl+F)</source>
        <translation>Zoeken in namen, e-mailadressen en cv&apos;s (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search candidates</source>
        <translation>Kandidaten zoeken</translation>
    </message>
    <message>
        <source>Search names, emails and CV text as you type; Esc clears (Ctrl+F)</source>
        <translation>Zoekt in namen, e-mailadressen en de tekst van cv&apos;s terwijl u typt; Esc wist de zoekopdracht (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search failed: {reason}</source>
        <translation>Zoeken mislukt: {reason}</translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Herkomst</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due for deletion</source>
        <translation>Te verwijderen op</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Resterende dagen</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Processing restricted after a rights request: keep this candidate&apos;s data, but do not use it.</source>
        <translation>Verwerking beperkt na een verzoek van de betrokkene: bewaar de gegevens van deze kandidaat, maar gebruik ze niet.</translation>
    </message>
    <message>
        <source>{status}, restricted</source>
        <translation>{status}, beperkt</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Verwerking beperkt</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Termijn verstreken</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Vervalt binnenkort</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Loopt</translation>
    </message>
    <message>
        <source>On legal hold</source>
        <translation>Juridische bewaring</translation>
    </message>
    <message>
        <source>Not computed yet</source>
        <translation>Nog niet berekend</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Geen termijn</translation>
    </message>
    <message numerus="yes">
        <source>%n days overdue</source>
        <translation>
            <numerusform>%n dag te laat</numerusform>
            <numerusform>%n dagen te laat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days left</source>
        <translation>
            <numerusform>nog %n dag</numerusform>
            <numerusform>nog %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue: this candidate&apos;s data should already have been deleted.</source>
        <translation>Termijn verstreken: de gegevens van deze kandidaat hadden al verwijderd moeten zijn.</translation>
    </message>
    <message>
        <source>Due for deletion within {days} days: review this candidate.</source>
        <translation>Binnen {days} dagen te verwijderen: beoordeel deze kandidaat.</translation>
    </message>
    <message>
        <source>On legal hold: deletion is suspended until the hold is released.</source>
        <translation>Bewaard om juridische redenen: het verwijderen is opgeschort tot de bewaring wordt opgeheven.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
</context>
<context>
    <name>ChooseVacancyDialog</name>
    <message>
        <source>Add to vacancy</source>
        <translation>Toevoegen aan vacature</translation>
    </message>
    <message>
        <source>Add {name} to which vacancy?</source>
        <translation>Aan welke vacature wilt u {name} toevoegen?</translation>
    </message>
    <message>
        <source>Vacancies</source>
        <translation>Vacatures</translation>
    </message>
    <message>
        <source>{title} ({client})</source>
        <translation>{title} ({client})</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
</context>
<context>
    <name>Choosers</name>
    <message>
        <source>Choose the vault folder</source>
        <translation>Kies de kluismap</translation>
    </message>
    <message>
        <source>Save recovery kit</source>
        <translation>Herstelkit opslaan</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Tekstbestanden (*.txt)</translation>
    </message>
    <message>
        <source>Print recovery kit</source>
        <translation>Herstelkit afdrukken</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Terugzetten vanaf back-up</translation>
    </message>
    <message>
        <source>RecruitDesk backups (*.rdbackup *.rdvault);;All files (*)</source>
        <translation>RecruitDesk-back-ups (*.rdbackup *.rdvault);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>CloseVacancyDialog</name>
    <message>
        <source>Vacancy filled: {title}</source>
        <translation>Vacature ingevuld: {title}</translation>
    </message>
    <message>
        <source>Vacancy filled</source>
        <translation>Vacature ingevuld</translation>
    </message>
    <message>
        <source>Tick who was hired. The procedure of everyone else still in this vacancy ({count}) ends as not hired on the date below, and their retention countdowns start on that date.</source>
        <translation>Vink aan wie is aangenomen. De procedure van alle anderen die nog in deze vacature zitten ({count}) eindigt als niet aangenomen op de datum hieronder, en hun bewaartermijnen beginnen op die datum te lopen.</translation>
    </message>
    <message>
        <source>{name} ({stage})</source>
        <translation>{name} ({stage})</translation>
    </message>
    <message>
        <source>Nobody is still in this vacancy&apos;s procedure.</source>
        <translation>Niemand zit nog in de procedure van deze vacature.</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Aangenomen</translation>
    </message>
    <message>
        <source>Procedures end on</source>
        <translation>Procedures eindigen op</translation>
    </message>
    <message>
        <source>Procedures &amp;end on:</source>
        <translation>Procedures &amp;eindigen op:</translation>
    </message>
    <message>
        <source>&amp;Close vacancy</source>
        <translation>Vacature &amp;sluiten</translation>
    </message>
</context>
<context>
    <name>CompleteRequestDialog</name>
    <message>
        <source>What was done, e.g. export sent by encrypted mail on 3 March</source>
        <translation>Wat er is gedaan, bijv. export op 3 maart versleuteld gemaild</translation>
    </message>
    <message>
        <source>&amp;Erase the person&apos;s data</source>
        <translation>&amp;Gegevens van de persoon wissen</translation>
    </message>
    <message>
        <source>Re&amp;strict processing (keep, but do not use)</source>
        <translation>Verwerking &amp;beperken (bewaren, maar niet gebruiken)</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Verzoek:</translation>
    </message>
    <message>
        <source>&amp;Identity checked by:</source>
        <translation>&amp;Identiteit gecontroleerd via:</translation>
    </message>
    <message>
        <source>&amp;Completed on:</source>
        <translation>&amp;Afgerond op:</translation>
    </message>
    <message>
        <source>Then:</source>
        <translation>Daarna:</translation>
    </message>
    <message>
        <source>The email address and phone number go on the suppression list.</source>
        <translation>Het e-mailadres en het telefoonnummer komen op de uitsluitingslijst.</translation>
    </message>
    <message>
        <source>Completing erases the candidate.</source>
        <translation>Bij het afronden wordt de kandidaat gewist.</translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation>&amp;Wat er is gedaan:</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Another member saved this candidate</source>
        <translation>Een ander lid heeft deze kandidaat opgeslagen</translation>
    </message>
    <message>
        <source>While you were editing, another member saved a newer version of this candidate (version {theirs}; you started from version {mine}). Both versions are shown: choose which to keep, or merge them.</source>
        <translation>Terwijl u bewerkte, heeft een ander lid een nieuwere versie van deze kandidaat opgeslagen (versie {theirs}; u begon bij versie {mine}). Beide versies worden getoond: kies welke u bewaart, of voeg ze samen.</translation>
    </message>
    <message>
        <source>Merged version (edit, then save):</source>
        <translation>Samengevoegde versie (bewerk ze en sla ze dan op):</translation>
    </message>
    <message>
        <source>Merged version: error</source>
        <translation>Samengevoegde versie: fout</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Uw versie</translation>
    </message>
    <message>
        <source>On the server (version {version})</source>
        <translation>Op de server (versie {version})</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Mijn versie bewaren</translation>
    </message>
    <message>
        <source>Take the server&apos;s</source>
        <translation>Die van de server nemen</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Samenvoegen…</translation>
    </message>
    <message>
        <source>Save the merged version</source>
        <translation>Samengevoegde versie opslaan</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Choose the evidence of consent</source>
        <translation>Kies het bewijs van toestemming</translation>
    </message>
    <message>
        <source>Mail, PDF or image (*.eml *.msg *.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>E-mail, pdf of afbeelding (*.eml *.msg *.pdf *.png *.jpg *.jpeg);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Toestemming vastleggen</translation>
    </message>
    <message>
        <source>Record reserve consent</source>
        <translation>Toestemming voor de wervingsreserve vastleggen</translation>
    </message>
    <message>
        <source>Record what {name} agreed to, so the consent can be proven later.</source>
        <translation>Leg vast waarmee {name} heeft ingestemd, zodat de toestemming later kan worden aangetoond.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Gegeven op</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>e.g. reserve-2026-01</source>
        <translation>bijv. reserve-2026-01</translation>
    </message>
    <message>
        <source>Text version</source>
        <translation>Versie van de tekst</translation>
    </message>
    <message>
        <source>The exact text the candidate agreed to</source>
        <translation>De precieze tekst waarmee de kandidaat heeft ingestemd</translation>
    </message>
    <message>
        <source>Text agreed to</source>
        <translation>Tekst waarmee is ingestemd</translation>
    </message>
    <message>
        <source>No file</source>
        <translation>Geen bestand</translation>
    </message>
    <message>
        <source>Attach &amp;evidence…</source>
        <translation>&amp;Bewijs toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Doel:</translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation>&amp;Gegeven op:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanaal:</translation>
    </message>
    <message>
        <source>Text &amp;version:</source>
        <translation>&amp;Versie van de tekst:</translation>
    </message>
    <message>
        <source>&amp;Text agreed to:</source>
        <translation>&amp;Tekst waarmee is ingestemd:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Bewijs:</translation>
    </message>
    <message>
        <source>Record reserve answer</source>
        <translation>Antwoord op reservevraag vastleggen</translation>
    </message>
    <message>
        <source>The rejection letter sent on {date} asked this question with the wording below. Set the day the candidate said yes, attach their reply if you have it, and save.</source>
        <translation>De afwijzingsbrief die op {date} werd verstuurd, stelde deze vraag met de tekst hieronder. Vul de dag in waarop de kandidaat ja zei, voeg het antwoord toe als u het hebt, en sla op.</translation>
    </message>
    <message>
        <source>The rejection letter asks this question with the wording below. Set the day the candidate said yes, attach their reply if you have it, and save.</source>
        <translation>De afwijzingsbrief stelt deze vraag met de tekst hieronder. Vul de dag in waarop de kandidaat ja zei, voeg het antwoord toe als u het hebt, en sla op.</translation>
    </message>
    <message>
        <source>The evidence file is larger than 25 MB; attach a smaller file.</source>
        <translation>Het bewijsbestand is groter dan 25 MB; voeg een kleiner bestand toe.</translation>
    </message>
    <message>
        <source>The evidence file cannot be read.</source>
        <translation>Het bewijsbestand kan niet worden gelezen.</translation>
    </message>
</context>
<context>
    <name>ConsentsAction</name>
    <message>
        <source>C&amp;onsents…</source>
        <translation>T&amp;oestemmingen…</translation>
    </message>
    <message>
        <source>See every consent of the selected candidate, record one or withdraw one</source>
        <translation>Bekijk elke toestemming van de geselecteerde kandidaat, leg er een vast of trek er een in</translation>
    </message>
    <message>
        <source>Consents…</source>
        <translation>Toestemmingen…</translation>
    </message>
</context>
<context>
    <name>ConsentsDialog</name>
    <message>
        <source>Consents of {name}</source>
        <translation>Toestemmingen van {name}</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Toestemmingen</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Gegeven op</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Text version</source>
        <translation>Tekstversie</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Ingetrokken op</translation>
    </message>
    <message>
        <source>No consents recorded.</source>
        <translation>Geen toestemmingen vastgelegd.</translation>
    </message>
    <message>
        <source>Your role may read the consents, not record or withdraw them.</source>
        <translation>Met uw rol kunt u de toestemmingen lezen, maar niet vastleggen of intrekken.</translation>
    </message>
    <message>
        <source>&amp;Record consent…</source>
        <translation>Toestemming &amp;vastleggen…</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Intrekken</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>The consent was recorded.</source>
        <translation>De toestemming is vastgelegd.</translation>
    </message>
    <message>
        <source>The consent for &quot;{purpose}&quot; was withdrawn today.</source>
        <translation>De toestemming voor &quot;{purpose}&quot; is vandaag ingetrokken.</translation>
    </message>
</context>
<context>
    <name>ContactAction</name>
    <message>
        <source>Record a con&amp;tact…</source>
        <translation>Contact vast&amp;leggen…</translation>
    </message>
    <message>
        <source>See the selected candidate&apos;s contacts and record a new one; the countdown moves</source>
        <translation>Bekijk de contacten met de geselecteerde kandidaat en leg een nieuw contact vast; de termijn verschuift</translation>
    </message>
    <message>
        <source>Contact…</source>
        <translation>Contact…</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Record a contact</source>
        <translation>Contact vastleggen</translation>
    </message>
    <message>
        <source>A contact with {name} counts as their last contact: under a rule counting from the last contact, their deadline moves.</source>
        <translation>Een contact met {name} geldt als het laatste contact: bij een regel die telt vanaf het laatste contact verschuift de termijn.</translation>
    </message>
    <message>
        <source>Contacts so far</source>
        <translation>Contacten tot nu toe</translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation>Soort contact</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Contact date</source>
        <translation>Datum van het contact</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Wat:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanaal:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Op:</translation>
    </message>
    <message>
        <source>&amp;Record contact</source>
        <translation>Contact &amp;vastleggen</translation>
    </message>
    <message>
        <source>Contacts so far:</source>
        <translation>Contacten tot nu toe:</translation>
    </message>
    <message>
        <source>{date}: {kind} ({channel})</source>
        <translation>{date}: {kind} ({channel})</translation>
    </message>
    <message>
        <source>{date}: {kind}</source>
        <translation>{date}: {kind}</translation>
    </message>
    <message>
        <source>No contact recorded yet.</source>
        <translation>Nog geen contact vastgelegd.</translation>
    </message>
    <message>
        <source>Recorded. The candidate&apos;s data is now kept until {date}.</source>
        <translation>Vastgelegd. De gegevens van de kandidaat worden nu bewaard tot {date}.</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>Vastgelegd.</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Your recovery key</source>
        <translation>Uw herstelsleutel</translation>
    </message>
    <message>
        <source>The second way into your vault, for when this computer&apos;s keychain cannot open it.</source>
        <translation>De tweede toegang tot uw kluis, voor als de sleutelhanger van deze computer de kluis niet kan openen.</translation>
    </message>
    <message>
        <source>Vault creation error</source>
        <translation>Fout bij het aanmaken van de kluis</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <source>&amp;Save recovery kit…</source>
        <translation>Herstelkit &amp;opslaan…</translation>
    </message>
    <message>
        <source>Save recovery kit</source>
        <translation>Herstelkit opslaan</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Print recovery kit</source>
        <translation>Herstelkit afdrukken</translation>
    </message>
    <message>
        <source>I &amp;have saved or printed my recovery key</source>
        <translation>Ik &amp;heb mijn herstelsleutel opgeslagen of afgedrukt</translation>
    </message>
    <message>
        <source>I have saved or printed my recovery key</source>
        <translation>Ik heb mijn herstelsleutel opgeslagen of afgedrukt</translation>
    </message>
    <message>
        <source>This key opens your vault on a new computer or when this computer&apos;s keychain is lost. RecruitDesk shows it only now and cannot show it again. Save or print it and keep it away from this computer. Anyone who has both the key and a copy of the vault can read it.</source>
        <translation>Met deze sleutel opent u uw kluis op een nieuwe computer, of wanneer de sleutelhanger van deze computer verloren is gegaan. RecruitDesk toont de sleutel alleen nu en kan hem later niet opnieuw tonen. Sla hem op of druk hem af, en bewaar hem niet bij deze computer. Wie zowel de sleutel als een kopie van de kluis heeft, kan de kluis lezen.</translation>
    </message>
    <message>
        <source>Creating your vault in {folder}…</source>
        <translation>Uw kluis wordt aangemaakt in {folder}…</translation>
    </message>
    <message>
        <source>Your vault was created in {folder}.</source>
        <translation>Uw kluis is aangemaakt in {folder}.</translation>
    </message>
    <message>
        <source>The vault could not be created. Go back to choose another folder, or fix the problem and try again.</source>
        <translation>De kluis kon niet worden aangemaakt. Ga terug om een andere map te kiezen, of los het probleem op en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>RecruitDesk recovery kit.txt</source>
        <translation>RecruitDesk-herstelkit.txt</translation>
    </message>
    <message>
        <source>The recovery kit was saved to {file}.</source>
        <translation>De herstelkit is opgeslagen in {file}.</translation>
    </message>
    <message>
        <source>The recovery kit was sent to the printer.</source>
        <translation>De herstelkit is naar de printer gestuurd.</translation>
    </message>
</context>
<context>
    <name>DocumentsAction</name>
    <message>
        <source>&amp;Documents…</source>
        <translation>&amp;Documenten…</translation>
    </message>
    <message>
        <source>Add, save a copy of or remove the selected candidate&apos;s documents</source>
        <translation>De documenten van de geselecteerde kandidaat toevoegen, er een kopie van opslaan of ze verwijderen</translation>
    </message>
    <message>
        <source>Documents…</source>
        <translation>Documenten…</translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <source>Add documents</source>
        <translation>Documenten toevoegen</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.doc *.odt *.rtf *.txt *.md *.eml *.msg *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>Documenten (*.pdf *.docx *.doc *.odt *.rtf *.txt *.md *.eml *.msg *.jpg *.jpeg *.png *.tif *.tiff);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Save a copy of the document</source>
        <translation>Een kopie van het document opslaan</translation>
    </message>
    <message>
        <source>Documents of {name}</source>
        <translation>Documenten van {name}</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>No documents yet.</source>
        <translation>Nog geen documenten.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>Een &amp;kopie opslaan…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n files…</source>
        <translation>
            <numerusform>%n bestand wordt gelezen…</numerusform>
            <numerusform>%n bestanden worden gelezen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files added.</source>
        <translation>
            <numerusform>%n bestand toegevoegd.</numerusform>
            <numerusform>%n bestanden toegevoegd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>&amp;Open with password</source>
        <translation>&amp;Openen met wachtwoord</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Over&amp;slaan</translation>
    </message>
    <message>
        <source>{file} is protected. &amp;Password:</source>
        <translation>{file} is beveiligd. &amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>A copy was saved to {path}. It is outside the encrypted vault.</source>
        <translation>Er is een kopie opgeslagen in {path}. Die staat buiten de versleutelde kluis.</translation>
    </message>
    <message>
        <source>Remove the document</source>
        <translation>Het document verwijderen</translation>
    </message>
    <message>
        <source>Remove {file} from the documents of {name}?</source>
        <translation>{file} verwijderen uit de documenten van {name}?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>{file} was removed.</source>
        <translation>{file} is verwijderd.</translation>
    </message>
    <message>
        <source>It is removed from the vault and from the search. This cannot be undone.</source>
        <translation>Het wordt uit de kluis en uit de zoekresultaten verwijderd. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Your role may read and save copies of documents, not add or remove them.</source>
        <translation>Met uw rol kunt u documenten lezen en er kopieën van opslaan, maar ze niet toevoegen of verwijderen.</translation>
    </message>
    <message>
        <source>It is removed from the team vault for every member. This cannot be undone.</source>
        <translation>Het wordt voor elk lid uit de teamkluis verwijderd. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>DropHint</name>
    <message>
        <source>Drop files here</source>
        <translation>Zet de bestanden hier neer</translation>
    </message>
</context>
<context>
    <name>DueItemsModel</name>
    <message>
        <source>Overdue</source>
        <translation>Termijn verstreken</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Vervalt binnenkort</translation>
    </message>
    <message>
        <source>On legal hold</source>
        <translation>Juridische bewaring</translation>
    </message>
    <message>
        <source>Overdue ({count})</source>
        <translation>Termijn verstreken ({count})</translation>
    </message>
    <message numerus="yes">
        <source>Due within %n days ({count})</source>
        <translation>
            <numerusform>Vervalt binnen %n dag ({count})</numerusform>
            <numerusform>Vervalt binnen %n dagen ({count})</numerusform>
        </translation>
    </message>
    <message>
        <source>On legal hold ({count})</source>
        <translation>Juridische bewaring ({count})</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Click to select in the table; double-click or Enter to record facts</source>
        <translation>Klik om in de tabel te selecteren; dubbelklik of druk op Enter om feiten vast te leggen</translation>
    </message>
    <message numerus="yes">
        <source>%n days overdue</source>
        <translation>
            <numerusform>%n dag te laat</numerusform>
            <numerusform>%n dagen te laat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>over %n dag</numerusform>
            <numerusform>over %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>{date} ({relative})</source>
        <translation>{date} ({relative})</translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
</context>
<context>
    <name>DuplicateChoiceDelegate</name>
    <message>
        <source>If {file} is already known</source>
        <translation>Als {file} al bekend is</translation>
    </message>
    <message>
        <source>What to do when this person is already in the vault</source>
        <translation>Wat er moet gebeuren als deze persoon al in de kluis staat</translation>
    </message>
</context>
<context>
    <name>EmptyStates</name>
    <message>
        <source>&amp;New candidate…</source>
        <translation>&amp;Nieuwe kandidaat…</translation>
    </message>
    <message>
        <source>Add a candidate by hand</source>
        <translation>Een kandidaat met de hand toevoegen</translation>
    </message>
    <message>
        <source>&amp;Import CVs…</source>
        <translation>Cv&apos;s &amp;importeren…</translation>
    </message>
    <message>
        <source>Import CV files as new candidates</source>
        <translation>Cv-bestanden als nieuwe kandidaten importeren</translation>
    </message>
    <message>
        <source>C&amp;lear the search</source>
        <translation>Zoekopdracht &amp;wissen</translation>
    </message>
    <message>
        <source>Show every candidate again</source>
        <translation>Alle kandidaten weer tonen</translation>
    </message>
    <message>
        <source>No candidates yet. Start by importing CVs or adding a candidate by hand: they will be listed here, with the date their data is due for deletion.</source>
        <translation>Nog geen kandidaten. Begin met het importeren van cv&apos;s of voeg een kandidaat met de hand toe: ze verschijnen hier, met de datum waarop hun gegevens verwijderd moeten worden.</translation>
    </message>
    <message>
        <source>No candidate matches &apos;{text}&apos;.</source>
        <translation>Geen enkele kandidaat komt overeen met &apos;{text}&apos;.</translation>
    </message>
</context>
<context>
    <name>ErrorReporting</name>
    <message>
        <source>An unexpected error occurred. Details without personal data were written to {file}.</source>
        <translation>Er is een onverwachte fout opgetreden. De details, zonder persoonsgegevens, zijn weggeschreven naar {file}.</translation>
    </message>
    <message>
        <source>RecruitDesk</source>
        <translation>RecruitDesk</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Foutmelding</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>E&amp;xport data…</source>
        <translation>Gegevens e&amp;xporteren…</translation>
    </message>
    <message>
        <source>Export the selected candidate&apos;s data; the export leaves the encrypted vault</source>
        <translation>De gegevens van de geselecteerde kandidaat exporteren; de export verlaat de versleutelde kluis</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>Exported to {path}. The export is outside the encrypted vault.</source>
        <translation>Geëxporteerd naar {path}. De export staat buiten de versleutelde kluis.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export into folder</source>
        <translation>Exporteren naar map</translation>
    </message>
    <message>
        <source>Export {name}&apos;s data</source>
        <translation>Gegevens van {name} exporteren</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>One &amp;zip file instead of a folder</source>
        <translation>Eén &amp;zipbestand in plaats van een map</translation>
    </message>
    <message>
        <source>&amp;Protect with a password (AES-256 zip)</source>
        <translation>Be&amp;veiligen met een wachtwoord (AES-256-zip)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Wachtwoord herhalen</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Map:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Herhalen:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <source>Choose the folder to export into.</source>
        <translation>Kies de map waarnaar u wilt exporteren.</translation>
    </message>
    <message>
        <source>The password must be at least {length} characters long.</source>
        <translation>Het wachtwoord moet minstens {length} tekens lang zijn.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>De twee wachtwoorden zijn niet gelijk.</translation>
    </message>
</context>
<context>
    <name>ExportDoneBox</name>
    <message>
        <source>Export finished</source>
        <translation>Export voltooid</translation>
    </message>
    <message>
        <source>The data of {name} was exported.</source>
        <translation>De gegevens van {name} zijn geëxporteerd.</translation>
    </message>
    <message>
        <source>Saved as {path}.</source>
        <translation>Opgeslagen als {path}.</translation>
    </message>
    <message>
        <source>The export is protected by the password you chose.</source>
        <translation>De export is beveiligd met het wachtwoord dat u hebt gekozen.</translation>
    </message>
    <message>
        <source>It is outside the encrypted vault: keep it safe and delete it when it is no longer needed.</source>
        <translation>De export staat buiten de versleutelde kluis: bewaar hem veilig en verwijder hem zodra u hem niet meer nodig hebt.</translation>
    </message>
    <message>
        <source>&amp;Show in folder</source>
        <translation>&amp;Tonen in map</translation>
    </message>
    <message>
        <source>The folder could not be opened. It is {path}.</source>
        <translation>De map kon niet worden geopend. Het is {path}.</translation>
    </message>
</context>
<context>
    <name>ExtendRequestDialog</name>
    <message>
        <source>1 more month, until {date}</source>
        <translation>1 maand extra, tot {date}</translation>
    </message>
    <message>
        <source>2 more months, until {date}</source>
        <translation>2 maanden extra, tot {date}</translation>
    </message>
    <message>
        <source>The reasons you give the person, e.g. the request covers several years of files</source>
        <translation>De redenen die u aan de persoon meedeelt, bijv. het verzoek betreft dossiers van meerdere jaren</translation>
    </message>
    <message>
        <source>Tell the person about the extension and its reasons before {date}.</source>
        <translation>Breng de persoon vóór {date} op de hoogte van de verlenging en de redenen ervan.</translation>
    </message>
    <message>
        <source>&amp;Extend by:</source>
        <translation>&amp;Verlengen met:</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>&amp;Redenen:</translation>
    </message>
</context>
<context>
    <name>FactsConflictDialog</name>
    <message>
        <source>Source</source>
        <translation>Herkomst</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Gesolliciteerd op</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation>Juridische bewaring</translation>
    </message>
    <message>
        <source>Extended until</source>
        <translation>Verlengd tot</translation>
    </message>
    <message>
        <source>While you were editing the retention facts, another member saved this candidate (version {theirs}; you started from version {mine}). Both versions are shown: choose which to keep.</source>
        <translation>Terwijl u de feiten voor de bewaartermijn bewerkte, heeft een ander lid deze kandidaat opgeslagen (versie {theirs}; u begon bij versie {mine}). Beide versies worden getoond: kies welke u bewaart.</translation>
    </message>
    <message>
        <source>Merged (your changes over theirs)</source>
        <translation>Samengevoegd (uw wijzigingen over die van de ander)</translation>
    </message>
</context>
<context>
    <name>Feature</name>
    <message>
        <source>{tip} ({shortcut})</source>
        <translation>{tip} ({shortcut})</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to RecruitDesk</source>
        <translation>Welkom bij RecruitDesk</translation>
    </message>
    <message>
        <source>First-run setup</source>
        <translation>Instellen bij eerste gebruik</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Looking for files…</source>
        <translation>Bestanden zoeken…</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it, then import again.</source>
        <translation>De kluis is vergrendeld. Ontgrendel de kluis en importeer opnieuw.</translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation>Wordt geannuleerd na het huidige bestand…</translation>
    </message>
    <message>
        <source>No files to import were found in what you dropped.</source>
        <translation>In wat u hebt neergezet, zijn geen bestanden gevonden om te importeren.</translation>
    </message>
    <message>
        <source>1 file ready to import.</source>
        <translation>1 bestand klaar om te importeren.</translation>
    </message>
    <message>
        <source>{count} files ready to import.</source>
        <translation>{count} bestanden klaar om te importeren.</translation>
    </message>
    <message>
        <source>1 file was left out because it may not be a CV; tick it to import it anyway.</source>
        <translation>1 bestand is weggelaten omdat het misschien geen cv is; vink het aan om het toch te importeren.</translation>
    </message>
    <message>
        <source>{count} files were left out because they may not be CVs; tick them to import them anyway.</source>
        <translation>{count} bestanden zijn weggelaten omdat het misschien geen cv&apos;s zijn; vink ze aan om ze toch te importeren.</translation>
    </message>
    <message>
        <source>1 file needs a password: select it and type the password below the list.</source>
        <translation>1 bestand heeft een wachtwoord nodig: selecteer het en typ het wachtwoord onder de lijst.</translation>
    </message>
    <message>
        <source>{count} files need a password: select each and type its password below the list.</source>
        <translation>{count} bestanden hebben een wachtwoord nodig: selecteer ze een voor een en typ het wachtwoord onder de lijst.</translation>
    </message>
    <message>
        <source>1 file cannot be imported (see Warnings).</source>
        <translation>1 bestand kan niet worden geïmporteerd (zie Waarschuwingen).</translation>
    </message>
    <message>
        <source>{count} files cannot be imported (see Warnings).</source>
        <translation>{count} bestanden kunnen niet worden geïmporteerd (zie Waarschuwingen).</translation>
    </message>
    <message>
        <source>1 file contains sensitive data.</source>
        <translation>1 bestand bevat gevoelige gegevens.</translation>
    </message>
    <message>
        <source>{count} files contain sensitive data.</source>
        <translation>{count} bestanden bevatten gevoelige gegevens.</translation>
    </message>
    <message>
        <source>1 file may belong to someone already known: choose what to do.</source>
        <translation>1 bestand hoort mogelijk bij iemand die al bekend is: kies wat er moet gebeuren.</translation>
    </message>
    <message>
        <source>{count} files may belong to someone already known: choose what to do.</source>
        <translation>{count} bestanden horen mogelijk bij iemand die al bekend is: kies wat er moet gebeuren.</translation>
    </message>
    <message>
        <source>The vault is locked, so duplicates were not checked.</source>
        <translation>De kluis is vergrendeld, dus er is niet op dubbels gecontroleerd.</translation>
    </message>
    <message>
        <source>{imported} imported, {duplicate} already known, {failed} failed.</source>
        <translation>{imported} geïmporteerd, {duplicate} al bekend, {failed} mislukt.</translation>
    </message>
    <message>
        <source>The import was cancelled: 1 file was not imported. Every file imported before is complete.</source>
        <translation>Het importeren is geannuleerd: 1 bestand is niet geïmporteerd. Alle eerder geïmporteerde bestanden zijn volledig.</translation>
    </message>
    <message>
        <source>The import was cancelled: {count} files were not imported. Every file imported before is complete.</source>
        <translation>Het importeren is geannuleerd: {count} bestanden zijn niet geïmporteerd. Alle eerder geïmporteerde bestanden zijn volledig.</translation>
    </message>
    <message>
        <source>Failed files are listed first with the reason. Fix them if needed (for example, save them again as PDF), then click Retry.</source>
        <translation>Mislukte bestanden staan bovenaan, met de reden. Verbeter ze zo nodig (sla ze bijvoorbeeld opnieuw op als pdf) en klik dan op Opnieuw proberen.</translation>
    </message>
    <message>
        <source>Reading file {done} of {total}…</source>
        <translation>Bestand {done} van {total} lezen…</translation>
    </message>
    <message>
        <source>Importing file {done} of {total}…</source>
        <translation>Bestand {done} van {total} importeren…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Import the ticked files</source>
        <translation>De aangevinkte bestanden importeren</translation>
    </message>
    <message>
        <source>&amp;Retry failed files</source>
        <translation>Mislukte bestanden &amp;opnieuw proberen</translation>
    </message>
    <message>
        <source>Retry the failed files</source>
        <translation>De mislukte bestanden opnieuw proberen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <source>Cancel after the current file</source>
        <translation>Annuleren na het huidige bestand</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Close the import window</source>
        <translation>Het importvenster sluiten</translation>
    </message>
    <message>
        <source>&amp;Import 1 file</source>
        <translation>1 bestand &amp;importeren</translation>
    </message>
    <message>
        <source>&amp;Import {count} files</source>
        <translation>{count} bestanden &amp;importeren</translation>
    </message>
    <message>
        <source>Drop CV files or folders here, or choose them with Vault › Import CVs…</source>
        <translation>Zet cv-bestanden of mappen hier neer, of kies ze via Kluis › Cv&apos;s importeren…</translation>
    </message>
    <message>
        <source>Select a file to see everything RecruitDesk found in it.</source>
        <translation>Selecteer een bestand om alles te zien wat RecruitDesk erin heeft gevonden.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Woonplaats</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>niet gevonden</translation>
    </message>
    <message>
        <source>corrected by you</source>
        <translation>door u verbeterd</translation>
    </message>
    <message>
        <source>from the file name</source>
        <translation>uit de bestandsnaam</translation>
    </message>
    <message>
        <source>{percent} % sure</source>
        <translation>{percent} % zeker</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Import CVs - RecruitDesk</source>
        <translation>Cv&apos;s importeren - RecruitDesk</translation>
    </message>
    <message>
        <source>Import CVs</source>
        <translation>Cv&apos;s importeren</translation>
    </message>
    <message>
        <source>Check what RecruitDesk found in each file. Double-click a name, email address or phone number to correct it; untick a file to leave it out. Nothing is stored until you click Import.</source>
        <translation>Controleer wat RecruitDesk in elk bestand heeft gevonden. Dubbelklik op een naam, e-mailadres of telefoonnummer om het te verbeteren; vink een bestand uit om het over te slaan. Er wordt niets opgeslagen tot u op Importeren klikt.</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Te importeren bestanden</translation>
    </message>
    <message>
        <source>Details of the selected file</source>
        <translation>Details van het geselecteerde bestand</translation>
    </message>
    <message>
        <source>Redact sensitive numbers</source>
        <translation>Gevoelige nummers onleesbaar maken</translation>
    </message>
    <message>
        <source>National register numbers, citizen service numbers (BSN) and bank account numbers are removed from everything RecruitDesk keeps: the text, the search index and the document, which is stored as a redacted PDF copy (numbers blacked out) instead of the original.</source>
        <translation>Rijksregisternummers, burgerservicenummers (BSN) en rekeningnummers worden verwijderd uit alles wat RecruitDesk bewaart: de tekst, de zoekindex en het document, dat als onleesbaar gemaakte pdf-kopie (nummers zwart gemaakt) wordt bewaard in plaats van het origineel.</translation>
    </message>
    <message>
        <source>&amp;Redact sensitive numbers (keep a redacted copy, not the original file)</source>
        <translation>Gevoelige nummers onleesbaar &amp;maken (een bewerkte kopie bewaren, niet het originele bestand)</translation>
    </message>
    <message>
        <source>Also redact special-category words</source>
        <translation>Ook woorden uit bijzondere categorieën onleesbaar maken</translation>
    </message>
    <message>
        <source>Words about health, religion, union membership and the other special categories the preview warns about are blacked out too.</source>
        <translation>Woorden over gezondheid, religie, vakbondslidmaatschap en de andere bijzondere categorieën waarvoor het voorbeeld waarschuwt, worden ook zwart gemaakt.</translation>
    </message>
    <message>
        <source>Also redact &amp;special-category words (health, religion, union membership…)</source>
        <translation>Ook woorden uit &amp;bijzondere categorieën onleesbaar maken (gezondheid, religie, vakbondslidmaatschap…)</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Samenvatting van de import</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>Resultaten van de import</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Status van de import</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
</context>
<context>
    <name>ImportDropHandler</name>
    <message>
        <source>Drop to add these files to this candidate</source>
        <translation>Loslaten om deze bestanden aan deze kandidaat toe te voegen</translation>
    </message>
    <message>
        <source>Drop CVs or folders to import them as new candidates</source>
        <translation>Zet cv&apos;s of mappen neer om ze als nieuwe kandidaten te importeren</translation>
    </message>
</context>
<context>
    <name>ImportFeature</name>
    <message>
        <source>Import CVs</source>
        <translation>Cv&apos;s importeren</translation>
    </message>
    <message>
        <source>CVs (*.pdf *.docx *.doc *.odt *.rtf *.txt *.md *.eml *.msg *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>Cv&apos;s (*.pdf *.docx *.doc *.odt *.rtf *.txt *.md *.eml *.msg *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <source>&amp;Import CVs…</source>
        <translation>Cv&apos;s &amp;importeren…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <source>Import CV files as new candidates (Ctrl+I); you can also drop files or folders on the list</source>
        <translation>Cv-bestanden als nieuwe kandidaten importeren (Ctrl+I); u kunt ook bestanden of mappen op de lijst neerzetten</translation>
    </message>
    <message>
        <source>Unlock the vault to import CVs.</source>
        <translation>Ontgrendel de kluis om cv&apos;s te importeren.</translation>
    </message>
    <message>
        <source>No files to import were found in what you dropped.</source>
        <translation>In wat u hebt neergezet, zijn geen bestanden gevonden om te importeren.</translation>
    </message>
    <message>
        <source>Finish the open import first, then drop the files again.</source>
        <translation>Rond eerst de geopende import af en zet de bestanden dan opnieuw neer.</translation>
    </message>
    <message>
        <source>Wait for the current import to finish, then drop the files again.</source>
        <translation>Wacht tot de huidige import klaar is en zet de bestanden dan opnieuw neer.</translation>
    </message>
    <message>
        <source>Import CVs into a vacancy</source>
        <translation>Cv&apos;s importeren in een vacature</translation>
    </message>
    <message>
        <source>Add files to the selected candidate</source>
        <translation>Bestanden toevoegen aan de geselecteerde kandidaat</translation>
    </message>
    <message>
        <source>Imported 1 candidate.</source>
        <translation>1 kandidaat geïmporteerd.</translation>
    </message>
    <message>
        <source>Imported {count} candidates.</source>
        <translation>{count} kandidaten geïmporteerd.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Skip this file</source>
        <translation>Dit bestand overslaan</translation>
    </message>
    <message>
        <source>Add the file to {name}</source>
        <translation>Het bestand aan {name} toevoegen</translation>
    </message>
    <message>
        <source>Add the file to the existing candidate</source>
        <translation>Het bestand aan de bestaande kandidaat toevoegen</translation>
    </message>
    <message>
        <source>Merge into {name} (add the file, fill in missing contact details)</source>
        <translation>Samenvoegen met {name} (bestand toevoegen, ontbrekende contactgegevens aanvullen)</translation>
    </message>
    <message>
        <source>Merge into the existing candidate (add the file, fill in missing contact details)</source>
        <translation>Samenvoegen met de bestaande kandidaat (bestand toevoegen, ontbrekende contactgegevens aanvullen)</translation>
    </message>
    <message>
        <source>Create a new candidate anyway</source>
        <translation>Toch een nieuwe kandidaat aanmaken</translation>
    </message>
    <message>
        <source>&quot;{email}&quot; does not look like an email address.</source>
        <translation>&quot;{email}&quot; lijkt geen e-mailadres.</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Wachten…</translation>
    </message>
    <message>
        <source>Not read (cancelled)</source>
        <translation>Niet gelezen (geannuleerd)</translation>
    </message>
    <message>
        <source>Protected – enter the password</source>
        <translation>Beveiligd – voer het wachtwoord in</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Niet geïmporteerd</translation>
    </message>
    <message>
        <source>Cannot be imported</source>
        <translation>Kan niet worden geïmporteerd</translation>
    </message>
    <message>
        <source>Left out: {reason}</source>
        <translation>Weggelaten: {reason}</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <source>Ready – check warnings</source>
        <translation>Klaar – controleer de waarschuwingen</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Waiting to be imported…</source>
        <translation>Wacht op import…</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Waarschuwingen</translation>
    </message>
    <message>
        <source>If already known</source>
        <translation>Als al bekend</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Gesolliciteerd op</translation>
    </message>
    <message>
        <source>Included in the import</source>
        <translation>Opgenomen in de import</translation>
    </message>
    <message>
        <source>({count}) {first}</source>
        <translation>({count}) {first}</translation>
    </message>
    <message>
        <source>If {file} is already known: {choice}</source>
        <translation>Als {file} al bekend is: {choice}</translation>
    </message>
    <message>
        <source>The date of the e-mail; double-click to change it</source>
        <translation>De datum van de e-mail; dubbelklik om hem te wijzigen</translation>
    </message>
    <message>
        <source>The date the file was last changed; double-click to change it</source>
        <translation>De datum waarop het bestand het laatst is gewijzigd; dubbelklik om hem te wijzigen</translation>
    </message>
    <message>
        <source>{name} (from file name)</source>
        <translation>{name} (uit de bestandsnaam)</translation>
    </message>
    <message>
        <source>Corrected by you</source>
        <translation>Door u verbeterd</translation>
    </message>
    <message>
        <source>Not found in the file</source>
        <translation>Niet gevonden in het bestand</translation>
    </message>
    <message>
        <source>Taken from the file name</source>
        <translation>Overgenomen uit de bestandsnaam</translation>
    </message>
    <message>
        <source>Detected with {percent} confidence</source>
        <translation>Herkend met {percent} zekerheid</translation>
    </message>
</context>
<context>
    <name>ImportResultModel</name>
    <message>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <source>Added to an existing candidate</source>
        <translation>Toegevoegd aan een bestaande kandidaat</translation>
    </message>
    <message>
        <source>Already known – not imported</source>
        <translation>Al bekend – niet geïmporteerd</translation>
    </message>
    <message>
        <source>Not imported (cancelled)</source>
        <translation>Niet geïmporteerd (geannuleerd)</translation>
    </message>
    <message>
        <source>Left out by you</source>
        <translation>Door u overgeslagen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidaat</translation>
    </message>
    <message>
        <source>Reason or warnings</source>
        <translation>Reden of waarschuwingen</translation>
    </message>
    <message>
        <source>{name} (no. {id})</source>
        <translation>{name} (nr. {id})</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite a member</source>
        <translation>Een lid uitnodigen</translation>
    </message>
    <message>
        <source>The new member&apos;s name</source>
        <translation>Naam van het nieuwe lid</translation>
    </message>
    <message>
        <source>The new member&apos;s role</source>
        <translation>Rol van het nieuwe lid</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Inschrijvingscode</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>Copy the enrolment code</source>
        <translation>De inschrijvingscode kopiëren</translation>
    </message>
    <message>
        <source>This code is shown only now: RecruitDesk cannot show it again. Give it to them in person or by phone, not in the same e-mail as the server&apos;s address. If it is lost, invite them again.</source>
        <translation>Deze code wordt alleen nu getoond: RecruitDesk kan hem niet opnieuw tonen. Geef hem persoonlijk of telefonisch door, niet in dezelfde e-mail als het adres van de server. Raakt de code kwijt, nodig het lid dan opnieuw uit.</translation>
    </message>
    <message>
        <source>&amp;Make code</source>
        <translation>Code &amp;maken</translation>
    </message>
    <message>
        <source>Enrolment code for {name} ({role}). It works once, until {expires}:</source>
        <translation>Inschrijvingscode voor {name} ({role}). De code werkt één keer, tot {expires}:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>RecruitDesk</source>
        <translation>RecruitDesk</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <source>Vault status</source>
        <translation>Status van de kluis</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Kluis</translation>
    </message>
    <message>
        <source>&amp;Retention</source>
        <translation>&amp;Bewaartermijnen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <source>Lock the vault: hide all candidate data until it is unlocked again</source>
        <translation>De kluis vergrendelen: alle kandidaatgegevens verbergen tot de kluis weer wordt ontgrendeld</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Record &amp;facts…</source>
        <translation>&amp;Feiten vastleggen…</translation>
    </message>
    <message>
        <source>Facts…</source>
        <translation>Feiten…</translation>
    </message>
    <message>
        <source>Record the procedure outcome, a contact, reserve consent or a legal hold for the selected candidate (Enter)</source>
        <translation>De uitkomst van de procedure, een contact, toestemming voor de wervingsreserve of een juridische bewaring vastleggen voor de geselecteerde kandidaat (Enter)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>Erase the selected candidates for good, after a confirmation (Delete)</source>
        <translation>De geselecteerde kandidaten na bevestiging definitief wissen (Delete)</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>&amp;Extend…</source>
        <translation>Ve&amp;rlengen…</translation>
    </message>
    <message>
        <source>Keep the selected candidates longer, with a written reason (Ctrl+Shift+E)</source>
        <translation>De geselecteerde kandidaten langer bewaren, met een schriftelijke reden (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Legal &amp;hold…</source>
        <translation>Bewaren om &amp;juridische redenen…</translation>
    </message>
    <message>
        <source>Suspend deletion of the selected candidates, with a written reason (Ctrl+Shift+H)</source>
        <translation>Het verwijderen van de geselecteerde kandidaten opschorten, met een schriftelijke reden (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>&amp;Release legal hold</source>
        <translation>Juridische bewaring &amp;opheffen</translation>
    </message>
    <message>
        <source>End the legal hold of the selected candidates: their countdown runs again</source>
        <translation>De juridische bewaring van de geselecteerde kandidaten beëindigen: hun termijn loopt weer</translation>
    </message>
    <message>
        <source>Retention &amp;settings…</source>
        <translation>&amp;Instellingen voor bewaartermijnen…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Instellingen…</translation>
    </message>
    <message>
        <source>Choose the retention policy, the alert window and automatic erasure</source>
        <translation>Het bewaarbeleid, de waarschuwingsperiode en het automatisch wissen instellen</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;About RecruitDesk</source>
        <translation>&amp;Over RecruitDesk</translation>
    </message>
    <message>
        <source>Unlocking the vault…</source>
        <translation>De kluis wordt ontgrendeld…</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Bezig met ontgrendelen…</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Vergrendeld</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>De kluis is vergrendeld.</translation>
    </message>
    <message>
        <source>{purpose}, given on {date}</source>
        <translation>{purpose}, gegeven op {date}</translation>
    </message>
    <message>
        <source>{text} (version {version})</source>
        <translation>{text} (versie {version})</translation>
    </message>
    <message>
        <source>Choose the consent</source>
        <translation>Kies de toestemming</translation>
    </message>
    <message>
        <source>{name} has several consents in force. Which one?</source>
        <translation>{name} heeft meerdere geldige toestemmingen. Welke bedoelt u?</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Ontgrendeld</translation>
    </message>
    <message>
        <source>Loading candidates…</source>
        <translation>Kandidaten laden…</translation>
    </message>
    <message>
        <source>Candidates: {count}</source>
        <translation>Kandidaten: {count}</translation>
    </message>
    <message>
        <source>({count}) {title}</source>
        <translation>({count}) {title}</translation>
    </message>
    <message>
        <source>{shown} of {total} candidates</source>
        <translation>{shown} van {total} kandidaten</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Back-up terugzetten…</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Bezig met terugzetten…</translation>
    </message>
    <message>
        <source>&amp;Candidate</source>
        <translation>K&amp;andidaat</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidaat</translation>
    </message>
    <message>
        <source>What to do with the selected candidate: facts, consent, notes, export, requests</source>
        <translation>Wat u met de geselecteerde kandidaat kunt doen: feiten, toestemming, notities, export, verzoeken</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>Kluismap</translation>
    </message>
    <message>
        <source>Number of candidates</source>
        <translation>Aantal kandidaten</translation>
    </message>
    <message>
        <source>Vault state</source>
        <translation>Vergrendelingsstatus van de kluis</translation>
    </message>
</context>
<context>
    <name>MembersWindow</name>
    <message>
        <source>Team members</source>
        <translation>Teamleden</translation>
    </message>
    <message>
        <source>Loading the members…</source>
        <translation>De leden worden geladen…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Lid sinds</translation>
    </message>
    <message>
        <source>&amp;Invite…</source>
        <translation>&amp;Uitnodigen…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>&amp;Rol wijzigen…</translation>
    </message>
    <message>
        <source>Revo&amp;ke…</source>
        <translation>&amp;Intrekken…</translation>
    </message>
    <message>
        <source>Finish re&amp;vocation</source>
        <translation>Intrekking &amp;voltooien</translation>
    </message>
    <message>
        <source>Renew every &amp;candidate key…</source>
        <translation>Alle &amp;kandidaatsleutels vernieuwen…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ver&amp;nieuwen</translation>
    </message>
    <message>
        <source>Show members who joined since the list was loaded</source>
        <translation>Ook de leden tonen die zich hebben aangesloten sinds de lijst werd geladen</translation>
    </message>
    <message>
        <source>Revocation progress</source>
        <translation>Voortgang van de intrekking</translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation>{name} (u)</translation>
    </message>
    <message>
        <source>revoked on {date}</source>
        <translation>ingetrokken op {date}</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <source>You are an administrator: you can invite members, change their roles and revoke them.</source>
        <translation>U bent beheerder: u kunt leden uitnodigen, hun rol wijzigen en hun lidmaatschap intrekken.</translation>
    </message>
    <message>
        <source>Only an administrator can invite, change roles or revoke members. Your role is {role}, so you can only read this list.</source>
        <translation>Alleen een beheerder kan leden uitnodigen, rollen wijzigen of lidmaatschappen intrekken. Uw rol is {role}, dus u kunt deze lijst alleen bekijken.</translation>
    </message>
    <message>
        <source>A revocation was interrupted: {moved} of {total} candidates are under the new keys. Choose Finish revocation to complete it; until then the revoked member&apos;s old keys still open the others.</source>
        <translation>Een intrekking is onderbroken: {moved} van de {total} kandidaten staan onder de nieuwe sleutels. Kies Intrekking voltooien om haar af te ronden; tot dan openen de oude sleutels van het ingetrokken lid de overige kandidaten nog.</translation>
    </message>
    <message>
        <source>Renewing every candidate key was interrupted: {renewed} of {total} candidates have their new key. Choose Renew every candidate key to go on where it stopped.</source>
        <translation>Het vernieuwen van alle kandidaatsleutels werd onderbroken: {renewed} van {total} kandidaten hebben hun nieuwe sleutel. Kies Alle kandidaatsleutels vernieuwen om verder te gaan waar het stopte.</translation>
    </message>
    <message>
        <source>Revoking {name} and renewing the team&apos;s keys…</source>
        <translation>Het lidmaatschap van {name} wordt ingetrokken en de sleutels van het team worden vernieuwd…</translation>
    </message>
    <message>
        <source>Finishing the interrupted revocation…</source>
        <translation>De onderbroken intrekking wordt voltooid…</translation>
    </message>
    <message>
        <source>Renewing every candidate key…</source>
        <translation>Alle kandidaatsleutels worden vernieuwd…</translation>
    </message>
    <message>
        <source>Renewing the candidate keys stopped before the end. No candidate is left half renewed; choose Renew every candidate key again to go on where it stopped.</source>
        <translation>Het vernieuwen van de kandidaatsleutels stopte voor het einde. Geen enkele kandidaat is half vernieuwd; kies opnieuw Alle kandidaatsleutels vernieuwen om verder te gaan waar het stopte.</translation>
    </message>
    <message>
        <source>Done: the team&apos;s keys are renewed and every candidate is under the new keys.</source>
        <translation>Klaar: de sleutels van het team zijn vernieuwd en alle kandidaten staan onder de nieuwe sleutels.</translation>
    </message>
    <message>
        <source>The revocation stopped before the end. The member is locked out as soon as it started; choose Finish revocation to move the remaining candidates.</source>
        <translation>De intrekking is voor het einde gestopt. Het lid is buitengesloten vanaf het moment dat ze begon; kies Intrekking voltooien om de overige kandidaten over te zetten.</translation>
    </message>
    <message>
        <source>After a revocation: give the firm and every candidate a new key, so keys a revoked member may have noted open nothing on the server</source>
        <translation>Na een intrekking: geef het bureau en elke kandidaat een nieuwe sleutel, zodat sleutels die een ingetrokken lid misschien heeft genoteerd niets meer openen op de server</translation>
    </message>
    <message>
        <source>Done: the firm and every candidate have a new key and all their data is encrypted again.</source>
        <translation>Klaar: het bureau en elke kandidaat hebben een nieuwe sleutel en al hun gegevens zijn opnieuw versleuteld.</translation>
    </message>
    <message>
        <source>The members could not be loaded.</source>
        <translation>De leden konden niet worden geladen.</translation>
    </message>
</context>
<context>
    <name>NewCandidateDialog</name>
    <message>
        <source>New candidate</source>
        <translation>Nieuwe kandidaat</translation>
    </message>
    <message>
        <source>Only the name is required. The application date starts the retention countdown.</source>
        <translation>Alleen de naam is verplicht. Met de sollicitatiedatum begint de bewaartermijn te lopen.</translation>
    </message>
    <message>
        <source>Only the name is required. The retention countdown starts today, under the retention policy.</source>
        <translation>Alleen de naam is verplicht. De bewaartermijn begint vandaag te lopen, volgens het bewaarbeleid.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Woonplaats</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>https://www.linkedin.com/in/…</source>
        <translation>https://www.linkedin.com/in/…</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Gesolliciteerd op</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Herkomst</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefoon:</translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation>&amp;Woonplaats:</translation>
    </message>
    <message>
        <source>&amp;LinkedIn:</source>
        <translation>&amp;LinkedIn:</translation>
    </message>
    <message>
        <source>&amp;Applied on:</source>
        <translation>&amp;Gesolliciteerd op:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>&amp;Herkomst:</translation>
    </message>
    <message>
        <source>Profile error</source>
        <translation>Fout in het profiel</translation>
    </message>
</context>
<context>
    <name>NewCandidateFeature</name>
    <message>
        <source>&amp;New candidate…</source>
        <translation>&amp;Nieuwe kandidaat…</translation>
    </message>
    <message>
        <source>Add a candidate by hand, without a CV</source>
        <translation>Een kandidaat met de hand toevoegen, zonder cv</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nieuw…</translation>
    </message>
    <message>
        <source>Candidate added. Warning: this person is on the suppression list (they objected, asked for erasure or must not be contacted again); check before contacting them.</source>
        <translation>Kandidaat toegevoegd. Let op: deze persoon staat op de uitsluitingslijst (bezwaar gemaakt, om wissing gevraagd of mag niet meer gecontacteerd worden); controleer dit voor u contact opneemt.</translation>
    </message>
    <message>
        <source>Candidate added; the retention countdown has started.</source>
        <translation>Kandidaat toegevoegd; de bewaartermijn loopt.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Edit screening note</source>
        <translation>Screeningsnotitie bewerken</translation>
    </message>
    <message>
        <source>New screening note</source>
        <translation>Nieuwe screeningsnotitie</translation>
    </message>
    <message>
        <source>Screening note about {name}</source>
        <translation>Screeningsnotitie over {name}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Where the information was found, e.g. LinkedIn</source>
        <translation>Waar de informatie is gevonden, bijv. LinkedIn</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Findings &amp;discussed with the candidate</source>
        <translation>Bevindingen &amp;met de kandidaat besproken</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Discuss what you found with the candidate; never reject on screening alone.</source>
        <translation>Bespreek wat u hebt gevonden met de kandidaat; wijs niemand af op basis van alleen de screening.</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Eerdere versies</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Bron:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <source>{author} saved a newer version of this note on {date} while you were editing it:

{text}

Nothing of yours was saved yet; your text is still below. Save to store it over theirs (theirs is kept as an earlier version), or Cancel to keep theirs.</source>
        <translation>{author} heeft op {date} een nieuwere versie van deze notitie opgeslagen terwijl u ze bewerkte:

{text}

Van uw tekst is nog niets opgeslagen; die staat hieronder nog. Sla op om uw tekst over de hunne op te slaan (de hunne blijft bewaard als eerdere versie), of kies Annuleren om de hunne te houden.</translation>
    </message>
    <message>
        <source>Earlier versions:</source>
        <translation>Eerdere versies:</translation>
    </message>
    <message>
        <source>{date} — {author}: {text}</source>
        <translation>{date} — {author}: {text}</translation>
    </message>
</context>
<context>
    <name>PagePreviewPanel</name>
    <message>
        <source>Show the &amp;page</source>
        <translation>&amp;Pagina tonen</translation>
    </message>
    <message>
        <source>Show the first page of the selected file, to read a name from a scan</source>
        <translation>De eerste pagina van het geselecteerde bestand tonen, om een naam van een scan af te lezen</translation>
    </message>
    <message>
        <source>First page of the selected file</source>
        <translation>Eerste pagina van het geselecteerde bestand</translation>
    </message>
    <message>
        <source>Select a readable file to see its first page.</source>
        <translation>Selecteer een leesbaar bestand om de eerste pagina te zien.</translation>
    </message>
    <message>
        <source>Making a picture of the first page…</source>
        <translation>Afbeelding van de eerste pagina maken…</translation>
    </message>
    <message>
        <source>No page picture for this kind of file.</source>
        <translation>Voor dit soort bestand is geen afbeelding van de pagina beschikbaar.</translation>
    </message>
</context>
<context>
    <name>PassphraseForm</name>
    <message>
        <source>New passphrase or PIN</source>
        <translation>Nieuwe wachtwoordzin of pincode</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Dezelfde wachtwoordzin nogmaals</translation>
    </message>
    <message>
        <source>&amp;Passphrase or PIN:</source>
        <translation>&amp;Wachtwoordzin of pincode:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Nogmaals:</translation>
    </message>
    <message>
        <source>At least {minimum} characters. A few words you remember are stronger than a PIN; a PIN of 6 digits or more is accepted.</source>
        <translation>Minstens {minimum} tekens. Een paar woorden die u onthoudt, zijn sterker dan een pincode; een pincode van 6 cijfers of meer wordt aanvaard.</translation>
    </message>
    <message>
        <source>Passphrase problem</source>
        <translation>Probleem met de wachtwoordzin</translation>
    </message>
    <message>
        <source>Type at least {minimum} characters.</source>
        <translation>Typ minstens {minimum} tekens.</translation>
    </message>
    <message>
        <source>Type the same passphrase in both fields.</source>
        <translation>Typ in beide velden dezelfde wachtwoordzin.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Protect the vault with a passphrase</source>
        <translation>Bescherm de kluis met een wachtwoordzin</translation>
    </message>
    <message>
        <source>Recommended: colleagues can reach this computer.</source>
        <translation>Aanbevolen: collega&apos;s kunnen bij deze computer.</translation>
    </message>
    <message>
        <source>RecruitDesk locks the vault when you choose Vault &gt; Lock and after some minutes without use. With a passphrase or PIN, opening it again (and at every start) needs both the key in this computer&apos;s keychain and what only you know, so a colleague at your desk cannot open it. If you forget the passphrase, your recovery key still opens the vault.</source>
        <translation>RecruitDesk vergrendelt de kluis wanneer u Kluis &gt; Vergrendelen kiest en na enkele minuten zonder gebruik. Met een wachtwoordzin of pincode zijn om ze opnieuw te openen (en bij elke start) zowel de sleutel in de sleutelhanger van deze computer als wat alleen u weet nodig, zodat een collega aan uw bureau ze niet kan openen. Vergeet u de wachtwoordzin, dan opent uw herstelsleutel de kluis nog altijd.</translation>
    </message>
    <message>
        <source>&amp;Use a passphrase or PIN (recommended)</source>
        <translation>Een wachtwoordzin of pincode &amp;gebruiken (aanbevolen)</translation>
    </message>
    <message>
        <source>No passphrase: nobody else can use this &amp;computer</source>
        <translation>Geen wachtwoordzin: niemand anders kan deze &amp;computer gebruiken</translation>
    </message>
    <message>
        <source>Without a passphrase, anyone who can use this computer can unlock the vault, even after it was locked. RecruitDesk offers to set one at every unlock.</source>
        <translation>Zonder wachtwoordzin kan iedereen die deze computer kan gebruiken de kluis ontgrendelen, ook nadat ze vergrendeld is. RecruitDesk stelt bij elke ontgrendeling voor er een in te stellen.</translation>
    </message>
</context>
<context>
    <name>PasswordPanel</name>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>&amp;Open with this password</source>
        <translation>&amp;Openen met dit wachtwoord</translation>
    </message>
    <message>
        <source>The password for {file} is not correct. Type it again:</source>
        <translation>Het wachtwoord voor {file} is niet juist. Typ het opnieuw:</translation>
    </message>
    <message>
        <source>{file} is protected. &amp;Password:</source>
        <translation>{file} is beveiligd. &amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Password for {file}</source>
        <translation>Wachtwoord voor {file}</translation>
    </message>
</context>
<context>
    <name>PolicyEditor</name>
    <message>
        <source>Import policy file</source>
        <translation>Beleidsbestand importeren</translation>
    </message>
    <message>
        <source>Policy files (*.json);;All files (*)</source>
        <translation>Beleidsbestanden (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Export policy file</source>
        <translation>Beleidsbestand exporteren</translation>
    </message>
    <message>
        <source>Policy files (*.json)</source>
        <translation>Beleidsbestanden (*.json)</translation>
    </message>
    <message>
        <source>Retention policy</source>
        <translation>Bewaarbeleid</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigen regels</translation>
    </message>
    <message>
        <source>&amp;Policy:</source>
        <translation>&amp;Beleid:</translation>
    </message>
    <message>
        <source>The statement this policy follows</source>
        <translation>De verklaring die dit beleid volgt</translation>
    </message>
    <message>
        <source>&amp;Import policy file…</source>
        <translation>Beleidsbestand &amp;importeren…</translation>
    </message>
    <message>
        <source>E&amp;xport policy file…</source>
        <translation>Beleidsbestand e&amp;xporteren…</translation>
    </message>
    <message>
        <source>Policy file error</source>
        <translation>Fout in het beleidsbestand</translation>
    </message>
    <message>
        <source>&amp;Rules (one per situation):</source>
        <translation>&amp;Regels (één per situatie):</translation>
    </message>
    <message>
        <source>Examples with this policy</source>
        <translation>Voorbeelden met dit beleid</translation>
    </message>
    <message>
        <source>For example, with these rules:</source>
        <translation>Met deze regels bijvoorbeeld:</translation>
    </message>
    <message>
        <source>The policy in force cannot be shown as rows ({problem}). The rows show the preset it was based on; save to replace it.</source>
        <translation>Het geldende beleid kan niet als rijen worden getoond ({problem}). De rijen tonen het standaardbeleid waarop het gebaseerd was; sla op om het te vervangen.</translation>
    </message>
    <message>
        <source>Custom (imported from {file})</source>
        <translation>Eigen regels (geïmporteerd uit {file})</translation>
    </message>
    <message>
        <source>Custom (based on {preset})</source>
        <translation>Eigen regels (gebaseerd op {preset})</translation>
    </message>
    <message>
        <source>Follows: {statement}</source>
        <translation>Volgt: {statement}</translation>
    </message>
    <message>
        <source>Your own rules: {description}</source>
        <translation>Uw eigen regels: {description}</translation>
    </message>
    <message>
        <source>Your own rules: fix the rules marked in red to see what they do.</source>
        <translation>Uw eigen regels: verbeter de rood gemarkeerde regels om te zien wat ze doen.</translation>
    </message>
    <message>
        <source>The rules of {file} are shown above. Save to put them in force.</source>
        <translation>De regels uit {file} staan hierboven. Sla op om ze in werking te laten treden.</translation>
    </message>
    <message>
        <source>retention-policy.json</source>
        <translation>bewaarbeleid.json</translation>
    </message>
    <message>
        <source>The policy was exported to {file}.</source>
        <translation>Het beleid is geëxporteerd naar {file}.</translation>
    </message>
</context>
<context>
    <name>PolicyRows</name>
    <message>
        <source>Situation</source>
        <translation>Situatie</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Gerekend vana</translation>
    </message>
    <message>
        <source>Keep for</source>
        <translation>Bewaren gedurende</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Ten hoogste</translation>
    </message>
    <message>
        <source>counted from</source>
        <translation>gerekend vana</translation>
    </message>
</context>
<context>
    <name>PolicySettingsDialog</name>
    <message>
        <source>Choose the backup folder</source>
        <translation>Kies de back-upmap</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>Alert window in days</source>
        <translation>Waarschuwingsperiode in dagen</translation>
    </message>
    <message>
        <source>&amp;Delete candidates automatically when they are due</source>
        <translation>Kandidaten &amp;automatisch verwijderen wanneer hun termijn verstrijkt</translation>
    </message>
    <message>
        <source>Automatic erasure</source>
        <translation>Automatisch wissen</translation>
    </message>
    <message>
        <source>About automatic erasure</source>
        <translation>Over automatisch wissen</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Beleid</translation>
    </message>
    <message>
        <source>Alerts and deletion</source>
        <translation>Waarschuwingen en verwijdering</translation>
    </message>
    <message>
        <source>&amp;Warn this many days ahead:</source>
        <translation>Zoveel dagen vooraf &amp;waarschuwen:</translation>
    </message>
    <message>
        <source>Why the settings are read-only</source>
        <translation>Waarom de instellingen alleen-lezen zijn</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>Recomputing countdowns</source>
        <translation>Termijnen opnieuw berekenen</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pagina&apos;s met instellingen</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Bewaartermijnen</translation>
    </message>
    <message>
        <source>Firm and backups</source>
        <translation>Bureau en back-ups</translation>
    </message>
    <message>
        <source>{field}: error</source>
        <translation>{field}: fout</translation>
    </message>
    <message>
        <source>Team name</source>
        <translation>Naam van het team</translation>
    </message>
    <message>
        <source>Firm name</source>
        <translation>Naam van het bureau</translation>
    </message>
    <message>
        <source>As in your privacy statement</source>
        <translation>Zoals in uw privacyverklaring</translation>
    </message>
    <message>
        <source>Privacy contact email</source>
        <translation>E-mailadres voor privacyvragen</translation>
    </message>
    <message>
        <source>privacy@example.com</source>
        <translation>privacy@example.com</translation>
    </message>
    <message>
        <source>Privacy statement address</source>
        <translation>Adres van de privacyverklaring</translation>
    </message>
    <message>
        <source>https://www.example.com/privacy</source>
        <translation>https://www.example.com/privacy</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Back-upmap</translation>
    </message>
    <message>
        <source>The vault&apos;s own backup folder</source>
        <translation>De eigen back-upmap van de kluis</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Uit</translation>
    </message>
    <message>
        <source>Automatic backup interval in days</source>
        <translation>Interval voor automatische back-ups in dagen</translation>
    </message>
    <message>
        <source>RecruitDesk makes an encrypted backup during its daily check when the newest backup is this many days old, and keeps the 10 newest automatic backups in each folder. Choose Off to make backups only by hand.</source>
        <translation>RecruitDesk maakt tijdens de dagelijkse controle een versleutelde back-up wanneer de nieuwste back-up zoveel dagen oud is, en bewaart in elke map de 10 nieuwste automatische back-ups. Kies Uit om alleen zelf back-ups te maken.</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minuten</translation>
    </message>
    <message>
        <source>Lock the vault after this many idle minutes</source>
        <translation>De kluis vergrendelen na zoveel minuten zonder gebruik</translation>
    </message>
    <message>
        <source>Firm profile</source>
        <translation>Gegevens van het bureau</translation>
    </message>
    <message>
        <source>&amp;Team name:</source>
        <translation>&amp;Naam van het team:</translation>
    </message>
    <message>
        <source>Firm &amp;name:</source>
        <translation>&amp;Naam van het bureau:</translation>
    </message>
    <message>
        <source>Privacy &amp;contact (email):</source>
        <translation>&amp;Contact voor privacyvragen (e-mail):</translation>
    </message>
    <message>
        <source>Privacy s&amp;tatement (web address):</source>
        <translation>&amp;Privacyverklaring (webadres):</translation>
    </message>
    <message>
        <source>Shown in the record of processing activities and in candidates&apos; data exports.</source>
        <translation>Wordt vermeld in het register van verwerkingsactiviteiten en in de gegevensexports voor kandidaten.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>Back-up&amp;map:</translation>
    </message>
    <message>
        <source>Back up a&amp;utomatically every:</source>
        <translation>Automatisch een back-up maken &amp;om de:</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Beveiliging</translation>
    </message>
    <message>
        <source>&amp;Lock when idle for:</source>
        <translation>&amp;Vergrendelen na inactiviteit van:</translation>
    </message>
    <message>
        <source>Policy version in force: {version}</source>
        <translation>Geldende versie van het beleid: {version}</translation>
    </message>
    <message>
        <source>Another member changed the policy meanwhile: version {version} is in force.</source>
        <translation>Een ander lid heeft het beleid intussen gewijzigd: versie {version} is van kracht.</translation>
    </message>
    <message>
        <source>Recomputing countdowns: {done} of {total}</source>
        <translation>Termijnen opnieuw berekenen: {done} van {total}</translation>
    </message>
    <message>
        <source>This policy is not valid: {problem}</source>
        <translation>Dit beleid is ongeldig: {problem}</translation>
    </message>
    <message>
        <source>On: every day RecruitDesk deletes the candidates whose date has come, without asking. You are warned {days} days ahead in the banner and the tray notification, so you can extend or place a legal hold in time.</source>
        <translation>Aan: RecruitDesk verwijdert elke dag, zonder het te vragen, de kandidaten van wie de datum is bereikt. U wordt {days} dagen vooraf gewaarschuwd in de balk bovenaan en met een melding in het systeemvak, zodat u tijdig kunt verlengen of een juridische bewaring kunt instellen.</translation>
    </message>
    <message>
        <source>Off: RecruitDesk warns you {days} days ahead and you review and delete candidates yourself.</source>
        <translation>Uit: RecruitDesk waarschuwt u {days} dagen vooraf en u beoordeelt en verwijdert kandidaten zelf.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Automatic (system language)</source>
        <translation>Automatisch (taal van het systeem)</translation>
    </message>
    <message>
        <source>A new language takes effect the next time you start RecruitDesk.</source>
        <translation>Een nieuwe taal wordt actief wanneer u RecruitDesk de volgende keer start.</translation>
    </message>
    <message>
        <source>&amp;Start RecruitDesk in the notification area when I log in</source>
        <translation>RecruitDesk in het systeemvak &amp;starten wanneer ik me aanmeld</translation>
    </message>
    <message>
        <source>Start in the notification area at login</source>
        <translation>Bij aanmelden in het systeemvak starten</translation>
    </message>
    <message>
        <source>Checks the retention deadlines at login and once a day, and warns you in the notification area, even when the window is closed. The vault stays locked until you open the window.</source>
        <translation>Controleert de bewaartermijnen bij het aanmelden en eenmaal per dag, en waarschuwt u in het systeemvak, ook als het venster gesloten is. De kluis blijft vergrendeld tot u het venster opent.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>RecruitDesk could not change what starts when you log in. Check that your user folder (or, on Windows, your registry) may be written to, then try again.</source>
        <translation>RecruitDesk kon niet wijzigen wat er start wanneer u zich aanmeldt. Controleer of er in uw gebruikersmap (of, op Windows, in uw register) geschreven mag worden en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>PresetPage</name>
    <message>
        <source>Retention policy</source>
        <translation>Bewaarbeleid</translation>
    </message>
    <message>
        <source>How long may you keep a candidate&apos;s data? Pick the policy that matches your privacy statement. You can change it later.</source>
        <translation>Hoe lang mag u de gegevens van een kandidaat bewaren? Kies het beleid dat overeenkomt met uw privacyverklaring. U kunt het later nog wijzigen.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Extend retention</source>
        <translation>Bewaartermijn verlengen</translation>
    </message>
    <message>
        <source>Release legal hold</source>
        <translation>Juridische bewaring opheffen</translation>
    </message>
    <message>
        <source>Place on legal hold</source>
        <translation>Bewaren om juridische redenen</translation>
    </message>
    <message>
        <source>Keep {names} longer than the policy allows.</source>
        <translation>{names} langer bewaren dan het beleid toestaat.</translation>
    </message>
    <message>
        <source>End the legal hold of {names}: their deletion deadline runs again.</source>
        <translation>De juridische bewaring van {names} beëindigen: de termijn tot verwijdering loopt weer.</translation>
    </message>
    <message>
        <source>Suspend the deletion of {names} until the hold is released.</source>
        <translation>Het verwijderen van {names} opschorten tot de bewaring wordt opgeheven.</translation>
    </message>
    <message numerus="yes">
        <source>%n candidates ({names})</source>
        <translation>
            <numerusform>%n kandidaat ({names})</numerusform>
            <numerusform>%n kandidaten ({names})</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep until</source>
        <translation>Bewaren tot</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Why must this data be kept? E.g. the candidate asked to be considered for a role opening in June.</source>
        <translation>Waarom moeten deze gegevens worden bewaard? Bijv. de kandidaat heeft gevraagd in aanmerking te komen voor een functie die in juni vrijkomt.</translation>
    </message>
    <message>
        <source>Why does the hold end? E.g. the claim was settled, case reference…</source>
        <translation>Waarom eindigt de bewaring? Bijv. de vordering werd geregeld, dossiernummer…</translation>
    </message>
    <message>
        <source>Why must deletion be suspended? E.g. a dispute about the procedure, case reference…</source>
        <translation>Waarom moet het verwijderen worden opgeschort? Bijv. een geschil over de procedure, dossiernummer…</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>The audit log records that a reason was given, not its text.</source>
        <translation>Het auditlogboek legt vast dat er een reden werd opgegeven, niet de tekst ervan.</translation>
    </message>
    <message>
        <source>The reason is recorded in the audit log.</source>
        <translation>De reden wordt vastgelegd in het auditlogboek.</translation>
    </message>
    <message>
        <source>Keep &amp;until:</source>
        <translation>Bewaren &amp;tot:</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Reden (verplicht):</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Verlengen</translation>
    </message>
    <message>
        <source>Release hold</source>
        <translation>Bewaring opheffen</translation>
    </message>
    <message>
        <source>Place on hold</source>
        <translation>Bewaring instellen</translation>
    </message>
</context>
<context>
    <name>RegisterPersonRequestDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>&amp;E-mailadres:</translation>
    </message>
    <message>
        <source>&amp;Phone number:</source>
        <translation>&amp;Telefoonnummer:</translation>
    </message>
    <message>
        <source>The name, e-mail address and phone number are sealed on this computer: the server never sees them. Completing an erasure or objection puts the e-mail address and phone number on the team&apos;s suppression list, so a CV of theirs dropped later is not stored.</source>
        <translation>De naam, het e-mailadres en het telefoonnummer worden op deze computer versleuteld: de server ziet ze nooit. Het afronden van een verzoek tot wissing of een bezwaar zet het e-mailadres en telefoonnummer op de blokkeerlijst van het team, zodat een cv van deze persoon dat later wordt neergezet, niet wordt opgeslagen.</translation>
    </message>
</context>
<context>
    <name>RegisterRequestDialog</name>
    <message>
        <source>e.g. mail from the address on file; ID card shown, not copied</source>
        <translation>bijv. e-mail vanaf het bekende adres; identiteitskaart getoond, niet gekopieerd</translation>
    </message>
    <message>
        <source>Candidate:</source>
        <translation>Kandidaat:</translation>
    </message>
    <message>
        <source>(not linked yet)</source>
        <translation>(nog niet gekoppeld)</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>&amp;Verzoek:</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Ontvangen op:</translation>
    </message>
    <message>
        <source>&amp;Identity checked by:</source>
        <translation>&amp;Identiteit gecontroleerd via:</translation>
    </message>
    <message>
        <source>Answer due:</source>
        <translation>Antwoord uiterlijk:</translation>
    </message>
    <message>
        <source>{date} (one month; extendable by two months within the first)</source>
        <translation>{date} (één maand; binnen de eerste maand met twee maanden te verlengen)</translation>
    </message>
</context>
<context>
    <name>RejectionDraftsDialog</name>
    <message>
        <source>Save the letter as a mail file</source>
        <translation>De brief als mailbestand bewaren</translation>
    </message>
    <message>
        <source>Mail files (*.eml)</source>
        <translation>Mailbestanden (*.eml)</translation>
    </message>
    <message>
        <source>Rejection messages</source>
        <translation>Afwijzingsberichten</translation>
    </message>
    <message>
        <source>Each candidate who was not hired can be told so in their own language. Check and edit each letter, send it from your mail program, then mark it as sent: that records the contact.</source>
        <translation>Elke kandidaat die niet werd aangenomen, kan dat in de eigen taal vernemen. Controleer en bewerk elke brief, verstuur hem vanuit uw mailprogramma en markeer hem dan als verzonden: zo wordt het contact vastgelegd.</translation>
    </message>
    <message>
        <source>Rejected candidates</source>
        <translation>Afgewezen kandidaten</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Language of the letter</source>
        <translation>Taal van de brief</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>O&amp;nderwerp:</translation>
    </message>
    <message>
        <source>Le&amp;tter:</source>
        <translation>&amp;Brief:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Aan:</translation>
    </message>
    <message>
        <source>&amp;Open in mail program</source>
        <translation>&amp;Openen in mailprogramma</translation>
    </message>
    <message>
        <source>Open this letter as a new message in your mail program</source>
        <translation>Deze brief als nieuw bericht openen in uw mailprogramma</translation>
    </message>
    <message>
        <source>Save as .&amp;eml…</source>
        <translation>Bewaren als .&amp;eml…</translation>
    </message>
    <message>
        <source>Save this letter as a mail file your mail program opens as a draft</source>
        <translation>Deze brief bewaren als mailbestand dat uw mailprogramma als concept opent</translation>
    </message>
    <message>
        <source>&amp;Mark as sent</source>
        <translation>Markeren als &amp;verzonden</translation>
    </message>
    <message>
        <source>Record that this letter was sent today; it counts as the last contact</source>
        <translation>Vastleggen dat deze brief vandaag is verzonden; dat geldt als het laatste contact</translation>
    </message>
    <message>
        <source>Record reserve &amp;answer…</source>
        <translation>&amp;Antwoord op reservevraag vastleggen…</translation>
    </message>
    <message>
        <source>The candidate said yes to the recruitment reserve: record their consent to the wording this letter quotes</source>
        <translation>De kandidaat zei ja op de wervingsreserve: leg de toestemming vast voor de tekst die deze brief citeert</translation>
    </message>
    <message>
        <source>Preparing the letters…</source>
        <translation>De brieven worden voorbereid…</translation>
    </message>
    <message>
        <source>No candidate is waiting for a rejection message.</source>
        <translation>Geen enkele kandidaat wacht op een afwijzingsbericht.</translation>
    </message>
    <message>
        <source>{name} ({language})</source>
        <translation>{name} ({language})</translation>
    </message>
    <message>
        <source>{name}: sent</source>
        <translation>{name}: verzonden</translation>
    </message>
    <message>
        <source>(no e-mail address)</source>
        <translation>(geen e-mailadres)</translation>
    </message>
    <message>
        <source>No mail program opened the letter. Save it as an .eml file instead.</source>
        <translation>Geen mailprogramma heeft de brief geopend. Bewaar hem in plaats daarvan als .eml-bestand.</translation>
    </message>
    <message>
        <source>The letter is open in your mail program. Mark it as sent once you have sent it.</source>
        <translation>De brief staat open in uw mailprogramma. Markeer hem als verzonden zodra u hem hebt verstuurd.</translation>
    </message>
    <message>
        <source>Rejection {name}.eml</source>
        <translation>Afwijzing {name}.eml</translation>
    </message>
    <message>
        <source>The file {name} cannot be written. Choose another folder.</source>
        <translation>Het bestand {name} kan niet worden geschreven. Kies een andere map.</translation>
    </message>
    <message>
        <source>Saved as {name}. Open it in your mail program to send it.</source>
        <translation>Bewaard als {name}. Open het in uw mailprogramma om het te versturen.</translation>
    </message>
    <message>
        <source>Recorded as sent today; the candidate&apos;s countdown counts from this contact.</source>
        <translation>Vandaag als verzonden vastgelegd; de aftelling van de kandidaat loopt vanaf dit contact.</translation>
    </message>
    <message>
        <source>{name} stays in the recruitment reserve until {date}; the consent and its wording are recorded.</source>
        <translation>{name} blijft in de wervingsreserve tot {date}; de toestemming en de tekst ervan zijn vastgelegd.</translation>
    </message>
    <message>
        <source>{name}&apos;s consent to the recruitment reserve is recorded with its wording.</source>
        <translation>De toestemming van {name} voor de wervingsreserve is vastgelegd met de tekst ervan.</translation>
    </message>
</context>
<context>
    <name>RenewKeysConfirmation</name>
    <message>
        <source>Renew every candidate key</source>
        <translation>Alle kandidaatsleutels vernieuwen</translation>
    </message>
    <message>
        <source>Give the firm and every candidate a new key and encrypt all their data again?</source>
        <translation>Het bureau en elke kandidaat een nieuwe sleutel geven en al hun gegevens opnieuw versleutelen?</translation>
    </message>
    <message>
        <source>Do this after a hostile departure: the firm key and candidate keys a revoked member may have noted then open nothing on the server any more. The firm&apos;s data (vacancies, tags, the firm profile, the register, the suppression list) is decrypted on this computer and encrypted again first, in one go, then every candidate&apos;s data, one candidate at a time; with many candidates this takes a while, colleagues can keep working, and an interrupted run goes on where it stopped when you start it again. It cannot reach copies or backups made before.</source>
        <translation>Doe dit na een vijandig vertrek: de bureausleutel en kandidaatsleutels die een ingetrokken lid misschien heeft genoteerd, openen dan niets meer op de server. Eerst worden de gegevens van het bureau (vacatures, labels, de bureaugegevens, het register, de uitsluitingslijst) op deze computer ontsleuteld en in één keer opnieuw versleuteld, daarna de gegevens van elke kandidaat, kandidaat per kandidaat; met veel kandidaten duurt dat even, collega&apos;s kunnen blijven werken, en een onderbroken uitvoering gaat verder waar ze stopte wanneer u ze opnieuw start. Kopieën of back-ups die eerder zijn gemaakt, kan dit niet bereiken.</translation>
    </message>
    <message>
        <source>&amp;Renew every candidate key</source>
        <translation>Alle kandidaatsleutels &amp;vernieuwen</translation>
    </message>
</context>
<context>
    <name>RequestDialogs</name>
    <message>
        <source>Erase the candidate</source>
        <translation>De kandidaat wissen</translation>
    </message>
    <message>
        <source>Completing this request erases the candidate&apos;s data, documents, notes and consents for good. The erasure ledger keeps the proof, without personal data.</source>
        <translation>Door dit verzoek af te ronden, worden de gegevens, documenten, notities en toestemmingen van de kandidaat definitief gewist. Het wisregister bewaart het bewijs, zonder persoonsgegevens.</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Definitief wissen</translation>
    </message>
    <message>
        <source>Register a request</source>
        <translation>Een verzoek registreren</translation>
    </message>
    <message>
        <source>Extend the answer period</source>
        <translation>De antwoordtermijn verlengen</translation>
    </message>
    <message>
        <source>Complete the request</source>
        <translation>Het verzoek afronden</translation>
    </message>
</context>
<context>
    <name>RequestsFeature</name>
    <message>
        <source>Requests</source>
        <translation>Verzoeken</translation>
    </message>
    <message>
        <source>Rights requests register</source>
        <translation>Register van verzoeken van betrokkenen</translation>
    </message>
    <message>
        <source>Rights &amp;requests</source>
        <translation>&amp;Verzoeken van betrokkenen</translation>
    </message>
    <message>
        <source>Open the register of data-subject requests</source>
        <translation>Het register van verzoeken van betrokkenen openen</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>De kluis is vergrendeld.</translation>
    </message>
    <message>
        <source>Register a rights &amp;request…</source>
        <translation>Verzoek van de &amp;betrokkene registreren…</translation>
    </message>
    <message>
        <source>Register an access, erasure or other request of the selected candidate</source>
        <translation>Een verzoek om inzage, wissing of een ander verzoek van de geselecteerde kandidaat registreren</translation>
    </message>
    <message>
        <source>Re&amp;quests</source>
        <translation>&amp;Verzoeken</translation>
    </message>
    <message>
        <source>Register a request &amp;without a candidate…</source>
        <translation>Verzoek &amp;zonder kandidaat registreren…</translation>
    </message>
    <message>
        <source>Register a request from someone who is not (yet) linked to a candidate</source>
        <translation>Een verzoek registreren van iemand die (nog) niet aan een kandidaat is gekoppeld</translation>
    </message>
    <message>
        <source>Rights requests</source>
        <translation>Verzoeken van betrokkenen</translation>
    </message>
    <message>
        <source>Requests – {count} overdue</source>
        <translation>Verzoeken – {count} te laat</translation>
    </message>
    <message>
        <source>Requests – {count} due soon</source>
        <translation>Verzoeken – {count} binnenkort te beantwoorden</translation>
    </message>
    <message>
        <source>Request registered; answer by {date}.</source>
        <translation>Verzoek geregistreerd; antwoord uiterlijk op {date}.</translation>
    </message>
</context>
<context>
    <name>RequestsPanel</name>
    <message>
        <source>Show &amp;completed requests</source>
        <translation>Afgeronde verzoeken &amp;tonen</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Verzoek</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Candidate or requester</source>
        <translation>Kandidaat of verzoeker</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>Antwoord uiterlijk</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Geregistreerd door</translation>
    </message>
    <message>
        <source>Data-subject requests</source>
        <translation>Verzoeken van betrokkenen</translation>
    </message>
    <message>
        <source>&amp;Register…</source>
        <translation>&amp;Registreren…</translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation>&amp;Verlengen…</translation>
    </message>
    <message>
        <source>C&amp;omplete…</source>
        <translation>Afr&amp;onden…</translation>
    </message>
    <message>
        <source>Ex&amp;port data…</source>
        <translation>Gegevens e&amp;xporteren…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Opnieuw &amp;laden</translation>
    </message>
    <message>
        <source>No request must be answered within {days} days.</source>
        <translation>Er hoeft binnen {days} dagen geen enkel verzoek te worden beantwoord.</translation>
    </message>
    <message>
        <source>{date} (extended)</source>
        <translation>{date} (verlengd)</translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation>{date} (termijn verstreken)</translation>
    </message>
    <message>
        <source>completed on {date}</source>
        <translation>afgerond op {date}</translation>
    </message>
</context>
<context>
    <name>RestorePage</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Terugzetten vanaf een back-up</translation>
    </message>
    <message>
        <source>Rebuild your vault from a backup and your recovery key, for example on a new computer.</source>
        <translation>Bouw uw kluis opnieuw op uit een back-up en uw herstelsleutel, bijvoorbeeld op een nieuwe computer.</translation>
    </message>
    <message>
        <source>Choose a backup file (.rdbackup). Its key file (.rdkeys, with the same name) must be in the same folder. The vault is restored into the folder chosen on the previous page, which must not hold a vault yet.</source>
        <translation>Kies een back-upbestand (.rdbackup). Het sleutelbestand ervan (.rdkeys, met dezelfde naam) moet in dezelfde map staan. De kluis wordt teruggezet in de map die u op de vorige pagina hebt gekozen; daarin mag nog geen kluis staan.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Back-upbestand</translation>
    </message>
    <message>
        <source>Backup f&amp;ile:</source>
        <translation>Back-up&amp;bestand:</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>B&amp;laderen…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Het back-upbestand kiezen</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Herstelsleutel:</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <source>Restore the vault from the backup</source>
        <translation>De kluis vanaf de back-up terugzetten</translation>
    </message>
    <message>
        <source>Restore error</source>
        <translation>Fout bij het terugzetten</translation>
    </message>
    <message>
        <source>Restoring your vault into {folder}…</source>
        <translation>Uw kluis wordt teruggezet in {folder}…</translation>
    </message>
    <message>
        <source>Your vault was restored into {folder}.</source>
        <translation>Uw kluis is teruggezet in {folder}.</translation>
    </message>
    <message numerus="yes">
        <source>%n candidates erased after the backup was made were erased again.</source>
        <translation>
            <numerusform>%n kandidaat die na het maken van de back-up is gewist, is opnieuw gewist.</numerusform>
            <numerusform>%n kandidaten die na het maken van de back-up zijn gewist, zijn opnieuw gewist.</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer&apos;s keychain could not store the vault&apos;s key: unlock with the recovery key until it can.</source>
        <translation>De sleutelhanger van deze computer kon de sleutel van de kluis niet bewaren: ontgrendel de kluis met de herstelsleutel tot dat wel lukt.</translation>
    </message>
    <message>
        <source>The vault could not be restored. Check the backup file and the recovery key, and try again.</source>
        <translation>De kluis kon niet worden teruggezet. Controleer het back-upbestand en de herstelsleutel en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>RetentionBanner</name>
    <message>
        <source>Retention alerts</source>
        <translation>Meldingen over bewaartermijnen</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Deze tonen</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n over de termijn</numerusform>
            <numerusform>%n over de termijn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due within two weeks</source>
        <translation>
            <numerusform>%n binnen twee weken te verwijderen</numerusform>
            <numerusform>%n binnen twee weken te verwijderen</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alles tonen</translation>
    </message>
</context>
<context>
    <name>RetentionDashboard</name>
    <message>
        <source>Retention summary</source>
        <translation>Overzicht bewaartermijnen</translation>
    </message>
    <message>
        <source>Rights requests summary</source>
        <translation>Overzicht verzoeken van betrokkenen</translation>
    </message>
    <message>
        <source>Candidates due for deletion</source>
        <translation>Te verwijderen kandidaten</translation>
    </message>
    <message>
        <source>Open the requests</source>
        <translation>De verzoeken openen</translation>
    </message>
</context>
<context>
    <name>RetentionDialogs</name>
    <message>
        <source>Delete candidates</source>
        <translation>Kandidaten verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} en nog %n</numerusform>
            <numerusform>{names} en nog %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n candidates ({names}) for good?</source>
        <translation>
            <numerusform>%n kandidaat ({names}) definitief verwijderen?</numerusform>
            <numerusform>%n kandidaten ({names}) definitief verwijderen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their data, documents, notes and consents are erased from the vault. This cannot be undone; only an anonymous count is kept.</source>
        <translation>Hun gegevens, documenten, notities en toestemmingen worden uit de kluis gewist. Dit kan niet ongedaan worden gemaakt; alleen een anonieme telling wordt bewaard.</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Definitief verwijderen</translation>
    </message>
</context>
<context>
    <name>RetentionFeature</name>
    <message>
        <source>Retention</source>
        <translation>Bewaartermijnen</translation>
    </message>
    <message>
        <source>Retention dashboard</source>
        <translation>Dashboard bewaartermijnen</translation>
    </message>
    <message>
        <source>Show or hide the retention dashboard (Ctrl+D)</source>
        <translation>Het dashboard bewaartermijnen tonen of verbergen (Ctrl+D)</translation>
    </message>
    <message>
        <source>Checking retention deadlines…</source>
        <translation>Bewaartermijnen controleren…</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>De kluis is vergrendeld.</translation>
    </message>
    <message>
        <source>Retention – {count} to review</source>
        <translation>Bewaartermijnen – {count} te beoordelen</translation>
    </message>
    <message>
        <source>&amp;Dashboard ({count})</source>
        <translation>&amp;Dashboard ({count})</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Bezig met verwijderen…</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n candidates for good.</source>
        <translation>
            <numerusform>%n kandidaat definitief verwijderd.</numerusform>
            <numerusform>%n kandidaten definitief verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Legal hold released.</source>
        <translation>Juridische bewaring opgeheven.</translation>
    </message>
    <message>
        <source>Retention extended.</source>
        <translation>Bewaartermijn verlengd.</translation>
    </message>
    <message>
        <source>Placed on legal hold.</source>
        <translation>Bewaring om juridische redenen ingesteld.</translation>
    </message>
    <message>
        <source>Retention policy version {version} in force; every countdown was recomputed.</source>
        <translation>Versie {version} van het bewaarbeleid is van kracht; alle termijnen zijn opnieuw berekend.</translation>
    </message>
    <message>
        <source>Retention settings saved.</source>
        <translation>Instellingen voor bewaartermijnen opgeslagen.</translation>
    </message>
</context>
<context>
    <name>RetentionNotifier</name>
    <message>
        <source>RecruitDesk</source>
        <translation>RecruitDesk</translation>
    </message>
    <message>
        <source>&amp;Show RecruitDesk</source>
        <translation>RecruitDesk &amp;tonen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>RecruitDesk: {headline}</source>
        <translation>RecruitDesk: {headline}</translation>
    </message>
    <message>
        <source>RecruitDesk: the vault is locked</source>
        <translation>RecruitDesk: de kluis is vergrendeld</translation>
    </message>
    <message>
        <source>RecruitDesk could not check the deadlines: {reason} Click here to open RecruitDesk.</source>
        <translation>RecruitDesk kon de termijnen niet controleren: {reason} Klik hier om RecruitDesk te openen.</translation>
    </message>
    <message numerus="yes">
        <source>RecruitDesk deleted %n candidates automatically.</source>
        <translation>
            <numerusform>RecruitDesk heeft %n kandidaat automatisch verwijderd.</numerusform>
            <numerusform>RecruitDesk heeft %n kandidaten automatisch verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <source>RecruitDesk: retention</source>
        <translation>RecruitDesk: bewaartermijnen</translation>
    </message>
</context>
<context>
    <name>RevocationNotice</name>
    <message>
        <source>Unfinished revocation</source>
        <translation>Onvoltooide intrekking</translation>
    </message>
    <message>
        <source>&amp;Members…</source>
        <translation>&amp;Leden…</translation>
    </message>
    <message>
        <source>Open the members window, where Finish revocation completes it</source>
        <translation>Open het ledenvenster, waar Intrekking voltooien haar afrondt</translation>
    </message>
    <message>
        <source>A member&apos;s revocation was interrupted: {moved} of {total} candidates are under the new keys. Until it is finished, the revoked member&apos;s old keys still open the others. Finish it in Vault &gt; Members….</source>
        <translation>De intrekking van een lid is onderbroken: {moved} van de {total} kandidaten staan onder de nieuwe sleutels. Tot ze voltooid is, openen de oude sleutels van het ingetrokken lid de overige kandidaten nog. Rond haar af in Kluis &gt; Leden….</translation>
    </message>
</context>
<context>
    <name>RevokeConfirmation</name>
    <message>
        <source>Revoke a member</source>
        <translation>Een lidmaatschap intrekken</translation>
    </message>
    <message>
        <source>Revoke {name}? They will no longer be able to open the team vault.</source>
        <translation>Het lidmaatschap van {name} intrekken? Deze persoon kan de teamkluis dan niet meer openen.</translation>
    </message>
    <message>
        <source>The team&apos;s keys are renewed and every candidate is moved under the new keys; with many candidates this takes a while, and an interrupted run can be finished later. What cannot be taken back: everything {name} already saw, exported or copied while a member, and any copy of the server&apos;s data or backup made before today, which the keys they had can still open.</source>
        <translation>De sleutels van het team worden vernieuwd en alle kandidaten worden onder de nieuwe sleutels gezet; met veel kandidaten duurt dat even, en een onderbroken intrekking kan later worden voltooid. Wat niet kan worden teruggedraaid: alles wat {name} als lid al heeft gezien, geëxporteerd of gekopieerd, en elke kopie of back-up van de gegevens op de server van vóór vandaag, die de sleutels die deze persoon had nog altijd openen.</translation>
    </message>
    <message>
        <source>&amp;Revoke {name}</source>
        <translation>Lidmaatschap van {name} &amp;intrekken</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Change role</source>
        <translation>Rol wijzigen</translation>
    </message>
    <message>
        <source>Recruiters work with candidates; administrators also manage members and the team&apos;s policy; the data protection officer reads the audit and the request register but changes nothing.</source>
        <translation>Recruiters werken met kandidaten; beheerders beheren daarnaast de leden en het beleid van het team; de functionaris voor gegevensbescherming leest het auditspoor en het register van verzoeken, maar wijzigt niets.</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Nieuwe rol</translation>
    </message>
    <message>
        <source>New &amp;role for {name}:</source>
        <translation>Nieuwe &amp;rol voor {name}:</translation>
    </message>
</context>
<context>
    <name>RuleRowControls</name>
    <message>
        <source>{situation}: counted from</source>
        <translation>{situation}: gerekend vana</translation>
    </message>
    <message>
        <source>{situation}: keep for</source>
        <translation>{situation}: bewaren gedurende</translation>
    </message>
    <message>
        <source>{situation}: unit of the period</source>
        <translation>{situation}: eenheid van de termijn</translation>
    </message>
    <message>
        <source>{situation}: at most</source>
        <translation>{situation}: ten hoogste</translation>
    </message>
    <message>
        <source>{situation}: unit of the maximum</source>
        <translation>{situation}: eenheid van het maximum</translation>
    </message>
    <message>
        <source>{situation}: maximum counted from</source>
        <translation>{situation}: maximum gerekend vana</translation>
    </message>
    <message>
        <source>{situation}: problem</source>
        <translation>{situation}: probleem</translation>
    </message>
    <message>
        <source>No fixed period: kept as long as the situation lasts (in the reserve: as long as the consent lasts), up to the maximum.</source>
        <translation>Geen vaste termijn: bewaard zolang de situatie duurt (in de wervingsreserve: zolang de toestemming geldt), tot het maximum.</translation>
    </message>
    <message>
        <source>{situation} (own rule)</source>
        <translation>{situation} (eigen regel)</translation>
    </message>
    <message>
        <source>The firm&apos;s own rule: the statement sets no term for this situation.</source>
        <translation>Een eigen regel van het kantoor: de verklaring noemt voor deze situatie geen termijn.</translation>
    </message>
</context>
<context>
    <name>ServerFields</name>
    <message>
        <source>Server address</source>
        <translation>Serveradres</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>Serverwachtwoord</translation>
    </message>
    <message>
        <source>The address your administrator or IT provider gave you, without the password, for example {example}. Leave the password empty when the server does not ask for one; it is kept in this computer&apos;s keychain, never in the folder.</source>
        <translation>Het adres dat uw beheerder of IT-leverancier u gaf, zonder het wachtwoord, bijvoorbeeld {example}. Laat het wachtwoord leeg als de server er niet om vraagt; het wordt bewaard in de sleutelhanger van deze computer, nooit in de map.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server&amp;adres:</translation>
    </message>
    <message>
        <source>Server pass&amp;word:</source>
        <translation>Server&amp;wachtwoord:</translation>
    </message>
</context>
<context>
    <name>SetPassphraseDialog</name>
    <message>
        <source>Protect the vault with a passphrase</source>
        <translation>Bescherm de kluis met een wachtwoordzin</translation>
    </message>
    <message>
        <source>Set a passphrase</source>
        <translation>Een wachtwoordzin instellen</translation>
    </message>
    <message>
        <source>Choose a new passphrase</source>
        <translation>Kies een nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <source>You unlocked the vault with the recovery key. Choose a new passphrase or PIN now: from now on RecruitDesk asks for it, together with this computer&apos;s keychain, at every start and after every lock. The old passphrase no longer opens the vault.</source>
        <translation>U hebt de kluis ontgrendeld met de herstelsleutel. Kies nu een nieuwe wachtwoordzin of pincode: voortaan vraagt RecruitDesk ernaar, samen met de sleutelhanger van deze computer, bij elke start en na elke vergrendeling. De oude wachtwoordzin opent de kluis niet meer.</translation>
    </message>
    <message>
        <source>The new passphrase or PIN replaces the current one at once: from the next lock or start, RecruitDesk asks for the new one, together with this computer&apos;s keychain. Your recovery key does not change.</source>
        <translation>De nieuwe wachtwoordzin of pincode vervangt de huidige meteen: vanaf de volgende vergrendeling of start vraagt RecruitDesk naar de nieuwe, samen met de sleutelhanger van deze computer. Uw herstelsleutel verandert niet.</translation>
    </message>
    <message>
        <source>Colleagues can reach this computer. Today anyone who can use it can unlock this vault, even after it was locked, because the key in this computer&apos;s keychain opens it by itself. With a passphrase or PIN, RecruitDesk needs both: the keychain and what only you know.</source>
        <translation>Collega&apos;s kunnen bij deze computer. Nu kan iedereen die hem kan gebruiken deze kluis ontgrendelen, ook nadat ze vergrendeld is, omdat de sleutel in de sleutelhanger van deze computer ze op zichzelf opent. Met een wachtwoordzin of pincode heeft RecruitDesk beide nodig: de sleutelhanger en wat alleen u weet.</translation>
    </message>
    <message>
        <source>Not now: the vault keeps opening without a passphrase, and RecruitDesk asks again at the next unlock.</source>
        <translation>Niet nu: de kluis blijft openen zonder wachtwoordzin, en RecruitDesk vraagt het opnieuw bij de volgende ontgrendeling.</translation>
    </message>
    <message>
        <source>Setting the passphrase…</source>
        <translation>De wachtwoordzin wordt ingesteld…</translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation>Wachtwoordzin &amp;instellen</translation>
    </message>
    <message>
        <source>Not &amp;now</source>
        <translation>Niet &amp;nu</translation>
    </message>
    <message>
        <source>&amp;Lock the vault</source>
        <translation>Kluis &amp;vergrendelen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <source>Applied on {date}</source>
        <translation>Gesolliciteerd op {date}</translation>
    </message>
    <message>
        <source>Applied on {date}; in this stage since {since}</source>
        <translation>Gesolliciteerd op {date}; in deze fase sinds {since}</translation>
    </message>
</context>
<context>
    <name>SuppressionListDialog</name>
    <message>
        <source>Suppression list</source>
        <translation>Uitsluitingslijst</translation>
    </message>
    <message>
        <source>Suppression list entries</source>
        <translation>Items van de uitsluitingslijst</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Verzoek</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>&amp;Show removed entries</source>
        <translation>Verwijderde items &amp;tonen</translation>
    </message>
    <message>
        <source>Why the selected entry is removed (required)</source>
        <translation>Waarom het gekozen item wordt verwijderd (verplicht)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>&amp;Remove from the list</source>
        <translation>Van de lijst &amp;verwijderen</translation>
    </message>
    <message>
        <source>Only an administrator of the team removes an entry from the list.</source>
        <translation>Alleen een beheerder van het team kan een item van de lijst verwijderen.</translation>
    </message>
    <message>
        <source>People who objected, asked for erasure or must not be contacted again. Only keyed fingerprints are kept, so the list shows why each entry exists, never whose it is.</source>
        <translation>Personen die bezwaar maakten, om wissing vroegen of niet meer gecontacteerd mogen worden. Alleen versleutelde vingerafdrukken worden bewaard: de lijst toont waarom elk item bestaat, nooit van wie het is.</translation>
    </message>
    <message>
        <source>{objection} from objections, {erasure} from erasure requests, {manual} marked by a recruiter.</source>
        <translation>{objection} na bezwaar, {erasure} na een verzoek tot wissing, {manual} aangeduid door een recruiter.</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefoonnummer</translation>
    </message>
    <message>
        <source>National number</source>
        <translation>Rijksregisternummer</translation>
    </message>
    <message>
        <source>Request {id}</source>
        <translation>Verzoek {id}</translation>
    </message>
    <message>
        <source>Removed on {day} by {member}</source>
        <translation>Verwijderd op {day} door {member}</translation>
    </message>
    <message>
        <source>Removed on {day}</source>
        <translation>Verwijderd op {day}</translation>
    </message>
</context>
<context>
    <name>TeamAuditSource</name>
    <message>
        <source>Every member&apos;s actions are listed; your role is {role}.</source>
        <translation>De handelingen van alle leden worden getoond; uw rol is {role}.</translation>
    </message>
    <message>
        <source>You see the entries of your own actions; the data protection officer and the administrators see every member&apos;s.</source>
        <translation>U ziet de items van uw eigen handelingen; de functionaris voor gegevensbescherming en de beheerders zien die van alle leden.</translation>
    </message>
</context>
<context>
    <name>TeamBlindReviewDialog</name>
    <message>
        <source>Blind review of {title}</source>
        <translation>Blinde beoordeling van {title}</translation>
    </message>
    <message>
        <source>As data protection officer you read the masked CVs and the ratings; rating is for recruiters.</source>
        <translation>Als functionaris voor gegevensbescherming leest u de gemaskeerde cv&apos;s en de beoordelingen; beoordelen doen de recruiters.</translation>
    </message>
    <message>
        <source>A data protection officer does not rate applicants</source>
        <translation>Een functionaris voor gegevensbescherming beoordeelt geen sollicitanten</translation>
    </message>
    <message>
        <source>Applicant {number}</source>
        <translation>Sollicitant {number}</translation>
    </message>
    <message>
        <source>Reveal identity</source>
        <translation>Identiteit tonen</translation>
    </message>
    <message>
        <source>Show who wrote this CV? The team&apos;s audit log records that you revealed it, with your name.</source>
        <translation>Tonen wie dit cv schreef? Het auditlogboek van het team legt vast dat u de identiteit toonde, met uw naam.</translation>
    </message>
    <message>
        <source>Re&amp;veal</source>
        <translation>T&amp;onen</translation>
    </message>
</context>
<context>
    <name>TeamCandidateActions</name>
    <message>
        <source>Record reserve &amp;consent…</source>
        <translation>&amp;Toestemming voor de wervingsreserve vastleggen…</translation>
    </message>
    <message>
        <source>&amp;Withdraw reserve consent</source>
        <translation>Toestemming voor de wervingsreserve &amp;intrekken</translation>
    </message>
    <message>
        <source>The reserve consent of {name} was recorded.</source>
        <translation>De toestemming voor de wervingsreserve van {name} is vastgelegd.</translation>
    </message>
    <message>
        <source>The consent of {name} ({purpose}) was recorded.</source>
        <translation>De toestemming van {name} ({purpose}) is vastgelegd.</translation>
    </message>
    <message>
        <source>The reserve consent of {name} was withdrawn.</source>
        <translation>De toestemming voor de wervingsreserve van {name} is ingetrokken.</translation>
    </message>
    <message>
        <source>{name} has no reserve consent to withdraw.</source>
        <translation>{name} heeft geen toestemming voor de wervingsreserve die kan worden ingetrokken.</translation>
    </message>
    <message>
        <source>Erase the candidate</source>
        <translation>De kandidaat wissen</translation>
    </message>
    <message>
        <source>Erase {name} from the team vault for good?</source>
        <translation>{name} definitief uit de teamkluis wissen?</translation>
    </message>
    <message>
        <source>Their data, documents, notes and consents are erased from the server for every member of the team. This cannot be undone.</source>
        <translation>De gegevens, documenten, notities en toestemmingen van de kandidaat worden voor alle leden van het team van de server gewist. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Erasing {name}…</source>
        <translation>{name} wordt gewist…</translation>
    </message>
    <message>
        <source>{name} was erased from the team vault.</source>
        <translation>{name} is uit de teamkluis gewist.</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Niet uitgevoerd</translation>
    </message>
</context>
<context>
    <name>TeamContacts</name>
    <message>
        <source>As data protection officer you see the contacts with the candidate; recruiters and administrators record them.</source>
        <translation>Als functionaris voor gegevensbescherming ziet u de contacten met de kandidaat; recruiters en beheerders leggen ze vast.</translation>
    </message>
</context>
<context>
    <name>TeamCreateFormPage</name>
    <message>
        <source>Create a team vault on a server</source>
        <translation>Een teamkluis op een server aanmaken</translation>
    </message>
    <message>
        <source>Your firm&apos;s PostgreSQL server keeps the team&apos;s candidates, encrypted on this computer before they leave it. You become the team&apos;s first administrator.</source>
        <translation>De PostgreSQL-server van uw bedrijf bewaart de kandidaten van het team, die op deze computer worden versleuteld voordat ze hem verlaten. U wordt de eerste beheerder van het team.</translation>
    </message>
    <message>
        <source>The database must be empty: ask your IT provider for a new PostgreSQL database and a user that owns it.</source>
        <translation>De database moet leeg zijn: vraag uw IT-leverancier om een nieuwe PostgreSQL-database en een gebruiker die er eigenaar van is.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <source>Your &amp;name (as your colleagues will see it):</source>
        <translation>Uw &amp;naam (zoals uw collega&apos;s die zullen zien):</translation>
    </message>
</context>
<context>
    <name>TeamCreatedPage</name>
    <message>
        <source>The team&apos;s recovery key</source>
        <translation>De herstelsleutel van het team</translation>
    </message>
    <message>
        <source>The way back into the team vault when no administrator&apos;s computer can open it.</source>
        <translation>De weg terug naar de teamkluis wanneer de computer van geen enkele beheerder hem nog kan openen.</translation>
    </message>
    <message>
        <source>Team recovery key</source>
        <translation>Herstelsleutel van het team</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Print the team&apos;s recovery key</source>
        <translation>De herstelsleutel van het team afdrukken</translation>
    </message>
    <message>
        <source>I &amp;have stored the team&apos;s recovery key safely</source>
        <translation>Ik &amp;heb de herstelsleutel van het team veilig opgeborgen</translation>
    </message>
    <message>
        <source>I have stored the team&apos;s recovery key safely</source>
        <translation>Ik heb de herstelsleutel van het team veilig opgeborgen</translation>
    </message>
    <message>
        <source>With this key the team&apos;s candidates can be read even if every administrator&apos;s computer is lost. RecruitDesk shows it only now and cannot show it again. Print it or write it down and keep it locked away from this computer and from the server: anyone holding it and a copy of the database can read the team&apos;s candidates.</source>
        <translation>Met deze sleutel blijven de kandidaten van het team leesbaar, ook als de computers van alle beheerders verloren zijn. RecruitDesk toont hem alleen nu en kan hem later niet opnieuw tonen. Druk hem af of schrijf hem op, en berg hem achter slot op, niet bij deze computer en niet bij de server: wie hem heeft en ook een kopie van de database, kan de kandidaten van het team lezen.</translation>
    </message>
    <message>
        <source>RecruitDesk team vault: recovery key

Settings folder: {folder}

{key}

Keep this page locked away. Anyone holding it and a copy of the team&apos;s database can read the team&apos;s candidates.</source>
        <translation>Teamkluis van RecruitDesk: herstelsleutel

Map met de instellingen: {folder}

{key}

Berg deze pagina achter slot op. Wie haar heeft en ook een kopie van de database van het team, kan de kandidaten van het team lezen.</translation>
    </message>
    <message>
        <source>The recovery key was sent to the printer.</source>
        <translation>De herstelsleutel is naar de printer gestuurd.</translation>
    </message>
    <message>
        <source>Creating the team vault on the server; its settings go in {folder}…</source>
        <translation>De teamkluis wordt op de server aangemaakt; de instellingen komen in {folder}…</translation>
    </message>
    <message>
        <source>The team vault was created and you are its administrator. Invite your colleagues from the team&apos;s members window.</source>
        <translation>De teamkluis is aangemaakt en u bent de beheerder. Nodig uw collega&apos;s uit vanuit het ledenvenster van het team.</translation>
    </message>
</context>
<context>
    <name>TeamFacts</name>
    <message>
        <source>As data protection officer you see the countdown and its facts; recruiters and administrators record them.</source>
        <translation>Als functionaris voor gegevensbescherming ziet u de aftelling en de feiten; recruiters en beheerders leggen ze vast.</translation>
    </message>
</context>
<context>
    <name>TeamFields</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Woonplaats</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
</context>
<context>
    <name>TeamJoinFormPage</name>
    <message>
        <source>Join a team vault</source>
        <translation>Lid worden van een teamkluis</translation>
    </message>
    <message>
        <source>Use the enrolment code your team&apos;s administrator gave you. It works once.</source>
        <translation>Gebruik de inschrijvingscode die de beheerder van uw team u gaf. De code werkt één keer.</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Inschrijvingscode</translation>
    </message>
    <message>
        <source>Enrolment &amp;code:</source>
        <translation>Inschrijvings&amp;code:</translation>
    </message>
</context>
<context>
    <name>TeamJoinedPage</name>
    <message>
        <source>Join a team vault</source>
        <translation>Lid worden van een teamkluis</translation>
    </message>
    <message>
        <source>Joining the team vault; its settings go in {folder}…</source>
        <translation>Aansluiten bij de teamkluis; de instellingen komen in {folder}…</translation>
    </message>
    <message>
        <source>This computer joined the team vault as {name}. Choose Finish to open it.</source>
        <translation>Deze computer is lid geworden van de teamkluis als {name}. Kies Voltooien om de teamkluis te openen.</translation>
    </message>
</context>
<context>
    <name>TeamNotes</name>
    <message>
        <source>As data protection officer you read the screening notes; recruiters and administrators write them.</source>
        <translation>Als functionaris voor gegevensbescherming leest u de screeningsnotities; recruiters en beheerders schrijven ze.</translation>
    </message>
</context>
<context>
    <name>TeamPolicy</name>
    <message>
        <source>Only an administrator of the team can change its retention policy and firm profile; you can read them here.</source>
        <translation>Alleen een beheerder van het team kan het bewaarbeleid en de gegevens van het bureau wijzigen; u kunt ze hier lezen.</translation>
    </message>
    <message>
        <source>Not saved: another member changed the retention policy while you were editing it; theirs is version {version}: {title}, {summary}.</source>
        <translation>Niet opgeslagen: een ander lid wijzigde het bewaarbeleid terwijl u het bewerkte; dat van hen is versie {version}: {title}, {summary}.</translation>
    </message>
    <message>
        <source>Not saved: another administrator saved the firm profile while you were editing it. Theirs is: firm name &quot;{name}&quot;, privacy contact &quot;{contact}&quot;, privacy statement &quot;{url}&quot;, idle lock {minutes} minutes.</source>
        <translation>Niet opgeslagen: een andere beheerder sloeg de gegevens van het bureau op terwijl u ze bewerkte. Die van hen zijn: naam van het bureau &quot;{name}&quot;, privacycontact &quot;{contact}&quot;, privacyverklaring &quot;{url}&quot;, vergrendeling na {minutes} minuten inactiviteit.</translation>
    </message>
    <message>
        <source>The rest was saved.</source>
        <translation>De rest is opgeslagen.</translation>
    </message>
    <message>
        <source>Your entries are still in the fields: Save again to put them in place of theirs, or Cancel to keep theirs.</source>
        <translation>Wat u invulde staat nog in de velden: kies opnieuw Opslaan om het in de plaats van het hunne te zetten, of Annuleren om het hunne te houden.</translation>
    </message>
</context>
<context>
    <name>TeamRequestWriter</name>
    <message>
        <source>The e-mail address and phone number of {name} go on the team&apos;s suppression list, as keyed digests: a CV of theirs dropped later is not stored.</source>
        <translation>Het e-mailadres en telefoonnummer van {name} komen op de blokkeerlijst van het team, als versleutelde vingerafdrukken: een cv van deze persoon dat later wordt neergezet, wordt niet opgeslagen.</translation>
    </message>
    <message>
        <source>Completing erases {name} from the team vault for every member. The register keeps the request, the identity check and what was done.</source>
        <translation>Afronden wist {name} voor alle leden uit de teamkluis. Het register bewaart het verzoek, de identiteitscontrole en wat er is gedaan.</translation>
    </message>
    <message>
        <source>Their e-mail address and phone number go on the team&apos;s suppression list, as keyed digests: a CV of theirs dropped later is not stored.</source>
        <translation>Het e-mailadres en telefoonnummer komen op de blokkeerlijst van het team, als versleutelde vingerafdrukken: een cv van deze persoon dat later wordt neergezet, wordt niet opgeslagen.</translation>
    </message>
    <message>
        <source>Completing restricts the processing of {name}: their data is kept and shown as restricted to every member, and must not be used.</source>
        <translation>Afronden beperkt de verwerking van {name}: de gegevens blijven bewaard, worden voor alle leden als beperkt getoond en mogen niet worden gebruikt.</translation>
    </message>
    <message>
        <source>Completing withdraws every consent of {name} still running, on the completion date; the retention countdown moves with it.</source>
        <translation>Afronden trekt elke lopende toestemming van {name} in op de afrondingsdatum; de bewaartermijn verschuift mee.</translation>
    </message>
    <message>
        <source>{name} is not a candidate in the team vault: completing records the answer.</source>
        <translation>{name} is geen kandidaat in de teamkluis: afronden legt het antwoord vast.</translation>
    </message>
    <message>
        <source>The candidate is no longer in the team vault: completing records the answer.</source>
        <translation>De kandidaat staat niet meer in de teamkluis: afronden legt het antwoord vast.</translation>
    </message>
    <message>
        <source>Complete the request and erase {name} from the team vault for good?</source>
        <translation>Het verzoek afronden en {name} definitief uit de teamkluis wissen?</translation>
    </message>
    <message>
        <source>Their data, documents, notes and consents are erased from the server for every member of the team. This cannot be undone.</source>
        <translation>De gegevens, documenten, notities en toestemmingen van de kandidaat worden voor alle leden van het team van de server gewist. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>TeamRequestsSource</name>
    <message>
        <source>Your role is {role}: you can only read the register. Registering, extending and completing requests is for recruiters and administrators.</source>
        <translation>Uw rol is {role}: u kunt het register alleen lezen. Verzoeken registreren, verlengen en afronden is voorbehouden aan recruiters en beheerders.</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>(gewist)</translation>
    </message>
    <message>
        <source>Every request of the team is listed; your role is {role}.</source>
        <translation>Alle verzoeken van het team worden getoond; uw rol is {role}.</translation>
    </message>
    <message>
        <source>You see the requests you recorded; the data protection officer and the administrators see every request.</source>
        <translation>U ziet de verzoeken die u hebt geregistreerd; de functionaris voor gegevensbescherming en de beheerders zien alle verzoeken.</translation>
    </message>
</context>
<context>
    <name>TeamSetupPages</name>
    <message>
        <source>This computer&apos;s settings for the team vault go in {folder} (chosen on the first page).</source>
        <translation>De instellingen van deze computer voor de teamkluis komen in {folder} (gekozen op de eerste pagina).</translation>
    </message>
    <message>
        <source>Team vault error</source>
        <translation>Fout bij de teamkluis</translation>
    </message>
    <message>
        <source>Nothing was saved on this computer. Go back to correct the details and try again.</source>
        <translation>Er is niets op deze computer opgeslagen. Ga terug om de gegevens te corrigeren en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>TeamTableModel</name>
    <message>
        <source>Last changed</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <source>On legal hold</source>
        <translation>Juridisch bewaard</translation>
    </message>
    <message numerus="yes">
        <source>%n days overdue</source>
        <translation>
            <numerusform>%n dag over de termijn</numerusform>
            <numerusform>%n dagen over de termijn</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
</context>
<context>
    <name>TeamVacanciesSource</name>
    <message>
        <source>Your role is {role}: you can only read the vacancies. Moving applicants and closing a vacancy is for recruiters and administrators.</source>
        <translation>Uw rol is {role}: u kunt de vacatures alleen lezen. Sollicitanten verplaatsen en een vacature sluiten is voorbehouden aan recruiters en beheerders.</translation>
    </message>
</context>
<context>
    <name>TeamWindow</name>
    <message>
        <source>Team vault – RecruitDesk</source>
        <translation>Teamkluis – RecruitDesk</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>New candidate…</source>
        <translation>Nieuwe kandidaat…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Drop CV files on the list to import them into the team vault.</source>
        <translation>Sleep cv-bestanden naar de lijst om ze in de teamkluis te importeren.</translation>
    </message>
    <message>
        <source>Opening the team vault…</source>
        <translation>De teamkluis wordt geopend…</translation>
    </message>
    <message>
        <source>&amp;New candidate…</source>
        <translation>&amp;Nieuwe kandidaat…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>&amp;Reload the list</source>
        <translation>Lijst opnieuw &amp;laden</translation>
    </message>
    <message>
        <source>Loading the list…</source>
        <translation>De lijst wordt geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n candidates</source>
        <translation>
            <numerusform>%n kandidaat</numerusform>
            <numerusform>%n kandidaten</numerusform>
        </translation>
    </message>
    <message>
        <source>Team vault on {server} – RecruitDesk</source>
        <translation>Teamkluis op {server} – RecruitDesk</translation>
    </message>
    <message>
        <source>Team vault on {server}, you are {member}; names are decrypted on this computer.</source>
        <translation>Teamkluis op {server}, u bent {member}; namen worden op deze computer ontsleuteld.</translation>
    </message>
    <message>
        <source>{team} – team vault on {server} – RecruitDesk</source>
        <translation>{team} – teamkluis op {server} – RecruitDesk</translation>
    </message>
    <message>
        <source>Team vault &quot;{team}&quot; on {server}, you are {member}; names are decrypted on this computer.</source>
        <translation>Teamkluis &quot;{team}&quot; op {server}, u bent {member}; namen worden op deze computer ontsleuteld.</translation>
    </message>
    <message>
        <source>Import CV files as new candidates of the team (Ctrl+I); you can also drop files on the list</source>
        <translation>Cv-bestanden als nieuwe kandidaten van het team importeren (Ctrl+I); u kunt ook bestanden op de lijst neerzetten</translation>
    </message>
    <message>
        <source>Import CVs into the team vault</source>
        <translation>Cv&apos;s importeren in de teamkluis</translation>
    </message>
    <message>
        <source>You have read-only access to this team vault (data protection officer): you cannot import CVs.</source>
        <translation>U hebt alleen-lezentoegang tot deze teamkluis (functionaris voor gegevensbescherming): u kunt geen cv&apos;s importeren.</translation>
    </message>
    <message>
        <source>&amp;Members…</source>
        <translation>&amp;Leden…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Auditlogboek…</translation>
    </message>
    <message>
        <source>Audit log – team vault</source>
        <translation>Auditlogboek – teamkluis</translation>
    </message>
    <message>
        <source>Co&amp;nsents…</source>
        <translation>Toeste&amp;mmingen…</translation>
    </message>
    <message>
        <source>&amp;Documents…</source>
        <translation>&amp;Documenten…</translation>
    </message>
    <message>
        <source>Add to &amp;vacancy…</source>
        <translation>Toevoegen aan &amp;vacature…</translation>
    </message>
    <message>
        <source>&amp;Cancel vacancy…</source>
        <translation>Vacature &amp;annuleren…</translation>
    </message>
    <message>
        <source>Cancel the selected vacancy: everyone still in its procedure is rejected today</source>
        <translation>De geselecteerde vacature annuleren: iedereen die nog in de procedure zit, wordt vandaag afgewezen</translation>
    </message>
    <message>
        <source>Cancel vacancy</source>
        <translation>Vacature annuleren</translation>
    </message>
    <message>
        <source>Cancel &quot;{title}&quot;? Everyone still in its procedure is rejected today and their retention clock starts.</source>
        <translation>Wilt u &quot;{title}&quot; annuleren? Iedereen die nog in de procedure zit, wordt vandaag afgewezen en hun bewaartermijn begint te lopen.</translation>
    </message>
    <message>
        <source>A colleague changed this vacancy meanwhile. Nothing was changed; the list shows it as it is now.</source>
        <translation>Een collega heeft deze vacature intussen gewijzigd. Er is niets gewijzigd; de lijst toont de vacature zoals ze nu is.</translation>
    </message>
    <message>
        <source>There is no open vacancy. Add one with Vacancies &gt; New vacancy… first.</source>
        <translation>Er is geen open vacature. Voeg er eerst een toe via Vacatures &gt; Nieuwe vacature….</translation>
    </message>
    <message>
        <source>{name} was added to the vacancy.</source>
        <translation>{name} is aan de vacature toegevoegd.</translation>
    </message>
    <message>
        <source>Add to vacancy</source>
        <translation>Toevoegen aan vacature</translation>
    </message>
    <message>
        <source>Record a &amp;contact…</source>
        <translation>&amp;Contact vastleggen…</translation>
    </message>
    <message>
        <source>Team vault open</source>
        <translation>Teamkluis open</translation>
    </message>
    <message>
        <source>Who must not be contacted again, on what basis; an administrator removes an entry with a reason</source>
        <translation>Wie niet meer gecontacteerd mag worden, op welke grondslag; een beheerder verwijdert een item met een reden</translation>
    </message>
    <message>
        <source>The team&apos;s retention policy and firm profile: its name, the firm its letters are signed with, and the idle lock</source>
        <translation>Het bewaarbeleid en de gegevens van het team: de naam, het bureau dat de brieven ondertekent en de vergrendeling bij inactiviteit</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>This computer&apos;s keychain has no key for this vault (a new computer or a reset account). Enter your recovery key to unlock it.</source>
        <translation>De sleutelhanger van deze computer bevat geen sleutel voor deze kluis (een nieuwe computer of een opnieuw ingesteld gebruikersaccount). Voer uw herstelsleutel in om de kluis te ontgrendelen.</translation>
    </message>
    <message>
        <source>Enter your passphrase or PIN to unlock the vault.</source>
        <translation>Voer uw wachtwoordzin of pincode in om de kluis te ontgrendelen.</translation>
    </message>
    <message>
        <source>Demo vault: the passphrase is {passphrase}</source>
        <translation>Demokluis: de wachtwoordzin is {passphrase}</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <source>&amp;Quit RecruitDesk</source>
        <translation>RecruitDesk &amp;afsluiten</translation>
    </message>
    <message>
        <source>Quit RecruitDesk</source>
        <translation>RecruitDesk afsluiten</translation>
    </message>
    <message>
        <source>Enter your passphrase or PIN.</source>
        <translation>Voer uw wachtwoordzin of pincode in.</translation>
    </message>
    <message>
        <source>Forgot your passphrase? Use the &amp;recovery key</source>
        <translation>Wachtwoordzin vergeten? Gebruik de &amp;herstelsleutel</translation>
    </message>
    <message>
        <source>Enter the recovery key you printed or saved when the vault was created. Afterwards you choose a new passphrase.</source>
        <translation>Voer de herstelsleutel in die u bij het aanmaken van de kluis hebt afgedrukt of bewaard. Daarna kiest u een nieuwe wachtwoordzin.</translation>
    </message>
    <message>
        <source>&amp;Back to the passphrase</source>
        <translation>&amp;Terug naar de wachtwoordzin</translation>
    </message>
    <message>
        <source>This vault has no passphrase yet, so anyone who can use this computer can unlock it. Click Unlock to open it with this computer&apos;s keychain; RecruitDesk then offers to set a passphrase. If the keychain cannot open it, enter your recovery key.</source>
        <translation>Deze kluis heeft nog geen wachtwoordzin, dus iedereen die deze computer kan gebruiken, kan ze ontgrendelen. Klik op Ontgrendelen om ze te openen met de sleutelhanger van deze computer; RecruitDesk stelt daarna voor een wachtwoordzin in te stellen. Kan de sleutelhanger ze niet openen, voer dan uw herstelsleutel in.</translation>
    </message>
    <message>
        <source>Enter your recovery key: 36 letters and digits in groups of four.</source>
        <translation>Voer uw herstelsleutel in: 36 letters en cijfers in groepjes van vier.</translation>
    </message>
    <message>
        <source>Unlock vault - RecruitDesk</source>
        <translation>Kluis ontgrendelen - RecruitDesk</translation>
    </message>
    <message>
        <source>Unlock vault</source>
        <translation>Kluis ontgrendelen</translation>
    </message>
    <message>
        <source>Your vault is locked</source>
        <translation>Uw kluis is vergrendeld</translation>
    </message>
    <message>
        <source>Why the vault is locked</source>
        <translation>Waarom de kluis vergrendeld is</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Hint</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Herstelsleutel:</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <source>Unlock error</source>
        <translation>Fout bij het ontgrendelen</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Bezig met ontgrendelen…</translation>
    </message>
</context>
<context>
    <name>VacanciesFeature</name>
    <message>
        <source>Vacancies</source>
        <translation>Vacatures</translation>
    </message>
    <message>
        <source>&amp;Vacancies</source>
        <translation>&amp;Vacatures</translation>
    </message>
    <message>
        <source>Show the vacancies beside the candidates</source>
        <translation>De vacatures naast de kandidaten tonen</translation>
    </message>
    <message>
        <source>&amp;New vacancy…</source>
        <translation>&amp;Nieuwe vacature…</translation>
    </message>
    <message>
        <source>Add a vacancy to recruit for</source>
        <translation>Een vacature toevoegen waarvoor u werft</translation>
    </message>
    <message>
        <source>&amp;Open vacancy</source>
        <translation>Vacature &amp;openen</translation>
    </message>
    <message>
        <source>Show the selected vacancy&apos;s applications on a board</source>
        <translation>De sollicitaties van de gekozen vacature op een bord tonen</translation>
    </message>
    <message>
        <source>&amp;Import CVs into vacancy…</source>
        <translation>Cv&apos;s &amp;importeren in vacature…</translation>
    </message>
    <message>
        <source>Import CV files as applications to the selected vacancy</source>
        <translation>Cv-bestanden importeren als sollicitaties voor de gekozen vacature</translation>
    </message>
    <message>
        <source>Vacancy &amp;filled…</source>
        <translation>Vacature in&amp;gevuld…</translation>
    </message>
    <message>
        <source>Record who was hired in the selected vacancy; everyone else&apos;s procedure ends</source>
        <translation>Vastleggen wie in de gekozen vacature is aangenomen; de procedure van alle anderen eindigt</translation>
    </message>
    <message>
        <source>Vaca&amp;ncies</source>
        <translation>Vaca&amp;tures</translation>
    </message>
    <message>
        <source>Drop CVs to import them as applications to this vacancy</source>
        <translation>Zet cv&apos;s hier neer om ze als sollicitaties voor deze vacature te importeren</translation>
    </message>
    <message>
        <source>Drop the CVs on a vacancy</source>
        <translation>Zet de cv&apos;s op een vacature neer</translation>
    </message>
    <message>
        <source>Vacancy saved.</source>
        <translation>Vacature bewaard.</translation>
    </message>
    <message>
        <source>Vacancy closed; the procedures of {count} candidates ended and their countdowns started.</source>
        <translation>Vacature gesloten; de procedures van {count} kandidaten zijn beëindigd en hun bewaartermijnen lopen.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>De kluis is vergrendeld.</translation>
    </message>
</context>
<context>
    <name>VacanciesWindow</name>
    <message>
        <source>A colleague moved {name} meanwhile (now: {stage}). Nothing was changed; the list shows where they are now.</source>
        <translation>Een collega heeft {name} intussen verplaatst (nu: {stage}). Er is niets gewijzigd; de lijst toont waar de sollicitant nu staat.</translation>
    </message>
    <message>
        <source>{name} was rejected. Write rejection messages… drafts the letter.</source>
        <translation>{name} is afgewezen. ‘Afwijzingsberichten opstellen…’ stelt de brief op.</translation>
    </message>
</context>
<context>
    <name>VacancyDialog</name>
    <message>
        <source>New vacancy</source>
        <translation>Nieuwe vacature</translation>
    </message>
    <message>
        <source>Edit vacancy</source>
        <translation>Vacature bewerken</translation>
    </message>
    <message>
        <source>The stages before Hired, Rejected and Withdrawn (which every vacancy has), separated by commas</source>
        <translation>De fasen vóór Aangenomen, Afgewezen en Teruggetrokken (die elke vacature heeft), gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Klant:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Plaats:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwoordelijke:</translation>
    </message>
    <message>
        <source>O&amp;pened on:</source>
        <translation>G&amp;eopend op:</translation>
    </message>
    <message>
        <source>&amp;Stages:</source>
        <translation>&amp;Fasen:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Reopen: open</source>
        <translation>Heropenen: open</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>On hold</translation>
    </message>
    <message>
        <source>Reopen: on hold</source>
        <translation>Heropenen: on hold</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwoordelijke</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Geopend op</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Fasen</translation>
    </message>
    <message>
        <source>Hired, Rejected and Withdrawn end a candidate&apos;s procedure; every vacancy has them.</source>
        <translation>Aangenomen, Afgewezen en Teruggetrokken beëindigen de procedure van een kandidaat; elke vacature heeft ze.</translation>
    </message>
    <message numerus="yes">
        <source>Reopening brings nobody back by itself: the %n application(s) that ended stay ended, their countdowns keep running and rejection letters already sent stay valid. To take someone back, move them to an open stage on the board; that reopens their procedure and stops their countdown.</source>
        <translation>
            <numerusform>Heropenen haalt niemand vanzelf terug: de %n sollicitatie die beëindigd werd, blijft beëindigd, de termijn loopt verder en een afwijzingsbrief die al verstuurd is, blijft gelden. Wilt u iemand terugnemen, zet die dan op het bord in een open fase; dat heropent de procedure en stopt de termijn.</numerusform>
            <numerusform>Heropenen haalt niemand vanzelf terug: de %n sollicitaties die beëindigd werden, blijven beëindigd, hun termijnen lopen verder en afwijzingsbrieven die al verstuurd zijn, blijven gelden. Wilt u iemand terugnemen, zet die dan op het bord in een open fase; dat heropent de procedure en stopt de termijn.</numerusform>
        </translation>
    </message>
    <message>
        <source>This vacancy is closed: its applications cannot move. Choose a reopen status to work on it again.</source>
        <translation>Deze vacature is afgesloten: de sollicitaties kunnen niet meer verschuiven. Kies een status om te heropenen als u er opnieuw aan wilt werken.</translation>
    </message>
    <message>
        <source>On hold changes no application: the procedures still open stay open, so those candidates stay active and their countdowns do not start.</source>
        <translation>On hold verandert geen enkele sollicitatie: de procedures die nog open zijn, blijven open, dus die kandidaten blijven actief en hun termijn begint niet te lopen.</translation>
    </message>
    <message>
        <source>Open: candidates can apply and move through the stages. &quot;Vacancy filled…&quot; ends the procedures still open and starts their countdowns.</source>
        <translation>Open: kandidaten kunnen solliciteren en door de fasen gaan. ‘Vacature ingevuld…’ beëindigt de procedures die nog open zijn en start hun termijnen.</translation>
    </message>
</context>
<context>
    <name>VacancyDialogs</name>
    <message>
        <source>A colleague changed this vacancy meanwhile (it is now &quot;{title}&quot;, {status}). Nothing was saved; close this dialog and try again.</source>
        <translation>Een collega heeft deze vacature intussen gewijzigd (nu &quot;{title}&quot;, {status}). Er is niets opgeslagen; sluit dit venster en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>VacancyListPanel</name>
    <message>
        <source>Search vacancies (title, client, place, owner)</source>
        <translation>Vacatures zoeken (titel, klant, plaats, verantwoordelijke)</translation>
    </message>
    <message>
        <source>Search vacancies</source>
        <translation>Vacatures zoeken</translation>
    </message>
    <message>
        <source>Show &amp;closed</source>
        <translation>&amp;Gesloten tonen</translation>
    </message>
    <message>
        <source>Also list filled and cancelled vacancies</source>
        <translation>Ook ingevulde en geannuleerde vacatures tonen</translation>
    </message>
    <message>
        <source>Vacancies</source>
        <translation>Vacatures</translation>
    </message>
</context>
<context>
    <name>VacancyTableModel</name>
    <message>
        <source>Vacancy</source>
        <translation>Vacature</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Sollicitaties</translation>
    </message>
    <message>
        <source>Per stage</source>
        <translation>Per fase</translation>
    </message>
</context>
<context>
    <name>VacancyWindow</name>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Bord</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Lijst</translation>
    </message>
    <message>
        <source>Move to &amp;next stage</source>
        <translation>Naar &amp;volgende fase</translation>
    </message>
    <message>
        <source>Move to &amp;previous stage</source>
        <translation>Naar v&amp;orige fase</translation>
    </message>
    <message>
        <source>Rate {stars}</source>
        <translation>Beoordelen: {stars}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation>Lab&amp;els…</translation>
    </message>
    <message>
        <source>Change the tags of the selected application</source>
        <translation>De labels van de gekozen sollicitatie wijzigen</translation>
    </message>
    <message>
        <source>Interview &amp;scheduled…</source>
        <translation>&amp;Gesprek gepland…</translation>
    </message>
    <message>
        <source>Record that an interview was scheduled with the selected candidate: a contact on that day</source>
        <translation>Vastleggen dat met de gekozen kandidaat een gesprek is gepland: een contact op die dag</translation>
    </message>
    <message>
        <source>Next stage →</source>
        <translation>Volgende fase →</translation>
    </message>
    <message>
        <source>← Previous stage</source>
        <translation>← Vorige fase</translation>
    </message>
    <message>
        <source>&amp;Import CVs…</source>
        <translation>Cv&apos;s &amp;importeren…</translation>
    </message>
    <message>
        <source>Import CV files as applications to this vacancy; you can also drop them on the board</source>
        <translation>Cv-bestanden importeren als sollicitaties voor deze vacature; u kunt ze ook op het bord neerzetten</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Be&amp;werken…</translation>
    </message>
    <message>
        <source>Vacancy &amp;filled…</source>
        <translation>Vacature inge&amp;vuld…</translation>
    </message>
    <message>
        <source>Record who was hired; everyone else&apos;s procedure ends on that day</source>
        <translation>Vastleggen wie is aangenomen; de procedure van alle anderen eindigt die dag</translation>
    </message>
    <message>
        <source>Write rejection &amp;messages…</source>
        <translation>Afwijzings&amp;berichten opstellen…</translation>
    </message>
    <message>
        <source>Draft a letter in each rejected applicant&apos;s language; marking one sent records the contact</source>
        <translation>Stel een brief op in de taal van elke afgewezen sollicitant; als verzonden markeren legt het contact vast</translation>
    </message>
    <message>
        <source>Drop CVs to import them as applications to this vacancy</source>
        <translation>Zet cv&apos;s hier neer om ze als sollicitaties voor deze vacature te importeren</translation>
    </message>
    <message>
        <source>{text} ({shortcut})</source>
        <translation>{text} ({shortcut})</translation>
    </message>
    <message>
        <source>Vacancy: {title}</source>
        <translation>Vacature: {title}</translation>
    </message>
    <message>
        <source>{status} on {date}</source>
        <translation>{status} op {date}</translation>
    </message>
    <message>
        <source>{count} applications</source>
        <translation>{count} sollicitaties</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Tags of {name}, separated by commas:</source>
        <translation>Labels van {name}, gescheiden door komma&apos;s:</translation>
    </message>
</context>
<context>
    <name>VaultActions</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Nu een &amp;back-up maken…</translation>
    </message>
    <message>
        <source>Make an encrypted backup of the vault in the backup folder</source>
        <translation>Een versleutelde back-up van de kluis maken in de back-upmap</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Terugzetten vanaf back-up…</translation>
    </message>
    <message>
        <source>Replace the vault&apos;s contents with a backup; the current data is kept as a safety copy</source>
        <translation>De inhoud van de kluis vervangen door een back-up; de huidige gegevens worden als veiligheidskopie bewaard</translation>
    </message>
    <message>
        <source>Set or change the passp&amp;hrase…</source>
        <translation>&amp;Wachtwoordzin instellen of wijzigen…</translation>
    </message>
    <message>
        <source>The passphrase or PIN that, together with this computer&apos;s keychain, opens the vault after a lock</source>
        <translation>De wachtwoordzin of pincode die, samen met de sleutelhanger van deze computer, de kluis na een vergrendeling opent</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>V&amp;oorkeuren…</translation>
    </message>
    <message>
        <source>Settings of this computer, such as the language</source>
        <translation>Instellingen van deze computer, zoals de taal</translation>
    </message>
    <message>
        <source>The new language takes effect the next time you start RecruitDesk.</source>
        <translation>De nieuwe taal wordt actief wanneer u RecruitDesk de volgende keer start.</translation>
    </message>
    <message>
        <source>Backing up the vault…</source>
        <translation>Back-up van de kluis maken…</translation>
    </message>
    <message>
        <source>Backup saved to {path}</source>
        <translation>Back-up opgeslagen in {path}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to RecruitDesk</source>
        <translation>Welkom bij RecruitDesk</translation>
    </message>
    <message>
        <source>RecruitDesk keeps your candidates&apos; personal data in an encrypted vault on this computer.</source>
        <translation>RecruitDesk bewaart de persoonsgegevens van uw kandidaten in een versleutelde kluis op deze computer.</translation>
    </message>
    <message>
        <source>The vault is a folder holding an encrypted database and a key file. Nobody can read it without the key kept in this computer&apos;s keychain, or the recovery key you will receive in a moment. Choose where to keep it: a folder that is backed up is a good choice.</source>
        <translation>De kluis is een map met een versleutelde database en een sleutelbestand. Niemand kan de kluis lezen zonder de sleutel in de sleutelhanger van deze computer of de herstelsleutel die u zo meteen krijgt. Kies waar u de kluis wilt bewaren: een map waarvan regelmatig een back-up wordt gemaakt, is een goede keuze.</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>Kluismap</translation>
    </message>
    <message>
        <source>Vault &amp;folder:</source>
        <translation>Kluis&amp;map:</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <source>Change the vault folder</source>
        <translation>De kluismap wijzigen</translation>
    </message>
    <message>
        <source>Create a ne&amp;w vault</source>
        <translation>Een nieu&amp;we kluis maken</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup (a new computer, or a lost or damaged vault)</source>
        <translation>&amp;Terugzetten vanaf een back-up (een nieuwe computer, of een verloren of beschadigde kluis)</translation>
    </message>
    <message>
        <source>Create a &amp;team vault on a server</source>
        <translation>Een teamkluis op een &amp;server aanmaken</translation>
    </message>
    <message>
        <source>&amp;Join a team vault</source>
        <translation>&amp;Lid worden van een teamkluis</translation>
    </message>
</context>
<context>
    <name>WindowLayout</name>
    <message>
        <source>&amp;View</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>&amp;Indeling herstellen</translation>
    </message>
    <message>
        <source>Put the window, its panes and the table columns back as they were at the first start</source>
        <translation>Zet het venster, de panelen en de tabelkolommen terug zoals bij de eerste start</translation>
    </message>
</context>
<context>
    <name>alerts</name>
    <message>
        <source>No candidate must be deleted within {days} days.</source>
        <translation>Er hoeft binnen {days} dagen geen enkele kandidaat te worden verwijderd.</translation>
    </message>
    <message numerus="yes">
        <source>%n candidates must be deleted within {days} days.</source>
        <translation>
            <numerusform>%n kandidaat moet binnen {days} dagen worden verwijderd.</numerusform>
            <numerusform>%n kandidaten moeten binnen {days} dagen worden verwijderd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidates are overdue for deletion.</source>
        <translation>
            <numerusform>Van %n kandidaat is de verwijdertermijn verstreken.</numerusform>
            <numerusform>Van %n kandidaten is de verwijdertermijn verstreken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests must be answered within {days} days.</source>
        <translation>
            <numerusform>%n verzoek moet binnen {days} dagen worden beantwoord.</numerusform>
            <numerusform>%n verzoeken moeten binnen {days} dagen worden beantwoord.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests are overdue.</source>
        <translation>
            <numerusform>De antwoordtermijn van %n verzoek is verstreken.</numerusform>
            <numerusform>De antwoordtermijn van %n verzoeken is verstreken.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>anchors</name>
    <message>
        <source>the application</source>
        <translation>de sollicitatie</translation>
    </message>
    <message>
        <source>the last contact</source>
        <translation>het laatste contact</translation>
    </message>
    <message>
        <source>the end of the procedure</source>
        <translation>het einde van de procedure</translation>
    </message>
    <message>
        <source>consent was given</source>
        <translation>de toestemming</translation>
    </message>
    <message>
        <source>the start of the outplacement</source>
        <translation>de start van de outplacement</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>The audit trail was tampered with: entry {number} was edited.</source>
        <translation>Er is geknoeid met het auditspoor: item {number} werd gewijzigd.</translation>
    </message>
    <message>
        <source>The audit trail was tampered with: entry {number} was removed.</source>
        <translation>Er is geknoeid met het auditspoor: item {number} werd verwijderd.</translation>
    </message>
    <message>
        <source>The audit trail was tampered with: entry {number} is out of order.</source>
        <translation>Er is geknoeid met het auditspoor: item {number} staat niet op zijn plaats.</translation>
    </message>
    <message>
        <source>The audit trail was tampered with: entry {number} was added outside RecruitDesk.</source>
        <translation>Er is geknoeid met het auditspoor: item {number} werd buiten RecruitDesk toegevoegd.</translation>
    </message>
    <message>
        <source>The audit trail was tampered with: entry {number} and later ones were removed.</source>
        <translation>Er is geknoeid met het auditspoor: item {number} en de latere items werden verwijderd.</translation>
    </message>
    <message>
        <source>The audit trail was tampered with: its last link (after entry {number}) was edited.</source>
        <translation>Er is geknoeid met het auditspoor: de laatste schakel (na item {number}) werd gewijzigd.</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n entries.</source>
        <translation>
            <numerusform>Het auditspoor is intact: %n item.</numerusform>
            <numerusform>Het auditspoor is intact: %n items.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Auditspoor</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <source>User account</source>
        <translation>Gebruikersaccount</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <source>Candidate (random id)</source>
        <translation>Kandidaat (willekeurige id)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
</context>
<context>
    <name>autostart</name>
    <message>
        <source>Retention alerts in the notification area</source>
        <translation>Meldingen over bewaartermijnen in het systeemvak</translation>
    </message>
</context>
<context>
    <name>blind_review</name>
    <message>
        <source>[name]</source>
        <translation>[naam]</translation>
    </message>
    <message>
        <source>[e-mail]</source>
        <translation>[e-mail]</translation>
    </message>
    <message>
        <source>[phone]</source>
        <translation>[telefoon]</translation>
    </message>
    <message>
        <source>[web address]</source>
        <translation>[webadres]</translation>
    </message>
    <message>
        <source>[address]</source>
        <translation>[adres]</translation>
    </message>
    <message>
        <source>[date]</source>
        <translation>[datum]</translation>
    </message>
    <message>
        <source>[age]</source>
        <translation>[leeftijd]</translation>
    </message>
    <message>
        <source>[…]</source>
        <translation>[…]</translation>
    </message>
    <message>
        <source>[nationality]</source>
        <translation>[nationaliteit]</translation>
    </message>
    <message>
        <source>[number]</source>
        <translation>[nummer]</translation>
    </message>
</context>
<context>
    <name>candidate documents</name>
    <message>
        <source>{file} is already among this candidate&apos;s documents; it was not added again.</source>
        <translation>{file} staat al bij de documenten van deze kandidaat; het is niet opnieuw toegevoegd.</translation>
    </message>
</context>
<context>
    <name>check</name>
    <message>
        <source>backup made</source>
        <translation>back-up gemaakt</translation>
    </message>
    <message>
        <source>no backup due</source>
        <translation>geen back-up nodig</translation>
    </message>
    <message>
        <source>automatic backups off</source>
        <translation>automatische back-ups uitgeschakeld</translation>
    </message>
    <message>
        <source>backup FAILED</source>
        <translation>back-up MISLUKT</translation>
    </message>
    <message>
        <source>{date}: {overdue} overdue, {due} due within {days} days, {held} on legal hold; {erased} erased; {requests} requests to answer ({late} overdue); {backup}.</source>
        <translation>{date}: {overdue} termijn verstreken, {due} te verwijderen binnen {days} dagen, {held} juridisch bewaard; {erased} gewist; {requests} verzoeken te beantwoorden ({late} termijn verstreken); {backup}.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Passphrase of the vault: </source>
        <translation>Wachtwoordzin van de kluis: </translation>
    </message>
    <message>
        <source>recruitdesk: error: {message}</source>
        <translation>recruitdesk: fout: {message}</translation>
    </message>
    <message>
        <source>the vault folder (default: RECRUITDESK_VAULT or your data folder)</source>
        <translation>de kluismap (standaard: RECRUITDESK_VAULT of uw gegevensmap)</translation>
    </message>
    <message>
        <source>unlock with the recovery key in FILE (or set RECRUITDESK_RECOVERY_KEY)</source>
        <translation>ontgrendelen met de herstelsleutel in FILE (of stel RECRUITDESK_RECOVERY_KEY in)</translation>
    </message>
    <message>
        <source>language: en, nl or fr</source>
        <translation>taal: en, nl of fr</translation>
    </message>
    <message>
        <source>RecruitDesk: an encrypted candidate vault with GDPR retention countdowns.</source>
        <translation>RecruitDesk: een versleutelde kandidatenkluis die de AVG-bewaartermijnen voor u aftelt.</translation>
    </message>
    <message>
        <source>start on a throwaway demo vault with sample candidates</source>
        <translation>starten met een tijdelijke demokluis met voorbeeldkandidaten</translation>
    </message>
    <message>
        <source>create a vault or show information about it</source>
        <translation>een kluis aanmaken of er informatie over tonen</translation>
    </message>
    <message>
        <source>create a new vault and print its recovery key once</source>
        <translation>een nieuwe kluis aanmaken en de herstelsleutel eenmalig tonen</translation>
    </message>
    <message>
        <source>retention preset: {names}</source>
        <translation>voorinstelling voor het bewaarbeleid: {names}</translation>
    </message>
    <message>
        <source>also save the recovery kit to FILE</source>
        <translation>de herstelkit ook opslaan in FILE</translation>
    </message>
    <message>
        <source>show schema version, SQLCipher version, candidate count and policy</source>
        <translation>schemaversie, SQLCipher-versie, aantal kandidaten en bewaarbeleid tonen</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>uitvoer in JSON</translation>
    </message>
    <message>
        <source>Vault created in {folder}.</source>
        <translation>Kluis aangemaakt in {folder}.</translation>
    </message>
    <message>
        <source>Retention policy: {title}.</source>
        <translation>Bewaarbeleid: {title}.</translation>
    </message>
    <message>
        <source>Recovery key (shown only this once; print it or store it safely, away from this computer):</source>
        <translation>Herstelsleutel (wordt alleen nu getoond; druk hem af of bewaar hem op een veilige plek, niet op deze computer):</translation>
    </message>
    <message>
        <source>The recovery kit was saved to {file}.</source>
        <translation>De herstelkit is opgeslagen in {file}.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Kluis</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Schemaversie</translation>
    </message>
    <message>
        <source>SQLCipher version</source>
        <translation>SQLCipher-versie</translation>
    </message>
    <message>
        <source>Password for the team server: </source>
        <translation>Wachtwoord voor de teamserver: </translation>
    </message>
    <message>
        <source>Team vault created on the server; this computer&apos;s settings for it are in {folder}.</source>
        <translation>De teamkluis is op de server aangemaakt; de instellingen van deze computer ervoor staan in {folder}.</translation>
    </message>
    <message>
        <source>You are its first administrator. Invite colleagues with: recruitdesk team invite --name NAME</source>
        <translation>U bent de eerste beheerder. Nodig collega&apos;s uit met: recruitdesk team invite --name NAAM</translation>
    </message>
    <message>
        <source>The team&apos;s recovery key (shown only this once; print it or store it safely, away from this computer):</source>
        <translation>De herstelsleutel van het team (alleen nu getoond; druk hem af of bewaar hem veilig, niet op deze computer):</translation>
    </message>
    <message>
        <source>This computer joined the team vault as {name}; its settings are in {folder}.</source>
        <translation>Deze computer is lid van de teamkluis als {name}; de instellingen staan in {folder}.</translation>
    </message>
    <message>
        <source>Enrolment code for {name} ({role}), valid once, until {expires}:</source>
        <translation>Inschrijvingscode voor {name} ({role}), één keer geldig, tot {expires}:</translation>
    </message>
    <message>
        <source>Give it to them in person or by phone, not in the same e-mail as the server&apos;s address. They join with: recruitdesk team join --server ADDRESS --code CODE</source>
        <translation>Geef de code persoonlijk of telefonisch door, niet in dezelfde e-mail als het adres van de server. Uw collega wordt lid met: recruitdesk team join --server ADRES --code CODE</translation>
    </message>
    <message>
        <source>revoked {date}</source>
        <translation>ingetrokken {date}</translation>
    </message>
    <message>
        <source>joined {date}</source>
        <translation>lid sinds {date}</translation>
    </message>
    <message>
        <source>{name} is now {role}.</source>
        <translation>{name} is nu {role}.</translation>
    </message>
    <message>
        <source>Renewing the keys: {moved} of {total} candidates.</source>
        <translation>De sleutels worden vernieuwd: {moved} van {total} kandidaten.</translation>
    </message>
    <message>
        <source>No revocation was left unfinished.</source>
        <translation>Er was geen onafgemaakte intrekking.</translation>
    </message>
    <message>
        <source>The interrupted revocation is finished: every candidate is under the new keys.</source>
        <translation>De onderbroken intrekking is voltooid: elke kandidaat staat onder de nieuwe sleutels.</translation>
    </message>
    <message>
        <source>Name the member to revoke, or use --finish.</source>
        <translation>Noem het lid dat u wilt intrekken, of gebruik --finish.</translation>
    </message>
    <message>
        <source>{name} can no longer open the team vault; the team&apos;s keys are renewed.</source>
        <translation>{name} kan de teamkluis niet meer openen; de sleutels van het team zijn vernieuwd.</translation>
    </message>
    <message>
        <source>Renewing the candidate keys: {renewed} of {total} candidates.</source>
        <translation>De kandidaatsleutels worden vernieuwd: {renewed} van {total} kandidaten.</translation>
    </message>
    <message>
        <source>The firm and every candidate have a new key (candidates: {total}); everything is sealed again.</source>
        <translation>Het bureau en elke kandidaat hebben een nieuwe sleutel (kandidaten: {total}); alles is opnieuw versleuteld.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Team vault on</source>
        <translation>Teamkluis op</translation>
    </message>
    <message>
        <source>Settings folder</source>
        <translation>Map met instellingen</translation>
    </message>
    <message>
        <source>You</source>
        <translation>U</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <source>Schema revision</source>
        <translation>Schemaversie</translation>
    </message>
    <message>
        <source>The team&apos;s retention policy is now {title} (version {version}); {count} countdowns computed again.</source>
        <translation>Het bewaarbeleid van het team is nu {title} (versie {version}); {count} aftellingen opnieuw berekend.</translation>
    </message>
    <message>
        <source>a policy of the firm&apos;s own</source>
        <translation>een eigen beleid van het kantoor</translation>
    </message>
    <message>
        <source>The team&apos;s retention policy: {title} (version {version}).</source>
        <translation>Het bewaarbeleid van het team: {title} (versie {version}).</translation>
    </message>
    <message>
        <source>Today&apos;s retention check ran: {count} countdowns computed again.</source>
        <translation>De bewaarcontrole van vandaag is uitgevoerd: {count} aftellingen opnieuw berekend.</translation>
    </message>
    <message>
        <source>Today&apos;s retention check already ran (on this or a colleague&apos;s computer).</source>
        <translation>De bewaarcontrole van vandaag is al uitgevoerd (op deze computer of die van een collega).</translation>
    </message>
    <message>
        <source>A colleague&apos;s computer is running today&apos;s retention check right now.</source>
        <translation>De computer van een collega voert de bewaarcontrole van vandaag op dit moment uit.</translation>
    </message>
    <message>
        <source>Overdue for deletion: {overdue}; due within two weeks: {soon}.</source>
        <translation>Te laat voor verwijdering: {overdue}; binnen twee weken aan de beurt: {soon}.</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>bewaring opgeschort</translation>
    </message>
    <message>
        <source>{title} ({client})</source>
        <translation>{title} ({client})</translation>
    </message>
    <message numerus="yes">
        <source>%n applications, of which</source>
        <translation>
            <numerusform>%n sollicitatie, waarvan</numerusform>
            <numerusform>%n sollicitaties, waarvan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still open</source>
        <translation>
            <numerusform>%n nog open</numerusform>
            <numerusform>%n nog open</numerusform>
        </translation>
    </message>
    <message>
        <source>a team vault shared on a PostgreSQL server (end-to-end encrypted)</source>
        <translation>een teamkluis, gedeeld op een PostgreSQL-server (end-to-end versleuteld)</translation>
    </message>
    <message>
        <source>ask for the server&apos;s password on the terminal (or set RECRUITDESK_TEAM_PASSWORD)</source>
        <translation>het wachtwoord van de server in de terminal vragen (of zet RECRUITDESK_TEAM_PASSWORD)</translation>
    </message>
    <message>
        <source>create a team vault on an empty database and become its administrator</source>
        <translation>een teamkluis aanmaken in een lege database en er beheerder van worden</translation>
    </message>
    <message>
        <source>the database, as postgresql://USER@HOST:PORT/DATABASE?sslmode=require</source>
        <translation>de database, als postgresql://GEBRUIKER@HOST:POORT/DATABASE?sslmode=require</translation>
    </message>
    <message>
        <source>your name as your colleagues will see it</source>
        <translation>uw naam zoals uw collega&apos;s hem zien</translation>
    </message>
    <message>
        <source>join a team vault with the enrolment code an administrator gave you</source>
        <translation>lid worden van een teamkluis met de inschrijvingscode die een beheerder u gaf</translation>
    </message>
    <message>
        <source>the team&apos;s database address</source>
        <translation>het adres van de database van het team</translation>
    </message>
    <message>
        <source>the enrolment code</source>
        <translation>de inschrijvingscode</translation>
    </message>
    <message>
        <source>make a one-time enrolment code for a new member (administrators)</source>
        <translation>een eenmalige inschrijvingscode maken voor een nieuw lid (beheerders)</translation>
    </message>
    <message>
        <source>the new member&apos;s name</source>
        <translation>de naam van het nieuwe lid</translation>
    </message>
    <message>
        <source>recruiter (default), admin or dpo (read only)</source>
        <translation>recruiter (standaard), admin of dpo (alleen lezen)</translation>
    </message>
    <message>
        <source>list the team&apos;s members and their roles</source>
        <translation>de leden van het team en hun rollen tonen</translation>
    </message>
    <message>
        <source>give a member another role (administrators)</source>
        <translation>een lid een andere rol geven (beheerders)</translation>
    </message>
    <message>
        <source>the member&apos;s name or the first digits of their id</source>
        <translation>de naam van het lid of de eerste tekens van zijn id</translation>
    </message>
    <message>
        <source>recruiter, admin or dpo</source>
        <translation>recruiter, admin of dpo</translation>
    </message>
    <message>
        <source>revoke a member and renew the team&apos;s keys (administrators); run again with --finish after an interruption</source>
        <translation>een lid intrekken en de sleutels van het team vernieuwen (beheerders); na een onderbreking opnieuw uitvoeren met --finish</translation>
    </message>
    <message>
        <source>finish an interrupted revocation</source>
        <translation>een onderbroken intrekking voltooien</translation>
    </message>
    <message>
        <source>give the firm and every candidate a new key and seal their data again, after a hostile departure (administrators); run again after an interruption</source>
        <translation>geef het bureau en elke kandidaat een nieuwe sleutel en versleutel hun gegevens opnieuw, na een vijandig vertrek (beheerders); voer het opnieuw uit na een onderbreking</translation>
    </message>
    <message>
        <source>show the team&apos;s retention policy, or set it (administrators)</source>
        <translation>het bewaarbeleid van het team tonen, of instellen (beheerders)</translation>
    </message>
    <message>
        <source>run today&apos;s retention check for the team (once a day per team)</source>
        <translation>de bewaarcontrole van vandaag voor het team uitvoeren (eenmaal per dag per team)</translation>
    </message>
    <message>
        <source>list the team&apos;s candidates with their deadline</source>
        <translation>de kandidaten van het team met hun uiterste datum tonen</translation>
    </message>
    <message>
        <source>only the candidates a search finds</source>
        <translation>alleen de kandidaten die een zoekopdracht vindt</translation>
    </message>
    <message>
        <source>list the team&apos;s vacancies with their applications</source>
        <translation>de vacatures van het team met hun sollicitaties tonen</translation>
    </message>
    <message>
        <source>export everything about one team candidate (an access request)</source>
        <translation>alles over één kandidaat van het team exporteren (een inzageverzoek)</translation>
    </message>
    <message>
        <source>the first digits of the candidate&apos;s id, or their name</source>
        <translation>de eerste cijfers van de id van de kandidaat, of de naam</translation>
    </message>
    <message>
        <source>show the team vault&apos;s server, your role and the counts</source>
        <translation>de server van de teamkluis, uw rol en de aantallen tonen</translation>
    </message>
    <message>
        <source>Retention policy</source>
        <translation>Bewaarbeleid</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integriteit</translation>
    </message>
    <message>
        <source>Phone numbers without a country code are read as {country} numbers.</source>
        <translation>Telefoonnummers zonder landcode worden gelezen als nummers uit {country}.</translation>
    </message>
    <message>
        <source>New passphrase or PIN: </source>
        <translation>Nieuwe wachtwoordzin of pincode: </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>Dezelfde wachtwoordzin nogmaals: </translation>
    </message>
    <message>
        <source>The vault now opens only with this passphrase together with this computer&apos;s keychain, or with the recovery key.</source>
        <translation>De kluis opent nu alleen nog met deze wachtwoordzin samen met de sleutelhanger van deze computer, of met de herstelsleutel.</translation>
    </message>
    <message>
        <source>show or set the firm&apos;s country (BE or NL), used to read phone numbers</source>
        <translation>het land van het kantoor tonen of instellen (BE of NL), gebruikt om telefoonnummers te lezen</translation>
    </message>
    <message>
        <source>BE or NL; an empty value goes back to the retention preset&apos;s country</source>
        <translation>BE of NL; een lege waarde gebruikt weer het land van de voorinstelling voor bewaartermijnen</translation>
    </message>
    <message>
        <source>set or change the passphrase (or PIN) needed with this computer&apos;s keychain; RECRUITDESK_NEW_PASSPHRASE gives it to a script</source>
        <translation>de wachtwoordzin (of pincode) instellen of wijzigen die samen met de sleutelhanger van deze computer nodig is; RECRUITDESK_NEW_PASSPHRASE geeft ze aan een script</translation>
    </message>
    <message>
        <source>with --demo: the demo on a throwaway team vault (starts a PostgreSQL server of its own, stopped when you quit)</source>
        <translation>met --demo: de demo op een tijdelijke teamkluis (start een eigen PostgreSQL-server, die stopt wanneer u afsluit)</translation>
    </message>
    <message>
        <source>start in the notification area with the vault locked (used at login)</source>
        <translation>in het systeemvak starten met de kluis vergrendeld (gebruikt bij aanmelden)</translation>
    </message>
    <message>
        <source>The RecruitDesk window cannot start: the Qt libraries could not be loaded.</source>
        <translation>Het venster van RecruitDesk kan niet starten: de Qt-bibliotheken konden niet worden geladen.</translation>
    </message>
    <message>
        <source>--team goes with --demo: recruitdesk --demo --team</source>
        <translation>--team hoort bij --demo: recruitdesk --demo --team</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Onderbroken.</translation>
    </message>
    <message>
        <source>An unexpected error occurred. Details without personal data were written to {file}.</source>
        <translation>Er is een onverwachte fout opgetreden. De details, zonder persoonsgegevens, zijn weggeschreven naar {file}.</translation>
    </message>
    <message>
        <source>Warning: this person is on the suppression list (they objected, asked for erasure or must not be contacted again). The candidate was added; check before contacting them.</source>
        <translation>Let op: deze persoon staat op de uitsluitingslijst (maakte bezwaar, vroeg om wissing of mag niet meer gecontacteerd worden). De kandidaat is toegevoegd; controleer dit voordat u contact opneemt.</translation>
    </message>
    <message>
        <source>Candidate {id} added.</source>
        <translation>Kandidaat {id} toegevoegd.</translation>
    </message>
    <message>
        <source>Outcome recorded for candidate {id}.</source>
        <translation>Uitkomst vastgelegd voor kandidaat {id}.</translation>
    </message>
    <message>
        <source>Contact recorded for candidate {id}.</source>
        <translation>Contact vastgelegd voor kandidaat {id}.</translation>
    </message>
    <message>
        <source>Candidate {id} is an outplacement participant since {date}.</source>
        <translation>Kandidaat {id} is deelnemer aan een outplacement sinds {date}.</translation>
    </message>
    <message>
        <source>Candidate {id} was erased.</source>
        <translation>Kandidaat {id} is gewist.</translation>
    </message>
    <message>
        <source>add a candidate or record facts about one</source>
        <translation>een kandidaat toevoegen of gegevens over een kandidaat vastleggen</translation>
    </message>
    <message>
        <source>add a candidate</source>
        <translation>een kandidaat toevoegen</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>volledige naam</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>e-mailadres</translation>
    </message>
    <message>
        <source>application date (YYYY-MM-DD); opens a procedure</source>
        <translation>sollicitatiedatum (JJJJ-MM-DD); opent een procedure</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>telefoonnummer</translation>
    </message>
    <message>
        <source>how the candidate came in (default: application)</source>
        <translation>hoe de kandidaat binnenkwam (standaard: sollicitatie)</translation>
    </message>
    <message>
        <source>outplacement participant: the day the outplacement started (YYYY-MM-DD); its retention counts from it</source>
        <translation>deelnemer aan outplacement: de dag waarop de outplacement startte (JJJJ-MM-DD); de bewaartermijn telt vanaf die dag</translation>
    </message>
    <message>
        <source>record the outcome of the candidate&apos;s procedure</source>
        <translation>de uitkomst van de procedure van de kandidaat vastleggen</translation>
    </message>
    <message>
        <source>date of the outcome (YYYY-MM-DD)</source>
        <translation>datum van de uitkomst (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <source>record a contact with the candidate</source>
        <translation>een contact met de kandidaat vastleggen</translation>
    </message>
    <message>
        <source>date of the contact (YYYY-MM-DD)</source>
        <translation>datum van het contact (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <source>record that the candidate&apos;s outplacement started on a day (its retention counts from it)</source>
        <translation>vastleggen dat de outplacement van de kandidaat op een bepaalde dag startte (de bewaartermijn telt vanaf die dag)</translation>
    </message>
    <message>
        <source>the day the outplacement started (YYYY-MM-DD)</source>
        <translation>de dag waarop de outplacement startte (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <source>list candidates</source>
        <translation>kandidaten tonen</translation>
    </message>
    <message>
        <source>erase a candidate and all their data for good</source>
        <translation>een kandidaat en al diens gegevens definitief wissen</translation>
    </message>
    <message>
        <source>No candidate is due for deletion within {days} days.</source>
        <translation>Er hoeft binnen {days} dagen geen enkele kandidaat te worden verwijderd.</translation>
    </message>
    <message>
        <source>completed on {date}</source>
        <translation>afgerond op {date}</translation>
    </message>
    <message>
        <source>overdue since {date}</source>
        <translation>termijn verstreken sinds {date}</translation>
    </message>
    <message>
        <source>answer by {date}</source>
        <translation>antwoord uiterlijk op {date}</translation>
    </message>
    <message>
        <source>Request {id} registered; answer by {date}.</source>
        <translation>Verzoek {id} geregistreerd; antwoord uiterlijk op {date}.</translation>
    </message>
    <message>
        <source>Identity check recorded for request {id}.</source>
        <translation>Identiteitscontrole vastgelegd voor verzoek {id}.</translation>
    </message>
    <message>
        <source>Request {id} extended; answer by {date}. Tell the person, with the reasons, before the first month ends.</source>
        <translation>Verzoek {id} verlengd; antwoord uiterlijk op {date}. Breng de persoon hiervan op de hoogte, met de redenen, voordat de eerste maand afloopt.</translation>
    </message>
    <message>
        <source>Request {id} completed.</source>
        <translation>Verzoek {id} afgerond.</translation>
    </message>
    <message>
        <source>No request must be answered within {days} days.</source>
        <translation>Er hoeft binnen {days} dagen geen enkel verzoek te worden beantwoord.</translation>
    </message>
    <message>
        <source>the request&apos;s number (in a team vault: the first digits of its id)</source>
        <translation>het nummer van het verzoek (in een teamkluis: de eerste tekens van de id)</translation>
    </message>
    <message>
        <source>register and answer data-subject requests (access, erasure, ...)</source>
        <translation>verzoeken van betrokkenen registreren en beantwoorden (inzage, wissen, ...)</translation>
    </message>
    <message>
        <source>register a request; the answer is due one month after receipt</source>
        <translation>een verzoek registreren; het antwoord moet binnen een maand na ontvangst volgen</translation>
    </message>
    <message>
        <source>the day the request was received (YYYY-MM-DD; default today)</source>
        <translation>de dag waarop het verzoek is ontvangen (JJJJ-MM-DD; standaard vandaag)</translation>
    </message>
    <message>
        <source>the candidate the request is about (in a team vault: the first digits of their id, or their name)</source>
        <translation>de kandidaat op wie het verzoek betrekking heeft (in een teamkluis: de eerste tekens van de id, of de naam)</translation>
    </message>
    <message>
        <source>how the person&apos;s identity was checked</source>
        <translation>hoe de identiteit van de persoon is gecontroleerd</translation>
    </message>
    <message>
        <source>record how the person&apos;s identity was checked</source>
        <translation>vastleggen hoe de identiteit van de persoon is gecontroleerd</translation>
    </message>
    <message>
        <source>how the identity was checked</source>
        <translation>hoe de identiteit is gecontroleerd</translation>
    </message>
    <message>
        <source>extend the answer period by one or two months (within the first month, with reasons)</source>
        <translation>de antwoordtermijn met een of twee maanden verlengen (binnen de eerste maand, met redenen)</translation>
    </message>
    <message>
        <source>months beyond the first month</source>
        <translation>aantal maanden bovenop de eerste maand</translation>
    </message>
    <message>
        <source>the reasons you give the person</source>
        <translation>de redenen die u aan de persoon meedeelt</translation>
    </message>
    <message>
        <source>complete a request, saying what was done</source>
        <translation>een verzoek afronden en vermelden wat er is gedaan</translation>
    </message>
    <message>
        <source>what was done</source>
        <translation>wat er is gedaan</translation>
    </message>
    <message>
        <source>objection: erase the person&apos;s data</source>
        <translation>bezwaar: de gegevens van de persoon wissen</translation>
    </message>
    <message>
        <source>objection: restrict processing of the person&apos;s data</source>
        <translation>bezwaar: de verwerking van de gegevens van de persoon beperken</translation>
    </message>
    <message>
        <source>objection: an email address to put on the suppression list</source>
        <translation>bezwaar: een e-mailadres dat op de uitsluitingslijst moet komen</translation>
    </message>
    <message>
        <source>objection: a phone number to put on the suppression list</source>
        <translation>bezwaar: een telefoonnummer dat op de uitsluitingslijst moet komen</translation>
    </message>
    <message>
        <source>list data-subject requests and what is due</source>
        <translation>verzoeken van betrokkenen en hun termijnen tonen</translation>
    </message>
    <message>
        <source>list requests, the most urgent first</source>
        <translation>verzoeken tonen, de dringendste eerst</translation>
    </message>
    <message>
        <source>only requests still to be answered</source>
        <translation>alleen verzoeken die nog moeten worden beantwoord</translation>
    </message>
    <message>
        <source>list requests overdue or to be answered soon (exit code 4 when there are any)</source>
        <translation>verzoeken tonen waarvan de termijn verstreken is of die binnenkort beantwoord moeten worden (afsluitcode 4 als er zijn)</translation>
    </message>
    <message>
        <source>days ahead to look (default 7)</source>
        <translation>aantal dagen vooruitkijken (standaard 7)</translation>
    </message>
    <message>
        <source>due on {date}</source>
        <translation>te verwijderen op {date}</translation>
    </message>
    <message numerus="yes">
        <source>%n candidates erased.</source>
        <translation>
            <numerusform>%n kandidaat gewist.</numerusform>
            <numerusform>%n kandidaten gewist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Candidate {id} is on legal hold.</source>
        <translation>Kandidaat {id} wordt om juridische redenen bewaard.</translation>
    </message>
    <message>
        <source>The legal hold on candidate {id} was released.</source>
        <translation>De juridische bewaring van kandidaat {id} is opgeheven.</translation>
    </message>
    <message>
        <source>retention deadlines: what is due, and erasing it</source>
        <translation>bewaartermijnen: wat vervalt, en het wissen ervan</translation>
    </message>
    <message>
        <source>list candidates overdue or due for deletion soon (exit code 4 when there are any)</source>
        <translation>kandidaten tonen van wie de termijn verstreken is of die binnenkort verwijderd moeten worden (afsluitcode 4 als er zijn)</translation>
    </message>
    <message>
        <source>place a candidate on legal hold (nothing erases them until released)</source>
        <translation>een kandidaat om juridische redenen bewaren (niets wist de gegevens tot de bewaring wordt opgeheven)</translation>
    </message>
    <message>
        <source>why the data must be kept (for example, a legal claim)</source>
        <translation>waarom de gegevens bewaard moeten worden (bijvoorbeeld een rechtsvordering)</translation>
    </message>
    <message>
        <source>release a candidate&apos;s legal hold</source>
        <translation>de juridische bewaring van een kandidaat opheffen</translation>
    </message>
    <message>
        <source>check as on this day (YYYY-MM-DD) instead of today</source>
        <translation>controleren alsof het deze dag is (JJJJ-MM-DD) in plaats van vandaag</translation>
    </message>
    <message>
        <source>days ahead to look (default: the alert window setting)</source>
        <translation>aantal dagen vooruitkijken (standaard: de ingestelde waarschuwingsperiode)</translation>
    </message>
    <message>
        <source>erase every candidate whose deadline has come</source>
        <translation>alle kandidaten wissen van wie de termijn is bereikt</translation>
    </message>
    <message>
        <source>apply as on this day (YYYY-MM-DD) instead of today</source>
        <translation>toepassen alsof het deze dag is (JJJJ-MM-DD) in plaats van vandaag</translation>
    </message>
    <message>
        <source>confirm the erasure</source>
        <translation>het wissen bevestigen</translation>
    </message>
    <message>
        <source>Encrypted backup written to {file}, with its key file {keys}. Keep both together: with the recovery key they restore this vault, also on another computer.</source>
        <translation>Versleutelde back-up geschreven naar {file}, met het sleutelbestand {keys}. Bewaar beide bestanden samen: met de herstelsleutel zetten ze deze kluis terug, ook op een andere computer.</translation>
    </message>
    <message numerus="yes">
        <source>Backup restored. %n erased candidates were erased again. The previous state was kept in {file}.</source>
        <translation>
            <numerusform>Back-up teruggezet. %n gewiste kandidaat is opnieuw gewist. De vorige toestand is bewaard in {file}.</numerusform>
            <numerusform>Back-up teruggezet. %n gewiste kandidaten zijn opnieuw gewist. De vorige toestand is bewaard in {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The vault was restored into {folder}. %n candidates erased after the backup was made were erased again.</source>
        <translation>
            <numerusform>De kluis is teruggezet in {folder}. %n kandidaat die na het maken van de back-up is gewist, is opnieuw gewist.</numerusform>
            <numerusform>De kluis is teruggezet in {folder}. %n kandidaten die na het maken van de back-up zijn gewist, zijn opnieuw gewist.</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer&apos;s keychain could not store the vault&apos;s key: unlock with the recovery key until it can.</source>
        <translation>De sleutelhanger van deze computer kon de sleutel van de kluis niet bewaren: ontgrendel de kluis met de herstelsleutel tot dat wel lukt.</translation>
    </message>
    <message>
        <source>restore a backup into a new, empty vault folder with the recovery key (a new or repaired computer)</source>
        <translation>een back-up met de herstelsleutel terugzetten in een nieuwe, lege kluismap (een nieuwe of herstelde computer)</translation>
    </message>
    <message>
        <source>the .rdbackup file; its .rdkeys key file must be beside it</source>
        <translation>het .rdbackup-bestand; het .rdkeys-sleutelbestand moet ernaast staan</translation>
    </message>
    <message>
        <source>the new vault folder (default: --vault, RECRUITDESK_VAULT or your data folder)</source>
        <translation>de nieuwe kluismap (standaard: --vault, RECRUITDESK_VAULT of uw gegevensmap)</translation>
    </message>
    <message>
        <source>write an encrypted backup of the vault</source>
        <translation>een versleutelde back-up van de kluis maken</translation>
    </message>
    <message>
        <source>folder for the backup (default: the backup folder setting, else the vault&apos;s backups folder)</source>
        <translation>map voor de back-up (standaard: de ingestelde back-upmap, anders de back-upmap van de kluis)</translation>
    </message>
    <message>
        <source>replace the vault&apos;s data with a backup (erased candidates stay erased)</source>
        <translation>de gegevens van de kluis vervangen door een back-up (gewiste kandidaten blijven gewist)</translation>
    </message>
    <message>
        <source>confirm the restore</source>
        <translation>het terugzetten bevestigen</translation>
    </message>
    <message>
        <source>Candidate {id} exported to {path}</source>
        <translation>Kandidaat {id} geëxporteerd naar {path}</translation>
    </message>
    <message>
        <source>Record of processing activities written to {path}</source>
        <translation>Register van verwerkingsactiviteiten weggeschreven naar {path}</translation>
    </message>
    <message>
        <source>export one candidate&apos;s data (xlsx, JSON and original documents) as a folder or zip; the export leaves the vault</source>
        <translation>de gegevens van één kandidaat exporteren (xlsx, JSON en originele documenten) als map of zip; de export verlaat de kluis</translation>
    </message>
    <message>
        <source>Consent {id} recorded for candidate {candidate}.</source>
        <translation>Toestemming {id} vastgelegd voor kandidaat {candidate}.</translation>
    </message>
    <message>
        <source>Consent {id} withdrawn on {date}.</source>
        <translation>Toestemming {id} ingetrokken op {date}.</translation>
    </message>
    <message>
        <source>withdrawn on {date}</source>
        <translation>ingetrokken op {date}</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>tot {date}</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>geldig</translation>
    </message>
    <message>
        <source>record, withdraw and list a candidate&apos;s consents</source>
        <translation>toestemmingen van een kandidaat vastleggen, intrekken en tonen</translation>
    </message>
    <message>
        <source>record a consent with what proves it</source>
        <translation>een toestemming vastleggen, met het bewijs ervan</translation>
    </message>
    <message>
        <source>the consent&apos;s number (see consent list; in a team vault: the first characters of its id)</source>
        <translation>het nummer van de toestemming (zie consent list; in een teamkluis: de eerste tekens van de id)</translation>
    </message>
    <message>
        <source>the candidate&apos;s number</source>
        <translation>het nummer van de kandidaat</translation>
    </message>
    <message>
        <source>what the consent is for</source>
        <translation>waarvoor de toestemming geldt</translation>
    </message>
    <message>
        <source>how the consent was given</source>
        <translation>hoe de toestemming werd gegeven</translation>
    </message>
    <message>
        <source>the day consent was given (YYYY-MM-DD; default today)</source>
        <translation>de dag waarop de toestemming werd gegeven (JJJJ-MM-DD; standaard vandaag)</translation>
    </message>
    <message>
        <source>the wording the candidate agreed to</source>
        <translation>de tekst waarmee de kandidaat instemde</translation>
    </message>
    <message>
        <source>the version of the consent text shown</source>
        <translation>de versie van de getoonde toestemmingstekst</translation>
    </message>
    <message>
        <source>a file that proves the consent (mail, scan)</source>
        <translation>een bestand dat de toestemming bewijst (e-mail, scan)</translation>
    </message>
    <message>
        <source>withdraw a consent</source>
        <translation>een toestemming intrekken</translation>
    </message>
    <message>
        <source>the day it was withdrawn (YYYY-MM-DD; default today)</source>
        <translation>de dag waarop ze werd ingetrokken (JJJJ-MM-DD; standaard vandaag)</translation>
    </message>
    <message>
        <source>list a candidate&apos;s consents, newest first</source>
        <translation>de toestemmingen van een kandidaat tonen, de nieuwste eerst</translation>
    </message>
    <message>
        <source>the candidate&apos;s number (in a team vault: the first digits of their id, or their name)</source>
        <translation>het nummer van de kandidaat (in een teamkluis: de eerste tekens van de id, of de naam)</translation>
    </message>
    <message>
        <source>the folder to write the export into</source>
        <translation>de map waarin de export wordt geschreven</translation>
    </message>
    <message>
        <source>write one .zip file instead of a folder</source>
        <translation>één .zip-bestand schrijven in plaats van een map</translation>
    </message>
    <message>
        <source>encrypt the zip (AES-256) with the password on the first line of FILE; implies --zip</source>
        <translation>de zip versleutelen (AES-256) met het wachtwoord op de eerste regel van FILE; impliceert --zip</translation>
    </message>
    <message>
        <source>the rights request this export answers (for the audit log)</source>
        <translation>het verzoek van de betrokkene waarop deze export het antwoord is (voor het auditlogboek)</translation>
    </message>
    <message>
        <source>write the record of processing activities (GDPR Art. 30) for the configured policy as .xlsx</source>
        <translation>het register van verwerkingsactiviteiten (art. 30 AVG) voor het ingestelde beleid als .xlsx schrijven</translation>
    </message>
    <message>
        <source>Audit trail written to {path}</source>
        <translation>Auditspoor weggeschreven naar {path}</translation>
    </message>
    <message>
        <source>only entries on or after this day (YYYY-MM-DD)</source>
        <translation>alleen items op of na deze dag (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <source>only entries on or before this day (YYYY-MM-DD)</source>
        <translation>alleen items op of vóór deze dag (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <source>only this action (e.g. candidate.erased), or a group ending in a dot (request.)</source>
        <translation>alleen deze handeling (bv. candidate.erased), of een groep die op een punt eindigt (request.)</translation>
    </message>
    <message>
        <source>only entries about this candidate (number or random id; in a team vault: the first digits of their id, or their name)</source>
        <translation>alleen items over deze kandidaat (nummer of willekeurige id; in een teamkluis: de eerste tekens van de id, of de naam)</translation>
    </message>
    <message>
        <source>the audit trail: verify its chain, list it, export it for the DPO</source>
        <translation>het auditspoor: de keten controleren, tonen, exporteren voor de DPO</translation>
    </message>
    <message>
        <source>check that no audit entry was edited, removed or reordered (exit code 5 when one was)</source>
        <translation>controleren dat geen audititem werd gewijzigd, verwijderd of verplaatst (afsluitcode 5 als dat wel zo is)</translation>
    </message>
    <message>
        <source>list audit entries, newest first</source>
        <translation>audititems tonen, de nieuwste eerst</translation>
    </message>
    <message>
        <source>at most N entries</source>
        <translation>hoogstens N items</translation>
    </message>
    <message>
        <source>write the audit trail and its verification to an .xlsx file</source>
        <translation>het auditspoor en de controle ervan naar een .xlsx-bestand schrijven</translation>
    </message>
    <message>
        <source>the .xlsx file to write (or a folder for a dated name)</source>
        <translation>het .xlsx-bestand dat moet worden geschreven (of een map, voor een naam met de datum)</translation>
    </message>
    <message>
        <source>The output was closed; the import stopped after {done} of {total} files. The stored files are kept; run the import again for the rest.</source>
        <translation>De uitvoer werd gesloten; de import is gestopt na {done} van {total} bestanden. De opgeslagen bestanden blijven bewaard; voer de import opnieuw uit voor de rest.</translation>
    </message>
    <message>
        <source>{imported} imported, {duplicate} duplicates, {failed} failed, {skipped} not imported.</source>
        <translation>{imported} geïmporteerd, {duplicate} dubbel, {failed} mislukt, {skipped} niet geïmporteerd.</translation>
    </message>
    <message>
        <source>Fix or remove the failed files and run the import again for them; nothing else is repeated.</source>
        <translation>Verbeter of verwijder de mislukte bestanden en voer de import voor die bestanden opnieuw uit; verder wordt niets herhaald.</translation>
    </message>
    <message>
        <source>skipped    {file}: {reason}</source>
        <translation>overgeslagen {file}: {reason}</translation>
    </message>
    <message>
        <source>imported   {file} -&gt; candidate {id} ({name})</source>
        <translation>geïmporteerd {file} -&gt; kandidaat {id} ({name})</translation>
    </message>
    <message>
        <source>attached   {file} -&gt; existing candidate {id} ({name})</source>
        <translation>toegevoegd   {file} -&gt; bestaande kandidaat {id} ({name})</translation>
    </message>
    <message>
        <source>merged     {file} -&gt; existing candidate {id} ({name}); missing contact details filled in</source>
        <translation>samengevoegd {file} -&gt; bestaande kandidaat {id} ({name}); ontbrekende contactgegevens aangevuld</translation>
    </message>
    <message>
        <source>duplicate  {file} = candidate {id} ({name}); not imported</source>
        <translation>dubbel       {file} = kandidaat {id} ({name}); niet geïmporteerd</translation>
    </message>
    <message>
        <source>failed     {file}: {reason}</source>
        <translation>mislukt      {file}: {reason}</translation>
    </message>
    <message>
        <source>import CV files or folders (PDF, Word, OpenDocument, RTF, text) as candidates</source>
        <translation>cv-bestanden of mappen (PDF, Word, OpenDocument, RTF, tekst) als kandidaten importeren</translation>
    </message>
    <message>
        <source>files or folders (folders are read recursively)</source>
        <translation>bestanden of mappen (mappen worden recursief gelezen)</translation>
    </message>
    <message>
        <source>when the person is already in the vault: skip the file (default), attach it to them, merge (attach and fill their empty contact fields), or create a new candidate anyway</source>
        <translation>als de persoon al in de kluis staat: het bestand overslaan (standaard), het aan die persoon toevoegen, samenvoegen (toevoegen en de lege contactgegevens aanvullen) of toch een nieuwe kandidaat aanmaken</translation>
    </message>
    <message>
        <source>add the files to this existing candidate instead of creating candidates</source>
        <translation>de bestanden aan deze bestaande kandidaat toevoegen in plaats van kandidaten aan te maken</translation>
    </message>
    <message>
        <source>every imported candidate applies for this vacancy</source>
        <translation>elke geïmporteerde kandidaat solliciteert voor deze vacature</translation>
    </message>
    <message>
        <source>remove national numbers and bank account numbers from everything the vault keeps; the document is stored as a redacted PDF copy</source>
        <translation>rijksregisternummers en rekeningnummers verwijderen uit alles wat de kluis bewaart; het document wordt bewaard als onleesbaar gemaakte pdf-kopie</translation>
    </message>
    <message>
        <source>with --redact: also remove the words about health, religion, union membership and other special categories found</source>
        <translation>met --redact: ook de gevonden woorden over gezondheid, religie, vakbondslidmaatschap en andere bijzondere categorieën verwijderen</translation>
    </message>
    <message>
        <source>run the daily check: recompute deadlines, automatic erasure if turned on, scheduled backup; one line out (exit code 4 when something is due)</source>
        <translation>de dagelijkse controle uitvoeren: termijnen herberekenen, automatisch wissen als dat aanstaat, geplande back-up; één regel uitvoer (afsluitcode 4 als er iets te doen is)</translation>
    </message>
    <message>
        <source>Candidate {id} is on legal hold; nothing is deleted until the hold is released.</source>
        <translation>Kandidaat {id} wordt om juridische redenen bewaard; er wordt niets verwijderd tot de bewaring wordt opgeheven.</translation>
    </message>
    <message>
        <source>The legal hold on candidate {id} was released; the deadline runs again.</source>
        <translation>De juridische bewaring van kandidaat {id} is opgeheven; de termijn loopt weer.</translation>
    </message>
    <message>
        <source>Candidate {id} is kept until {date}.</source>
        <translation>Kandidaat {id} wordt bewaard tot {date}.</translation>
    </message>
    <message>
        <source>place a candidate on legal hold: no deletion until released</source>
        <translation>een kandidaat om juridische redenen bewaren: niets verwijderen tot de bewaring wordt opgeheven</translation>
    </message>
    <message>
        <source>why (e.g. a court case); required</source>
        <translation>waarom (bv. een rechtszaak); verplicht</translation>
    </message>
    <message>
        <source>why the hold ends (e.g. the claim was settled); required</source>
        <translation>waarom de bewaring eindigt (bijv. de vordering werd geregeld); verplicht</translation>
    </message>
    <message>
        <source>keep a candidate past their deadline, with a written reason</source>
        <translation>een kandidaat langer bewaren dan de termijn, met een schriftelijke reden</translation>
    </message>
    <message>
        <source>keep until this day (YYYY-MM-DD)</source>
        <translation>bewaren tot deze dag (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <source>why the candidate is kept longer; required</source>
        <translation>waarom de kandidaat langer wordt bewaard; verplicht</translation>
    </message>
    <message>
        <source>Note {id} added to candidate {candidate}.</source>
        <translation>Notitie {id} toegevoegd aan kandidaat {candidate}.</translation>
    </message>
    <message>
        <source>Discuss these online screening findings with the candidate; never reject on screening alone.</source>
        <translation>Bespreek deze bevindingen van de online screening met de kandidaat; wijs nooit af op basis van alleen een screening.</translation>
    </message>
    <message>
        <source>write and read a candidate&apos;s screening notes</source>
        <translation>screeningnotities van een kandidaat schrijven en lezen</translation>
    </message>
    <message>
        <source>write a note</source>
        <translation>een notitie schrijven</translation>
    </message>
    <message>
        <source>the kind of note (default: interview)</source>
        <translation>het soort notitie (standaard: interview)</translation>
    </message>
    <message>
        <source>the note, or - to read it from standard input</source>
        <translation>de notitie, of - om ze van de standaardinvoer te lezen</translation>
    </message>
    <message>
        <source>online screening: where the findings were found</source>
        <translation>online screening: waar de bevindingen werden gevonden</translation>
    </message>
    <message>
        <source>online screening: the findings were discussed with the candidate</source>
        <translation>online screening: de bevindingen werden met de kandidaat besproken</translation>
    </message>
    <message>
        <source>list a candidate&apos;s notes, oldest first</source>
        <translation>de notities van een kandidaat tonen, de oudste eerst</translation>
    </message>
    <message>
        <source>On the suppression list: {objection} from objections, {erasure} from erasure requests, {manual} marked by a recruiter.</source>
        <translation>Op de uitsluitingslijst: {objection} na bezwaar, {erasure} na een verzoek tot wissing, {manual} aangeduid door een recruiter.</translation>
    </message>
    <message>
        <source>request {id}</source>
        <translation>verzoek {id}</translation>
    </message>
    <message>
        <source>removed on {date}</source>
        <translation>verwijderd op {date}</translation>
    </message>
    <message numerus="yes">
        <source>Candidate {id} must not be contacted again: %n identifiers put on the suppression list.</source>
        <translation>
            <numerusform>Kandidaat {id} mag niet meer gecontacteerd worden: %n gegeven op de uitsluitingslijst gezet.</numerusform>
            <numerusform>Kandidaat {id} mag niet meer gecontacteerd worden: %n gegevens op de uitsluitingslijst gezet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry {id} was removed from the suppression list.</source>
        <translation>Item {id} is van de uitsluitingslijst verwijderd.</translation>
    </message>
    <message>
        <source>the suppression list: people who must not be contacted again</source>
        <translation>de uitsluitingslijst: personen die niet meer gecontacteerd mogen worden</translation>
    </message>
    <message>
        <source>counts per basis and each entry&apos;s request and date (no identities)</source>
        <translation>aantallen per grondslag en per item het verzoek en de datum (geen identiteiten)</translation>
    </message>
    <message>
        <source>include removed entries</source>
        <translation>ook verwijderde items tonen</translation>
    </message>
    <message>
        <source>do not contact this candidate again: put their email and phone on the list</source>
        <translation>deze kandidaat niet meer contacteren: e-mailadres en telefoonnummer op de lijst zetten</translation>
    </message>
    <message>
        <source>take an entry off the suppression list, with a reason</source>
        <translation>een item van de uitsluitingslijst verwijderen, met een reden</translation>
    </message>
    <message>
        <source>the entry&apos;s number (see suppression list; in a team vault: the first characters of its id)</source>
        <translation>het nummer van het item (zie suppression list; in een teamkluis: de eerste tekens van de id)</translation>
    </message>
    <message>
        <source>why the entry is removed</source>
        <translation>waarom het item wordt verwijderd</translation>
    </message>
    <message>
        <source>the vacancy&apos;s number (in a team vault: the first characters of its id)</source>
        <translation>het nummer van de vacature (in een teamkluis: de eerste tekens van de id)</translation>
    </message>
    <message>
        <source>Vacancy {id} added.</source>
        <translation>Vacature {id} toegevoegd.</translation>
    </message>
    <message>
        <source>No vacancies found.</source>
        <translation>Geen vacatures gevonden.</translation>
    </message>
    <message>
        <source>Vacancy {id} is closed; the procedures of {count} candidates still in it ended as not hired.</source>
        <translation>Vacature {id} is gesloten; de procedures van {count} kandidaten die er nog in zaten, zijn beëindigd als niet aangenomen.</translation>
    </message>
    <message>
        <source>Vacancy {id} is on hold.</source>
        <translation>Vacature {id} staat on hold.</translation>
    </message>
    <message>
        <source>Vacancy {id} is open.</source>
        <translation>Vacature {id} is open.</translation>
    </message>
    <message>
        <source>Candidate {candidate} applied for vacancy {vacancy}: application {id}.</source>
        <translation>Kandidaat {candidate} solliciteerde voor vacature {vacancy}: sollicitatie {id}.</translation>
    </message>
    <message>
        <source>Application {id} is now in the stage {stage}.</source>
        <translation>Sollicitatie {id} staat nu in de fase {stage}.</translation>
    </message>
    <message>
        <source>add, list and close vacancies</source>
        <translation>vacatures toevoegen, oplijsten en sluiten</translation>
    </message>
    <message>
        <source>add an open vacancy</source>
        <translation>een open vacature toevoegen</translation>
    </message>
    <message>
        <source>the job title</source>
        <translation>de functietitel</translation>
    </message>
    <message>
        <source>the client the vacancy is for (agencies)</source>
        <translation>de klant voor wie de vacature is (bureaus)</translation>
    </message>
    <message>
        <source>where the job is</source>
        <translation>waar de job is</translation>
    </message>
    <message>
        <source>the recruiter in charge</source>
        <translation>de verantwoordelijke recruiter</translation>
    </message>
    <message>
        <source>the day it opened (YYYY-MM-DD, default today)</source>
        <translation>de dag waarop ze openging (JJJJ-MM-DD, standaard vandaag)</translation>
    </message>
    <message>
        <source>the stages before Hired, Rejected and Withdrawn, comma-separated (default: New,Screening,Interview,Offer)</source>
        <translation>de fasen vóór Aangenomen, Afgewezen en Teruggetrokken, gescheiden door komma&apos;s (standaard: New,Screening,Interview,Offer)</translation>
    </message>
    <message>
        <source>list open vacancies with the applications per stage</source>
        <translation>open vacatures oplijsten met de sollicitaties per fase</translation>
    </message>
    <message>
        <source>only vacancies whose title, client, location or owner has these words</source>
        <translation>alleen vacatures waarvan titel, klant, plaats of verantwoordelijke deze woorden bevat</translation>
    </message>
    <message>
        <source>also filled and cancelled vacancies</source>
        <translation>ook ingevulde en geannuleerde vacatures</translation>
    </message>
    <message>
        <source>close a vacancy: the hired are hired, everyone else still in it is not hired, on the same day</source>
        <translation>een vacature sluiten: wie aangenomen is, is aangenomen, alle anderen die er nog in zitten niet, op dezelfde dag</translation>
    </message>
    <message>
        <source>the numbers of the hired applications (in a team vault: the first characters of their ids)</source>
        <translation>de nummers van de aangenomen sollicitaties (in een teamkluis: de eerste tekens van de id&apos;s)</translation>
    </message>
    <message>
        <source>the application&apos;s number (in a team vault: the first characters of its id)</source>
        <translation>het nummer van de sollicitatie (in een teamkluis: de eerste tekens van de id)</translation>
    </message>
    <message>
        <source>the day the procedures end (YYYY-MM-DD, default today)</source>
        <translation>de dag waarop de procedures eindigen (JJJJ-MM-DD, standaard vandaag)</translation>
    </message>
    <message>
        <source>the vacancy was cancelled: nobody was hired</source>
        <translation>de vacature werd geannuleerd: niemand werd aangenomen</translation>
    </message>
    <message>
        <source>put a vacancy on hold (its procedures stay as they are)</source>
        <translation>een vacature on hold zetten (de procedures blijven zoals ze zijn)</translation>
    </message>
    <message>
        <source>open a vacancy on hold, or a filled or cancelled one again (nobody comes back by themselves)</source>
        <translation>een vacature die on hold staat, of een ingevulde of geannuleerde vacature, opnieuw openen (niemand komt vanzelf terug)</translation>
    </message>
    <message>
        <source>put a candidate in a vacancy&apos;s procedure</source>
        <translation>een kandidaat in de procedure van een vacature opnemen</translation>
    </message>
    <message>
        <source>the application date (YYYY-MM-DD, default today)</source>
        <translation>de sollicitatiedatum (JJJJ-MM-DD, standaard vandaag)</translation>
    </message>
    <message>
        <source>move an application to another stage</source>
        <translation>een sollicitatie naar een andere fase verplaatsen</translation>
    </message>
    <message>
        <source>the stage (e.g. interview, hired, rejected)</source>
        <translation>de fase (bv. interview, hired, rejected)</translation>
    </message>
    <message>
        <source>the day of the move (YYYY-MM-DD, default today)</source>
        <translation>de dag van de verplaatsing (JJJJ-MM-DD, standaard vandaag)</translation>
    </message>
    <message>
        <source>Give --to, --team-folder and --name to copy this vault into a team vault, or --from-team to copy a team vault into a new local one.</source>
        <translation>Geef --to, --team-folder en --name om deze kluis naar een teamkluis te kopiëren, of --from-team om een teamkluis naar een nieuwe lokale kluis te kopiëren.</translation>
    </message>
    <message>
        <source>Copied {done} of {total} candidates.</source>
        <translation>{done} van {total} kandidaten gekopieerd.</translation>
    </message>
    <message>
        <source>The local vault was copied into the new team vault; every count matches:</source>
        <translation>De lokale kluis is gekopieerd naar de nieuwe teamkluis; alle aantallen kloppen:</translation>
    </message>
    <message>
        <source>Not copied (the team vault does not hold these yet; they stay in the local vault):</source>
        <translation>Niet gekopieerd (de teamkluis bewaart deze nog niet; ze blijven in de lokale kluis):</translation>
    </message>
    <message>
        <source>The local vault&apos;s data was not changed. Team settings: {folder}.</source>
        <translation>De gegevens in de lokale kluis zijn niet gewijzigd. Instellingen van het team: {folder}.</translation>
    </message>
    <message>
        <source>The team vault was copied into the new local vault in {folder}; every count matches:</source>
        <translation>De teamkluis is gekopieerd naar de nieuwe lokale kluis in {folder}; alle aantallen kloppen:</translation>
    </message>
    <message>
        <source>The team vault was not changed.</source>
        <translation>De teamkluis is niet gewijzigd.</translation>
    </message>
    <message>
        <source>copy this vault into a new team vault on a PostgreSQL server (end-to-end encrypted; this vault is only read), or a team vault into a new local vault (--from-team)</source>
        <translation>deze kluis kopiëren naar een nieuwe teamkluis op een PostgreSQL-server (end-to-end versleuteld; deze kluis wordt alleen gelezen), of een teamkluis naar een nieuwe lokale kluis (--from-team)</translation>
    </message>
    <message>
        <source>copy the team vault whose settings are in DIR into a new local vault (created in --vault)</source>
        <translation>de teamkluis waarvan de instellingen in MAP staan kopiëren naar een nieuwe lokale kluis (aangemaakt in --vault)</translation>
    </message>
    <message>
        <source>retention preset of the new local vault: {names}</source>
        <translation>voorinstelling voor het bewaarbeleid van de nieuwe lokale kluis: {names}</translation>
    </message>
    <message>
        <source>an empty folder for the team vault&apos;s settings on this computer</source>
        <translation>een lege map voor de instellingen van de teamkluis op deze computer</translation>
    </message>
    <message>
        <source>imported   {file} -&gt; candidate {id}</source>
        <translation>geïmporteerd {file} -&gt; kandidaat {id}</translation>
    </message>
    <message>
        <source>not imported {file}: {reason}</source>
        <translation>niet geïmporteerd {file}: {reason}</translation>
    </message>
    <message>
        <source>{imported} of {total} files imported.</source>
        <translation>{imported} van de {total} bestanden geïmporteerd.</translation>
    </message>
    <message>
        <source>Starting a throwaway PostgreSQL server and copying the demo candidates into a team vault on it…</source>
        <translation>Een tijdelijke PostgreSQL-server wordt gestart en de demokandidaten worden naar een teamkluis erop gekopieerd…</translation>
    </message>
    <message>
        <source>Team vault ready (demo candidates: {count}). The server stops when you quit.</source>
        <translation>Teamkluis klaar (demokandidaten: {count}). De server stopt wanneer u afsluit.</translation>
    </message>
</context>
<context>
    <name>consents</name>
    <message>
        <source>Recruitment reserve</source>
        <translation>Wervingsreserve</translation>
    </message>
    <message>
        <source>Sharing with clients</source>
        <translation>Delen met klanten</translation>
    </message>
    <message>
        <source>Sharing with affiliated companies</source>
        <translation>Delen met verbonden ondernemingen</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Webformulier</translation>
    </message>
    <message>
        <source>Paper form</source>
        <translation>Papieren formulier</translation>
    </message>
    <message>
        <source>Phone (confirmed in writing)</source>
        <translation>Telefonisch (schriftelijk bevestigd)</translation>
    </message>
    <message>
        <source>In person (confirmed in writing)</source>
        <translation>Persoonlijk (schriftelijk bevestigd)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <source>Java developer</source>
        <translation>Java-ontwikkelaar</translation>
    </message>
    <message>
        <source>Data analyst</source>
        <translation>Data-analist</translation>
    </message>
    <message>
        <source>Service desk agent</source>
        <translation>Servicedeskmedewerker</translation>
    </message>
    <message>
        <source>Project manager</source>
        <translation>Projectleider</translation>
    </message>
    <message>
        <source>Network engineer</source>
        <translation>Netwerkingenieur</translation>
    </message>
    <message>
        <source>{role} with {years} years of experience.</source>
        <translation>{role} met {years} jaar ervaring.</translation>
    </message>
    <message>
        <source>CV {name}.txt</source>
        <translation>Cv {name}.txt</translation>
    </message>
    <message>
        <source>Dispute before the labour court (demo)</source>
        <translation>Geschil voor de arbeidsrechtbank (demo)</translation>
    </message>
    <message>
        <source>Demo recruiter</source>
        <translation>Demorecruiter</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong.</source>
        <translation>Er is iets misgegaan.</translation>
    </message>
    <message>
        <source>The recovery key is not the one for this vault. Check it and try again.</source>
        <translation>Deze herstelsleutel hoort niet bij deze kluis. Controleer de sleutel en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This is not a valid recovery key: it must be 36 letters and digits in groups of four (for example ABCD-EFGH-...). Check for a typing error.</source>
        <translation>Dit is geen geldige herstelsleutel: die bestaat uit 36 letters en cijfers in groepjes van vier (bijvoorbeeld ABCD-EFGH-...). Controleer of u zich niet hebt vergist bij het typen.</translation>
    </message>
    <message>
        <source>The recovery key file {file} cannot be read.</source>
        <translation>Het herstelsleutelbestand {file} kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The key stored in this computer&apos;s keychain does not open this vault. Unlock it with your recovery key.</source>
        <translation>De sleutel in de sleutelhanger van deze computer opent deze kluis niet. Ontgrendel de kluis met uw herstelsleutel.</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain has no key for this vault (a new computer or a reset account). Unlock it with your recovery key: --recovery-key-file FILE or RECRUITDESK_RECOVERY_KEY.</source>
        <translation>De sleutelhanger van deze computer bevat geen sleutel voor deze kluis (een nieuwe computer of een opnieuw ingesteld gebruikersaccount). Ontgrendel de kluis met uw herstelsleutel: --recovery-key-file FILE of RECRUITDESK_RECOVERY_KEY.</translation>
    </message>
    <message>
        <source>The system keychain backend &quot;{backend}&quot; does not store secrets safely, so RecruitDesk will not use it. Install or unlock your system keychain (Windows Credential Locker, macOS Keychain, or a Secret Service such as GNOME Keyring or KWallet) and try again.</source>
        <translation>De sleutelhangerdienst &quot;{backend}&quot; bewaart geheimen niet veilig, dus RecruitDesk gebruikt die niet. Installeer of ontgrendel de sleutelhanger van uw systeem (Windows Referentiebeheer, de macOS-sleutelhanger of een Secret Service zoals GNOME Keyring of KWallet) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The system keychain did not answer within {seconds} seconds. Unlock your keychain (it may be waiting for your password) and try again, or use your recovery key.</source>
        <translation>De sleutelhanger van het systeem heeft niet binnen {seconds} seconden geantwoord. Ontgrendel uw sleutelhanger (misschien wacht die op uw wachtwoord) en probeer het opnieuw, of gebruik uw herstelsleutel.</translation>
    </message>
    <message>
        <source>The system keychain could not be used ({reason}). Unlock it and try again, or use your recovery key.</source>
        <translation>De sleutelhanger van het systeem kon niet worden gebruikt ({reason}). Ontgrendel de sleutelhanger en probeer het opnieuw, of gebruik uw herstelsleutel.</translation>
    </message>
    <message>
        <source>The system keychain accepted the vault&apos;s device key but did not give the same key back. RecruitDesk will not rely on it.</source>
        <translation>De sleutelhanger van het systeem heeft de apparaatsleutel van de kluis aangenomen, maar geeft niet dezelfde sleutel terug. RecruitDesk vertrouwt er daarom niet op.</translation>
    </message>
    <message>
        <source>There is no vault in {folder}. Create one with &quot;recruitdesk vault init&quot; or choose another folder.</source>
        <translation>Er staat geen kluis in {folder}. Maak er een aan met &quot;recruitdesk vault init&quot; of kies een andere map.</translation>
    </message>
    <message>
        <source>There is already a vault in {folder}; it was left untouched.</source>
        <translation>Er staat al een kluis in {folder}; die is niet gewijzigd.</translation>
    </message>
    <message>
        <source>The file {file} is an unencrypted SQLite database, not a RecruitDesk vault. It was not opened.</source>
        <translation>Het bestand {file} is een onversleutelde SQLite-database, geen RecruitDesk-kluis. Het is niet geopend.</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of RecruitDesk (schema {found}). Update RecruitDesk to open it.</source>
        <translation>Deze kluis is gemaakt met een nieuwere versie van RecruitDesk (schema {found}). Werk RecruitDesk bij om deze kluis te openen.</translation>
    </message>
    <message>
        <source>The vault could not be upgraded to this version of RecruitDesk. It was restored as it was; a backup is in {backup}.</source>
        <translation>De kluis kon niet worden bijgewerkt naar deze versie van RecruitDesk. De oorspronkelijke toestand is hersteld; een back-up staat in {backup}.</translation>
    </message>
    <message>
        <source>The vault database {file} is missing, although the key file is there. Restore the vault from a backup into a new folder (first-run window: Restore from a backup; command line: recruitdesk vault restore-new BACKUP --folder NEW_FOLDER --recovery-key-file FILE).</source>
        <translation>De database van de kluis, {file}, ontbreekt, hoewel het sleutelbestand er wel is. Zet de kluis vanaf een back-up terug in een nieuwe map (startvenster: Terugzetten vanaf een back-up; opdrachtregel: recruitdesk vault restore-new BACKUP --folder NEW_FOLDER --recovery-key-file FILE).</translation>
    </message>
    <message>
        <source>This vault is protected by a passphrase. Enter it to unlock the vault (in a script: set RECRUITDESK_PASSPHRASE), or use your recovery key.</source>
        <translation>Deze kluis is beveiligd met een wachtwoordzin. Voer die in om de kluis te ontgrendelen (in een script: stel RECRUITDESK_PASSPHRASE in), of gebruik uw herstelsleutel.</translation>
    </message>
    <message>
        <source>This vault has no passphrase yet.</source>
        <translation>Deze kluis heeft nog geen wachtwoordzin.</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 seconde</translation>
    </message>
    <message>
        <source>{count} seconds</source>
        <translation>{count} seconden</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minuut</translation>
    </message>
    <message>
        <source>{count} minutes</source>
        <translation>{count} minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 uur</translation>
    </message>
    <message>
        <source>{count} hours</source>
        <translation>{count} uur</translation>
    </message>
    <message>
        <source>This passphrase is wrong. Wrong attempts in a row: {failures}.</source>
        <translation>Deze wachtwoordzin is onjuist. Onjuiste pogingen na elkaar: {failures}.</translation>
    </message>
    <message>
        <source>To slow down guessing, the next attempt is possible in {time}.</source>
        <translation>Om raden te vertragen, is de volgende poging mogelijk over {time}.</translation>
    </message>
    <message>
        <source>Too many wrong passphrases ({failures} in a row). Try again in {time}, or unlock now with your recovery key.</source>
        <translation>Te veel onjuiste wachtwoordzinnen ({failures} na elkaar). Probeer het opnieuw over {time}, of ontgrendel nu met uw herstelsleutel.</translation>
    </message>
    <message>
        <source>The record of wrong passphrase attempts for this vault was changed or deleted, so RecruitDesk waits as after many wrong attempts. Try again in {time}, or unlock now with your recovery key.</source>
        <translation>Het overzicht van onjuiste pogingen voor deze kluis is gewijzigd of verwijderd, dus RecruitDesk wacht zoals na veel onjuiste pogingen. Probeer het opnieuw over {time}, of ontgrendel nu met uw herstelsleutel.</translation>
    </message>
    <message>
        <source>Choose a passphrase or PIN of at least {minimum} characters.</source>
        <translation>Kies een wachtwoordzin of pincode van minstens {minimum} tekens.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type the same passphrase twice.</source>
        <translation>De twee wachtwoordzinnen zijn niet gelijk. Typ twee keer dezelfde wachtwoordzin.</translation>
    </message>
    <message>
        <source>The vault database {file} is empty (0 bytes) and was not opened. Restore the vault from a backup into a new folder (first-run window: Restore from a backup; command line: recruitdesk vault restore-new BACKUP --folder NEW_FOLDER --recovery-key-file FILE).</source>
        <translation>De database van de kluis, {file}, is leeg (0 bytes) en is niet geopend. Zet de kluis vanaf een back-up terug in een nieuwe map (startvenster: Terugzetten vanaf een back-up; opdrachtregel: recruitdesk vault restore-new BACKUP --folder NEW_FOLDER --recovery-key-file FILE).</translation>
    </message>
    <message>
        <source>The vault database {file} is damaged and cannot be read safely. It was not changed. Restore the vault from a backup into a new folder (first-run window: Restore from a backup; command line: recruitdesk vault restore-new BACKUP --folder NEW_FOLDER --recovery-key-file FILE).</source>
        <translation>De database van de kluis, {file}, is beschadigd en kan niet veilig worden gelezen. Er is niets aan gewijzigd. Zet de kluis vanaf een back-up terug in een nieuwe map (startvenster: Terugzetten vanaf een back-up; opdrachtregel: recruitdesk vault restore-new BACKUP --folder NEW_FOLDER --recovery-key-file FILE).</translation>
    </message>
    <message>
        <source>The vault in {folder} stayed busy for several minutes: another program is still writing to it. Your last change was not saved. Close the other program, or wait, and try again.</source>
        <translation>De kluis in {folder} bleef enkele minuten bezet: een ander programma schrijft er nog in. Uw laatste wijziging is niet opgeslagen. Sluit het andere programma, of wacht, en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>No backup was made: the integrity check found damaged pages in the vault database {file}, and a copy would preserve the damage. Restore the vault from an earlier backup.</source>
        <translation>Er is geen back-up gemaakt: de integriteitscontrole vond beschadigde pagina&apos;s in de kluisdatabase {file}, en een kopie zou de schade bewaren. Herstel de kluis vanuit een eerdere back-up.</translation>
    </message>
    <message>
        <source>The vault key file {file} is missing. Without it the vault cannot be opened. Restore the vault from a backup into a new folder with your recovery key (first-run window: Restore from a backup; command line: recruitdesk vault restore-new BACKUP --folder NEW_FOLDER --recovery-key-file FILE).</source>
        <translation>Het sleutelbestand van de kluis, {file}, ontbreekt. Zonder dat bestand kan de kluis niet worden geopend. Zet de kluis met uw herstelsleutel vanaf een back-up terug in een nieuwe map (startvenster: Terugzetten vanaf een back-up; opdrachtregel: recruitdesk vault restore-new BACKUP --folder NEW_FOLDER --recovery-key-file FILE).</translation>
    </message>
    <message>
        <source>The vault key file {file} is empty (0 bytes). Restore the vault from a backup into a new folder with your recovery key (first-run window: Restore from a backup; command line: recruitdesk vault restore-new BACKUP --folder NEW_FOLDER --recovery-key-file FILE).</source>
        <translation>Het sleutelbestand van de kluis, {file}, is leeg (0 bytes). Zet de kluis met uw herstelsleutel vanaf een back-up terug in een nieuwe map (startvenster: Terugzetten vanaf een back-up; opdrachtregel: recruitdesk vault restore-new BACKUP --folder NEW_FOLDER --recovery-key-file FILE).</translation>
    </message>
    <message>
        <source>The vault key file {file} is damaged (its checksum or format is wrong). Restore the vault from a backup into a new folder with your recovery key (first-run window: Restore from a backup; command line: recruitdesk vault restore-new BACKUP --folder NEW_FOLDER --recovery-key-file FILE).</source>
        <translation>Het sleutelbestand van de kluis, {file}, is beschadigd (de controlesom of de opmaak klopt niet). Zet de kluis met uw herstelsleutel vanaf een back-up terug in een nieuwe map (startvenster: Terugzetten vanaf een back-up; opdrachtregel: recruitdesk vault restore-new BACKUP --folder NEW_FOLDER --recovery-key-file FILE).</translation>
    </message>
    <message>
        <source>The vault key file {file} has format version {version}, which this version of RecruitDesk cannot read.</source>
        <translation>Het sleutelbestand van de kluis, {file}, heeft formaatversie {version}, die deze versie van RecruitDesk niet kan lezen.</translation>
    </message>
    <message>
        <source>This vault is already open in another RecruitDesk window or process. Close it there first.</source>
        <translation>Deze kluis is al geopend in een ander venster of proces van RecruitDesk. Sluit de kluis daar eerst.</translation>
    </message>
    <message>
        <source>The vault folder {folder} is not writable. Choose another folder or fix its permissions.</source>
        <translation>In de kluismap {folder} kan niet worden geschreven. Kies een andere map of pas de machtigingen van de map aan.</translation>
    </message>
    <message>
        <source>The disk holding {folder} reported an error while RecruitDesk used the vault. The last change was not saved; check the disk and try again.</source>
        <translation>De schijf met {folder} meldde een fout terwijl RecruitDesk de kluis gebruikte. De laatste wijziging is niet opgeslagen; controleer de schijf en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder. Choose a folder for the vault.</source>
        <translation>{folder} is een bestand, geen map. Kies een map voor de kluis.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full. Free some space and try again; nothing was lost.</source>
        <translation>De schijf met {folder} is vol. Maak ruimte vrij en probeer het opnieuw; er is niets verloren gegaan.</translation>
    </message>
    <message>
        <source>There is no retention preset called &quot;{name}&quot;. Choose one of: {choices}.</source>
        <translation>Er is geen voorinstelling voor het bewaarbeleid met de naam &quot;{name}&quot;. Kies uit: {choices}.</translation>
    </message>
    <message>
        <source>The policy file {file} cannot be read ({reason}). Nothing was changed.</source>
        <translation>Het beleidsbestand {file} kan niet worden gelezen ({reason}). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The file {file} is not a policy file: it is not valid JSON (line {line}, column {column}). Nothing was changed.</source>
        <translation>Het bestand {file} is geen beleidsbestand: het is geen geldige JSON (regel {line}, kolom {column}). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The policy file {file} cannot be used: {problem}. Nothing was changed.</source>
        <translation>Het beleidsbestand {file} kan niet worden gebruikt: {problem}. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The policy could not be saved as {file} ({reason}).</source>
        <translation>Het beleid kon niet worden opgeslagen als {file} ({reason}).</translation>
    </message>
    <message>
        <source>There is no candidate with number {id}.</source>
        <translation>Er is geen kandidaat met nummer {id}.</translation>
    </message>
    <message>
        <source>A legal hold or an extension needs a written reason (at least a few words).</source>
        <translation>Voor bewaring om juridische redenen of voor een verlenging is een schriftelijke reden nodig (minstens enkele woorden).</translation>
    </message>
    <message>
        <source>Releasing a legal hold needs a written reason (at least a few words), for example that the claim was settled.</source>
        <translation>Voor het opheffen van een juridische bewaring is een schriftelijke reden nodig (minstens enkele woorden), bijvoorbeeld dat de vordering werd geregeld.</translation>
    </message>
    <message>
        <source>An extension must end after today.</source>
        <translation>Een verlenging moet na vandaag aflopen.</translation>
    </message>
    <message>
        <source>Candidate {id} is on legal hold and cannot be erased (reason: &quot;{reason}&quot;). Nothing was erased. Release the hold first (Retention &gt; Release legal hold, or: recruitdesk retention release {id} --reason TEXT), then erase again.</source>
        <translation>Kandidaat {id} wordt om juridische redenen bewaard en kan niet worden gewist (reden: &quot;{reason}&quot;). Er is niets gewist. Hef eerst de bewaring op (Bewaartermijnen &gt; Juridische bewaring opheffen, of: recruitdesk retention release {id} --reason TEKST) en wis daarna opnieuw.</translation>
    </message>
    <message>
        <source>Nothing was erased: add --yes to confirm that {count} candidates may be erased for good.</source>
        <translation>Er is niets gewist: voeg --yes toe om te bevestigen dat {count} kandidaten definitief mogen worden gewist.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date; write it as YYYY-MM-DD, for example 2026-03-31.</source>
        <translation>&quot;{value}&quot; is geen datum; schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2026-03-31.</translation>
    </message>
    <message>
        <source>The candidates were erased, but the database log could not be cleared because the vault is busy. Close other RecruitDesk windows; the log is cleared when the vault is next closed.</source>
        <translation>De kandidaten zijn gewist, maar het logbestand van de database kon niet worden leeggemaakt omdat de kluis in gebruik is. Sluit andere RecruitDesk-vensters; het logbestand wordt leeggemaakt wanneer de kluis de volgende keer wordt gesloten.</translation>
    </message>
    <message>
        <source>The file was removed, but the database log could not be cleared because the vault is busy. Close other RecruitDesk windows; the log is cleared when the vault is next closed.</source>
        <translation>Het bestand is verwijderd, maar het logbestand van de database kon niet worden leeggemaakt omdat de kluis in gebruik is. Sluit andere RecruitDesk-vensters; het logbestand wordt leeggemaakt wanneer de kluis de volgende keer wordt gesloten.</translation>
    </message>
    <message>
        <source>There is no backup file {file}.</source>
        <translation>Het back-upbestand {file} bestaat niet.</translation>
    </message>
    <message>
        <source>The backup {file} cannot be restored without its key file {keys}, which is written beside it. Copy both files together.</source>
        <translation>De back-up {file} kan niet worden teruggezet zonder het sleutelbestand {keys}, dat ernaast wordt geschreven. Kopieer altijd beide bestanden samen.</translation>
    </message>
    <message>
        <source>The backup key file {file} is damaged or does not belong to this backup. Nothing was restored.</source>
        <translation>Het sleutelbestand van de back-up, {file}, is beschadigd of hoort niet bij deze back-up. Er is niets teruggezet.</translation>
    </message>
    <message>
        <source>The backup {file} is damaged or incomplete and cannot be restored. Nothing was changed.</source>
        <translation>De back-up {file} is beschadigd of onvolledig en kan niet worden teruggezet. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The backup {file} belongs to another vault. Restore it into a new folder instead (recruitdesk vault restore-new).</source>
        <translation>De back-up {file} hoort bij een andere kluis. Zet die in plaats daarvan terug in een nieuwe map (recruitdesk vault restore-new).</translation>
    </message>
    <message>
        <source>The new backup did not pass its check (it did not open, or its contents differ) and was deleted. Nothing else was changed.</source>
        <translation>De nieuwe back-up heeft de controle niet doorstaan (hij kon niet worden geopend of de inhoud wijkt af) en is verwijderd. Verder is er niets gewijzigd.</translation>
    </message>
    <message>
        <source>Restoring into a new folder needs the vault&apos;s recovery key: give it with --recovery-key-file FILE (or RECRUITDESK_RECOVERY_KEY).</source>
        <translation>Voor het terugzetten in een nieuwe map is de herstelsleutel van de kluis nodig: geef die op met --recovery-key-file FILE (of RECRUITDESK_RECOVERY_KEY).</translation>
    </message>
    <message>
        <source>Nothing was restored: add --yes to confirm that the vault&apos;s current data may be replaced by the backup.</source>
        <translation>Er is niets teruggezet: voeg --yes toe om te bevestigen dat de huidige gegevens van de kluis door de back-up mogen worden vervangen.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not an email address; write it as name@example.com.</source>
        <translation>&quot;{value}&quot; is geen e-mailadres; schrijf het als naam@example.com.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a web address; write it in full, starting with https:// or http://.</source>
        <translation>&quot;{value}&quot; is geen webadres; schrijf het volledig, te beginnen met https:// of http://.</translation>
    </message>
    <message>
        <source>Automatic backups run every {low} to {high} days, or 0 to turn them off.</source>
        <translation>Automatische back-ups worden om de {low} tot {high} dagen gemaakt; kies 0 om ze uit te schakelen.</translation>
    </message>
    <message>
        <source>The backup folder &quot;{folder}&quot; must be a full path, such as one chosen with Browse.</source>
        <translation>De back-upmap &quot;{folder}&quot; moet een volledig pad zijn, zoals een map die u met Bladeren kiest.</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder. Choose a folder for the backups.</source>
        <translation>{folder} is een bestand, geen map. Kies een map voor de back-ups.</translation>
    </message>
    <message>
        <source>The firm name may be at most {limit} characters long.</source>
        <translation>De naam van het bureau mag maximaal {limit} tekens lang zijn.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a country RecruitDesk reads phone numbers for. Choose one of: {choices}.</source>
        <translation>&quot;{value}&quot; is geen land waarvoor RecruitDesk telefoonnummers leest. Kies uit: {choices}.</translation>
    </message>
    <message>
        <source>The vault locks itself after {low} to {high} minutes without use; choose a time in that range.</source>
        <translation>De kluis vergrendelt zichzelf na {low} tot {high} minuten zonder gebruik; kies een tijd binnen die grenzen.</translation>
    </message>
    <message>
        <source>The team server {server} cannot be reached. Check the address, that the server is running and this computer&apos;s network connection, then try again. Nothing was saved on the server.</source>
        <translation>De teamserver {server} is niet bereikbaar. Controleer het adres, of de server draait en de netwerkverbinding van deze computer, en probeer het dan opnieuw. Er is niets op de server opgeslagen.</translation>
    </message>
    <message>
        <source>The team server {server} refused the user name or password. Check them (ask the team&apos;s administrator) and try again.</source>
        <translation>De teamserver {server} heeft de gebruikersnaam of het wachtwoord geweigerd. Controleer ze (vraag het aan de beheerder van het team) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The team server {server} no longer lets this computer&apos;s login in: an administrator revoked this computer&apos;s membership of the team vault. Ask an administrator for a new enrolment code.</source>
        <translation>De teamserver {server} laat de aanmelding van deze computer niet meer toe: een beheerder heeft het lidmaatschap van deze computer van de teamkluis ingetrokken. Vraag een beheerder om een nieuwe inschrijvingscode.</translation>
    </message>
    <message>
        <source>The team server {server} does not offer an encrypted (TLS) connection, and this connection requires one. Nothing was sent. Ask the server&apos;s administrator to enable TLS.</source>
        <translation>De teamserver {server} biedt geen versleutelde (TLS-)verbinding aan, en deze verbinding vereist er een. Er is niets verzonden. Vraag de beheerder van de server om TLS in te schakelen.</translation>
    </message>
    <message>
        <source>The connection to the team server {server} was lost (the server may have restarted). The change that was being saved was not stored; nothing is half-written. Try again.</source>
        <translation>De verbinding met de teamserver {server} is verbroken (de server is mogelijk opnieuw gestart). De wijziging die werd opgeslagen, is niet bewaard; er is niets half weggeschreven. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The team vault is busy: another member&apos;s work holds the records this change needs, and waiting {time} did not free them. Nothing was saved. Try again in a moment.</source>
        <translation>De teamkluis is bezet: het werk van een ander lid houdt de gegevens vast die deze wijziging nodig heeft, en na {time} wachten waren ze nog niet vrij. Er is niets opgeslagen. Probeer het zo dadelijk opnieuw.</translation>
    </message>
    <message>
        <source>The team demo starts a throwaway PostgreSQL server on this computer, but PostgreSQL&apos;s server programs (initdb, pg_ctl) were not found. Install them: on Debian or Ubuntu with &apos;sudo apt-get install postgresql&apos;, on macOS with &apos;brew install postgresql&apos;, or with &apos;pip install pgserver&apos; (Python 3.12 or older). Then try again.</source>
        <translation>De teamdemo start een tijdelijke PostgreSQL-server op deze computer, maar de serverprogramma&apos;s van PostgreSQL (initdb, pg_ctl) zijn niet gevonden. Installeer ze: op Debian of Ubuntu met &apos;sudo apt-get install postgresql&apos;, op macOS met &apos;brew install postgresql&apos;, of met &apos;pip install pgserver&apos; (Python 3.12 of ouder). Probeer het daarna opnieuw.</translation>
    </message>
    <message>
        <source>The throwaway PostgreSQL server for the team demo did not start. Details without personal data were written to {file}.</source>
        <translation>De tijdelijke PostgreSQL-server voor de teamdemo is niet gestart. Details zonder persoonsgegevens zijn weggeschreven naar {file}.</translation>
    </message>
    <message>
        <source>This team vault was upgraded by a newer version of RecruitDesk (vault format {found}; this version knows up to {supported}). To protect the team&apos;s data nothing is changed from this computer. Update RecruitDesk, then try again.</source>
        <translation>Deze teamkluis is bijgewerkt door een nieuwere versie van RecruitDesk (kluisformaat {found}; deze versie kent formaten tot en met {supported}). Om de gegevens van het team te beschermen, wordt vanaf deze computer niets gewijzigd. Werk RecruitDesk bij en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>The team server {server} refused this change: your database login is not allowed to make it (for example a read-only data protection officer&apos;s login). Nothing was changed.</source>
        <translation>De teamserver {server} heeft deze wijziging geweigerd: uw databaselogin mag deze wijziging niet maken (bijvoorbeeld de alleen-lezen login van een functionaris voor gegevensbescherming). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>This is not an enrolment code. A code has 20 letters and digits in four groups of five, for example 7K3QX-M2PA9-RT4VW-0CE8H. Check what you typed against the code the administrator gave you.</source>
        <translation>Dit is geen inschrijvingscode. Een code bestaat uit 20 letters en cijfers in vier groepen van vijf, bijvoorbeeld 7K3QX-M2PA9-RT4VW-0CE8H. Vergelijk wat u hebt getypt met de code die de beheerder u heeft gegeven.</translation>
    </message>
    <message>
        <source>This enrolment code is not valid for this team vault. Check that you typed it exactly as the administrator gave it and that you are joining the right server; otherwise ask for a new code.</source>
        <translation>Deze inschrijvingscode is niet geldig voor deze teamkluis. Controleer of u de code precies hebt getypt zoals de beheerder hem gaf en of u de juiste server gebruikt; vraag anders een nieuwe code.</translation>
    </message>
    <message>
        <source>This enrolment code has expired. Ask the team&apos;s administrator for a new code.</source>
        <translation>Deze inschrijvingscode is verlopen. Vraagt u de beheerder van het team om een nieuwe code.</translation>
    </message>
    <message>
        <source>This enrolment code has already been used: a code works only once. If you did not use it yourself, tell the team&apos;s administrator at once, and ask for a new code.</source>
        <translation>Deze inschrijvingscode is al gebruikt: een code werkt maar één keer. Hebt u hem niet zelf gebruikt, meld dat dan meteen aan de beheerder van het team en vraag een nieuwe code.</translation>
    </message>
    <message>
        <source>This enrolment code was withdrawn because the team&apos;s keys were renewed after a member left. Ask the team&apos;s administrator for a new code.</source>
        <translation>Deze inschrijvingscode is ingetrokken omdat de sleutels van het team zijn vernieuwd nadat een lid is vertrokken. Vraagt u de beheerder van het team om een nieuwe code.</translation>
    </message>
    <message>
        <source>Your role in this team vault ({role}) does not allow you to {action}. Nothing was changed. Ask a team administrator if you need this.</source>
        <translation>Met uw rol in deze teamkluis ({role}) mag u niet: {action}. Er is niets gewijzigd. Vraag een beheerder van het team als u dit nodig hebt.</translation>
    </message>
    <message>
        <source>Another member saved a retention policy meanwhile (version {version} is in force now). Your rules were not saved; they are still shown. Compare them with the policy in force and save again if they should replace it.</source>
        <translation>Een ander lid heeft intussen een bewaarbeleid opgeslagen (nu is versie {version} van kracht). Uw regels zijn niet opgeslagen; u ziet ze nog. Vergelijk ze met het beleid dat van kracht is en sla ze opnieuw op als ze het moeten vervangen.</translation>
    </message>
    <message>
        <source>This is the team&apos;s last administrator. Make another member an administrator first, so that someone can still manage the team.</source>
        <translation>Dit is de laatste beheerder van het team. Maakt u eerst een ander lid beheerder, zodat iemand het team kan blijven beheren.</translation>
    </message>
    <message>
        <source>A member&apos;s revocation is not finished yet: {moved} of {total} candidates have been moved to the new keys. An administrator must finish it first; then try again.</source>
        <translation>De intrekking van een lid is nog niet voltooid: {moved} van {total} kandidaten zijn naar de nieuwe sleutels overgezet. Een beheerder moet die eerst voltooien; probeert u het daarna opnieuw.</translation>
    </message>
    <message>
        <source>Every candidate key is being renewed: {renewed} of {total} candidates have their new key. An administrator must finish the renewal first; then try again.</source>
        <translation>Alle kandidaatsleutels worden vernieuwd: {renewed} van {total} kandidaten hebben hun nieuwe sleutel. Een beheerder moet de vernieuwing eerst voltooien; probeer het daarna opnieuw.</translation>
    </message>
    <message>
        <source>There is no team vault in {folder}. Create one (recruitdesk team create) or join one with the code an administrator gave you (recruitdesk team join), or name the right folder with --vault.</source>
        <translation>Er staat geen teamkluis in {folder}. Maak er een aan (recruitdesk team create), word lid met de code die een beheerder u gaf (recruitdesk team join), of geef de juiste map op met --vault.</translation>
    </message>
    <message>
        <source>The team vault&apos;s settings file {file} is damaged and cannot be read. Nothing on the server was changed. Join the team again in a new folder with a new code from an administrator.</source>
        <translation>Het instellingenbestand van de teamkluis {file} is beschadigd en kan niet worden gelezen. Op de server is niets gewijzigd. Word opnieuw lid in een nieuwe map, met een nieuwe code van een beheerder.</translation>
    </message>
    <message>
        <source>The folder {folder} already holds a vault, so no team vault was set up there and nothing in it was changed. Choose an empty folder, or one that does not exist yet.</source>
        <translation>In de map {folder} staat al een kluis; daarom is daar geen teamkluis ingesteld en is er niets gewijzigd. Kies een lege map, of een map die nog niet bestaat.</translation>
    </message>
    <message>
        <source>RecruitDesk cannot create or write to the folder {folder}, so nothing was set up, neither on the server nor on this computer. Choose a folder you can write to.</source>
        <translation>RecruitDesk kan de map {folder} niet aanmaken of er niet in schrijven; daarom is er niets ingesteld, niet op de server en niet op deze computer. Kies een map waarin u kunt schrijven.</translation>
    </message>
    <message>
        <source>The database on {server} already holds a team vault, so no new team was created there. To work in that team, join it with an enrolment code from its administrator; to start a new team, ask for an empty database.</source>
        <translation>De database op {server} bevat al een teamkluis; daarom is daar geen nieuw team aangemaakt. Wilt u in dat team werken, word dan lid met een inschrijvingscode van de beheerder; vraag voor een nieuw team om een lege database.</translation>
    </message>
    <message>
        <source>This computer is not (or no longer) a member of the team vault on {server}: its key is missing from this computer&apos;s keychain, or an administrator revoked it. Ask an administrator for a new enrolment code.</source>
        <translation>Deze computer is geen lid (meer) van de teamkluis op {server}: de sleutel ontbreekt in de sleutelhanger van deze computer, of een beheerder heeft hem ingetrokken. Vraag een beheerder om een nieuwe inschrijvingscode.</translation>
    </message>
    <message>
        <source>You cannot revoke your own membership. Ask another administrator to do it.</source>
        <translation>U kunt uw eigen lidmaatschap niet intrekken. Vraag een andere beheerder dat te doen.</translation>
    </message>
    <message>
        <source>No member of this team is called &quot;{member}&quot; or has an id starting with it. See the members with: recruitdesk team members</source>
        <translation>Geen lid van dit team heet &quot;{member}&quot; of heeft een id die daarmee begint. U ziet de leden met: recruitdesk team members</translation>
    </message>
    <message>
        <source>More than one member matches &quot;{member}&quot;. Name the member by more digits of their id (recruitdesk team members lists them).</source>
        <translation>Meer dan één lid past bij &quot;{member}&quot;. Noem het lid met meer tekens van zijn id (recruitdesk team members toont ze).</translation>
    </message>
    <message>
        <source>No candidate of the team matches &quot;{candidate}&quot;. See the candidates with: recruitdesk team candidates</source>
        <translation>Geen kandidaat van het team komt overeen met &quot;{candidate}&quot;. Bekijk de kandidaten met: recruitdesk team candidates</translation>
    </message>
    <message>
        <source>{count} candidates match &quot;{candidate}&quot;. Name the candidate by the first digits of their id (recruitdesk team candidates --search TEXT lists them).</source>
        <translation>{count} kandidaten komen overeen met &quot;{candidate}&quot;. Noem de kandidaat met de eerste cijfers van de id (recruitdesk team candidates --search TEKST toont ze).</translation>
    </message>
    <message>
        <source>&quot;{address}&quot; is not a PostgreSQL server address. Write it as postgresql://USER@HOST:PORT/DATABASE?sslmode=require.</source>
        <translation>&quot;{address}&quot; is geen adres van een PostgreSQL-server. Schrijf het als postgresql://GEBRUIKER@HOST:POORT/DATABASE?sslmode=require.</translation>
    </message>
    <message>
        <source>Do not put the password in the server address: it would be kept in plain text. Give the address without it and set RECRUITDESK_TEAM_PASSWORD (or type it when asked); it is kept in this computer&apos;s keychain.</source>
        <translation>Zet het wachtwoord niet in het adres van de server: dan zou het leesbaar bewaard worden. Geef het adres zonder wachtwoord en zet RECRUITDESK_TEAM_PASSWORD (of typ het wanneer erom gevraagd wordt); het wordt bewaard in de sleutelhanger van deze computer.</translation>
    </message>
    <message>
        <source>This vacancy or application is no longer in the team vault. Nothing was saved.</source>
        <translation>Deze vacature of sollicitatie staat niet meer in de teamkluis. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>This vacancy is already closed (filled or cancelled); its applications can no longer change.</source>
        <translation>Deze vacature is al gesloten (vervuld of geannuleerd); de sollicitaties kunnen niet meer veranderen.</translation>
    </message>
    <message>
        <source>This candidate is already in this vacancy.</source>
        <translation>Deze kandidaat zit al in deze vacature.</translation>
    </message>
    <message>
        <source>Only a candidate in this vacancy can be hired for it. Nothing was closed.</source>
        <translation>Alleen een kandidaat in deze vacature kan ervoor worden aangenomen. Er is niets gesloten.</translation>
    </message>
    <message>
        <source>A cancelled vacancy hires nobody: choose &quot;Close as filled&quot; to hire someone.</source>
        <translation>Bij een geannuleerde vacature wordt niemand aangenomen: kies &quot;Sluiten als vervuld&quot; om iemand aan te nemen.</translation>
    </message>
    <message>
        <source>This stage is not one of the vacancy&apos;s stages.</source>
        <translation>Deze fase is geen fase van de vacature.</translation>
    </message>
    <message>
        <source>This candidate is no longer in the team vault: another member or the retention check erased them. Nothing was saved. Your text is still in the window if you want to copy it.</source>
        <translation>Deze kandidaat staat niet meer in de teamkluis: een ander lid of de bewaarcontrole heeft hem gewist. Er is niets opgeslagen. Uw tekst staat nog in het venster als u hem wilt kopiëren.</translation>
    </message>
    <message>
        <source>&quot;recruitdesk {command}&quot; works on a local vault, and this folder holds a team vault. Do it in the team window (recruitdesk --vault with this folder), or see &quot;recruitdesk team --help&quot; for what the command line does with a team.</source>
        <translation>&quot;recruitdesk {command}&quot; werkt op een lokale kluis, en deze map bevat een teamkluis. Doe het in het teamvenster (recruitdesk --vault met deze map), of zie &quot;recruitdesk team --help&quot; voor wat de opdrachtregel met een team kan.</translation>
    </message>
    <message>
        <source>The option {option} works on a local vault only; this folder holds a team vault. Nothing was done.</source>
        <translation>De optie {option} werkt alleen op een lokale kluis; deze map bevat een teamkluis. Er is niets gedaan.</translation>
    </message>
    <message>
        <source>&quot;recruitdesk {command}&quot; backs up or restores a local vault, and this folder holds only this computer&apos;s settings for a team vault. A team vault&apos;s backups are the server&apos;s: its operator backs up the PostgreSQL database (pg_dump, or base backups with the write-ahead log) and restores it there (see docs/team-vault.md). Nothing was done.</source>
        <translation>&quot;recruitdesk {command}&quot; maakt een back-up van een lokale kluis of zet er een terug, en deze map bevat alleen de instellingen van deze computer voor een teamkluis. De back-ups van een teamkluis zijn die van de server: de beheerder van de server maakt back-ups van de PostgreSQL-database (pg_dump, of basisback-ups met het write-ahead log) en zet ze daar terug (zie docs/team-vault.md). Er is niets gedaan.</translation>
    </message>
    <message>
        <source>What you were changing is no longer in the team vault: another member removed it, or erased the candidate it belonged to. Nothing was saved. Your text is still in the window if you want to copy it.</source>
        <translation>Wat u aan het wijzigen was, staat niet meer in de teamkluis: een ander lid heeft het verwijderd of de kandidaat gewist bij wie het hoorde. Er is niets opgeslagen. Uw tekst staat nog in het venster als u die wilt kopiëren.</translation>
    </message>
    <message>
        <source>The team vault&apos;s keys or your role changed while this window was open (an administrator revoked a member or changed your role). Nothing was saved. Close the team window and open it again.</source>
        <translation>De sleutels van de teamkluis of uw rol zijn gewijzigd terwijl dit venster open was (een beheerder heeft een lid ingetrokken of uw rol gewijzigd). Er is niets opgeslagen. Sluit het teamvenster en open het opnieuw.</translation>
    </message>
    <message>
        <source>This candidate is on legal hold and cannot be erased (reason: &quot;{reason}&quot;). Nothing was erased. Release the hold first (Candidate &gt; Retention…), then erase again.</source>
        <translation>Deze kandidaat wordt om juridische redenen bewaard en kan niet worden gewist (reden: &quot;{reason}&quot;). Er is niets gewist. Hef eerst de bewaring op (Kandidaat &gt; Bewaartermijn…) en wis daarna opnieuw.</translation>
    </message>
    <message>
        <source>The copy into the team vault is incomplete: the local vault has {expected} {kind}, the team vault {found}. The local vault&apos;s data was not changed and it stays the one to use. Empty the team database (or use a new one) and run the copy again.</source>
        <translation>De kopie naar de teamkluis is onvolledig: de lokale kluis heeft {expected} {kind}, de teamkluis {found}. De gegevens in de lokale kluis zijn niet gewijzigd en u blijft die kluis gebruiken. Maak de database van het team leeg (of gebruik een nieuwe) en kopieer opnieuw.</translation>
    </message>
    <message>
        <source>{file} could not be imported.</source>
        <translation>{file} kon niet worden geïmporteerd.</translation>
    </message>
    <message>
        <source>{file} does not exist or cannot be read.</source>
        <translation>{file} bestaat niet of kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>{file} is not a regular file (a device, a pipe or a broken link).</source>
        <translation>{file} is geen gewoon bestand (maar een apparaat, een pipe of een verbroken koppeling).</translation>
    </message>
    <message>
        <source>{file} was not imported.</source>
        <translation>{file} is niet geïmporteerd.</translation>
    </message>
    <message>
        <source>{file}: a link to a file outside the folder was not imported. Import the file itself if you trust it.</source>
        <translation>{file}: een koppeling naar een bestand buiten de map is niet geïmporteerd. Importeer het bestand zelf als u het vertrouwt.</translation>
    </message>
    <message>
        <source>{file} is a link to a folder; links to folders are not followed. Import the folder itself if you trust it.</source>
        <translation>{file} is een koppeling naar een map; koppelingen naar mappen worden niet gevolgd. Importeer de map zelf als u ze vertrouwt.</translation>
    </message>
    <message>
        <source>{file} is a hidden file and was not imported. Rename it without the leading dot to import it.</source>
        <translation>{file} is een verborgen bestand en is niet geïmporteerd. Geef het een naam zonder de punt vooraan om het te importeren.</translation>
    </message>
    <message>
        <source>{file} is a hidden folder; the files in it were not imported.</source>
        <translation>{file} is een verborgen map; de bestanden erin zijn niet geïmporteerd.</translation>
    </message>
    <message>
        <source>{file} is a lock or thumbnail file that Office or the system keeps next to documents; it was not imported.</source>
        <translation>{file} is een vergrendelings- of miniatuurbestand dat Office of het systeem naast documenten bewaart; het is niet geïmporteerd.</translation>
    </message>
    <message>
        <source>{file} is empty (0 bytes).</source>
        <translation>{file} is leeg (0 bytes).</translation>
    </message>
    <message>
        <source>{file} is {size_mb} MB; CVs larger than {limit_mb} MB are not imported.</source>
        <translation>{file} is {size_mb} MB groot; cv&apos;s groter dan {limit_mb} MB worden niet geïmporteerd.</translation>
    </message>
    <message>
        <source>{file} is not a document RecruitDesk can read. Supported: PDF, Word (.docx and .doc), OpenDocument (.odt), RTF, plain text, Markdown, e-mails (.eml, .msg) and pictures (JPEG, PNG, TIFF).</source>
        <translation>{file} is geen document dat RecruitDesk kan lezen. Ondersteund: PDF, Word (.docx en .doc), OpenDocument (.odt), RTF, platte tekst, Markdown, e-mails (.eml, .msg) en afbeeldingen (JPEG, PNG, TIFF).</translation>
    </message>
    <message>
        <source>{file} is called a {extension} file, but its content is not a document RecruitDesk can read.</source>
        <translation>{file} heeft de extensie {extension}, maar de inhoud is geen document dat RecruitDesk kan lezen.</translation>
    </message>
    <message>
        <source>{file} is not a CV document: its content is {real_type}.</source>
        <translation>{file} is geen cv-document: de inhoud is {real_type}.</translation>
    </message>
    <message>
        <source>an Excel spreadsheet (.xlsx)</source>
        <translation>een Excel-rekenblad (.xlsx)</translation>
    </message>
    <message>
        <source>an Excel 97-2003 spreadsheet (.xls)</source>
        <translation>een Excel 97-2003-rekenblad (.xls)</translation>
    </message>
    <message>
        <source>a PowerPoint presentation (.pptx)</source>
        <translation>een PowerPoint-presentatie (.pptx)</translation>
    </message>
    <message>
        <source>a PowerPoint 97-2003 presentation (.ppt)</source>
        <translation>een PowerPoint 97-2003-presentatie (.ppt)</translation>
    </message>
    <message>
        <source>an OpenDocument spreadsheet (.ods)</source>
        <translation>een OpenDocument-rekenblad (.ods)</translation>
    </message>
    <message>
        <source>an OpenDocument presentation (.odp)</source>
        <translation>een OpenDocument-presentatie (.odp)</translation>
    </message>
    <message>
        <source>an OpenDocument file that is not a text document</source>
        <translation>een OpenDocument-bestand dat geen tekstdocument is</translation>
    </message>
    <message>
        <source>an e-book (EPUB)</source>
        <translation>een e-book (EPUB)</translation>
    </message>
    <message>
        <source>a zip archive; unpack it and import the CVs inside</source>
        <translation>een zip-archief; pak het uit en importeer de cv&apos;s die erin zitten</translation>
    </message>
    <message>
        <source>a compressed archive (RAR, 7z, gzip or similar); unpack it and import the CVs inside</source>
        <translation>een gecomprimeerd archief (RAR, 7z, gzip of iets dergelijks); pak het uit en importeer de cv&apos;s die erin zitten</translation>
    </message>
    <message>
        <source>a program (executable), which is never opened</source>
        <translation>een programma (uitvoerbaar bestand), dat nooit wordt geopend</translation>
    </message>
    <message>
        <source>a GIF picture, which cannot be read as text</source>
        <translation>een GIF-afbeelding, die niet als tekst kan worden gelezen</translation>
    </message>
    <message>
        <source>a HEIC/HEIF photo, which cannot be read yet; save it as JPEG and import that</source>
        <translation>een HEIC/HEIF-foto, die nog niet kan worden gelezen; sla ze op als JPEG en importeer die</translation>
    </message>
    <message>
        <source>a video</source>
        <translation>een video</translation>
    </message>
    <message>
        <source>a sound recording</source>
        <translation>een geluidsopname</translation>
    </message>
    <message>
        <source>a database file</source>
        <translation>een databasebestand</translation>
    </message>
    <message>
        <source>an icon</source>
        <translation>een pictogram</translation>
    </message>
    <message>
        <source>a web page (HTML); save or print it as PDF and import that</source>
        <translation>een webpagina (HTML); sla ze op of druk ze af als PDF en importeer die</translation>
    </message>
    <message>
        <source>an Office compound file of an unknown kind</source>
        <translation>een Office-bestand van een onbekend soort</translation>
    </message>
    <message>
        <source>of an unknown kind</source>
        <translation>van een onbekend soort</translation>
    </message>
    <message>
        <source>{file} is protected with a password. Enter the password to read it.</source>
        <translation>{file} is beveiligd met een wachtwoord. Voer het wachtwoord in om het bestand te lezen.</translation>
    </message>
    <message>
        <source>The password for {file} is not correct. Check it and try again.</source>
        <translation>Het wachtwoord voor {file} is niet juist. Controleer het en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>{file} is protected with a certificate (or rights management), not a password: it can only be opened with the recipient&apos;s certificate. Ask the sender for an unprotected copy.</source>
        <translation>{file} is beveiligd met een certificaat (of rechtenbeheer), niet met een wachtwoord: het kan alleen worden geopend met het certificaat van de ontvanger. Vraag de afzender om een onbeveiligde kopie.</translation>
    </message>
    <message>
        <source>The e-mail {file} has no attached CV (PDF, Word, OpenDocument, RTF, text or picture): {reason}</source>
        <translation>De e-mail {file} heeft geen cv als bijlage (PDF, Word, OpenDocument, RTF, tekst of afbeelding): {reason}</translation>
    </message>
    <message>
        <source>it has no attachments.</source>
        <translation>er zijn geen bijlagen.</translation>
    </message>
    <message>
        <source>none of its attachments is a document RecruitDesk can read.</source>
        <translation>geen enkele bijlage is een document dat RecruitDesk kan lezen.</translation>
    </message>
    <message>
        <source>its attachments are larger than the limit for a CV.</source>
        <translation>de bijlagen zijn groter dan de limiet voor een cv.</translation>
    </message>
    <message>
        <source>its attachments are nested too deeply (mails in mails in zips).</source>
        <translation>de bijlagen zitten te diep genest (mails in mails in zip-bestanden).</translation>
    </message>
    <message>
        <source>{file} would unpack to far more data than a CV holds (a damaged or hostile file); it was not opened.</source>
        <translation>{file} zou uitgepakt veel meer gegevens opleveren dan een cv bevat (een beschadigd of kwaadwillig bestand); het is niet geopend.</translation>
    </message>
    <message>
        <source>{file} looks like a {kind} file but is damaged and cannot be read.</source>
        <translation>{file} lijkt een {kind}-bestand, maar is beschadigd en kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>Reading {file} took longer than {seconds} seconds and was stopped.</source>
        <translation>Het lezen van {file} duurde langer dan {seconds} seconden en is gestopt.</translation>
    </message>
    <message>
        <source>Reading {file} needed more than {seconds} seconds of processing (a damaged or hostile file); it was stopped.</source>
        <translation>Het lezen van {file} vergde meer dan {seconds} seconden rekentijd (een beschadigd of kwaadaardig bestand); het is gestopt.</translation>
    </message>
    <message>
        <source>{file} has a page with far more content than a CV page holds (a damaged or hostile file); it was not read.</source>
        <translation>{file} bevat een pagina met veel meer inhoud dan een cv-pagina bevat (een beschadigd of kwaadaardig bestand); het is niet gelezen.</translation>
    </message>
    <message>
        <source>Reading {file} needed more than {limit_mb} MB of memory and was stopped.</source>
        <translation>Het lezen van {file} had meer dan {limit_mb} MB geheugen nodig en is gestopt.</translation>
    </message>
    <message>
        <source>The reader stopped unexpectedly while reading {file}.</source>
        <translation>Het leesproces is onverwacht gestopt tijdens het lezen van {file}.</translation>
    </message>
    <message>
        <source>{file} produced far more text than a CV holds; it was not imported.</source>
        <translation>{file} leverde veel meer tekst op dan een cv bevat; het bestand is niet geïmporteerd.</translation>
    </message>
    <message>
        <source>The import was cancelled before {file} was read.</source>
        <translation>Het importeren is geannuleerd voordat {file} werd gelezen.</translation>
    </message>
    <message>
        <source>{file} was read but could not be saved in the vault; nothing of it was stored.</source>
        <translation>{file} is gelezen, maar kon niet in de kluis worden opgeslagen; er is niets van bewaard.</translation>
    </message>
    <message>
        <source>&quot;{purpose}&quot; is not a consent purpose. Choose one of: {choices}.</source>
        <translation>&quot;{purpose}&quot; is geen doel waarvoor toestemming kan worden gegeven. Kies uit: {choices}.</translation>
    </message>
    <message>
        <source>&quot;{channel}&quot; is not a consent channel. Choose one of: {choices}.</source>
        <translation>&quot;{channel}&quot; is geen manier waarop toestemming kan worden gegeven. Kies uit: {choices}.</translation>
    </message>
    <message>
        <source>Record the exact text the candidate agreed to, or its version: without it the consent cannot be proven.</source>
        <translation>Leg de precieze tekst vast waarmee de kandidaat heeft ingestemd, of de versie ervan: zonder die tekst kan de toestemming niet worden aangetoond.</translation>
    </message>
    <message>
        <source>Consent cannot be recorded for a day that has not come yet ({date}).</source>
        <translation>Toestemming kan niet worden vastgelegd voor een dag die nog moet komen ({date}).</translation>
    </message>
    <message>
        <source>There is no consent record with number {id}.</source>
        <translation>Er is geen toestemming met nummer {id}.</translation>
    </message>
    <message>
        <source>This consent was already withdrawn on {date}.</source>
        <translation>Deze toestemming is al ingetrokken op {date}.</translation>
    </message>
    <message>
        <source>Candidate {id} has no active consent for this purpose.</source>
        <translation>Kandidaat {id} heeft voor dit doel geen geldige toestemming.</translation>
    </message>
    <message>
        <source>Candidate {id} has no email address, so no renewal mail can be drafted.</source>
        <translation>Kandidaat {id} heeft geen e-mailadres, dus er kan geen e-mail voor het verlengen van de toestemming worden opgesteld.</translation>
    </message>
    <message>
        <source>&quot;{kind}&quot; is not a kind of screening note. Choose one of: {choices}.</source>
        <translation>&quot;{kind}&quot; is geen soort screeningsnotitie. Kies uit: {choices}.</translation>
    </message>
    <message>
        <source>A screening note cannot be empty.</source>
        <translation>Een screeningsnotitie mag niet leeg zijn.</translation>
    </message>
    <message>
        <source>A note about online screening must say where the information was found (for example LinkedIn).</source>
        <translation>Een notitie over online screening moet vermelden waar de informatie is gevonden (bijvoorbeeld LinkedIn).</translation>
    </message>
    <message>
        <source>There is no screening note with number {id}.</source>
        <translation>Er is geen screeningsnotitie met nummer {id}.</translation>
    </message>
    <message>
        <source>&quot;{kind}&quot; is not a kind of request. Choose one of: {choices}.</source>
        <translation>&quot;{kind}&quot; is geen soort verzoek. Kies uit: {choices}.</translation>
    </message>
    <message>
        <source>There is no request with number {id}.</source>
        <translation>Er is geen verzoek met nummer {id}.</translation>
    </message>
    <message>
        <source>A request cannot be received on a day that has not come yet ({date}).</source>
        <translation>Een verzoek kan niet zijn ontvangen op een dag die nog moet komen ({date}).</translation>
    </message>
    <message>
        <source>Request {id} was already completed on {date}.</source>
        <translation>Verzoek {id} is al afgerond op {date}.</translation>
    </message>
    <message>
        <source>Extending the answer period needs the reasons you will give the person (at least a few words).</source>
        <translation>Om de antwoordtermijn te verlengen, hebt u de redenen nodig die u aan de persoon meedeelt (minstens enkele woorden).</translation>
    </message>
    <message>
        <source>The answer period can only be extended within the first month, which ended on {date}. Answer the request now.</source>
        <translation>De antwoordtermijn kan alleen binnen de eerste maand worden verlengd, en die is op {date} afgelopen. Beantwoord het verzoek nu.</translation>
    </message>
    <message>
        <source>The answer period can be extended by one or two months only, to {date} at the latest.</source>
        <translation>De antwoordtermijn kan alleen met een of twee maanden worden verlengd, tot uiterlijk {date}.</translation>
    </message>
    <message>
        <source>Request {id} is already extended to {date}; a new extension must end later.</source>
        <translation>Verzoek {id} is al verlengd tot {date}; een nieuwe verlenging moet later aflopen.</translation>
    </message>
    <message>
        <source>Record how the person&apos;s identity was checked before completing request {id}.</source>
        <translation>Leg vast hoe de identiteit van de persoon is gecontroleerd voordat u verzoek {id} afrondt.</translation>
    </message>
    <message>
        <source>Say what was done to complete the request (a few words).</source>
        <translation>Vermeld wat er is gedaan om het verzoek af te ronden (enkele woorden).</translation>
    </message>
    <message>
        <source>An objection ends in erasure or in restriction: choose one.</source>
        <translation>Een bezwaar leidt tot wissen of tot beperking van de verwerking: kies een van beide.</translation>
    </message>
    <message>
        <source>Request {id} has no email address or phone number to put on the suppression list. Link the candidate or give one.</source>
        <translation>Verzoek {id} heeft geen e-mailadres of telefoonnummer om op de uitsluitingslijst te zetten. Koppel de kandidaat of geef er een op.</translation>
    </message>
    <message>
        <source>Request {id} is not linked to a candidate, so there is nothing to restrict. Link it first.</source>
        <translation>Verzoek {id} is niet aan een kandidaat gekoppeld, dus er valt niets te beperken. Koppel het eerst.</translation>
    </message>
    <message>
        <source>The password file {file} cannot be read.</source>
        <translation>Het wachtwoordbestand {file} kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>{path} already exists; nothing was overwritten. Choose another folder or remove it first.</source>
        <translation>{path} bestaat al; er is niets overschreven. Kies een andere map of verwijder het eerst.</translation>
    </message>
    <message>
        <source>The export could not be written to {folder} ({reason}). Nothing was left behind.</source>
        <translation>De export kon niet naar {folder} worden geschreven ({reason}). Er is niets achtergebleven.</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was left behind.</source>
        <translation>De export is geannuleerd; er is niets achtergebleven.</translation>
    </message>
    <message>
        <source>The export password must be at least {length} characters long.</source>
        <translation>Het wachtwoord voor de export moet minstens {length} tekens lang zijn.</translation>
    </message>
    <message>
        <source>Part of candidate {id}&apos;s data cannot be decrypted (a damaged record), so no export was made. Restore the vault from a backup, or contact support.</source>
        <translation>Een deel van de gegevens van kandidaat {id} kan niet worden ontsleuteld (een beschadigd record), dus er is geen export gemaakt. Zet de kluis terug vanaf een back-up of neem contact op met de ondersteuning.</translation>
    </message>
    <message>
        <source>Enter the candidate&apos;s name.</source>
        <translation>Vul de naam van de kandidaat in.</translation>
    </message>
    <message>
        <source>The name is too long: at most {max} characters.</source>
        <translation>De naam is te lang: maximaal {max} tekens.</translation>
    </message>
    <message>
        <source>This is not a valid email address (for example name@example.be).</source>
        <translation>Dit is geen geldig e-mailadres (bijvoorbeeld naam@example.be).</translation>
    </message>
    <message>
        <source>This is not a valid phone number (for example +32 470 12 34 56).</source>
        <translation>Dit is geen geldig telefoonnummer (bijvoorbeeld +32 470 12 34 56).</translation>
    </message>
    <message>
        <source>The LinkedIn address must be a linkedin.com link (for example https://www.linkedin.com/in/name).</source>
        <translation>Het LinkedIn-adres moet een link naar linkedin.com zijn (bijvoorbeeld https://www.linkedin.com/in/naam).</translation>
    </message>
    <message>
        <source>A value is too long: at most {max} characters.</source>
        <translation>Een waarde is te lang: maximaal {max} tekens.</translation>
    </message>
    <message>
        <source>There is no document with number {id}.</source>
        <translation>Er is geen document met nummer {id}.</translation>
    </message>
    <message>
        <source>The evidence file {file} cannot be read (it must exist and be at most 50 MB).</source>
        <translation>Het bewijsbestand {file} kan niet worden gelezen (het moet bestaan en mag hoogstens 50 MB groot zijn).</translation>
    </message>
    <message>
        <source>There is no suppression list entry with number {id}.</source>
        <translation>Er is geen item met nummer {id} op de uitsluitingslijst.</translation>
    </message>
    <message>
        <source>Removing someone from the suppression list needs a written reason (at least a few words).</source>
        <translation>Om iemand van de uitsluitingslijst te verwijderen is een schriftelijke reden nodig (minstens enkele woorden).</translation>
    </message>
    <message>
        <source>Candidate {id} has no email address or phone number to put on the suppression list.</source>
        <translation>Kandidaat {id} heeft geen e-mailadres of telefoonnummer om op de uitsluitingslijst te zetten.</translation>
    </message>
    <message>
        <source>There is no vacancy with number {id}.</source>
        <translation>Er is geen vacature met nummer {id}.</translation>
    </message>
    <message>
        <source>There is no application with number {id}.</source>
        <translation>Er is geen sollicitatie met nummer {id}.</translation>
    </message>
    <message>
        <source>A vacancy needs a title.</source>
        <translation>Een vacature heeft een titel nodig.</translation>
    </message>
    <message>
        <source>The {field} of a vacancy can be at most {limit} characters long.</source>
        <translation>Het veld {field} van een vacature mag hoogstens {limit} tekens lang zijn.</translation>
    </message>
    <message>
        <source>A stage name can be at most {limit} characters long.</source>
        <translation>Een fasenaam mag hoogstens {limit} tekens lang zijn.</translation>
    </message>
    <message>
        <source>A vacancy needs at least one stage before Hired, Rejected and Withdrawn.</source>
        <translation>Een vacature heeft minstens één fase nodig vóór Aangenomen, Afgewezen en Teruggetrokken.</translation>
    </message>
    <message>
        <source>The stage &quot;{stage}&quot; still holds applications ({count}); move them to another stage before removing it.</source>
        <translation>De fase &quot;{stage}&quot; bevat nog sollicitaties ({count}); verplaats ze naar een andere fase voordat u ze verwijdert.</translation>
    </message>
    <message>
        <source>&quot;{stage}&quot; is not a stage of this vacancy. Its stages are: {stages}.</source>
        <translation>&quot;{stage}&quot; is geen fase van deze vacature. De fasen zijn: {stages}.</translation>
    </message>
    <message>
        <source>&quot;{status}&quot; is not a status a vacancy can be set to here: use open or on hold; close a vacancy to fill or cancel it.</source>
        <translation>&quot;{status}&quot; is geen status die u hier aan een vacature kunt geven: gebruik open of on hold; sluit een vacature om ze in te vullen of te annuleren.</translation>
    </message>
    <message>
        <source>Vacancy {id} is closed: its applications can no longer change. Reopen it first.</source>
        <translation>Vacature {id} is gesloten: de sollicitaties kunnen niet meer veranderen. Heropen ze eerst.</translation>
    </message>
    <message>
        <source>Candidate {candidate} already has application {application} in this vacancy.</source>
        <translation>Kandidaat {candidate} heeft al sollicitatie {application} in deze vacature.</translation>
    </message>
    <message>
        <source>A rating is a whole number from 1 to 5 (or none).</source>
        <translation>Een beoordeling is een geheel getal van 1 tot 5 (of geen).</translation>
    </message>
    <message>
        <source>The tags of an application can be at most {limit} characters long together.</source>
        <translation>De labels van een sollicitatie mogen samen hoogstens {limit} tekens lang zijn.</translation>
    </message>
    <message>
        <source>Application {id} is not an application in this vacancy, so it cannot be marked as hired here.</source>
        <translation>Sollicitatie {id} hoort niet bij deze vacature en kan hier dus niet als aangenomen worden aangeduid.</translation>
    </message>
    <message>
        <source>A cancelled vacancy has no hires; close it as filled to record who was hired.</source>
        <translation>Een geannuleerde vacature heeft geen aanwervingen; sluit ze als ingevuld om vast te leggen wie is aangenomen.</translation>
    </message>
    <message>
        <source>Record your rating of this CV before revealing who wrote it: the blind review keeps the two in that order.</source>
        <translation>Leg uw beoordeling van dit cv vast voordat u onthult wie het schreef: de blinde beoordeling houdt die volgorde aan.</translation>
    </message>
    <message>
        <source>This message is too long to hand to the mail program as a link ({length} characters, at most {limit}). Save it as an .eml file and open that file in your mail program instead.</source>
        <translation>Dit bericht is te lang om als link aan het mailprogramma door te geven ({length} tekens, hoogstens {limit}). Bewaar het als .eml-bestand en open dat bestand in uw mailprogramma.</translation>
    </message>
    <message>
        <source>Candidate {id} has no e-mail address: add one before drafting a message.</source>
        <translation>Kandidaat {id} heeft geen e-mailadres: voeg er een toe voordat u een bericht opstelt.</translation>
    </message>
    <message>
        <source>Another member changed request {id} after you opened the register. Nothing was saved; the register now shows their change, look at it and try again.</source>
        <translation>Een ander lid heeft verzoek {id} gewijzigd nadat u het register opende. Er is niets opgeslagen; het register toont nu die wijziging. Bekijk ze en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Request {id} is no longer in the team vault. Nothing was saved.</source>
        <translation>Verzoek {id} staat niet meer in de teamkluis. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Say who the request is about: a name, an e-mail address or a phone number.</source>
        <translation>Geef aan over wie het verzoek gaat: een naam, een e-mailadres of een telefoonnummer.</translation>
    </message>
    <message>
        <source>An objection puts the person&apos;s e-mail address or phone number on the team&apos;s suppression list when it is completed: give at least one.</source>
        <translation>Een bezwaar zet bij het afronden het e-mailadres of telefoonnummer van de persoon op de blokkeerlijst van het team: geef er minstens één op.</translation>
    </message>
    <message>
        <source>A request is completed between the day it was received ({received}) and today ({today}).</source>
        <translation>Een verzoek wordt afgerond tussen de dag van ontvangst ({received}) en vandaag ({today}).</translation>
    </message>
    <message>
        <source>{file} was not imported: this exact file is already in the team vault, for {name}.</source>
        <translation>{file} is niet geïmporteerd: precies dit bestand staat al in de teamkluis, bij {name}.</translation>
    </message>
    <message>
        <source>{file} was not imported: the person in it objected to the processing of their data or asked for its erasure (request received on {date}), so their CV is not stored. Check with your DPO.</source>
        <translation>{file} is niet geïmporteerd: deze persoon heeft bezwaar gemaakt tegen de verwerking van zijn of haar gegevens of om wissing gevraagd (verzoek ontvangen op {date}), dus het cv wordt niet opgeslagen. Overleg met uw functionaris voor gegevensbescherming.</translation>
    </message>
    <message>
        <source>{file} was not imported: {name} is already in the team vault with the same e-mail address.</source>
        <translation>{file} is niet geïmporteerd: {name} staat al in de teamkluis met hetzelfde e-mailadres.</translation>
    </message>
    <message>
        <source>The evidence file is larger than 25 MB; attach a smaller file. Nothing was recorded.</source>
        <translation>Het bewijsbestand is groter dan 25 MB; voeg een kleiner bestand toe. Er is niets vastgelegd.</translation>
    </message>
    <message>
        <source>The evidence file cannot be read. Nothing was recorded.</source>
        <translation>Het bewijsbestand kan niet worden gelezen. Er is niets vastgelegd.</translation>
    </message>
    <message>
        <source>Another member changed this consent after you opened the list. Nothing was withdrawn; the list now shows their change, look at it and try again.</source>
        <translation>Een ander lid heeft deze toestemming gewijzigd nadat u de lijst opende. Er is niets ingetrokken; de lijst toont nu hun wijziging. Bekijk die en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This consent is no longer in the team vault. Nothing was withdrawn.</source>
        <translation>Deze toestemming staat niet meer in de teamkluis. Er is niets ingetrokken.</translation>
    </message>
    <message>
        <source>Another member changed {file} after you opened the list. Nothing was removed; the list now shows their version, look at it and try again.</source>
        <translation>Een ander lid heeft {file} gewijzigd nadat u de lijst opende. Er is niets verwijderd; de lijst toont nu hun versie. Bekijk die en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>{file} is no longer in the team vault: another member removed it (or the candidate was erased).</source>
        <translation>{file} staat niet meer in de teamkluis: een ander lid heeft het verwijderd (of de kandidaat is gewist).</translation>
    </message>
    <message>
        <source>The copy could not be written to {path} ({reason}). Nothing was left there; choose another folder or free some space and try again.</source>
        <translation>De kopie kon niet worden geschreven naar {path} ({reason}). Daar is niets achtergebleven; kies een andere map of maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>A contact cannot be recorded on {date}, after today. Choose the day it took place.</source>
        <translation>Een contact kan niet worden vastgelegd op {date}, na vandaag. Kies de dag waarop het plaatsvond.</translation>
    </message>
    <message>
        <source>&quot;{kind}&quot; is not a kind of contact. Nothing was recorded.</source>
        <translation>‘{kind}’ is geen soort contact. Er is niets vastgelegd.</translation>
    </message>
    <message>
        <source>{file} is no longer in the vault: it was removed, or the candidate was erased.</source>
        <translation>{file} staat niet meer in de kluis: het is verwijderd, of de kandidaat is gewist.</translation>
    </message>
    <message>
        <source>In a team vault a person goes on the suppression list when their erasure or objection request is completed, not by hand. Nothing was done.</source>
        <translation>In een teamkluis komt iemand op de uitsluitingslijst wanneer het verzoek tot wissing of bezwaar van die persoon is afgehandeld, niet met de hand. Er is niets gedaan.</translation>
    </message>
    <message>
        <source>{count} entries start with &quot;{id}&quot;. Give more characters of the id. Nothing was done.</source>
        <translation>{count} items beginnen met &quot;{id}&quot;. Geef meer tekens van de id. Er is niets gedaan.</translation>
    </message>
    <message>
        <source>In a team vault the command line registers a request about a candidate: name them with --candidate. Register one about a person who is not a candidate in the team window. Nothing was done.</source>
        <translation>In een teamkluis registreert de opdrachtregel een verzoek over een kandidaat: noem die met --candidate. Registreer een verzoek over iemand die geen kandidaat is in het teamvenster. Er is niets gedaan.</translation>
    </message>
    <message>
        <source>Another member changed candidate {id} at the same moment. Nothing was saved; try again.</source>
        <translation>Een ander lid wijzigde kandidaat {id} op hetzelfde moment. Er is niets opgeslagen; probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Another member changed vacancy {id} at the same moment. Nothing was saved; try again.</source>
        <translation>Een ander lid wijzigde vacature {id} op hetzelfde moment. Er is niets opgeslagen; probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Another member moved application {id} at the same moment. Nothing was changed; try again.</source>
        <translation>Een ander lid verplaatste sollicitatie {id} op hetzelfde moment. Er is niets gewijzigd; probeer het opnieuw.</translation>
    </message>
    <message>
        <source>A colleague&apos;s computer is running the team&apos;s retention check right now. Nothing was erased; try again in a few minutes.</source>
        <translation>De computer van een collega voert op dit moment de bewaarcontrole van het team uit. Er is niets gewist; probeer het over enkele minuten opnieuw.</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>This export leaves the encrypted vault: anyone who gets these files can read them. Send it password-protected, keep the password apart from the files, and delete your copy when it is no longer needed.</source>
        <translation>Deze export verlaat de versleutelde kluis: iedereen die deze bestanden krijgt, kan ze lezen. Verstuur de export met een wachtwoord beveiligd, houd het wachtwoord gescheiden van de bestanden en verwijder uw kopie zodra u die niet meer nodig hebt.</translation>
    </message>
    <message>
        <source>The zip is encrypted with AES-256: open it with 7-Zip, WinZip or Keka; the built-in Windows zip support cannot.</source>
        <translation>De zip is versleuteld met AES-256: open hem met 7-Zip, WinZip of Keka; de ingebouwde zipfunctie van Windows kan dat niet.</translation>
    </message>
    <message>
        <source>Your personal data held by {firm}, exported on {date}.

{workbook}: your data in a spreadsheet, one sheet per kind of record, including why we process it, on what legal basis, who receives it and how long we keep it.
{json}: the same data in a structured, machine-readable format (JSON); its format is described in {schema}.
documents/: the original documents we hold about you.
</source>
        <translation>Uw persoonsgegevens bij {firm}, geëxporteerd op {date}.

{workbook}: uw gegevens in een spreadsheet, met één werkblad per soort gegevens, inclusief waarom we ze verwerken, op welke rechtsgrond, wie ze ontvangt en hoelang we ze bewaren.
{json}: dezelfde gegevens in een gestructureerd, machineleesbaar formaat (JSON); dat formaat wordt beschreven in {schema}.
documents/: de originele documenten die we over u bewaren.
</translation>
    </message>
    <message>
        <source>the firm</source>
        <translation>het bureau</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Woonplaats</translation>
    </message>
    <message>
        <source>LinkedIn profile</source>
        <translation>LinkedIn-profiel</translation>
    </message>
    <message>
        <source>How we got your details</source>
        <translation>Hoe we aan uw gegevens zijn gekomen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Gesolliciteerd op</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>Vastgelegd op</translation>
    </message>
    <message>
        <source>Last changed on</source>
        <translation>Laatst gewijzigd op</translation>
    </message>
    <message>
        <source>Other details</source>
        <translation>Overige gegevens</translation>
    </message>
    <message>
        <source>You applied</source>
        <translation>U hebt gesolliciteerd</translation>
    </message>
    <message>
        <source>Job site</source>
        <translation>Vacaturesite</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Doorverwijzing</translation>
    </message>
    <message>
        <source>Public professional profile</source>
        <translation>Openbaar beroepsprofiel</translation>
    </message>
    <message>
        <source>Outplacement</source>
        <translation>Outplacement</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Sollicitant</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Verwerking beperkt</translation>
    </message>
    <message>
        <source>Recruitment reserve</source>
        <translation>Wervingsreserve</translation>
    </message>
    <message>
        <source>Procedure open</source>
        <translation>Procedure loopt</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Aangenomen</translation>
    </message>
    <message>
        <source>Not hired</source>
        <translation>Niet aangenomen</translation>
    </message>
    <message>
        <source>Sourced</source>
        <translation>Door ons benaderd</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Lopend</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Teruggetrokken</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Interview scheduled</source>
        <translation>Gesprek gepland</translation>
    </message>
    <message>
        <source>Message sent</source>
        <translation>Bericht verstuurd</translation>
    </message>
    <message>
        <source>Rejection message sent</source>
        <translation>Afwijzingsbericht verstuurd</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>Cv</translation>
    </message>
    <message>
        <source>Consent evidence</source>
        <translation>Bewijs van toestemming</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Sollicitaties</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Toestemmingen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Verwerking</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Verzoeken</translation>
    </message>
    <message>
        <source>Exported on</source>
        <translation>Geëxporteerd op</translation>
    </message>
    <message>
        <source>Vacancy</source>
        <translation>Vacature</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Afgelopen op</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Rating (1-5)</source>
        <translation>Beoordeling (1-5)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Consent wording asked</source>
        <translation>Gevraagde toestemmingstekst</translation>
    </message>
    <message>
        <source>Wording version</source>
        <translation>Versie van de tekst</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Gegeven op</translation>
    </message>
    <message>
        <source>Text version</source>
        <translation>Versie van de tekst</translation>
    </message>
    <message>
        <source>Text agreed to</source>
        <translation>Tekst waarmee u hebt ingestemd</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>Bewijsbestand</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Vervalt op</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Ingetrokken op</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Discussed with you</source>
        <translation>Met u besproken</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Current version</source>
        <translation>Huidige versie</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Geschreven door</translation>
    </message>
    <message>
        <source>Written on</source>
        <translation>Geschreven op</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Original file name</source>
        <translation>Oorspronkelijke bestandsnaam</translation>
    </message>
    <message>
        <source>File in this export</source>
        <translation>Bestand in deze export</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Grootte (bytes)</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Toegevoegd op</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Retention policy</source>
        <translation>Bewaarbeleid</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situatie</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Delete on</source>
        <translation>Verwijderen op</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation>Bewaring om juridische redenen</translation>
    </message>
    <message>
        <source>Extended until</source>
        <translation>Verlengd tot</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rechtsgrond</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Ontvangers</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Hoelang</translation>
    </message>
    <message>
        <source>Transfers outside the EEA</source>
        <translation>Doorgiften buiten de EER</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Verzoek</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Ontvangen op</translation>
    </message>
    <message>
        <source>Answer due on</source>
        <translation>Antwoord uiterlijk op</translation>
    </message>
    <message>
        <source>Extended to</source>
        <translation>Verlengd tot</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Afgerond op</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Wat er is gedaan</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>The file is password protected; the original is stored but its text could not be read.</source>
        <translation>Het bestand is met een wachtwoord beveiligd; het origineel is bewaard, maar de tekst kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>The file has no text layer (a scan or a picture); the original is stored but no text was read.</source>
        <translation>Het bestand heeft geen tekstlaag (een scan of een afbeelding); het origineel is bewaard, maar er is geen tekst gelezen.</translation>
    </message>
    <message>
        <source>This is an old Word (.doc) file; the original is stored but its text is not read. Ask for a PDF or .docx.</source>
        <translation>Dit is een oud Word-bestand (.doc); het origineel is bewaard, maar de tekst wordt niet gelezen. Vraag om een pdf of .docx.</translation>
    </message>
    <message>
        <source>This is a password-protected Office file; the original is stored but its text could not be read.</source>
        <translation>Dit is een met een wachtwoord beveiligd Office-bestand; het origineel is bewaard, maar de tekst kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>The text was very long; only the first {chars} characters were kept for search.</source>
        <translation>De tekst was erg lang; alleen de eerste {chars} tekens zijn bewaard om in te zoeken.</translation>
    </message>
    <message>
        <source>The file name says {extension} but the content is {kind}; it was read as {kind}.</source>
        <translation>De bestandsnaam zegt {extension}, maar de inhoud is {kind}; het bestand is als {kind} gelezen.</translation>
    </message>
    <message>
        <source>The text was read from a picture by OCR (text recognition); check names and numbers against the original.</source>
        <translation>De tekst is uit een afbeelding gelezen met OCR (tekstherkenning); controleer namen en nummers met het origineel.</translation>
    </message>
    <message>
        <source>Text recognition was stopped after {pages} of {total} pages because it took too long.</source>
        <translation>De tekstherkenning is na {pages} van de {total} pagina&apos;s gestopt omdat ze te lang duurde.</translation>
    </message>
    <message>
        <source>The PDF&apos;s reading order could not be determined; the text may be out of order.</source>
        <translation>De leesvolgorde van de pdf kon niet worden bepaald; de tekst staat mogelijk in de verkeerde volgorde.</translation>
    </message>
    <message>
        <source>No name was found in the text; the name was taken from the file name. Check it.</source>
        <translation>Er is geen naam in de tekst gevonden; de naam is uit de bestandsnaam overgenomen. Controleer hem.</translation>
    </message>
    <message>
        <source>No name was found in the CV; the name is the e-mail sender&apos;s. Check it.</source>
        <translation>In het cv is geen naam gevonden; de naam is die van de afzender van de e-mail. Controleer ze.</translation>
    </message>
    <message>
        <source>No e-mail address was found in the CV; the sender&apos;s address is used. Check it.</source>
        <translation>In het cv is geen e-mailadres gevonden; het adres van de afzender wordt gebruikt. Controleer het.</translation>
    </message>
    <message>
        <source>No name was found; the candidate is called &quot;{name}&quot; until you correct it.</source>
        <translation>Er is geen naam gevonden; de kandidaat heet &quot;{name}&quot; tot u dit verbetert.</translation>
    </message>
    <message>
        <source>Several email addresses were found; the first one in the candidate&apos;s own contact block was used.</source>
        <translation>Er zijn meerdere e-mailadressen gevonden; het eerste adres in de eigen contactgegevens van de kandidaat is gebruikt.</translation>
    </message>
    <message>
        <source>Several phone numbers were found; the first one in the candidate&apos;s own contact block was used.</source>
        <translation>Er zijn meerdere telefoonnummers gevonden; het eerste nummer in de eigen contactgegevens van de kandidaat is gebruikt.</translation>
    </message>
    <message>
        <source>Check the detected {field}: the detection is not sure.</source>
        <translation>Controleer het herkende veld ({field}): de herkenning is onzeker.</translation>
    </message>
    <message>
        <source>The CV contains a Belgian national register number.</source>
        <translation>Het cv bevat een Belgisch rijksregisternummer.</translation>
    </message>
    <message>
        <source>The CV contains a Dutch citizen service number (BSN).</source>
        <translation>Het cv bevat een burgerservicenummer (BSN).</translation>
    </message>
    <message>
        <source>The CV contains a bank account number (IBAN).</source>
        <translation>Het cv bevat een bankrekeningnummer (IBAN).</translation>
    </message>
    <message>
        <source>The CV contains a date of birth.</source>
        <translation>Het cv bevat een geboortedatum.</translation>
    </message>
    <message>
        <source>The CV mentions {topics}: special-category data that you may not use to select candidates.</source>
        <translation>Het cv vermeldt {topics}: bijzondere persoonsgegevens die u niet mag gebruiken om kandidaten te selecteren.</translation>
    </message>
    <message>
        <source>Possible duplicate of {name}, already in the team vault: same email address.</source>
        <translation>Mogelijk dezelfde persoon als {name}, die al in de teamkluis staat: hetzelfde e-mailadres.</translation>
    </message>
    <message>
        <source>This exact file is already in the team vault, for {name}.</source>
        <translation>Precies dit bestand staat al in de teamkluis, bij {name}.</translation>
    </message>
    <message>
        <source>Sensitive data was redacted: the vault keeps a redacted PDF copy of the file and the redacted text, never the original.</source>
        <translation>Gevoelige gegevens werden onleesbaar gemaakt: de kluis bewaart een onleesbaar gemaakte pdf-kopie van het bestand en de bewerkte tekst, nooit het origineel.</translation>
    </message>
    <message>
        <source>Similar name to {name} (candidate {id}), but no email address or phone number in common: check whether this is the same person.</source>
        <translation>Vergelijkbare naam als {name} (kandidaat {id}), maar geen e-mailadres of telefoonnummer gemeenschappelijk: controleer of het dezelfde persoon is.</translation>
    </message>
    <message>
        <source>This person is on the suppression list (they objected, asked for erasure or must not be contacted again). Check before contacting them.</source>
        <translation>Deze persoon staat op de uitsluitingslijst (maakte bezwaar, vroeg om wissing of mag niet meer gecontacteerd worden). Controleer dit voordat u contact opneemt.</translation>
    </message>
    <message>
        <source>Possible duplicate of {name} (candidate {id}): same email address.</source>
        <translation>Mogelijk dezelfde persoon als {name} (kandidaat {id}): hetzelfde e-mailadres.</translation>
    </message>
    <message>
        <source>Possible duplicate of {name} (candidate {id}): same phone number.</source>
        <translation>Mogelijk dezelfde persoon als {name} (kandidaat {id}): hetzelfde telefoonnummer.</translation>
    </message>
    <message>
        <source>This exact file is already stored for {name} (candidate {id}).</source>
        <translation>Precies dit bestand is al bewaard bij {name} (kandidaat {id}).</translation>
    </message>
    <message>
        <source>Possible duplicate of {name} (candidate {id}): same national number.</source>
        <translation>Mogelijk dezelfde persoon als {name} (kandidaat {id}): hetzelfde rijksregisternummer of BSN.</translation>
    </message>
    <message>
        <source>Same person as in {other}, earlier in this import.</source>
        <translation>Dezelfde persoon als in {other}, eerder in deze import.</translation>
    </message>
    <message>
        <source>health</source>
        <translation>gezondheid</translation>
    </message>
    <message>
        <source>religion or belief</source>
        <translation>godsdienst of levensovertuiging</translation>
    </message>
    <message>
        <source>trade union membership</source>
        <translation>lidmaatschap van een vakbond</translation>
    </message>
    <message>
        <source>criminal record</source>
        <translation>strafrechtelijke gegevens</translation>
    </message>
    <message>
        <source>ethnic origin</source>
        <translation>etnische afkomst</translation>
    </message>
    <message>
        <source>political opinions</source>
        <translation>politieke opvattingen</translation>
    </message>
    <message>
        <source>sexual orientation</source>
        <translation>seksuele geaardheid</translation>
    </message>
    <message>
        <source>Unnamed ({file})</source>
        <translation>Naamloos ({file})</translation>
    </message>
    <message>
        <source>Redacted copy made by RecruitDesk on {date}: sensitive data was blacked out; the original file was not kept.</source>
        <translation>Onleesbaar gemaakte kopie, door RecruitDesk gemaakt op {date}: gevoelige gegevens werden zwart gemaakt; het originele bestand werd niet bewaard.</translation>
    </message>
    <message>
        <source>{name} (redacted).pdf</source>
        <translation>{name} (onleesbaar gemaakt).pdf</translation>
    </message>
</context>
<context>
    <name>import_review</name>
    <message>
        <source>Almost no text could be read from this file (a damaged file, or a scan without recognisable text). Look at the page, then tick it to import it anyway.</source>
        <translation>Uit dit bestand kon bijna geen tekst worden gelezen (een beschadigd bestand, of een scan zonder herkenbare tekst). Bekijk de pagina en vink het bestand aan om het toch te importeren.</translation>
    </message>
    <message>
        <source>This does not look like a CV: no name, e-mail address, phone number or CV headings (experience, education, skills…) were found in it.</source>
        <translation>Dit lijkt geen cv: er zijn geen naam, e-mailadres, telefoonnummer of cv-kopjes (ervaring, opleiding, vaardigheden…) in gevonden.</translation>
    </message>
    <message>
        <source>The name was taken from the file name and nothing in the text confirms it. Check it before you import the file.</source>
        <translation>De naam is overgenomen uit de bestandsnaam en niets in de tekst bevestigt hem. Controleer hem voordat u het bestand importeert.</translation>
    </message>
    <message>
        <source>no readable text</source>
        <translation>geen leesbare tekst</translation>
    </message>
    <message>
        <source>not a CV?</source>
        <translation>geen cv?</translation>
    </message>
    <message>
        <source>name from the file name</source>
        <translation>naam uit de bestandsnaam</translation>
    </message>
    <message>
        <source>{file}: the e-mail has too many attachments; this one was not read.</source>
        <translation>{file}: de e-mail heeft te veel bijlagen; deze is niet gelezen.</translation>
    </message>
    <message>
        <source>{file}: nested too deeply (mails in mails in zips); not read.</source>
        <translation>{file}: te diep genest (mails in mails in zips); niet gelezen.</translation>
    </message>
    <message>
        <source>{file}: the zip archive holds no CV.</source>
        <translation>{file}: het zip-archief bevat geen cv.</translation>
    </message>
    <message>
        <source>Attachment not imported: {reason}</source>
        <translation>Bijlage niet geïmporteerd: {reason}</translation>
    </message>
    <message>
        <source>{file} was dragged together with other mails, and Outlook hands over only the first one. Drag it on its own.</source>
        <translation>{file} is samen met andere mails gesleept, en Outlook geeft alleen de eerste door. Sleep deze mail afzonderlijk.</translation>
    </message>
    <message>
        <source>What was dragged from the mail program could not be read. Save the mail as a file (.msg or .eml) and import that.</source>
        <translation>Wat uit het e-mailprogramma is gesleept, kon niet worden gelezen. Sla de mail op als bestand (.msg of .eml) en importeer dat.</translation>
    </message>
</context>
<context>
    <name>integrity</name>
    <message>
        <source>not verified yet</source>
        <translation>nog niet gecontroleerd</translation>
    </message>
    <message>
        <source>being verified…</source>
        <translation>wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>every page verified, no damage found</source>
        <translation>elke pagina gecontroleerd, geen schade gevonden</translation>
    </message>
    <message>
        <source>DAMAGED: some pages failed the check. Restore the vault from a backup.</source>
        <translation>BESCHADIGD: sommige pagina&apos;s kwamen niet door de controle. Herstel de kluis vanuit een back-up.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Application</source>
        <translation>Sollicitatie</translation>
    </message>
    <message>
        <source>Job site</source>
        <translation>Vacaturesite</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Doorverwijzing</translation>
    </message>
    <message>
        <source>Sourced</source>
        <translation>Zelf benaderd</translation>
    </message>
    <message>
        <source>Outplacement</source>
        <translation>Outplacement</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Sollicitant</translation>
    </message>
    <message>
        <source>Recruitment reserve</source>
        <translation>Wervingsreserve</translation>
    </message>
    <message>
        <source>Procedure open</source>
        <translation>Procedure loopt</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Aangenomen</translation>
    </message>
    <message>
        <source>Not hired</source>
        <translation>Niet aangenomen</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Verwerking beperkt</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Teruggetrokken</translation>
    </message>
    <message>
        <source>Retention period ended</source>
        <translation>Bewaartermijn verstreken</translation>
    </message>
    <message>
        <source>Erasure request</source>
        <translation>Verzoek tot wissing</translation>
    </message>
    <message>
        <source>Deleted by hand</source>
        <translation>Handmatig verwijderd</translation>
    </message>
</context>
<context>
    <name>migration</name>
    <message>
        <source>candidates</source>
        <translation>kandidaten</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documenten</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notities</translation>
    </message>
    <message>
        <source>earlier versions of notes</source>
        <translation>eerdere versies van notities</translation>
    </message>
    <message>
        <source>consents</source>
        <translation>toestemmingen</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>verzoeken</translation>
    </message>
    <message>
        <source>vacancies</source>
        <translation>vacatures</translation>
    </message>
    <message>
        <source>applications in a vacancy&apos;s procedure</source>
        <translation>sollicitaties in de procedure van een vacature</translation>
    </message>
    <message>
        <source>contact history entries</source>
        <translation>contactmomenten</translation>
    </message>
    <message>
        <source>stage moves of applications</source>
        <translation>fasewissels van sollicitaties</translation>
    </message>
    <message>
        <source>firm profile</source>
        <translation>bureaugegevens</translation>
    </message>
    <message>
        <source>suppression list entries</source>
        <translation>vermeldingen op de uitsluitingslijst</translation>
    </message>
    <message>
        <source>suppression list entries removed earlier (kept in the local vault with their reasons)</source>
        <translation>eerder van de uitsluitingslijst gehaalde vermeldingen (met hun reden bewaard in de lokale kluis)</translation>
    </message>
</context>
<context>
    <name>months</name>
    <message>
        <source>January</source>
        <translation>januari</translation>
    </message>
    <message>
        <source>February</source>
        <translation>februari</translation>
    </message>
    <message>
        <source>March</source>
        <translation>maart</translation>
    </message>
    <message>
        <source>April</source>
        <translation>april</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mei</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>augustus</translation>
    </message>
    <message>
        <source>September</source>
        <translation>september</translation>
    </message>
    <message>
        <source>October</source>
        <translation>oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>november</translation>
    </message>
    <message>
        <source>December</source>
        <translation>december</translation>
    </message>
</context>
<context>
    <name>notes</name>
    <message>
        <source>Interview</source>
        <translation>Sollicitatiegesprek</translation>
    </message>
    <message>
        <source>Phone screen</source>
        <translation>Telefonische screening</translation>
    </message>
    <message>
        <source>Online screening</source>
        <translation>Online screening</translation>
    </message>
</context>
<context>
    <name>os errors</name>
    <message>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <source>your disk quota is used up</source>
        <translation>uw schijfquotum is op</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>toegang geweigerd</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>de schijf is alleen-lezen</translation>
    </message>
    <message>
        <source>the file or folder does not exist</source>
        <translation>het bestand of de map bestaat niet</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>een deel van het pad is geen map</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>het is een map, geen bestand</translation>
    </message>
    <message>
        <source>it already exists</source>
        <translation>het bestaat al</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>de naam is te lang</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>de schijf kon niet worden gelezen of beschreven</translation>
    </message>
    <message>
        <source>it is in use by another program</source>
        <translation>het is in gebruik door een ander programma</translation>
    </message>
    <message>
        <source>too many files are open</source>
        <translation>er zijn te veel bestanden geopend</translation>
    </message>
</context>
<context>
    <name>periods</name>
    <message>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} dagen</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 week</translation>
    </message>
    <message>
        <source>{n} weeks</source>
        <translation>{n} weken</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 maand</translation>
    </message>
    <message>
        <source>{n} months</source>
        <translation>{n} maanden</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 jaar</translation>
    </message>
    <message>
        <source>{n} years</source>
        <translation>{n} jaar</translation>
    </message>
</context>
<context>
    <name>policy description</name>
    <message>
        <source>{period} after the application</source>
        <translation>{period} na de sollicitatie</translation>
    </message>
    <message>
        <source>{period} after the last contact</source>
        <translation>{period} na het laatste contact</translation>
    </message>
    <message>
        <source>{period} after the procedure</source>
        <translation>{period} na de procedure</translation>
    </message>
    <message>
        <source>{period} after consent was given</source>
        <translation>{period} nadat toestemming is gegeven</translation>
    </message>
    <message>
        <source>{period} after the start</source>
        <translation>{period} na de start</translation>
    </message>
    <message>
        <source>{period} after the application with consent</source>
        <translation>{period} na de sollicitatie met toestemming</translation>
    </message>
    <message>
        <source>{period} after the last contact with consent</source>
        <translation>{period} na het laatste contact met toestemming</translation>
    </message>
    <message>
        <source>{period} after the procedure with consent</source>
        <translation>{period} na de procedure met toestemming</translation>
    </message>
    <message>
        <source>{period} with consent, from the day it was given</source>
        <translation>{period} met toestemming, vanaf de dag waarop die is gegeven</translation>
    </message>
    <message>
        <source>{period} after the start with consent</source>
        <translation>{period} na de start met toestemming</translation>
    </message>
    <message>
        <source>{period} with consent</source>
        <translation>{period} met toestemming</translation>
    </message>
    <message>
        <source>{terms}, with or without consent</source>
        <translation>{terms}, met of zonder toestemming</translation>
    </message>
    <message>
        <source>{terms} (no term in the statement)</source>
        <translation>{terms} (geen termijn in de verklaring)</translation>
    </message>
    <message>
        <source>outplacement: {terms}</source>
        <translation>outplacement: {terms}</translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <translation>{first}; {second}</translation>
    </message>
    <message>
        <source>Privacy statement of {company}</source>
        <translation>Privacyverklaring van {company}</translation>
    </message>
    <message>
        <source>Privacy statement of {company} ({reference})</source>
        <translation>Privacyverklaring van {company} ({reference})</translation>
    </message>
    <message>
        <source>Guidance of the {company} ({reference})</source>
        <translation>Advies van de {company} ({reference})</translation>
    </message>
    <message>
        <source>{source}, {dated}</source>
        <translation>{source}, {dated}</translation>
    </message>
    <message>
        <source>last changed on {date}</source>
        <translation>laatst gewijzigd op {date}</translation>
    </message>
    <message>
        <source>version of {date}</source>
        <translation>versie van {date}</translation>
    </message>
    <message>
        <source>valid from {date}</source>
        <translation>geldig vanaf {date}</translation>
    </message>
    <message>
        <source>not dated</source>
        <translation>niet gedateerd</translation>
    </message>
    <message>
        <source>Dutch Data Protection Authority</source>
        <translation>Autoriteit Persoonsgegevens</translation>
    </message>
</context>
<context>
    <name>policy editor</name>
    <message>
        <source>Not hired</source>
        <translation>Niet aangenomen</translation>
    </message>
    <message>
        <source>Recruitment reserve (with consent)</source>
        <translation>Wervingsreserve (met toestemming)</translation>
    </message>
    <message>
        <source>Procedure still open</source>
        <translation>Procedure loopt nog</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Aangenomen</translation>
    </message>
    <message>
        <source>Outplacement</source>
        <translation>Outplacement</translation>
    </message>
    <message>
        <source>Sourced, never applied</source>
        <translation>Zelf benaderd, nooit gesolliciteerd</translation>
    </message>
    <message>
        <source>End of the procedure</source>
        <translation>Einde van de procedure</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Sollicitatie</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Toestemming gegeven</translation>
    </message>
    <message>
        <source>Start of the outplacement</source>
        <translation>Start van de outplacement</translation>
    </message>
    <message>
        <source>day</source>
        <translation>dag</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dagen</translation>
    </message>
    <message>
        <source>week</source>
        <translation>week</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>weken</translation>
    </message>
    <message>
        <source>month</source>
        <translation>maand</translation>
    </message>
    <message>
        <source>months</source>
        <translation>maanden</translation>
    </message>
    <message>
        <source>year</source>
        <translation>jaar</translation>
    </message>
    <message>
        <source>years</source>
        <translation>jaar</translation>
    </message>
    <message>
        <source>while it lasts</source>
        <translation>zolang die duurt</translation>
    </message>
    <message>
        <source>no maximum</source>
        <translation>geen maximum</translation>
    </message>
    <message>
        <source>it has {count} rules for &quot;{situation}&quot;; keep one rule per situation</source>
        <translation>het bevat {count} regels voor &quot;{situation}&quot;; houd één regel per situatie</translation>
    </message>
    <message>
        <source>The period must be at least {minimum}.</source>
        <translation>De termijn moet minstens {minimum} zijn.</translation>
    </message>
    <message>
        <source>The period can be at most {limit}.</source>
        <translation>De termijn kan ten hoogste {limit} zijn.</translation>
    </message>
    <message>
        <source>The maximum must be at least {minimum}.</source>
        <translation>Het maximum moet minstens {minimum} zijn.</translation>
    </message>
    <message>
        <source>The maximum can be at most {limit}.</source>
        <translation>Het maximum kan ten hoogste {limit} zijn.</translation>
    </message>
    <message>
        <source>Consent period missing for the recruitment reserve: give a period or a maximum.</source>
        <translation>De termijn voor de wervingsreserve ontbreekt: geef een termijn of een maximum op.</translation>
    </message>
    <message>
        <source>Give a period or a maximum: no candidate may be kept forever.</source>
        <translation>Geef een termijn of een maximum op: geen kandidaat mag voor altijd worden bewaard.</translation>
    </message>
    <message>
        <source>The maximum must be longer than the period, or it never applies.</source>
        <translation>Het maximum moet langer zijn dan de termijn, anders geldt het nooit.</translation>
    </message>
    <message>
        <source>A candidate who applied on {applied} and was not hired on {ended} is deleted on {due}.</source>
        <translation>Een kandidaat die op {applied} solliciteerde en op {ended} niet werd aangenomen, wordt op {due} verwijderd.</translation>
    </message>
    <message>
        <source>A candidate who applied on {applied}, was not hired on {ended} and agreed that day to stay in the recruitment reserve is deleted on {due} at the latest.</source>
        <translation>Een kandidaat die op {applied} solliciteerde, op {ended} niet werd aangenomen en die dag instemde met opname in de wervingsreserve, wordt uiterlijk op {due} verwijderd.</translation>
    </message>
    <message>
        <source>A candidate who applied on {applied}, last contacted on {ended} in a procedure that stays open, is deleted on {due}.</source>
        <translation>Een kandidaat die op {applied} solliciteerde en voor het laatst op {ended} contact had, in een procedure die open blijft, wordt op {due} verwijderd.</translation>
    </message>
    <message>
        <source>A candidate who applied on {applied} and was hired on {ended} is deleted from the recruitment files on {due}.</source>
        <translation>Een kandidaat die op {applied} solliciteerde en op {ended} werd aangenomen, wordt op {due} uit de wervingsgegevens verwijderd.</translation>
    </message>
    <message>
        <source>An outplacement started and last discussed on {ended} is deleted on {due}.</source>
        <translation>Een outplacement die op {ended} begon en toen voor het laatst werd besproken, wordt op {due} verwijderd.</translation>
    </message>
    <message>
        <source>A profile found on {ended}, never contacted again and without an application, is deleted on {due}.</source>
        <translation>Een profiel dat op {ended} werd gevonden, daarna niet meer werd benaderd en zonder sollicitatie, wordt op {due} verwijderd.</translation>
    </message>
</context>
<context>
    <name>policy files</name>
    <message>
        <source>{where} needs a date to count from (&quot;anchor&quot;) and a period (&quot;period&quot;)</source>
        <translation>{where} heeft een datum nodig om vanaf te rekenen (&quot;anchor&quot;) en een termijn (&quot;period&quot;)</translation>
    </message>
    <message>
        <source>{where} counts from &quot;{value}&quot;, which is not one of: {choices}</source>
        <translation>{where} rekent vanaf &quot;{value}&quot;, en dat is geen van: {choices}</translation>
    </message>
    <message>
        <source>{where}: &quot;{value}&quot; is not written like &quot;6 weeks&quot; (days, weeks, months or years)</source>
        <translation>{where}: &quot;{value}&quot; is niet geschreven zoals &quot;6 weeks&quot; (days, weeks, months of years)</translation>
    </message>
    <message>
        <source>{where}: &quot;{value}&quot; must be from {low} to {limit}</source>
        <translation>{where}: &quot;{value}&quot; moet tussen {low} en {limit} liggen</translation>
    </message>
    <message>
        <source>it holds no policy (an object with &quot;rules&quot; is expected)</source>
        <translation>het bevat geen beleid (een object met &quot;rules&quot; wordt verwacht)</translation>
    </message>
    <message>
        <source>the list of rules (&quot;rules&quot;) is missing or empty</source>
        <translation>de lijst met regels (&quot;rules&quot;) ontbreekt of is leeg</translation>
    </message>
    <message>
        <source>rule {number} is not a rule</source>
        <translation>regel {number} is geen regel</translation>
    </message>
    <message>
        <source>rule {number} names no situation (&quot;situations&quot;)</source>
        <translation>regel {number} noemt geen situatie (&quot;situations&quot;)</translation>
    </message>
    <message>
        <source>rule {number} names the situation &quot;{value}&quot;, which is not one of: {choices}</source>
        <translation>regel {number} noemt de situatie &quot;{value}&quot;, en dat is geen van: {choices}</translation>
    </message>
    <message>
        <source>rule {number} (period)</source>
        <translation>regel {number} (termijn)</translation>
    </message>
    <message>
        <source>rule {number} (maximum)</source>
        <translation>regel {number} (maximum)</translation>
    </message>
    <message>
        <source>rule {number} keeps data forever; give it a period or a maximum</source>
        <translation>regel {number} bewaart gegevens voor altijd; geef een termijn of een maximum op</translation>
    </message>
    <message>
        <source>two rules have the same &quot;id&quot;</source>
        <translation>twee regels hebben dezelfde &quot;id&quot;</translation>
    </message>
    <message>
        <source>it is far too large for a policy</source>
        <translation>het is veel te groot voor een beleid</translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <source>Dutch DPA guidance</source>
        <translation>Richtlijn van de Autoriteit Persoonsgegevens</translation>
    </message>
    <message>
        <source>IT1</source>
        <translation>IT1</translation>
    </message>
    <message>
        <source>Imalink</source>
        <translation>Imalink</translation>
    </message>
    <message>
        <source>Infosentry</source>
        <translation>Infosentry</translation>
    </message>
    <message>
        <source>ITZU</source>
        <translation>ITZU</translation>
    </message>
    <message>
        <source>ICT Makers</source>
        <translation>ICT Makers</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>eigen regels</translation>
    </message>
</context>
<context>
    <name>processing</name>
    <message>
        <source>Recruitment and selection for a vacancy</source>
        <translation>Werving en selectie voor een vacature</translation>
    </message>
    <message>
        <source>Steps taken at the candidate&apos;s request before a contract (GDPR Art. 6(1)(b)) and the firm&apos;s legitimate interest in recruiting (Art. 6(1)(f))</source>
        <translation>Maatregelen op verzoek van de kandidaat voorafgaand aan een overeenkomst (art. 6, lid 1, b, AVG) en het gerechtvaardigd belang van het bureau bij werving (art. 6, lid 1, f)</translation>
    </message>
    <message>
        <source>The firm&apos;s recruiters; the client offering the vacancy the candidate applied for</source>
        <translation>De recruiters van het bureau; de klant die de vacature aanbiedt waarop de kandidaat heeft gesolliciteerd</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>Sollicitanten</translation>
    </message>
    <message>
        <source>Keeping the candidate in the recruitment reserve for future vacancies</source>
        <translation>De kandidaat in de wervingsreserve houden voor toekomstige vacatures</translation>
    </message>
    <message>
        <source>Consent (GDPR Art. 6(1)(a)), which can be withdrawn at any time</source>
        <translation>Toestemming (art. 6, lid 1, a, AVG), die op elk moment kan worden ingetrokken</translation>
    </message>
    <message>
        <source>The firm&apos;s recruiters</source>
        <translation>De recruiters van het bureau</translation>
    </message>
    <message>
        <source>Candidates who agreed to stay in the recruitment reserve</source>
        <translation>Kandidaten die ermee hebben ingestemd in de wervingsreserve te blijven</translation>
    </message>
    <message>
        <source>Presenting the candidate&apos;s profile to clients</source>
        <translation>Het profiel van de kandidaat aan klanten voorstellen</translation>
    </message>
    <message>
        <source>Client companies the candidate agreed to be presented to</source>
        <translation>Klantbedrijven aan wie de kandidaat ermee heeft ingestemd te worden voorgesteld</translation>
    </message>
    <message>
        <source>Candidates who agreed to be presented to clients</source>
        <translation>Kandidaten die ermee hebben ingestemd aan klanten te worden voorgesteld</translation>
    </message>
    <message>
        <source>Sharing the candidate&apos;s profile with affiliated companies</source>
        <translation>Het profiel van de kandidaat delen met verbonden ondernemingen</translation>
    </message>
    <message>
        <source>Companies of the same group</source>
        <translation>Ondernemingen van dezelfde groep</translation>
    </message>
    <message>
        <source>Candidates who agreed to sharing within the group</source>
        <translation>Kandidaten die hebben ingestemd met delen binnen de groep</translation>
    </message>
    <message>
        <source>Approaching people about vacancies after finding their public professional profile</source>
        <translation>Mensen over vacatures benaderen nadat hun openbare beroepsprofiel is gevonden</translation>
    </message>
    <message>
        <source>Legitimate interest (GDPR Art. 6(1)(f)); the person can object at any time</source>
        <translation>Gerechtvaardigd belang (art. 6, lid 1, f, AVG); de persoon kan op elk moment bezwaar maken</translation>
    </message>
    <message>
        <source>People found through public professional profiles</source>
        <translation>Mensen die via openbare beroepsprofielen zijn gevonden</translation>
    </message>
    <message>
        <source>Outplacement and career coaching</source>
        <translation>Outplacement en loopbaanbegeleiding</translation>
    </message>
    <message>
        <source>Performance of a contract (GDPR Art. 6(1)(b)) and legal obligations (Art. 6(1)(c))</source>
        <translation>Uitvoering van een overeenkomst (art. 6, lid 1, b, AVG) en wettelijke verplichtingen (art. 6, lid 1, c)</translation>
    </message>
    <message>
        <source>The firm&apos;s coaches; the employer that ordered the outplacement</source>
        <translation>De coaches van het bureau; de werkgever die het outplacement heeft aangevraagd</translation>
    </message>
    <message>
        <source>Outplacement clients</source>
        <translation>Outplacementcliënten</translation>
    </message>
    <message>
        <source>Answering data-protection requests and proving consent and erasure</source>
        <translation>Verzoeken over gegevensbescherming beantwoorden en toestemming en wissing aantonen</translation>
    </message>
    <message>
        <source>Legal obligation (GDPR Art. 6(1)(c), Art. 7(1), Art. 12)</source>
        <translation>Wettelijke verplichting (art. 6, lid 1, c, art. 7, lid 1, en art. 12 AVG)</translation>
    </message>
    <message>
        <source>The firm only; supervisory authorities on request</source>
        <translation>Alleen het bureau; toezichthoudende autoriteiten op verzoek</translation>
    </message>
    <message>
        <source>Everyone whose data the firm holds</source>
        <translation>Iedereen van wie het bureau gegevens bewaart</translation>
    </message>
    <message>
        <source>Identification and contact details; CV and application documents; education and work history; interview and screening notes; consents and their evidence; requests and their handling</source>
        <translation>Identificatie- en contactgegevens; cv en sollicitatiedocumenten; opleiding en werkervaring; notities van gesprekken en screenings; toestemmingen en het bewijs ervan; verzoeken en de afhandeling ervan</translation>
    </message>
    <message>
        <source>None outside the European Economic Area</source>
        <translation>Geen buiten de Europese Economische Ruimte</translation>
    </message>
    <message>
        <source>Encrypted vault (SQLCipher, AES-256) on the recruiter&apos;s computer; a separate key per candidate for documents and notes; keys in the operating system&apos;s keychain; automatic lock; erasure that also clears the database log and search index; audit log without personal data</source>
        <translation>Versleutelde kluis (SQLCipher, AES-256) op de computer van de recruiter; een aparte sleutel per kandidaat voor documenten en notities; sleutels in de sleutelhanger van het besturingssysteem; automatische vergrendeling; wissen waarbij ook het logbestand van de database en de zoekindex worden leeggemaakt; auditlogboek zonder persoonsgegevens</translation>
    </message>
    <message>
        <source>No fixed term; deleted when no longer needed or on request</source>
        <translation>Geen vaste termijn; verwijderd zodra niet langer nodig of op verzoek</translation>
    </message>
    <message>
        <source>as long as the situation lasts</source>
        <translation>zolang de situatie duurt</translation>
    </message>
    <message>
        <source>at most {period} after {anchor}</source>
        <translation>maximaal {period} na {anchor}</translation>
    </message>
    <message>
        <source>{period} after {anchor}</source>
        <translation>{period} na {anchor}</translation>
    </message>
    <message>
        <source>Outplacement</source>
        <translation>Outplacement</translation>
    </message>
    <message>
        <source>In the recruitment reserve with consent</source>
        <translation>In de wervingsreserve met toestemming</translation>
    </message>
    <message>
        <source>Procedure open</source>
        <translation>Procedure loopt</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Aangenomen</translation>
    </message>
    <message>
        <source>Not hired</source>
        <translation>Niet aangenomen</translation>
    </message>
    <message>
        <source>Sourced without application</source>
        <translation>Zelf benaderd, zonder sollicitatie</translation>
    </message>
    <message>
        <source>(not set: fill in under Settings)</source>
        <translation>(niet ingesteld: vul dit in bij Instellingen)</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Verwerkingsverantwoordelijke</translation>
    </message>
    <message>
        <source>Privacy contact</source>
        <translation>Contactpersoon voor privacy</translation>
    </message>
    <message>
        <source>Privacy statement</source>
        <translation>Privacyverklaring</translation>
    </message>
    <message>
        <source>Retention policy</source>
        <translation>Bewaarbeleid</translation>
    </message>
    <message>
        <source>Generated on</source>
        <translation>Aangemaakt op</translation>
    </message>
    <message>
        <source>Technical and organisational security measures</source>
        <translation>Technische en organisatorische beveiligingsmaatregelen</translation>
    </message>
    <message>
        <source>Processing activities</source>
        <translation>Verwerkingsactiviteiten</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rechtsgrond</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Betrokkenen</translation>
    </message>
    <message>
        <source>Categories of personal data</source>
        <translation>Categorieën van persoonsgegevens</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Ontvangers</translation>
    </message>
    <message>
        <source>Transfers outside the EEA</source>
        <translation>Doorgiften buiten de EER</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <source>Retention rules</source>
        <translation>Bewaarregels</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Van toepassing op</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>From the privacy statement</source>
        <translation>Uit de privacyverklaring</translation>
    </message>
    <message>
        <source>The statement says</source>
        <translation>De verklaring zegt</translation>
    </message>
</context>
<context>
    <name>recovery_kit</name>
    <message>
        <source>RecruitDesk recovery kit</source>
        <translation>RecruitDesk-herstelkit</translation>
    </message>
    <message>
        <source>Recovery key:</source>
        <translation>Herstelsleutel:</translation>
    </message>
    <message>
        <source>Vault: {vault_id}</source>
        <translation>Kluis: {vault_id}</translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Map: {folder}</translation>
    </message>
    <message>
        <source>Created: {created}</source>
        <translation>Aangemaakt: {created}</translation>
    </message>
    <message>
        <source>Keep this page somewhere safe, away from this computer (a locked drawer, a password manager). You need the recovery key to open the vault on a new computer, after the system keychain was reset, or when the key in the keychain is lost. Anyone who has both this key and a copy of the vault can read it. RecruitDesk cannot show this key again.</source>
        <translation>Bewaar deze pagina op een veilige plek, niet bij deze computer (een afgesloten lade, een wachtwoordbeheerder). U hebt de herstelsleutel nodig om de kluis te openen op een nieuwe computer, nadat de sleutelhanger van het systeem opnieuw is ingesteld, of wanneer de sleutel in de sleutelhanger verloren is gegaan. Wie zowel deze sleutel als een kopie van de kluis heeft, kan de kluis lezen. RecruitDesk kan deze sleutel niet opnieuw tonen.</translation>
    </message>
</context>
<context>
    <name>rejection_letter</name>
    <message>
        <source>Your application</source>
        <translation>Uw sollicitatie</translation>
    </message>
    <message>
        <source>Your application for {vacancy}</source>
        <translation>Uw sollicitatie voor {vacancy}</translation>
    </message>
    <message>
        <source>Dear {name},</source>
        <translation>Geachte {name},</translation>
    </message>
    <message>
        <source>Thank you for your interest in {firm} and for the time you gave to your application.</source>
        <translation>Hartelijk dank voor uw interesse in {firm} en voor de tijd die u in uw sollicitatie hebt gestoken.</translation>
    </message>
    <message>
        <source>Thank you for your interest in {firm} and for the time you gave to your application for {vacancy}.</source>
        <translation>Hartelijk dank voor uw interesse in {firm} en voor de tijd die u in uw sollicitatie voor de functie {vacancy} hebt gestoken.</translation>
    </message>
    <message>
        <source>After careful consideration we have decided not to continue with your application. This is not a judgement of your qualities: we have chosen a candidate whose profile matches this position more closely.</source>
        <translation>Na zorgvuldige afweging hebben wij besloten uw sollicitatie niet verder in behandeling te nemen. Dit is geen oordeel over uw kwaliteiten: wij hebben gekozen voor een kandidaat wiens profiel nauwer aansluit bij deze functie.</translation>
    </message>
    <message>
        <source>We keep the details of your application for {period} after {anchor}, that is until {date}. After that date we delete them.</source>
        <translation>Wij bewaren de gegevens van uw sollicitatie tot {period} na {anchor}, dat wil zeggen tot {date}. Na die datum verwijderen wij ze.</translation>
    </message>
    <message>
        <source>We keep the details of your application for at most {period} after {anchor}, that is until {date}. After that date we delete them.</source>
        <translation>Wij bewaren de gegevens van uw sollicitatie hoogstens {period} na {anchor}, dat wil zeggen tot {date}. Na die datum verwijderen wij ze.</translation>
    </message>
    <message>
        <source>We keep the details of your application until {date}. After that date we delete them.</source>
        <translation>Wij bewaren de gegevens van uw sollicitatie tot {date}. Na die datum verwijderen wij ze.</translation>
    </message>
    <message>
        <source>We keep the details of your application only as long as our privacy statement allows, and then delete them.</source>
        <translation>Wij bewaren de gegevens van uw sollicitatie slechts zolang onze privacyverklaring dat toestaat en verwijderen ze daarna.</translation>
    </message>
    <message>
        <source>Our privacy statement explains how we handle your personal data: {link}</source>
        <translation>In onze privacyverklaring leest u hoe wij met uw persoonsgegevens omgaan: {link}</translation>
    </message>
    <message>
        <source>Our privacy statement explains how we handle your personal data; we will gladly send you a copy.</source>
        <translation>In onze privacyverklaring leest u hoe wij met uw persoonsgegevens omgaan; wij bezorgen u graag een exemplaar.</translation>
    </message>
    <message>
        <source>You may ask us at any time to see, correct or delete your data by writing to {contact}.</source>
        <translation>U kunt ons op elk moment vragen uw gegevens in te zien, te verbeteren of te verwijderen door te schrijven naar {contact}.</translation>
    </message>
    <message>
        <source>You may ask us at any time to see, correct or delete your data by replying to this e-mail.</source>
        <translation>U kunt ons op elk moment vragen uw gegevens in te zien, te verbeteren of te verwijderen door op deze e-mail te antwoorden.</translation>
    </message>
    <message>
        <source>We would nevertheless like to keep your details in {reserve}, so that we can contact you about future vacancies that suit you. If you agree, please reply to this e-mail confirming the following:</source>
        <translation>Wij zouden uw gegevens niettemin graag bewaren in {reserve}, zodat wij u kunnen contacteren over toekomstige vacatures die bij u passen. Gaat u daarmee akkoord, antwoord dan op deze e-mail met de bevestiging van het volgende:</translation>
    </message>
    <message>
        <source>&quot;I agree that {firm} keeps my details in its recruitment reserve until {date} at the latest, to contact me about suitable vacancies. I can withdraw this consent at any time.&quot;</source>
        <translation>&quot;Ik ga ermee akkoord dat {firm} mijn gegevens uiterlijk tot {date} in de wervingsreserve bewaart, om mij te contacteren over passende vacatures. Ik kan deze toestemming op elk moment intrekken.&quot;</translation>
    </message>
    <message>
        <source>If you do not reply, we will delete your details on the date given above.</source>
        <translation>Als u niet antwoordt, verwijderen wij uw gegevens op de hierboven vermelde datum.</translation>
    </message>
    <message>
        <source>We wish you every success in your search.</source>
        <translation>Wij wensen u veel succes bij uw verdere zoektocht.</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>Met vriendelijke groeten,</translation>
    </message>
    <message>
        <source>our firm</source>
        <translation>ons kantoor</translation>
    </message>
</context>
<context>
    <name>requests</name>
    <message>
        <source>Access to data</source>
        <translation>Inzage in gegevens</translation>
    </message>
    <message>
        <source>Data portability</source>
        <translation>Overdraagbaarheid van gegevens</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Rectificatie</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Wissen van gegevens</translation>
    </message>
    <message>
        <source>Restriction of processing</source>
        <translation>Beperking van de verwerking</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Bezwaar</translation>
    </message>
    <message>
        <source>Consent withdrawal</source>
        <translation>Intrekking van toestemming</translation>
    </message>
</context>
<context>
    <name>retention</name>
    <message>
        <source>{policy} policy</source>
        <translation>bewaarbeleid: {policy}</translation>
    </message>
    <message>
        <source>On legal hold: {reason}</source>
        <translation>Bewaard om juridische redenen: {reason}</translation>
    </message>
    <message>
        <source>Consent for the recruitment reserve ended on {date}: delete without delay</source>
        <translation>De toestemming voor de wervingsreserve is op {date} geëindigd: verwijder de gegevens zonder uitstel</translation>
    </message>
    <message>
        <source>at most {period} after {anchor} on {date}</source>
        <translation>maximaal {period} na {anchor} op {date}</translation>
    </message>
    <message>
        <source>{period} after {anchor} on {date}</source>
        <translation>{period} na {anchor} op {date}</translation>
    </message>
    <message>
        <source>(the firm&apos;s own rule: the statement sets no term)</source>
        <translation>(eigen regel van het bureau: de privacyverklaring legt geen termijn vast)</translation>
    </message>
    <message>
        <source>extended until {date}: {reason}</source>
        <translation>verlengd tot {date}: {reason}</translation>
    </message>
</context>
<context>
    <name>stages</name>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Screening</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Aanbod</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Aangenomen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Teruggetrokken</translation>
    </message>
</context>
<context>
    <name>suppression</name>
    <message>
        <source>Objection</source>
        <translation>Bezwaar</translation>
    </message>
    <message>
        <source>Erasure request</source>
        <translation>Verzoek tot wissing</translation>
    </message>
    <message>
        <source>Do not contact again (recruiter)</source>
        <translation>Niet meer contacteren (recruiter)</translation>
    </message>
</context>
<context>
    <name>team audit</name>
    <message>
        <source>Candidate added</source>
        <translation>Kandidaat toegevoegd</translation>
    </message>
    <message>
        <source>Candidate changed</source>
        <translation>Kandidaat gewijzigd</translation>
    </message>
    <message>
        <source>Candidate erased</source>
        <translation>Kandidaat gewist</translation>
    </message>
    <message>
        <source>Member invited</source>
        <translation>Lid uitgenodigd</translation>
    </message>
    <message>
        <source>Member joined</source>
        <translation>Lid toegetreden</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Rol gewijzigd</translation>
    </message>
    <message>
        <source>Member revoked</source>
        <translation>Lid ingetrokken</translation>
    </message>
    <message>
        <source>Revocation finished</source>
        <translation>Intrekking voltooid</translation>
    </message>
    <message>
        <source>Device key renewed</source>
        <translation>Apparaatsleutel vernieuwd</translation>
    </message>
    <message>
        <source>Renewal of every candidate key started</source>
        <translation>Vernieuwing van alle kandidaatsleutels gestart</translation>
    </message>
    <message>
        <source>Candidate key renewed</source>
        <translation>Kandidaatsleutel vernieuwd</translation>
    </message>
    <message>
        <source>Every candidate key renewed</source>
        <translation>Alle kandidaatsleutels vernieuwd</translation>
    </message>
    <message>
        <source>Retention policy set</source>
        <translation>Bewaarbeleid ingesteld</translation>
    </message>
    <message>
        <source>Firm profile changed</source>
        <translation>Bureaugegevens gewijzigd</translation>
    </message>
    <message>
        <source>Record of processing activities written</source>
        <translation>Register van verwerkingsactiviteiten weggeschreven</translation>
    </message>
    <message>
        <source>Request registered</source>
        <translation>Verzoek geregistreerd</translation>
    </message>
    <message>
        <source>Request extended or completed</source>
        <translation>Verzoek verlengd of afgerond</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>Notitie toegevoegd</translation>
    </message>
    <message>
        <source>Note changed</source>
        <translation>Notitie gewijzigd</translation>
    </message>
    <message>
        <source>Note deleted</source>
        <translation>Notitie verwijderd</translation>
    </message>
    <message>
        <source>Document added</source>
        <translation>Document toegevoegd</translation>
    </message>
    <message>
        <source>Document changed</source>
        <translation>Document gewijzigd</translation>
    </message>
    <message>
        <source>Document deleted</source>
        <translation>Document verwijderd</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Toestemming vastgelegd</translation>
    </message>
    <message>
        <source>Consent changed</source>
        <translation>Toestemming gewijzigd</translation>
    </message>
    <message>
        <source>Vacancy added</source>
        <translation>Vacature toegevoegd</translation>
    </message>
    <message>
        <source>Vacancy changed</source>
        <translation>Vacature gewijzigd</translation>
    </message>
    <message>
        <source>Added to a vacancy</source>
        <translation>Aan een vacature toegevoegd</translation>
    </message>
    <message>
        <source>Application moved or rated</source>
        <translation>Sollicitatie verplaatst of beoordeeld</translation>
    </message>
    <message>
        <source>Identity revealed in a blind review</source>
        <translation>Identiteit getoond bij een blinde beoordeling</translation>
    </message>
    <message>
        <source>Tag added</source>
        <translation>Label toegevoegd</translation>
    </message>
    <message>
        <source>Tag changed</source>
        <translation>Label gewijzigd</translation>
    </message>
    <message>
        <source>Tag given to a candidate</source>
        <translation>Label aan een kandidaat gegeven</translation>
    </message>
    <message>
        <source>Tag taken from a candidate</source>
        <translation>Label van een kandidaat verwijderd</translation>
    </message>
    <message>
        <source>Entry removed from the suppression list</source>
        <translation>Item van de uitsluitingslijst verwijderd</translation>
    </message>
    <message>
        <source>Contact recorded</source>
        <translation>Contact vastgelegd</translation>
    </message>
    <message>
        <source>Candidate&apos;s data exported</source>
        <translation>Gegevens van de kandidaat geëxporteerd</translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation>Auditlogboek geëxporteerd</translation>
    </message>
    <message>
        <source>Retention facts changed</source>
        <translation>Bewaargegevens gewijzigd</translation>
    </message>
    <message>
        <source>Legal hold released</source>
        <translation>Juridische bewaring opgeheven</translation>
    </message>
    <message>
        <source>Legal hold released: {reason}</source>
        <translation>Juridische bewaring opgeheven: {reason}</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Verwerking beperkt</translation>
    </message>
    <message>
        <source>The audit chain is intact: no entry was altered, removed or reordered.</source>
        <translation>De auditketen is intact: geen enkel item is gewijzigd, verwijderd of van plaats veranderd.</translation>
    </message>
    <message>
        <source>The audit chain is broken at entry {entry}: that entry or the one before it was altered, removed or reordered on the server. Tell the team&apos;s administrators.</source>
        <translation>De auditketen is verbroken bij item {entry}: dat item of het item ervoor is op de server gewijzigd, verwijderd of van plaats veranderd. Breng de beheerders van het team op de hoogte.</translation>
    </message>
    <message>
        <source>{member} – {role}</source>
        <translation>{member} – {role}</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Auditlogboek</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
</context>
<context>
    <name>team blind review</name>
    <message>
        <source>{member} rated this CV {theirs} meanwhile, so your rating {mine} was not saved. Their rating is shown now; record yours again to replace it.</source>
        <translation>{member} heeft dit cv intussen {theirs} gegeven, dus uw beoordeling {mine} werd niet opgeslagen. Hun beoordeling wordt nu getoond; leg de uwe opnieuw vast om ze te vervangen.</translation>
    </message>
    <message>
        <source>Another member</source>
        <translation>Een ander lid</translation>
    </message>
    <message>
        <source>A colleague changed this application meanwhile, so your rating {mine} was not saved. The review shows it as it is now; record your rating again.</source>
        <translation>Een collega heeft deze sollicitatie intussen gewijzigd, dus uw beoordeling {mine} werd niet opgeslagen. De beoordeling toont ze nu zoals ze is; leg uw beoordeling opnieuw vast.</translation>
    </message>
</context>
<context>
    <name>team documents</name>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word-document</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>OpenDocument-tekst</translation>
    </message>
    <message>
        <source>RTF document</source>
        <translation>RTF-document</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Afbeelding</translation>
    </message>
</context>
<context>
    <name>team policy</name>
    <message>
        <source>A policy of the firm&apos;s own</source>
        <translation>Een eigen beleid van het bureau</translation>
    </message>
</context>
<context>
    <name>team register</name>
    <message>
        <source>recovery key</source>
        <translation>herstelsleutel</translation>
    </message>
    <message>
        <source>unknown member</source>
        <translation>onbekend lid</translation>
    </message>
</context>
<context>
    <name>team roles</name>
    <message>
        <source>recruiter</source>
        <translation>recruiter</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>beheerder</translation>
    </message>
    <message>
        <source>data protection officer (read only)</source>
        <translation>functionaris voor gegevensbescherming (alleen lezen)</translation>
    </message>
    <message>
        <source>change candidates</source>
        <translation>kandidaten wijzigen</translation>
    </message>
    <message>
        <source>manage members and the team&apos;s policy</source>
        <translation>leden en het beleid van het team beheren</translation>
    </message>
    <message>
        <source>change the team&apos;s firm profile</source>
        <translation>de bureaugegevens van het team wijzigen</translation>
    </message>
    <message>
        <source>remove an entry from the suppression list</source>
        <translation>een item van de uitsluitingslijst verwijderen</translation>
    </message>
    <message>
        <source>run the retention check</source>
        <translation>de bewaartermijncontrole uitvoeren</translation>
    </message>
</context>
<context>
    <name>team_contacts</name>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <source>Other contact</source>
        <translation>Ander contact</translation>
    </message>
    <message>
        <source>Message sent</source>
        <translation>Bericht verzonden</translation>
    </message>
    <message>
        <source>Interview scheduled</source>
        <translation>Gesprek gepland</translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <source>Added to the vault</source>
        <translation>Toegevoegd aan de kluis</translation>
    </message>
    <message>
        <source>Imported from a CV</source>
        <translation>Geïmporteerd uit een cv</translation>
    </message>
    <message>
        <source>Contact recorded</source>
        <translation>Contact vastgelegd</translation>
    </message>
    <message>
        <source>Interview scheduled</source>
        <translation>Gesprek gepland</translation>
    </message>
    <message>
        <source>Message sent</source>
        <translation>Bericht verstuurd</translation>
    </message>
    <message>
        <source>Rejection message sent</source>
        <translation>Afwijzingsbericht verstuurd</translation>
    </message>
    <message>
        <source>Applied for a vacancy</source>
        <translation>Gesolliciteerd voor een vacature</translation>
    </message>
    <message>
        <source>Moved to another stage of a vacancy</source>
        <translation>Naar een andere fase van een vacature verplaatst</translation>
    </message>
    <message>
        <source>Application rated</source>
        <translation>Sollicitatie beoordeeld</translation>
    </message>
    <message>
        <source>Application tags changed</source>
        <translation>Labels van een sollicitatie gewijzigd</translation>
    </message>
    <message>
        <source>Identity revealed after a blind review</source>
        <translation>Identiteit getoond na een blinde beoordeling</translation>
    </message>
    <message>
        <source>Outcome of the procedure recorded</source>
        <translation>Uitkomst van de procedure vastgelegd</translation>
    </message>
    <message>
        <source>Contact details edited</source>
        <translation>Contactgegevens bewerkt</translation>
    </message>
    <message>
        <source>Outplacement start recorded</source>
        <translation>Start van de outplacement vastgelegd</translation>
    </message>
    <message>
        <source>Data exported</source>
        <translation>Gegevens geëxporteerd</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Verwerking beperkt</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Gewist</translation>
    </message>
    <message>
        <source>Document added</source>
        <translation>Document toegevoegd</translation>
    </message>
    <message>
        <source>Document removed</source>
        <translation>Document verwijderd</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Toestemming vastgelegd</translation>
    </message>
    <message>
        <source>Consent evidence added</source>
        <translation>Bewijs van toestemming toegevoegd</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Toestemming ingetrokken</translation>
    </message>
    <message>
        <source>Consent renewal mail drafted</source>
        <translation>E-mail voor verlenging van de toestemming opgesteld</translation>
    </message>
    <message>
        <source>Screening note written</source>
        <translation>Screeningsnotitie geschreven</translation>
    </message>
    <message>
        <source>Screening note edited</source>
        <translation>Screeningsnotitie bewerkt</translation>
    </message>
    <message>
        <source>Screening findings discussed with the candidate</source>
        <translation>Bevindingen van de screening met de kandidaat besproken</translation>
    </message>
    <message>
        <source>Rights request registered</source>
        <translation>Verzoek van de betrokkene geregistreerd</translation>
    </message>
    <message>
        <source>Identity checked for a rights request</source>
        <translation>Identiteit gecontroleerd voor een verzoek van de betrokkene</translation>
    </message>
    <message>
        <source>Rights request linked to this candidate</source>
        <translation>Verzoek van de betrokkene gekoppeld aan deze kandidaat</translation>
    </message>
    <message>
        <source>Answer period of a rights request extended</source>
        <translation>Antwoordtermijn van een verzoek van de betrokkene verlengd</translation>
    </message>
    <message>
        <source>Rights request completed</source>
        <translation>Verzoek van de betrokkene afgerond</translation>
    </message>
    <message>
        <source>Put on the suppression list</source>
        <translation>Op de uitsluitingslijst gezet</translation>
    </message>
    <message>
        <source>Marked: do not contact again</source>
        <translation>Aangeduid: niet meer contacteren</translation>
    </message>
    <message>
        <source>Retention extended</source>
        <translation>Bewaartermijn verlengd</translation>
    </message>
    <message>
        <source>Legal hold set</source>
        <translation>Bewaring om juridische redenen ingesteld</translation>
    </message>
    <message>
        <source>Legal hold released</source>
        <translation>Juridische bewaring opgeheven</translation>
    </message>
    <message>
        <source>Recorded: {action}</source>
        <translation>Vastgelegd: {action}</translation>
    </message>
</context>
<context>
    <name>vacancies</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>On hold</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Ingevuld</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
</context>
</TS>
