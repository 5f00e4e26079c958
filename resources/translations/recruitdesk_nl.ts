<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
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
        <source>RecruitDesk locked the vault because it was not used for {minutes} min.</source>
        <translation>RecruitDesk heeft de kluis vergrendeld omdat ze {minutes} min. niet is gebruikt.</translation>
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
        <source>Due for deletion</source>
        <translation>Te verwijderen op</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Overdue: this candidate&apos;s data should already have been deleted.</source>
        <translation>Termijn verstreken: de gegevens van deze kandidaat hadden al verwijderd moeten zijn.</translation>
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
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
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
        <source>No candidates yet. Candidates you add or import will be listed here, with the date their data is due for deletion.</source>
        <translation>Nog geen kandidaten. Kandidaten die u toevoegt of importeert, verschijnen hier, met de datum waarop hun gegevens moeten worden verwijderd.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;RecruitDesk {version}&lt;/h3&gt;&lt;p&gt;An offline, encrypted candidate vault with GDPR retention countdowns.&lt;/p&gt;&lt;p&gt;Everything you store is kept in one encrypted database on this computer. It is opened with a key kept in your system keychain, so you never type a password here, or with the recovery key you saved when the vault was created. A stolen laptop, a copied disk or a backup shows only scrambled data. RecruitDesk locks itself after a few idle minutes. It cannot protect you from malicious software running under your own account.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;RecruitDesk {version}&lt;/h3&gt;&lt;p&gt;Een offline, versleutelde kandidatenkluis die de AVG-bewaartermijnen voor u aftelt.&lt;/p&gt;&lt;p&gt;Alles wat u bewaart, staat in één versleutelde database op deze computer. Die wordt geopend met een sleutel uit de sleutelhanger van uw systeem, zodat u hier nooit een wachtwoord hoeft te typen, of met de herstelsleutel die u bij het aanmaken van de kluis hebt bewaard. Op een gestolen laptop, een gekopieerde schijf of een back-up zijn alleen onleesbare gegevens te zien. RecruitDesk vergrendelt zichzelf na enkele minuten zonder gebruik. Tegen kwaadaardige software die onder uw eigen gebruikersaccount draait, kan RecruitDesk u niet beschermen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About RecruitDesk</source>
        <translation>Over RecruitDesk</translation>
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
    <name>UnlockDialog</name>
    <message>
        <source>This computer&apos;s keychain has no key for this vault (a new computer or a reset account). Enter your recovery key to unlock it.</source>
        <translation>De sleutelhanger van deze computer bevat geen sleutel voor deze kluis (een nieuwe computer of een opnieuw ingesteld gebruikersaccount). Voer uw herstelsleutel in om de kluis te ontgrendelen.</translation>
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
        <source>Enter the recovery key you printed or saved when the vault was created. Leave the field empty to try this computer&apos;s keychain again.</source>
        <translation>Voer de herstelsleutel in die u hebt afgedrukt of bewaard toen de kluis werd aangemaakt. Laat het veld leeg om het opnieuw te proberen met de sleutelhanger van deze computer.</translation>
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
</context>
<context>
    <name>alerts</name>
    <message>
        <source>No candidate must be deleted within {days} days.</source>
        <translation>Er hoeft binnen {days} dagen geen enkele kandidaat te worden verwijderd.</translation>
    </message>
    <message>
        <source>1 candidate must be deleted within {days} days.</source>
        <translation>1 kandidaat moet binnen {days} dagen worden verwijderd.</translation>
    </message>
    <message>
        <source>{count} candidates must be deleted within {days} days.</source>
        <translation>{count} kandidaten moeten binnen {days} dagen worden verwijderd.</translation>
    </message>
    <message>
        <source>1 candidate is overdue for deletion.</source>
        <translation>Van 1 kandidaat is de verwijdertermijn verstreken.</translation>
    </message>
    <message>
        <source>{count} candidates are overdue for deletion.</source>
        <translation>Van {count} kandidaten is de verwijdertermijn verstreken.</translation>
    </message>
    <message>
        <source>1 request must be answered within {days} days.</source>
        <translation>1 verzoek moet binnen {days} dagen worden beantwoord.</translation>
    </message>
    <message>
        <source>{count} requests must be answered within {days} days.</source>
        <translation>{count} verzoeken moeten binnen {days} dagen worden beantwoord.</translation>
    </message>
    <message>
        <source>1 request is overdue.</source>
        <translation>De antwoordtermijn van 1 verzoek is verstreken.</translation>
    </message>
    <message>
        <source>{count} requests are overdue.</source>
        <translation>De antwoordtermijn van {count} verzoeken is verstreken.</translation>
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
        <source>the start</source>
        <translation>de start</translation>
    </message>
</context>
<context>
    <name>cli</name>
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
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <source>Retention policy</source>
        <translation>Bewaarbeleid</translation>
    </message>
    <message>
        <source>The RecruitDesk window cannot start: the Qt libraries could not be loaded.</source>
        <translation>Het venster van RecruitDesk kan niet starten: de Qt-bibliotheken konden niet worden geladen.</translation>
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
        <source>overdue since {date}</source>
        <translation>termijn verstreken sinds {date}</translation>
    </message>
    <message>
        <source>due on {date}</source>
        <translation>te verwijderen op {date}</translation>
    </message>
    <message>
        <source>{count} candidates erased.</source>
        <translation>{count} kandidaten gewist.</translation>
    </message>
    <message>
        <source>retention deadlines: what is due, and erasing it</source>
        <translation>bewaartermijnen: wat vervalt, en het wissen ervan</translation>
    </message>
    <message>
        <source>list candidates overdue or due for deletion soon</source>
        <translation>kandidaten tonen van wie de verwijdertermijn verstreken is of binnenkort verstrijkt</translation>
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
        <translation>Andere</translation>
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
        <source>The vault database {file} is missing, although the key file is there. Restore the database from a backup.</source>
        <translation>De kluisdatabase {file} ontbreekt, hoewel het sleutelbestand er wel is. Zet de database terug vanaf een back-up.</translation>
    </message>
    <message>
        <source>The vault database {file} is empty (0 bytes) and was not opened. Restore it from a backup.</source>
        <translation>De kluisdatabase {file} is leeg (0 bytes) en is niet geopend. Zet de database terug vanaf een back-up.</translation>
    </message>
    <message>
        <source>The vault database {file} is damaged and cannot be read safely. It was not changed. Restore it from a backup.</source>
        <translation>De kluisdatabase {file} is beschadigd en kan niet veilig worden gelezen. Er is niets aan gewijzigd. Zet de database terug vanaf een back-up.</translation>
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
        <source>The vault key file {file} is missing. Without it the vault cannot be opened; restore it from a backup.</source>
        <translation>Het sleutelbestand van de kluis, {file}, ontbreekt. Zonder dat bestand kan de kluis niet worden geopend; zet het terug vanaf een back-up.</translation>
    </message>
    <message>
        <source>The vault key file {file} is empty (0 bytes). Restore it from a backup.</source>
        <translation>Het sleutelbestand van de kluis, {file}, is leeg (0 bytes). Zet het terug vanaf een back-up.</translation>
    </message>
    <message>
        <source>The vault key file {file} is damaged (its checksum or format is wrong). Restore it from a backup.</source>
        <translation>Het sleutelbestand van de kluis, {file}, is beschadigd (de controlesom of de opmaak klopt niet). Zet het terug vanaf een back-up.</translation>
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
        <source>There is no candidate with number {id}.</source>
        <translation>Er is geen kandidaat met nummer {id}.</translation>
    </message>
    <message>
        <source>A legal hold or an extension needs a written reason (at least a few words).</source>
        <translation>Voor bewaring om juridische redenen of voor een verlenging is een schriftelijke reden nodig (minstens enkele woorden).</translation>
    </message>
    <message>
        <source>An extension must end after today.</source>
        <translation>Een verlenging moet na vandaag aflopen.</translation>
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
        <source>There is no backup file {file}.</source>
        <translation>Het back-upbestand {file} bestaat niet.</translation>
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
        <source>{file} is empty (0 bytes).</source>
        <translation>{file} is leeg (0 bytes).</translation>
    </message>
    <message>
        <source>{file} is {size_mb} MB; CVs larger than {limit_mb} MB are not imported.</source>
        <translation>{file} is {size_mb} MB groot; cv&apos;s groter dan {limit_mb} MB worden niet geïmporteerd.</translation>
    </message>
    <message>
        <source>{file} is not a document RecruitDesk can read. Supported: PDF, Word (.docx), OpenDocument (.odt), RTF, plain text and Markdown.</source>
        <translation>{file} is geen document dat RecruitDesk kan lezen. Ondersteund: PDF, Word (.docx), OpenDocument (.odt), RTF, platte tekst en Markdown.</translation>
    </message>
    <message>
        <source>{file} is called a {extension} file, but its content is not a document RecruitDesk can read.</source>
        <translation>{file} heeft de extensie {extension}, maar de inhoud is geen document dat RecruitDesk kan lezen.</translation>
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
        <source>Request {id} is not linked to a candidate, so there is nothing to restrict. Link it first.</source>
        <translation>Verzoek {id} is niet aan een kandidaat gekoppeld, dus er valt niets te beperken. Koppel het eerst.</translation>
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
        <source>The PDF&apos;s reading order could not be determined; the text may be out of order.</source>
        <translation>De leesvolgorde van de pdf kon niet worden bepaald; de tekst staat mogelijk in de verkeerde volgorde.</translation>
    </message>
    <message>
        <source>No name was found in the text; the name was taken from the file name. Check it.</source>
        <translation>Er is geen naam in de tekst gevonden; de naam is uit de bestandsnaam overgenomen. Controleer hem.</translation>
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
        <source>Sensitive numbers were removed from the stored text (the original file is unchanged).</source>
        <translation>Gevoelige nummers zijn uit de opgeslagen tekst verwijderd (het oorspronkelijke bestand is ongewijzigd).</translation>
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
        <source>Possible duplicate of {name} (candidate {id}): similar name.</source>
        <translation>Mogelijk dezelfde persoon als {name} (kandidaat {id}): een gelijkaardige naam.</translation>
    </message>
    <message>
        <source>Same person as in {other}, earlier in this import.</source>
        <translation>Dezelfde persoon als in {other}, eerder in deze import.</translation>
    </message>
    <message>
        <source>This person is on the suppression list (they objected or were erased earlier). Check before contacting them.</source>
        <translation>Deze persoon staat op de uitsluitingslijst (maakte eerder bezwaar of werd eerder gewist). Controleer dit voordat u contact opneemt.</translation>
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
    <name>presets</name>
    <message>
        <source>Dutch DPA guidance</source>
        <translation>Richtlijn van de Autoriteit Persoonsgegevens</translation>
    </message>
    <message>
        <source>4 weeks after the procedure; 1 year with consent.</source>
        <translation>4 weken na afloop van de procedure; 1 jaar met toestemming.</translation>
    </message>
    <message>
        <source>IT1</source>
        <translation>IT1</translation>
    </message>
    <message>
        <source>Not hired: 4 weeks after last contact; recruitment reserve: 12 months after last contact.</source>
        <translation>Niet aangenomen: 4 weken na het laatste contact; wervingsreserve: 12 maanden na het laatste contact.</translation>
    </message>
    <message>
        <source>Imalink</source>
        <translation>Imalink</translation>
    </message>
    <message>
        <source>No fixed term in the statement: the firm reviews candidates 1 year after last contact (its own choice).</source>
        <translation>Geen vaste termijn in de privacyverklaring: het bureau beoordeelt kandidaten 1 jaar na het laatste contact opnieuw (eigen keuze).</translation>
    </message>
    <message>
        <source>Infosentry</source>
        <translation>Infosentry</translation>
    </message>
    <message>
        <source>Not retained: 1 year after the application; reserve with consent: at most 3 years.</source>
        <translation>Niet geselecteerd: 1 jaar na de sollicitatie; wervingsreserve met toestemming: maximaal 3 jaar.</translation>
    </message>
    <message>
        <source>ITZU</source>
        <translation>ITZU</translation>
    </message>
    <message>
        <source>Recruitment: 2 years after last contact; outplacement: 5 years from the start.</source>
        <translation>Werving: 2 jaar na het laatste contact; outplacement: 5 jaar vanaf de start.</translation>
    </message>
    <message>
        <source>ICT Makers</source>
        <translation>ICT Makers</translation>
    </message>
    <message>
        <source>Not hired: 6 weeks after the procedure; with consent: at most 1 year.</source>
        <translation>Niet aangenomen: 6 weken na afloop van de procedure; met toestemming: maximaal 1 jaar.</translation>
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
        <source>No deadline while the procedure is open</source>
        <translation>Geen termijn zolang de procedure loopt</translation>
    </message>
    <message>
        <source>Hired: no recruitment deadline under this policy</source>
        <translation>Aangenomen: dit beleid legt geen termijn voor de wervingsgegevens vast</translation>
    </message>
    <message>
        <source>In the recruitment reserve with consent</source>
        <translation>In de wervingsreserve met toestemming</translation>
    </message>
    <message>
        <source>Sourced: this policy sets no deadline</source>
        <translation>Zelf benaderd: dit beleid legt geen termijn vast</translation>
    </message>
    <message>
        <source>Outplacement: this policy sets no deadline</source>
        <translation>Outplacement: dit beleid legt geen termijn vast</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
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
</TS>
