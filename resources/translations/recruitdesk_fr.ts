<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutFeature</name>
    <message>
        <source>&lt;h3&gt;RecruitDesk {version}&lt;/h3&gt;&lt;p&gt;An offline, encrypted candidate vault with GDPR retention countdowns.&lt;/p&gt;&lt;p&gt;Everything you store is kept in one encrypted database on this computer. It is opened with a key kept in your system keychain, so you never type a password here, or with the recovery key you saved when the vault was created. A stolen laptop, a copied disk or a backup shows only scrambled data. RecruitDesk locks itself after a few idle minutes. It cannot protect you from malicious software running under your own account.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;RecruitDesk {version}&lt;/h3&gt;&lt;p&gt;Un coffre-fort chiffré et hors ligne pour vos candidats, avec le décompte des durées de conservation RGPD.&lt;/p&gt;&lt;p&gt;Tout ce que vous enregistrez est conservé dans une seule base de données chiffrée sur cet ordinateur. Elle s&apos;ouvre avec une clé conservée dans le trousseau de votre système, si bien que vous n&apos;avez jamais de mot de passe à saisir ici, ou avec la clé de récupération que vous avez enregistrée lors de la création du coffre. Un ordinateur portable volé, un disque copié ou une sauvegarde ne laissent voir que des données illisibles. RecruitDesk se verrouille après quelques minutes d&apos;inactivité. Il ne peut pas vous protéger contre un logiciel malveillant qui s&apos;exécute sous votre propre compte.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Vault integrity: {state}</source>
        <translation>Intégrité du coffre&#xa0;: {state}</translation>
    </message>
    <message>
        <source>RecruitDesk is free software under the GPL-3.0-or-later licence.</source>
        <translation>RecruitDesk est un logiciel libre distribué sous la licence GPL-3.0-or-later.</translation>
    </message>
    <message>
        <source>Components bundled with RecruitDesk and their licences:</source>
        <translation>Composants fournis avec RecruitDesk et leurs licences&#xa0;:</translation>
    </message>
    <message>
        <source>{name} (inside {part_of}): {licence}</source>
        <translation>{name} (inclus dans {part_of})&#xa0;: {licence}</translation>
    </message>
    <message>
        <source>{name} {version}: {licence}</source>
        <translation>{name} {version}&#xa0;: {licence}</translation>
    </message>
    <message>
        <source>About RecruitDesk</source>
        <translation>À propos de RecruitDesk</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>You locked the vault.</source>
        <translation>Vous avez verrouillé le coffre.</translation>
    </message>
    <message>
        <source>Demo vault (deleted when you quit)</source>
        <translation>Coffre de démonstration (supprimé à la fermeture)</translation>
    </message>
    <message>
        <source>RecruitDesk – demo</source>
        <translation>RecruitDesk – démo</translation>
    </message>
    <message>
        <source>RecruitDesk</source>
        <translation>RecruitDesk</translation>
    </message>
    <message>
        <source>The team vault is locked.</source>
        <translation>Le coffre d&apos;équipe est verrouillé.</translation>
    </message>
    <message>
        <source>The names were cleared from the screen and the team&apos;s keys dropped from this computer&apos;s memory. Open the team vault again to go on.</source>
        <translation>Les noms ont été retirés de l&apos;écran et les clés de l&apos;équipe effacées de la mémoire de cet ordinateur. Ouvrez à nouveau le coffre d&apos;équipe pour continuer.</translation>
    </message>
    <message>
        <source>&amp;Open the team vault</source>
        <translation>&amp;Ouvrir le coffre d&apos;équipe</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>The integrity check found damaged pages in the vault database. Backups are refused until you restore the vault from a backup (Vault menu).</source>
        <translation>Le contrôle d&apos;intégrité a trouvé des pages endommagées dans la base de données du coffre. Les sauvegardes sont refusées jusqu&apos;à ce que vous restauriez le coffre à partir d&apos;une sauvegarde (menu Coffre).</translation>
    </message>
    <message>
        <source>Backup restored. The previous data is kept in {path}.</source>
        <translation>Sauvegarde restaurée. Les données précédentes sont conservées dans {path}.</translation>
    </message>
    <message numerus="yes">
        <source>%n erased candidates were erased again.</source>
        <translation>
            <numerusform>%n candidat effacé a été de nouveau effacé.</numerusform>
            <numerusform>%n candidats effacés ont été de nouveau effacés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The restore failed; unlock the vault again.</source>
        <translation>La restauration a échoué&#xa0;; déverrouillez de nouveau le coffre.</translation>
    </message>
    <message>
        <source>RecruitDesk locked the vault because it was not used for {minutes} min.</source>
        <translation>RecruitDesk a verrouillé le coffre, inutilisé depuis {minutes} min.</translation>
    </message>
    <message>
        <source>The vault was locked again: after a recovery-key unlock, a new passphrase is needed.</source>
        <translation>Le coffre a été verrouillé à nouveau : après un déverrouillage avec la clé de récupération, une nouvelle phrase secrète est nécessaire.</translation>
    </message>
</context>
<context>
    <name>ApplicationDateDelegate</name>
    <message>
        <source>Application date</source>
        <translation>Date de candidature</translation>
    </message>
</context>
<context>
    <name>ApplicationList</name>
    <message>
        <source>Applications</source>
        <translation>Candidatures</translation>
    </message>
</context>
<context>
    <name>ApplicationTableModel</name>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Candidature le</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminée le</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
</context>
<context>
    <name>AuditFeature</name>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>Piste d&apos;&amp;audit…</translation>
    </message>
    <message>
        <source>Check, filter and export the audit trail for the data protection officer</source>
        <translation>Vérifier, filtrer et exporter la piste d&apos;audit pour le délégué à la protection des données</translation>
    </message>
    <message>
        <source>Su&amp;ppression list…</source>
        <translation>Liste d&apos;e&amp;xclusion…</translation>
    </message>
    <message>
        <source>Who must not be contacted again, on what basis; remove an entry with a reason</source>
        <translation>Qui ne doit plus être contacté, sur quel fondement ; retirer une entrée avec un motif</translation>
    </message>
</context>
<context>
    <name>AuditWindow</name>
    <message>
        <source>Export the audit trail</source>
        <translation>Exporter la piste d&apos;audit</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Piste d&apos;audit</translation>
    </message>
    <message>
        <source>Checking the audit trail…</source>
        <translation>Vérification de la piste d&apos;audit…</translation>
    </message>
    <message>
        <source>Audit trail verification</source>
        <translation>Vérification de la piste d&apos;audit</translation>
    </message>
    <message>
        <source>&amp;Between</source>
        <translation>&amp;Entre</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>À partir du</translation>
    </message>
    <message>
        <source>Until date</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>number or random id</source>
        <translation>numéro ou identifiant aléatoire</translation>
    </message>
    <message>
        <source>random id</source>
        <translation>identifiant aléatoire</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>A&amp;ction :</translation>
    </message>
    <message>
        <source>&amp;Candidate:</source>
        <translation>&amp;Candidat :</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Entrées d&apos;audit</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Candidate (random id)</source>
        <translation>Candidat (identifiant aléatoire)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>E&amp;xporter vers Excel…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown, newest first.</source>
        <translation>
            <numerusform>%n entrée affichée.</numerusform>
            <numerusform>%n entrées affichées, les plus récentes d&apos;abord.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the newest {limit} are shown; the export holds them all.</source>
        <translation>Seules les {limit} plus récentes sont affichées ; l&apos;export les contient toutes.</translation>
    </message>
    <message>
        <source>Audit trail exported to {path}</source>
        <translation>Piste d&apos;audit exportée vers {path}</translation>
    </message>
</context>
<context>
    <name>BackupDialogs</name>
    <message>
        <source>Restore the vault from the backup {file}?

Everything in the vault is replaced by the backup&apos;s contents. The current data is kept as a safety copy in the vault&apos;s backups folder, so the restore can be undone. Candidates you erased stay erased, even if the backup still holds them.</source>
        <translation>Restaurer le coffre à partir de la sauvegarde {file}&#xa0;?

Tout le contenu du coffre sera remplacé par celui de la sauvegarde. Les données actuelles sont conservées comme copie de sécurité dans le dossier des sauvegardes du coffre, afin que la restauration puisse être annulée. Les candidats que vous avez effacés le restent, même si la sauvegarde les contient encore.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Confirm restore</source>
        <translation>Confirmer la restauration</translation>
    </message>
</context>
<context>
    <name>BlindReviewAction</name>
    <message>
        <source>&amp;Blind review…</source>
        <translation>É&amp;valuation à l&apos;aveugle…</translation>
    </message>
    <message>
        <source>Review the selected vacancy&apos;s applicants without their names, contact details, age, gender or nationality</source>
        <translation>Évaluer les candidats de l&apos;offre sélectionnée sans leurs noms, coordonnées, âge, genre ni nationalité</translation>
    </message>
</context>
<context>
    <name>BlindReviewDialog</name>
    <message>
        <source>Blind first review</source>
        <translation>Première évaluation à l&apos;aveugle</translation>
    </message>
    <message>
        <source>Judge each CV on experience and skills alone: names, contact details, address, birth date, age, gender and nationality are hidden. Record your rating first; then you may reveal who it is.</source>
        <translation>Évaluez chaque CV sur la seule base de l&apos;expérience et des compétences : nom, coordonnées, adresse, date de naissance, âge, genre et nationalité sont masqués. Enregistrez d&apos;abord votre évaluation ; vous pourrez ensuite révéler de qui il s&apos;agit.</translation>
    </message>
    <message>
        <source>CVs to review</source>
        <translation>CV à évaluer</translation>
    </message>
    <message>
        <source>CV text without identity</source>
        <translation>Texte du CV sans identité</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Texte</translation>
    </message>
    <message>
        <source>&amp;Pages</source>
        <translation>&amp;Pages</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>Évaluation :</translation>
    </message>
    <message>
        <source>Rating {value} of 5</source>
        <translation>Évaluation {value} sur 5</translation>
    </message>
    <message>
        <source>&amp;Record rating</source>
        <translation>&amp;Enregistrer l&apos;évaluation</translation>
    </message>
    <message>
        <source>Store the rating as a blind one, before the identity is shown</source>
        <translation>Enregistrer l&apos;évaluation comme évaluation à l&apos;aveugle, avant que l&apos;identité ne soit révélée</translation>
    </message>
    <message>
        <source>Re&amp;veal identity</source>
        <translation>Ré&amp;véler l&apos;identité</translation>
    </message>
    <message>
        <source>Show who wrote this CV; allowed once your rating is recorded, and logged</source>
        <translation>Montrer qui a écrit ce CV ; possible une fois votre évaluation enregistrée, et journalisé</translation>
    </message>
    <message>
        <source>No CV of this vacancy is waiting for a review.</source>
        <translation>Aucun CV de ce poste n&apos;attend d&apos;évaluation.</translation>
    </message>
    <message>
        <source>CV {number} of {count}</source>
        <translation>CV {number} sur {count}</translation>
    </message>
    <message>
        <source>{cv}: rated {rating}</source>
        <translation>{cv} : évalué {rating}</translation>
    </message>
    <message>
        <source>Loading the CV…</source>
        <translation>Chargement du CV…</translation>
    </message>
    <message>
        <source>This CV has no text to show.</source>
        <translation>Ce CV n&apos;a pas de texte à afficher.</translation>
    </message>
    <message>
        <source>Experience and skills sections only.</source>
        <translation>Uniquement les rubriques expérience et compétences.</translation>
    </message>
    <message>
        <source>The whole CV, with the identity hidden: no experience or skills heading was found.</source>
        <translation>Le CV entier, identité masquée : aucune rubrique expérience ou compétences n&apos;a été trouvée.</translation>
    </message>
    <message>
        <source>Page with the identity blacked out</source>
        <translation>Page avec l&apos;identité noircie</translation>
    </message>
    <message>
        <source>This page is a scanned image: it is not shown, because the identity on it cannot be located. Its text is on the Text tab.</source>
        <translation>Cette page est une image numérisée : elle n&apos;est pas affichée, car l&apos;identité qui y figure ne peut pas être localisée. Son texte se trouve dans l&apos;onglet Texte.</translation>
    </message>
    <message>
        <source>Choose a rating from 1 to 5 first.</source>
        <translation>Choisissez d&apos;abord une évaluation de 1 à 5.</translation>
    </message>
    <message>
        <source>This CV is from {name}.</source>
        <translation>Ce CV est celui de {name}.</translation>
    </message>
</context>
<context>
    <name>BlindReviewFeature</name>
    <message>
        <source>&amp;Blind first review…</source>
        <translation>Première évaluation à l&apos;&amp;aveugle…</translation>
    </message>
    <message>
        <source>Review the selected vacancy&apos;s CVs without names, contact details, age, gender or nationality</source>
        <translation>Évaluer les CV du poste sélectionné sans nom, coordonnées, âge, genre ni nationalité</translation>
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
        <translation>Enregistrer un &amp;consentement…</translation>
    </message>
    <message>
        <source>Record a consent of the selected candidate, with its wording and evidence</source>
        <translation>Enregistrer un consentement du candidat sélectionné, avec son texte et sa preuve</translation>
    </message>
    <message>
        <source>Consent…</source>
        <translation>Consentement…</translation>
    </message>
    <message>
        <source>Record reserve &amp;answer…</source>
        <translation>Enregistrer la réponse sur la ré&amp;serve…</translation>
    </message>
    <message>
        <source>The candidate said yes to the reserve question of a rejection letter: record the consent with the wording that letter quoted</source>
        <translation>Le candidat a répondu oui à la question sur la réserve d&apos;une lettre de refus&#xa0;: enregistrer le consentement avec le texte cité dans cette lettre</translation>
    </message>
    <message>
        <source>&amp;Withdraw consent</source>
        <translation>&amp;Retirer le consentement</translation>
    </message>
    <message>
        <source>Withdraw the selected candidate&apos;s consent now; the countdown is recomputed</source>
        <translation>Retirer dès maintenant le consentement du candidat sélectionné&#xa0;; le décompte est recalculé</translation>
    </message>
    <message>
        <source>Ask to re&amp;new consent</source>
        <translation>Demander le re&amp;nouvellement du consentement</translation>
    </message>
    <message>
        <source>In &amp;Dutch</source>
        <translation>En &amp;néerlandais</translation>
    </message>
    <message>
        <source>In &amp;French</source>
        <translation>En &amp;français</translation>
    </message>
    <message>
        <source>In &amp;English</source>
        <translation>En &amp;anglais</translation>
    </message>
    <message>
        <source>Draft a mail asking the candidate to renew the consent, in your mail program</source>
        <translation>Préparer dans votre logiciel de messagerie un e-mail demandant au candidat de renouveler son consentement</translation>
    </message>
    <message>
        <source>Screening &amp;notes…</source>
        <translation>No&amp;tes de présélection…</translation>
    </message>
    <message>
        <source>Write, read and edit the selected candidate&apos;s screening notes</source>
        <translation>Rédiger, lire et modifier les notes de présélection du candidat sélectionné</translation>
    </message>
    <message>
        <source>Notes…</source>
        <translation>Notes…</translation>
    </message>
    <message>
        <source>Consent recorded; the countdown was recomputed.</source>
        <translation>Consentement enregistré&#xa0;; le décompte a été recalculé.</translation>
    </message>
    <message>
        <source>No letter asking {name} about the recruitment reserve was recorded as sent. Use Record consent… to enter the wording by hand.</source>
        <translation>Aucune lettre demandant à {name} de rester dans la réserve de recrutement n&apos;a été enregistrée comme envoyée. Utilisez Enregistrer un consentement… pour saisir le texte vous-même.</translation>
    </message>
    <message>
        <source>Consent withdrawn; the countdown was recomputed.</source>
        <translation>Consentement retiré&#xa0;; le décompte a été recalculé.</translation>
    </message>
    <message>
        <source>The renewal request is open in your mail program; nothing was sent yet.</source>
        <translation>La demande de renouvellement est ouverte dans votre logiciel de messagerie&#xa0;; rien n&apos;a encore été envoyé.</translation>
    </message>
    <message>
        <source>No mail program could open the renewal request.</source>
        <translation>Aucun logiciel de messagerie n&apos;a pu ouvrir la demande de renouvellement.</translation>
    </message>
    <message>
        <source>{name} has no consent in force.</source>
        <translation>{name} n&apos;a aucun consentement en cours.</translation>
    </message>
    <message>
        <source>Candidate actions</source>
        <translation>Actions sur le candidat</translation>
    </message>
</context>
<context>
    <name>CandidateDetailFeature</name>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Candidate details</source>
        <translation>Détails du candidat</translation>
    </message>
    <message>
        <source>Candidate &amp;details</source>
        <translation>&amp;Détails du candidat</translation>
    </message>
    <message>
        <source>Show or hide the selected candidate&apos;s details (Ctrl+Shift+D)</source>
        <translation>Afficher ou masquer les détails du candidat sélectionné (Ctrl+Maj+D)</translation>
    </message>
    <message numerus="yes">
        <source>%n candidates are selected. Select one to see the details.</source>
        <translation>
            <numerusform>%n candidat est sélectionné.</numerusform>
            <numerusform>%n candidats sont sélectionnés. Sélectionnez-en un seul pour voir les détails.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your colleague&apos;s version is shown. Nothing you typed was saved.</source>
        <translation>La version de votre collègue est affichée. Rien de ce que vous avez saisi n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Le coffre est verrouillé.</translation>
    </message>
    <message>
        <source>The candidate&apos;s details were saved.</source>
        <translation>Les coordonnées du candidat ont été enregistrées.</translation>
    </message>
</context>
<context>
    <name>CandidateDetailPane</name>
    <message>
        <source>Candidate details</source>
        <translation>Détails du candidat</translation>
    </message>
    <message>
        <source>Candidate details state</source>
        <translation>État des détails du candidat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
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
        <translation>No&amp;m&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>E-ma&amp;il&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Télé&amp;phone&#xa0;:</translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation>&amp;Ville&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;LinkedIn:</source>
        <translation>&amp;LinkedIn&#xa0;:</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Date de candidature</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Origine&#xa0;:</translation>
    </message>
    <message>
        <source>Applied:</source>
        <translation>Candidature le&#xa0;:</translation>
    </message>
    <message>
        <source>Last contact:</source>
        <translation>Dernier contact&#xa0;:</translation>
    </message>
    <message>
        <source>Profile error</source>
        <translation>Erreur dans le profil</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>En&amp;registrer</translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation>Enregistrer le profil</translation>
    </message>
    <message>
        <source>Save the candidate&apos;s contact details</source>
        <translation>Enregistrer les coordonnées du candidat</translation>
    </message>
    <message>
        <source>Candidate records</source>
        <translation>Dossier du candidat</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Document preview</source>
        <translation>Aperçu du document</translation>
    </message>
    <message>
        <source>Choose a document to preview it.</source>
        <translation>Choisissez un document pour en afficher un aperçu.</translation>
    </message>
    <message>
        <source>PDF preview</source>
        <translation>Aperçu PDF</translation>
    </message>
    <message>
        <source>PDF preview is not available; the text is shown instead.</source>
        <translation>L&apos;aperçu PDF n&apos;est pas disponible&#xa0;; le texte est affiché à la place.</translation>
    </message>
    <message>
        <source>Document text</source>
        <translation>Texte du document</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>Doc&amp;uments</translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation>&amp;Candidatures</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>C&amp;onsents</source>
        <translation>Consen&amp;tements</translation>
    </message>
    <message>
        <source>Screening notes</source>
        <translation>Notes de présélection</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Rights requests</source>
        <translation>Demandes d&apos;exercice de droits</translation>
    </message>
    <message>
        <source>Re&amp;quests</source>
        <translation>D&amp;emandes</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation>C&amp;hronologie</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <source>Vacancy</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Show on the &amp;board</source>
        <translation>Afficher sur le &amp;tableau</translation>
    </message>
    <message>
        <source>Open this vacancy&apos;s board with the candidate selected</source>
        <translation>Ouvrir le tableau de ce poste avec le candidat sélectionné</translation>
    </message>
    <message>
        <source>{vacancy} ({client})</source>
        <translation>{vacancy} ({client})</translation>
    </message>
    <message>
        <source>{outcome} on {date}</source>
        <translation>{outcome} le {date}</translation>
    </message>
    <message>
        <source>Vacancy status: {status}</source>
        <translation>Statut du poste&#xa0;: {status}</translation>
    </message>
    <message>
        <source>No applications: this candidate is in no vacancy.</source>
        <translation>Aucune candidature&#xa0;: ce candidat n&apos;est dans aucun poste.</translation>
    </message>
    <message>
        <source>No candidate selected.
Select one candidate in the list to see the details.</source>
        <translation>Aucun candidat sélectionné.
Sélectionnez un candidat dans la liste pour en voir les détails.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Le coffre est verrouillé.</translation>
    </message>
    <message>
        <source>Loading the candidate…</source>
        <translation>Chargement du candidat…</translation>
    </message>
    <message>
        <source>{name} · added {date}</source>
        <translation>{name} · ajouté le {date}</translation>
    </message>
    <message>
        <source>{name} · {size} · added {date}</source>
        <translation>{name} · {size} · ajouté le {date}</translation>
    </message>
    <message>
        <source>No documents.</source>
        <translation>Aucun document.</translation>
    </message>
    <message>
        <source>{date}: {event}</source>
        <translation>{date}&#xa0;: {event}</translation>
    </message>
    <message>
        <source>No consents recorded.</source>
        <translation>Aucun consentement enregistré.</translation>
    </message>
    <message>
        <source>No screening notes.</source>
        <translation>Aucune note de présélection.</translation>
    </message>
    <message>
        <source>No rights requests.</source>
        <translation>Aucune demande d&apos;exercice de droits.</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Rien n&apos;a encore été enregistré.</translation>
    </message>
    <message>
        <source>{purpose}: given {given}, withdrawn {withdrawn}</source>
        <translation>{purpose}&#xa0;: donné le {given}, retiré le {withdrawn}</translation>
    </message>
    <message>
        <source>{purpose}: given {given}, until {expires}</source>
        <translation>{purpose}&#xa0;: donné le {given}, valable jusqu&apos;au {expires}</translation>
    </message>
    <message>
        <source>{purpose}: given {given}</source>
        <translation>{purpose}&#xa0;: donné le {given}</translation>
    </message>
    <message>
        <source>{date} · {kind} · {author}: {summary}</source>
        <translation>{date} · {kind} · {author}&#xa0;: {summary}</translation>
    </message>
    <message>
        <source>{text} (not yet discussed with the candidate)</source>
        <translation>{text} (pas encore discutée avec le candidat)</translation>
    </message>
    <message>
        <source>{kind}: received {received}, completed {completed}</source>
        <translation>{kind}&#xa0;: reçue le {received}, clôturée le {completed}</translation>
    </message>
    <message>
        <source>{kind}: received {received}, answer by {deadline}</source>
        <translation>{kind}&#xa0;: reçue le {received}, réponse au plus tard le {deadline}</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Ouverture de {name}…</translation>
    </message>
    <message>
        <source>No text could be extracted from this document.</source>
        <translation>Aucun texte n&apos;a pu être extrait de ce document.</translation>
    </message>
</context>
<context>
    <name>CandidateFactsDialog</name>
    <message>
        <source>Retention facts</source>
        <translation>Éléments de conservation</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Décompte</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Not hired</source>
        <translation>Non retenu</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Embauché</translation>
    </message>
    <message>
        <source>Withdrawn by the candidate</source>
        <translation>Le candidat s&apos;est retiré</translation>
    </message>
    <message>
        <source>Reopen (new procedure)</source>
        <translation>Rouvrir (nouvelle procédure)</translation>
    </message>
    <message>
        <source>Outcome date</source>
        <translation>Date de l&apos;issue</translation>
    </message>
    <message>
        <source>Record &amp;outcome</source>
        <translation>Enregistrer l&apos;&amp;issue</translation>
    </message>
    <message>
        <source>Current procedure</source>
        <translation>Procédure actuelle</translation>
    </message>
    <message>
        <source>Procedure outcome</source>
        <translation>Issue de la procédure</translation>
    </message>
    <message>
        <source>Current:</source>
        <translation>Situation actuelle&#xa0;:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Issue&#xa0;:</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <source>Contact channel</source>
        <translation>Canal de contact</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rencontre</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Contact date</source>
        <translation>Date du contact</translation>
    </message>
    <message>
        <source>Record &amp;contact</source>
        <translation>Enregistrer le &amp;contact</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Last contact:</source>
        <translation>Dernier contact&#xa0;:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Canal&#xa0;:</translation>
    </message>
    <message>
        <source>Reserve consent</source>
        <translation>Consentement pour la réserve de recrutement</translation>
    </message>
    <message>
        <source>Record consent &amp;given…</source>
        <translation>Enregistrer le consentement &amp;donné…</translation>
    </message>
    <message>
        <source>Record the date, channel and wording the candidate agreed to, with evidence</source>
        <translation>Enregistrer la date, le canal et le texte accepté par le candidat, avec une preuve</translation>
    </message>
    <message>
        <source>&amp;Withdraw consent</source>
        <translation>&amp;Retirer le consentement</translation>
    </message>
    <message>
        <source>Recruitment reserve consent</source>
        <translation>Consentement pour la réserve de recrutement</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Actuellement&#xa0;:</translation>
    </message>
    <message>
        <source>Legal hold and extension</source>
        <translation>Conservation juridique et prolongation</translation>
    </message>
    <message>
        <source>Legal &amp;hold…</source>
        <translation>Conservation &amp;juridique…</translation>
    </message>
    <message>
        <source>&amp;Release hold</source>
        <translation>&amp;Lever la conservation</translation>
    </message>
    <message>
        <source>&amp;Extend…</source>
        <translation>&amp;Prolonger…</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Connue</translation>
    </message>
    <message>
        <source>Application date known</source>
        <translation>Date de candidature connue</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Date de candidature</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <source>Record &amp;application</source>
        <translation>Enregistrer la c&amp;andidature</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Origine&#xa0;:</translation>
    </message>
    <message>
        <source>Applied on:</source>
        <translation>Candidature le&#xa0;:</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>aucun enregistré</translation>
    </message>
    <message>
        <source>Given on {date}</source>
        <translation>Donné le {date}</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Aucun consentement</translation>
    </message>
    <message>
        <source>On legal hold: {reason}</source>
        <translation>Conservé pour raison juridique&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Extended until {date}: {reason}</source>
        <translation>Prolongé jusqu&apos;au {date}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>{source}, applied on {date}</source>
        <translation>{source}, candidature le {date}</translation>
    </message>
    <message>
        <source>On legal hold: not deleted until the hold is released.</source>
        <translation>Conservé pour raison juridique&#xa0;: aucune suppression tant que la conservation n&apos;est pas levée.</translation>
    </message>
    <message>
        <source>No deletion deadline runs now.</source>
        <translation>Aucune échéance de suppression ne court actuellement.</translation>
    </message>
    <message numerus="yes">
        <source>Overdue: should have been deleted on {date} (%n days ago).</source>
        <translation>
            <numerusform>Échéance dépassée : aurait dû être supprimé le {date} (il y a %n jour).</numerusform>
            <numerusform>Échéance dépassée : aurait dû être supprimé le {date} (il y a %n jours).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due for deletion on {date}: %n days left.</source>
        <translation>
            <numerusform>À supprimer le {date} : encore %n jour.</numerusform>
            <numerusform>À supprimer le {date} : encore %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Due for deletion today ({date}).</source>
        <translation>À supprimer aujourd&apos;hui ({date}).</translation>
    </message>
    <message>
        <source>No procedure</source>
        <translation>Aucune procédure</translation>
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
        <translation>Notes de présélection – {name}</translation>
    </message>
    <message>
        <source>Screening notes</source>
        <translation>Notes de présélection</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Versions of the selected note</source>
        <translation>Versions de la note sélectionnée</translation>
    </message>
    <message>
        <source>&amp;New note…</source>
        <translation>&amp;Nouvelle note…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Versions of the selected note (newest first):</source>
        <translation>&amp;Versions de la note sélectionnée (la plus récente en premier)&#xa0;:</translation>
    </message>
    <message>
        <source>{date} · {kind} · {author}: {text}</source>
        <translation>{date} · {kind} · {author}&#xa0;: {text}</translation>
    </message>
    <message>
        <source>{text} (edited)</source>
        <translation>{text} (modifiée)</translation>
    </message>
    <message>
        <source>{text} – not yet discussed with the candidate</source>
        <translation>{text} – pas encore discutée avec le candidat</translation>
    </message>
    <message>
        <source>No screening notes yet.</source>
        <translation>Aucune note de présélection pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>%n screening notes.</source>
        <translation>
            <numerusform>%n note de présélection.</numerusform>
            <numerusform>%n notes de présélection.</numerusform>
        </translation>
    </message>
    <message>
        <source>Version {number}, {date}, {author}:
{text}</source>
        <translation>Version {number}, {date}, {author}&#xa0;:
{text}</translation>
    </message>
</context>
<context>
    <name>CandidateSearch</name>
    <message>
        <source>Search names, emails and CVs (Ctrl+F)</source>
        <translation>Rechercher dans les noms, les e-mails et les CV (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search candidates</source>
        <translation>Rechercher des candidats</translation>
    </message>
    <message>
        <source>Search names, emails and CV text as you type; Esc clears (Ctrl+F)</source>
        <translation>Recherche dans les noms, les e-mails et le texte des CV pendant la saisie&#xa0;; Échap efface la recherche (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search failed: {reason}</source>
        <translation>La recherche a échoué&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Due for deletion</source>
        <translation>À supprimer le</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Processing restricted after a rights request: keep this candidate&apos;s data, but do not use it.</source>
        <translation>Traitement limité à la suite d&apos;une demande d&apos;exercice de droits&#xa0;: conservez les données de ce candidat, mais ne les utilisez pas.</translation>
    </message>
    <message>
        <source>{status}, restricted</source>
        <translation>{status}, limité</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Traitement limité</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Échéance dépassée</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Échéance proche</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>On legal hold</source>
        <translation>Conservation juridique</translation>
    </message>
    <message>
        <source>Not computed yet</source>
        <translation>Pas encore calculé</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Aucune échéance</translation>
    </message>
    <message numerus="yes">
        <source>%n days overdue</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days left</source>
        <translation>
            <numerusform>%n jour restant</numerusform>
            <numerusform>%n jours restants</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue: this candidate&apos;s data should already have been deleted.</source>
        <translation>Échéance dépassée&#xa0;: les données de ce candidat auraient déjà dû être supprimées.</translation>
    </message>
    <message>
        <source>Due for deletion within {days} days: review this candidate.</source>
        <translation>À supprimer d&apos;ici {days} jours&#xa0;: examinez ce candidat.</translation>
    </message>
    <message>
        <source>On legal hold: deletion is suspended until the hold is released.</source>
        <translation>Conservé pour raison juridique&#xa0;: la suppression est suspendue jusqu&apos;à la levée de la conservation.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>ChooseVacancyDialog</name>
    <message>
        <source>Add to vacancy</source>
        <translation>Ajouter à un poste</translation>
    </message>
    <message>
        <source>Add {name} to which vacancy?</source>
        <translation>À quel poste souhaitez-vous ajouter {name} ?</translation>
    </message>
    <message>
        <source>Vacancies</source>
        <translation>Postes vacants</translation>
    </message>
    <message>
        <source>{title} ({client})</source>
        <translation>{title} ({client})</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>Choosers</name>
    <message>
        <source>Choose the vault folder</source>
        <translation>Choisir le dossier du coffre</translation>
    </message>
    <message>
        <source>Save recovery kit</source>
        <translation>Enregistrer le kit de récupération</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>Print recovery kit</source>
        <translation>Imprimer le kit de récupération</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>RecruitDesk backups (*.rdbackup *.rdvault);;All files (*)</source>
        <translation>Sauvegardes RecruitDesk (*.rdbackup *.rdvault);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>CloseVacancyDialog</name>
    <message>
        <source>Vacancy filled: {title}</source>
        <translation>Poste pourvu : {title}</translation>
    </message>
    <message>
        <source>Vacancy filled</source>
        <translation>Poste pourvu</translation>
    </message>
    <message>
        <source>Tick who was hired. The procedure of everyone else still in this vacancy ({count}) ends as not hired on the date below, and their retention countdowns start on that date.</source>
        <translation>Cochez qui a été engagé. La procédure de toutes les autres personnes encore dans ce poste ({count}) se termine comme non retenue à la date ci-dessous, et leurs délais de conservation commencent à courir à cette date.</translation>
    </message>
    <message>
        <source>{name} ({stage})</source>
        <translation>{name} ({stage})</translation>
    </message>
    <message>
        <source>Nobody is still in this vacancy&apos;s procedure.</source>
        <translation>Plus personne n&apos;est dans la procédure de ce poste.</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Engagés</translation>
    </message>
    <message>
        <source>Procedures end on</source>
        <translation>Fin des procédures le</translation>
    </message>
    <message>
        <source>Procedures &amp;end on:</source>
        <translation>&amp;Fin des procédures le :</translation>
    </message>
    <message>
        <source>&amp;Close vacancy</source>
        <translation>&amp;Clôturer le poste</translation>
    </message>
</context>
<context>
    <name>CompleteRequestDialog</name>
    <message>
        <source>What was done, e.g. export sent by encrypted mail on 3 March</source>
        <translation>Ce qui a été fait, p. ex. export envoyé par e-mail chiffré le 3 mars</translation>
    </message>
    <message>
        <source>&amp;Erase the person&apos;s data</source>
        <translation>&amp;Effacer les données de la personne</translation>
    </message>
    <message>
        <source>Re&amp;strict processing (keep, but do not use)</source>
        <translation>&amp;Limiter le traitement (conserver, mais ne pas utiliser)</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Demande&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Identity checked by:</source>
        <translation>&amp;Identité vérifiée par&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Completed on:</source>
        <translation>Clô&amp;turée le&#xa0;:</translation>
    </message>
    <message>
        <source>Then:</source>
        <translation>Ensuite&#xa0;:</translation>
    </message>
    <message>
        <source>The email address and phone number go on the suppression list.</source>
        <translation>L&apos;adresse e-mail et le numéro de téléphone sont ajoutés à la liste d&apos;exclusion.</translation>
    </message>
    <message>
        <source>Completing erases the candidate.</source>
        <translation>La clôture efface le candidat.</translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation>&amp;Ce qui a été fait&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Another member saved this candidate</source>
        <translation>Un autre membre a enregistré ce candidat</translation>
    </message>
    <message>
        <source>While you were editing, another member saved a newer version of this candidate (version {theirs}; you started from version {mine}). Both versions are shown: choose which to keep, or merge them.</source>
        <translation>Pendant que vous modifiiez ce candidat, un autre membre en a enregistré une version plus récente (version {theirs}&#xa0;; vous êtes parti de la version {mine}). Les deux versions sont affichées&#xa0;: choisissez celle à garder, ou fusionnez-les.</translation>
    </message>
    <message>
        <source>Merged version (edit, then save):</source>
        <translation>Version fusionnée (modifiez-la, puis enregistrez-la)&#xa0;:</translation>
    </message>
    <message>
        <source>Merged version: error</source>
        <translation>Version fusionnée&#xa0;: erreur</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <source>On the server (version {version})</source>
        <translation>Sur le serveur (version {version})</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <source>Take the server&apos;s</source>
        <translation>Prendre celle du serveur</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <source>Save the merged version</source>
        <translation>Enregistrer la version fusionnée</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Choose the evidence of consent</source>
        <translation>Choisir la preuve du consentement</translation>
    </message>
    <message>
        <source>Mail, PDF or image (*.eml *.msg *.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>E-mail, PDF ou image (*.eml *.msg *.pdf *.png *.jpg *.jpeg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Enregistrer un consentement</translation>
    </message>
    <message>
        <source>Record reserve consent</source>
        <translation>Enregistrer le consentement pour la réserve de recrutement</translation>
    </message>
    <message>
        <source>Record what {name} agreed to, so the consent can be proven later.</source>
        <translation>Enregistrez ce que {name} a accepté, afin de pouvoir prouver le consentement plus tard.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Donné le</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>e.g. reserve-2026-01</source>
        <translation>p. ex. reserve-2026-01</translation>
    </message>
    <message>
        <source>Text version</source>
        <translation>Version du texte</translation>
    </message>
    <message>
        <source>The exact text the candidate agreed to</source>
        <translation>Le texte exact que le candidat a accepté</translation>
    </message>
    <message>
        <source>Text agreed to</source>
        <translation>Texte accepté</translation>
    </message>
    <message>
        <source>No file</source>
        <translation>Aucun fichier</translation>
    </message>
    <message>
        <source>Attach &amp;evidence…</source>
        <translation>Joindre une &amp;preuve…</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Finalité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation>&amp;Donné le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal&#xa0;:</translation>
    </message>
    <message>
        <source>Text &amp;version:</source>
        <translation>&amp;Version du texte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Text agreed to:</source>
        <translation>&amp;Texte accepté&#xa0;:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Preuve&#xa0;:</translation>
    </message>
    <message>
        <source>Record reserve answer</source>
        <translation>Enregistrer la réponse sur la réserve</translation>
    </message>
    <message>
        <source>The rejection letter sent on {date} asked this question with the wording below. Set the day the candidate said yes, attach their reply if you have it, and save.</source>
        <translation>La lettre de refus envoyée le {date} posait cette question avec le texte ci-dessous. Indiquez le jour où le candidat a répondu oui, joignez sa réponse si vous l&apos;avez, puis enregistrez.</translation>
    </message>
    <message>
        <source>The rejection letter asks this question with the wording below. Set the day the candidate said yes, attach their reply if you have it, and save.</source>
        <translation>La lettre de refus pose cette question avec le texte ci-dessous. Indiquez le jour où le candidat a répondu oui, joignez sa réponse si vous l&apos;avez, puis enregistrez.</translation>
    </message>
    <message>
        <source>The evidence file is larger than 25 MB; attach a smaller file.</source>
        <translation>Le fichier de preuve dépasse 25 Mo&#xa0;; joignez un fichier plus petit.</translation>
    </message>
    <message>
        <source>The evidence file cannot be read.</source>
        <translation>Le fichier de preuve ne peut pas être lu.</translation>
    </message>
</context>
<context>
    <name>ConsentsAction</name>
    <message>
        <source>C&amp;onsents…</source>
        <translation>C&amp;onsentements…</translation>
    </message>
    <message>
        <source>See every consent of the selected candidate, record one or withdraw one</source>
        <translation>Voir chaque consentement du candidat sélectionné, en enregistrer un ou en retirer un</translation>
    </message>
    <message>
        <source>Consents…</source>
        <translation>Consentements…</translation>
    </message>
</context>
<context>
    <name>ConsentsDialog</name>
    <message>
        <source>Consents of {name}</source>
        <translation>Consentements de {name}</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Donné le</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Text version</source>
        <translation>Version du texte</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Retiré le</translation>
    </message>
    <message>
        <source>No consents recorded.</source>
        <translation>Aucun consentement enregistré.</translation>
    </message>
    <message>
        <source>Your role may read the consents, not record or withdraw them.</source>
        <translation>Votre rôle vous permet de lire les consentements, mais pas de les enregistrer ni de les retirer.</translation>
    </message>
    <message>
        <source>&amp;Record consent…</source>
        <translation>&amp;Enregistrer un consentement…</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>The consent was recorded.</source>
        <translation>Le consentement a été enregistré.</translation>
    </message>
    <message>
        <source>The consent for &quot;{purpose}&quot; was withdrawn today.</source>
        <translation>Le consentement pour «&#xa0;{purpose}&#xa0;» a été retiré aujourd&apos;hui.</translation>
    </message>
</context>
<context>
    <name>ContactAction</name>
    <message>
        <source>Record a con&amp;tact…</source>
        <translation>Enre&amp;gistrer un contact…</translation>
    </message>
    <message>
        <source>See the selected candidate&apos;s contacts and record a new one; the countdown moves</source>
        <translation>Voyez les contacts avec le candidat sélectionné et enregistrez-en un nouveau&#xa0;; le délai est déplacé</translation>
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
        <translation>Enregistrer un contact</translation>
    </message>
    <message>
        <source>A contact with {name} counts as their last contact: under a rule counting from the last contact, their deadline moves.</source>
        <translation>Un contact avec {name} compte comme son dernier contact&#xa0;: selon une règle qui compte à partir du dernier contact, son échéance est déplacée.</translation>
    </message>
    <message>
        <source>Contacts so far</source>
        <translation>Contacts jusqu&apos;à présent</translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation>Type de contact</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Contact date</source>
        <translation>Date du contact</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Record contact</source>
        <translation>&amp;Enregistrer le contact</translation>
    </message>
    <message>
        <source>Contacts so far:</source>
        <translation>Contacts jusqu&apos;à présent&#xa0;:</translation>
    </message>
    <message>
        <source>{date}: {kind} ({channel})</source>
        <translation>{date}&#xa0;: {kind} ({channel})</translation>
    </message>
    <message>
        <source>{date}: {kind}</source>
        <translation>{date}&#xa0;: {kind}</translation>
    </message>
    <message>
        <source>No contact recorded yet.</source>
        <translation>Aucun contact enregistré pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Recorded. The candidate&apos;s data is now kept until {date}.</source>
        <translation>Enregistré. Les données du candidat sont désormais conservées jusqu&apos;au {date}.</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Your recovery key</source>
        <translation>Votre clé de récupération</translation>
    </message>
    <message>
        <source>The second way into your vault, for when this computer&apos;s keychain cannot open it.</source>
        <translation>Le second moyen d&apos;ouvrir votre coffre, lorsque le trousseau de cet ordinateur ne peut pas l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Vault creation error</source>
        <translation>Erreur lors de la création du coffre</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>&amp;Save recovery kit…</source>
        <translation>&amp;Enregistrer le kit de récupération…</translation>
    </message>
    <message>
        <source>Save recovery kit</source>
        <translation>Enregistrer le kit de récupération</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print recovery kit</source>
        <translation>Imprimer le kit de récupération</translation>
    </message>
    <message>
        <source>I &amp;have saved or printed my recovery key</source>
        <translation>J&apos;&amp;ai enregistré ou imprimé ma clé de récupération</translation>
    </message>
    <message>
        <source>I have saved or printed my recovery key</source>
        <translation>J&apos;ai enregistré ou imprimé ma clé de récupération</translation>
    </message>
    <message>
        <source>This key opens your vault on a new computer or when this computer&apos;s keychain is lost. RecruitDesk shows it only now and cannot show it again. Save or print it and keep it away from this computer. Anyone who has both the key and a copy of the vault can read it.</source>
        <translation>Cette clé ouvre votre coffre sur un nouvel ordinateur, ou si le trousseau de cet ordinateur est perdu. RecruitDesk ne l&apos;affiche que maintenant et ne pourra plus l&apos;afficher. Enregistrez-la ou imprimez-la, et conservez-la loin de cet ordinateur. Toute personne qui possède à la fois la clé et une copie du coffre peut en lire le contenu.</translation>
    </message>
    <message>
        <source>Creating your vault in {folder}…</source>
        <translation>Création de votre coffre dans {folder}…</translation>
    </message>
    <message>
        <source>Your vault was created in {folder}.</source>
        <translation>Votre coffre a été créé dans {folder}.</translation>
    </message>
    <message>
        <source>The vault could not be created. Go back to choose another folder, or fix the problem and try again.</source>
        <translation>Le coffre n&apos;a pas pu être créé. Revenez en arrière pour choisir un autre dossier, ou corrigez le problème et réessayez.</translation>
    </message>
    <message>
        <source>RecruitDesk recovery kit.txt</source>
        <translation>Kit de récupération RecruitDesk.txt</translation>
    </message>
    <message>
        <source>The recovery kit was saved to {file}.</source>
        <translation>Le kit de récupération a été enregistré dans {file}.</translation>
    </message>
    <message>
        <source>The recovery kit was sent to the printer.</source>
        <translation>Le kit de récupération a été envoyé à l&apos;imprimante.</translation>
    </message>
</context>
<context>
    <name>DocumentsAction</name>
    <message>
        <source>&amp;Documents…</source>
        <translation>&amp;Documents…</translation>
    </message>
    <message>
        <source>Add, save a copy of or remove the selected candidate&apos;s documents</source>
        <translation>Ajouter les documents du candidat sélectionné, en enregistrer une copie ou les supprimer</translation>
    </message>
    <message>
        <source>Documents…</source>
        <translation>Documents…</translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <source>Add documents</source>
        <translation>Ajouter des documents</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.doc *.odt *.rtf *.txt *.md *.eml *.msg *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>Documents (*.pdf *.docx *.doc *.odt *.rtf *.txt *.md *.eml *.msg *.jpg *.jpeg *.png *.tif *.tiff);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save a copy of the document</source>
        <translation>Enregistrer une copie du document</translation>
    </message>
    <message>
        <source>Documents of {name}</source>
        <translation>Documents de {name}</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>No documents yet.</source>
        <translation>Aucun document pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n files…</source>
        <translation>
            <numerusform>Lecture de %n fichier…</numerusform>
            <numerusform>Lecture de %n fichiers…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files added.</source>
        <translation>
            <numerusform>%n fichier ajouté.</numerusform>
            <numerusform>%n fichiers ajoutés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Open with password</source>
        <translation>&amp;Ouvrir avec le mot de passe</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <source>{file} is protected. &amp;Password:</source>
        <translation>{file} est protégé. &amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>A copy was saved to {path}. It is outside the encrypted vault.</source>
        <translation>Une copie a été enregistrée dans {path}. Elle se trouve hors du coffre chiffré.</translation>
    </message>
    <message>
        <source>Remove the document</source>
        <translation>Supprimer le document</translation>
    </message>
    <message>
        <source>Remove {file} from the documents of {name}?</source>
        <translation>Supprimer {file} des documents de {name}&#xa0;?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>{file} was removed.</source>
        <translation>{file} a été supprimé.</translation>
    </message>
    <message>
        <source>It is removed from the vault and from the search. This cannot be undone.</source>
        <translation>Il est supprimé du coffre et des résultats de recherche. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Your role may read and save copies of documents, not add or remove them.</source>
        <translation>Votre rôle vous permet de lire les documents et d&apos;en enregistrer des copies, mais pas d&apos;en ajouter ni d&apos;en supprimer.</translation>
    </message>
    <message>
        <source>It is removed from the team vault for every member. This cannot be undone.</source>
        <translation>Il est supprimé du coffre de l&apos;équipe pour tous les membres. Cette action est irréversible.</translation>
    </message>
</context>
<context>
    <name>DropHint</name>
    <message>
        <source>Drop files here</source>
        <translation>Déposez les fichiers ici</translation>
    </message>
</context>
<context>
    <name>DueItemsModel</name>
    <message>
        <source>Overdue</source>
        <translation>Échéance dépassée</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Échéance proche</translation>
    </message>
    <message>
        <source>On legal hold</source>
        <translation>Conservation juridique</translation>
    </message>
    <message>
        <source>Overdue ({count})</source>
        <translation>Échéance dépassée ({count})</translation>
    </message>
    <message numerus="yes">
        <source>Due within %n days ({count})</source>
        <translation>
            <numerusform>Échéance d&apos;ici %n jour ({count})</numerusform>
            <numerusform>Échéance d&apos;ici %n jours ({count})</numerusform>
        </translation>
    </message>
    <message>
        <source>On legal hold ({count})</source>
        <translation>Conservation juridique ({count})</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Click to select in the table; double-click or Enter to record facts</source>
        <translation>Cliquez pour sélectionner dans le tableau&#xa0;; double-cliquez ou appuyez sur Entrée pour saisir les éléments</translation>
    </message>
    <message numerus="yes">
        <source>%n days overdue</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>{date} ({relative})</source>
        <translation>{date} ({relative})</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
</context>
<context>
    <name>DuplicateChoiceDelegate</name>
    <message>
        <source>If {file} is already known</source>
        <translation>Si {file} est déjà connu</translation>
    </message>
    <message>
        <source>What to do when this person is already in the vault</source>
        <translation>Que faire si cette personne est déjà dans le coffre</translation>
    </message>
</context>
<context>
    <name>EmptyStates</name>
    <message>
        <source>&amp;New candidate…</source>
        <translation>&amp;Nouveau candidat…</translation>
    </message>
    <message>
        <source>Add a candidate by hand</source>
        <translation>Ajouter un candidat à la main</translation>
    </message>
    <message>
        <source>&amp;Import CVs…</source>
        <translation>&amp;Importer des CV…</translation>
    </message>
    <message>
        <source>Import CV files as new candidates</source>
        <translation>Importer des fichiers de CV comme nouveaux candidats</translation>
    </message>
    <message>
        <source>C&amp;lear the search</source>
        <translation>&amp;Effacer la recherche</translation>
    </message>
    <message>
        <source>Show every candidate again</source>
        <translation>Afficher à nouveau tous les candidats</translation>
    </message>
    <message>
        <source>No candidates yet. Start by importing CVs or adding a candidate by hand: they will be listed here, with the date their data is due for deletion.</source>
        <translation>Aucun candidat pour l&apos;instant. Commencez par importer des CV ou ajoutez un candidat à la main : ils apparaîtront ici, avec la date à laquelle leurs données doivent être supprimées.</translation>
    </message>
    <message>
        <source>No candidate matches &apos;{text}&apos;.</source>
        <translation>Aucun candidat ne correspond à « {text} ».</translation>
    </message>
</context>
<context>
    <name>ErrorReporting</name>
    <message>
        <source>An unexpected error occurred. Details without personal data were written to {file}.</source>
        <translation>Une erreur inattendue s&apos;est produite. Les détails, sans données personnelles, ont été enregistrés dans {file}.</translation>
    </message>
    <message>
        <source>RecruitDesk</source>
        <translation>RecruitDesk</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Message d&apos;erreur</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>E&amp;xport data…</source>
        <translation>E&amp;xporter les données…</translation>
    </message>
    <message>
        <source>Export the selected candidate&apos;s data; the export leaves the encrypted vault</source>
        <translation>Exporter les données du candidat sélectionné&#xa0;; l&apos;export sort du coffre chiffré</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Exported to {path}. The export is outside the encrypted vault.</source>
        <translation>Exporté vers {path}. L&apos;export se trouve hors du coffre chiffré.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export into folder</source>
        <translation>Exporter dans un dossier</translation>
    </message>
    <message>
        <source>Export {name}&apos;s data</source>
        <translation>Exporter les données de {name}</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>One &amp;zip file instead of a folder</source>
        <translation>Un fichier &amp;zip au lieu d&apos;un dossier</translation>
    </message>
    <message>
        <source>&amp;Protect with a password (AES-256 zip)</source>
        <translation>Pro&amp;téger par un mot de passe (zip AES-256)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Répéter le mot de passe</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répéter&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Choose the folder to export into.</source>
        <translation>Choisissez le dossier dans lequel exporter.</translation>
    </message>
    <message>
        <source>The password must be at least {length} characters long.</source>
        <translation>Le mot de passe doit comporter au moins {length} caractères.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
</context>
<context>
    <name>ExportDoneBox</name>
    <message>
        <source>Export finished</source>
        <translation>Export terminé</translation>
    </message>
    <message>
        <source>The data of {name} was exported.</source>
        <translation>Les données de {name} ont été exportées.</translation>
    </message>
    <message>
        <source>Saved as {path}.</source>
        <translation>Enregistré sous {path}.</translation>
    </message>
    <message>
        <source>The export is protected by the password you chose.</source>
        <translation>L&apos;export est protégé par le mot de passe que vous avez choisi.</translation>
    </message>
    <message>
        <source>It is outside the encrypted vault: keep it safe and delete it when it is no longer needed.</source>
        <translation>L&apos;export se trouve hors du coffre chiffré : conservez-le en lieu sûr et supprimez-le dès que vous n&apos;en avez plus besoin.</translation>
    </message>
    <message>
        <source>&amp;Show in folder</source>
        <translation>&amp;Afficher dans le dossier</translation>
    </message>
    <message>
        <source>The folder could not be opened. It is {path}.</source>
        <translation>Le dossier n&apos;a pas pu être ouvert. Il s&apos;agit de {path}.</translation>
    </message>
</context>
<context>
    <name>ExtendRequestDialog</name>
    <message>
        <source>1 more month, until {date}</source>
        <translation>1 mois de plus, jusqu&apos;au {date}</translation>
    </message>
    <message>
        <source>2 more months, until {date}</source>
        <translation>2 mois de plus, jusqu&apos;au {date}</translation>
    </message>
    <message>
        <source>The reasons you give the person, e.g. the request covers several years of files</source>
        <translation>Les motifs que vous communiquez à la personne, p. ex. la demande porte sur plusieurs années de dossiers</translation>
    </message>
    <message>
        <source>Tell the person about the extension and its reasons before {date}.</source>
        <translation>Informez la personne de la prolongation et de ses motifs avant le {date}.</translation>
    </message>
    <message>
        <source>&amp;Extend by:</source>
        <translation>&amp;Prolonger de&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>&amp;Motifs&#xa0;:</translation>
    </message>
</context>
<context>
    <name>FactsConflictDialog</name>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Date de candidature</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation>Conservation juridique</translation>
    </message>
    <message>
        <source>Extended until</source>
        <translation>Prolongé jusqu&apos;au</translation>
    </message>
    <message>
        <source>While you were editing the retention facts, another member saved this candidate (version {theirs}; you started from version {mine}). Both versions are shown: choose which to keep.</source>
        <translation>Pendant que vous modifiiez les éléments de conservation, un autre membre a enregistré ce candidat (version {theirs}&#xa0;; vous êtes parti de la version {mine}). Les deux versions sont affichées&#xa0;: choisissez celle à garder.</translation>
    </message>
    <message>
        <source>Merged (your changes over theirs)</source>
        <translation>Fusionné (vos modifications sur les leurs)</translation>
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
        <translation>Bienvenue dans RecruitDesk</translation>
    </message>
    <message>
        <source>First-run setup</source>
        <translation>Configuration initiale</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Looking for files…</source>
        <translation>Recherche des fichiers…</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it, then import again.</source>
        <translation>Le coffre est verrouillé. Déverrouillez-le, puis relancez l&apos;importation.</translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation>Annulation après le fichier en cours…</translation>
    </message>
    <message>
        <source>No files to import were found in what you dropped.</source>
        <translation>Aucun fichier à importer n&apos;a été trouvé dans ce que vous avez déposé.</translation>
    </message>
    <message>
        <source>1 file ready to import.</source>
        <translation>1 fichier prêt à être importé.</translation>
    </message>
    <message>
        <source>{count} files ready to import.</source>
        <translation>{count} fichiers prêts à être importés.</translation>
    </message>
    <message>
        <source>1 file was left out because it may not be a CV; tick it to import it anyway.</source>
        <translation>1 fichier a été écarté car ce n&apos;est peut-être pas un CV&#xa0;; cochez-le pour l&apos;importer quand même.</translation>
    </message>
    <message>
        <source>{count} files were left out because they may not be CVs; tick them to import them anyway.</source>
        <translation>{count} fichiers ont été écartés car ce ne sont peut-être pas des CV&#xa0;; cochez-les pour les importer quand même.</translation>
    </message>
    <message>
        <source>1 file needs a password: select it and type the password below the list.</source>
        <translation>1 fichier demande un mot de passe&#xa0;: sélectionnez-le et saisissez le mot de passe sous la liste.</translation>
    </message>
    <message>
        <source>{count} files need a password: select each and type its password below the list.</source>
        <translation>{count} fichiers demandent un mot de passe&#xa0;: sélectionnez-les un par un et saisissez le mot de passe sous la liste.</translation>
    </message>
    <message>
        <source>1 file cannot be imported (see Warnings).</source>
        <translation>1 fichier ne peut pas être importé (voir Avertissements).</translation>
    </message>
    <message>
        <source>{count} files cannot be imported (see Warnings).</source>
        <translation>{count} fichiers ne peuvent pas être importés (voir Avertissements).</translation>
    </message>
    <message>
        <source>1 file contains sensitive data.</source>
        <translation>1 fichier contient des données sensibles.</translation>
    </message>
    <message>
        <source>{count} files contain sensitive data.</source>
        <translation>{count} fichiers contiennent des données sensibles.</translation>
    </message>
    <message>
        <source>1 file may belong to someone already known: choose what to do.</source>
        <translation>1 fichier appartient peut-être à une personne déjà connue&#xa0;: choisissez que faire.</translation>
    </message>
    <message>
        <source>{count} files may belong to someone already known: choose what to do.</source>
        <translation>{count} fichiers appartiennent peut-être à des personnes déjà connues&#xa0;: choisissez que faire.</translation>
    </message>
    <message>
        <source>The vault is locked, so duplicates were not checked.</source>
        <translation>Le coffre est verrouillé&#xa0;: les doublons n&apos;ont donc pas été vérifiés.</translation>
    </message>
    <message>
        <source>{imported} imported, {duplicate} already known, {failed} failed.</source>
        <translation>Importés&#xa0;: {imported}, déjà connus&#xa0;: {duplicate}, échecs&#xa0;: {failed}.</translation>
    </message>
    <message>
        <source>The import was cancelled: 1 file was not imported. Every file imported before is complete.</source>
        <translation>L&apos;importation a été annulée&#xa0;: 1 fichier n&apos;a pas été importé. Tous les fichiers importés auparavant sont complets.</translation>
    </message>
    <message>
        <source>The import was cancelled: {count} files were not imported. Every file imported before is complete.</source>
        <translation>L&apos;importation a été annulée&#xa0;: {count} fichiers n&apos;ont pas été importés. Tous les fichiers importés auparavant sont complets.</translation>
    </message>
    <message>
        <source>Failed files are listed first with the reason. Fix them if needed (for example, save them again as PDF), then click Retry.</source>
        <translation>Les fichiers en échec sont listés en premier, avec le motif. Corrigez-les si nécessaire (par exemple en les enregistrant de nouveau au format PDF), puis cliquez sur Réessayer.</translation>
    </message>
    <message>
        <source>Reading file {done} of {total}…</source>
        <translation>Lecture du fichier {done} sur {total}…</translation>
    </message>
    <message>
        <source>Importing file {done} of {total}…</source>
        <translation>Importation du fichier {done} sur {total}…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import the ticked files</source>
        <translation>Importer les fichiers cochés</translation>
    </message>
    <message>
        <source>&amp;Retry failed files</source>
        <translation>&amp;Réessayer les fichiers en échec</translation>
    </message>
    <message>
        <source>Retry the failed files</source>
        <translation>Réessayer les fichiers en échec</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Cancel after the current file</source>
        <translation>Annuler après le fichier en cours</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close the import window</source>
        <translation>Fermer la fenêtre d&apos;importation</translation>
    </message>
    <message>
        <source>&amp;Import 1 file</source>
        <translation>&amp;Importer 1 fichier</translation>
    </message>
    <message>
        <source>&amp;Import {count} files</source>
        <translation>&amp;Importer {count} fichiers</translation>
    </message>
    <message>
        <source>Drop CV files or folders here, or choose them with Vault › Import CVs…</source>
        <translation>Déposez ici des fichiers de CV ou des dossiers, ou choisissez-les via Coffre › Importer des CV…</translation>
    </message>
    <message>
        <source>Select a file to see everything RecruitDesk found in it.</source>
        <translation>Sélectionnez un fichier pour voir tout ce que RecruitDesk y a trouvé.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>non trouvé</translation>
    </message>
    <message>
        <source>corrected by you</source>
        <translation>corrigé par vous</translation>
    </message>
    <message>
        <source>from the file name</source>
        <translation>d&apos;après le nom du fichier</translation>
    </message>
    <message>
        <source>{percent} % sure</source>
        <translation>fiable à {percent}&#xa0;%</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Import CVs - RecruitDesk</source>
        <translation>Importer des CV - RecruitDesk</translation>
    </message>
    <message>
        <source>Import CVs</source>
        <translation>Importer des CV</translation>
    </message>
    <message>
        <source>Check what RecruitDesk found in each file. Double-click a name, email address or phone number to correct it; untick a file to leave it out. Nothing is stored until you click Import.</source>
        <translation>Vérifiez ce que RecruitDesk a trouvé dans chaque fichier. Double-cliquez sur un nom, une adresse e-mail ou un numéro de téléphone pour le corriger&#xa0;; décochez un fichier pour l&apos;exclure. Rien n&apos;est enregistré tant que vous n&apos;avez pas cliqué sur Importer.</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Fichiers à importer</translation>
    </message>
    <message>
        <source>Details of the selected file</source>
        <translation>Détails du fichier sélectionné</translation>
    </message>
    <message>
        <source>Redact sensitive numbers</source>
        <translation>Caviarder les numéros sensibles</translation>
    </message>
    <message>
        <source>National register numbers, citizen service numbers (BSN) and bank account numbers are removed from everything RecruitDesk keeps: the text, the search index and the document, which is stored as a redacted PDF copy (numbers blacked out) instead of the original.</source>
        <translation>Les numéros de registre national, les numéros BSN et les numéros de compte bancaire sont supprimés de tout ce que RecruitDesk conserve : le texte, l&apos;index de recherche et le document, conservé sous forme de copie PDF caviardée (numéros noircis) au lieu de l&apos;original.</translation>
    </message>
    <message>
        <source>&amp;Redact sensitive numbers (keep a redacted copy, not the original file)</source>
        <translation>&amp;Caviarder les numéros sensibles (conserver une copie caviardée, pas le fichier original)</translation>
    </message>
    <message>
        <source>Also redact special-category words</source>
        <translation>Caviarder aussi les mots des catégories particulières</translation>
    </message>
    <message>
        <source>Words about health, religion, union membership and the other special categories the preview warns about are blacked out too.</source>
        <translation>Les mots sur la santé, la religion, l&apos;affiliation syndicale et les autres catégories particulières signalées dans l&apos;aperçu sont aussi noircis.</translation>
    </message>
    <message>
        <source>Also redact &amp;special-category words (health, religion, union membership…)</source>
        <translation>Caviarder aussi les mots des catégories &amp;particulières (santé, religion, affiliation syndicale…)</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Résumé de l&apos;importation</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>Résultats de l&apos;importation</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>État de l&apos;importation</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
</context>
<context>
    <name>ImportDropHandler</name>
    <message>
        <source>Drop to add these files to this candidate</source>
        <translation>Relâchez pour ajouter ces fichiers à ce candidat</translation>
    </message>
    <message>
        <source>Drop CVs or folders to import them as new candidates</source>
        <translation>Déposez des CV ou des dossiers pour les importer comme nouveaux candidats</translation>
    </message>
</context>
<context>
    <name>ImportFeature</name>
    <message>
        <source>Import CVs</source>
        <translation>Importer des CV</translation>
    </message>
    <message>
        <source>CVs (*.pdf *.docx *.doc *.odt *.rtf *.txt *.md *.eml *.msg *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>CV (*.pdf *.docx *.doc *.odt *.rtf *.txt *.md *.eml *.msg *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Import CVs…</source>
        <translation>&amp;Importer des CV…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Import CV files as new candidates (Ctrl+I); you can also drop files or folders on the list</source>
        <translation>Importer des fichiers de CV comme nouveaux candidats (Ctrl+I)&#xa0;; vous pouvez aussi déposer des fichiers ou des dossiers sur la liste</translation>
    </message>
    <message>
        <source>Unlock the vault to import CVs.</source>
        <translation>Déverrouillez le coffre pour importer des CV.</translation>
    </message>
    <message>
        <source>No files to import were found in what you dropped.</source>
        <translation>Aucun fichier à importer n&apos;a été trouvé dans ce que vous avez déposé.</translation>
    </message>
    <message>
        <source>Finish the open import first, then drop the files again.</source>
        <translation>Terminez d&apos;abord l&apos;importation en cours, puis déposez de nouveau les fichiers.</translation>
    </message>
    <message>
        <source>Wait for the current import to finish, then drop the files again.</source>
        <translation>Attendez la fin de l&apos;importation en cours, puis déposez de nouveau les fichiers.</translation>
    </message>
    <message>
        <source>Import CVs into a vacancy</source>
        <translation>Importer des CV dans un poste</translation>
    </message>
    <message>
        <source>Add files to the selected candidate</source>
        <translation>Ajouter des fichiers au candidat sélectionné</translation>
    </message>
    <message>
        <source>Imported 1 candidate.</source>
        <translation>1 candidat importé.</translation>
    </message>
    <message>
        <source>Imported {count} candidates.</source>
        <translation>{count} candidats importés.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Skip this file</source>
        <translation>Ignorer ce fichier</translation>
    </message>
    <message>
        <source>Add the file to {name}</source>
        <translation>Ajouter le fichier à {name}</translation>
    </message>
    <message>
        <source>Add the file to the existing candidate</source>
        <translation>Ajouter le fichier au candidat existant</translation>
    </message>
    <message>
        <source>Merge into {name} (add the file, fill in missing contact details)</source>
        <translation>Fusionner avec {name} (ajouter le fichier, compléter les coordonnées manquantes)</translation>
    </message>
    <message>
        <source>Merge into the existing candidate (add the file, fill in missing contact details)</source>
        <translation>Fusionner avec le candidat existant (ajouter le fichier, compléter les coordonnées manquantes)</translation>
    </message>
    <message>
        <source>Create a new candidate anyway</source>
        <translation>Créer quand même un nouveau candidat</translation>
    </message>
    <message>
        <source>&quot;{email}&quot; does not look like an email address.</source>
        <translation>«&#xa0;{email}&#xa0;» ne ressemble pas à une adresse e-mail.</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>En attente…</translation>
    </message>
    <message>
        <source>Not read (cancelled)</source>
        <translation>Non lu (annulé)</translation>
    </message>
    <message>
        <source>Protected – enter the password</source>
        <translation>Protégé – saisissez le mot de passe</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importé</translation>
    </message>
    <message>
        <source>Cannot be imported</source>
        <translation>Importation impossible</translation>
    </message>
    <message>
        <source>Left out: {reason}</source>
        <translation>Écarté&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Exclu</translation>
    </message>
    <message>
        <source>Ready – check warnings</source>
        <translation>Prêt – vérifiez les avertissements</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Waiting to be imported…</source>
        <translation>En attente d&apos;importation…</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent}&#xa0;%</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>If already known</source>
        <translation>Si déjà connu</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Candidature le</translation>
    </message>
    <message>
        <source>Included in the import</source>
        <translation>Inclus dans l&apos;importation</translation>
    </message>
    <message>
        <source>({count}) {first}</source>
        <translation>({count}) {first}</translation>
    </message>
    <message>
        <source>If {file} is already known: {choice}</source>
        <translation>Si {file} est déjà connu&#xa0;: {choice}</translation>
    </message>
    <message>
        <source>The date of the e-mail; double-click to change it</source>
        <translation>La date de l&apos;e-mail&#xa0;; double-cliquez pour la modifier</translation>
    </message>
    <message>
        <source>The date the file was last changed; double-click to change it</source>
        <translation>La date de dernière modification du fichier&#xa0;; double-cliquez pour la modifier</translation>
    </message>
    <message>
        <source>{name} (from file name)</source>
        <translation>{name} (d&apos;après le nom du fichier)</translation>
    </message>
    <message>
        <source>Corrected by you</source>
        <translation>Corrigé par vous</translation>
    </message>
    <message>
        <source>Not found in the file</source>
        <translation>Introuvable dans le fichier</translation>
    </message>
    <message>
        <source>Taken from the file name</source>
        <translation>Repris du nom du fichier</translation>
    </message>
    <message>
        <source>Detected with {percent} confidence</source>
        <translation>Détecté avec une fiabilité de {percent}</translation>
    </message>
</context>
<context>
    <name>ImportResultModel</name>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Added to an existing candidate</source>
        <translation>Ajouté à un candidat existant</translation>
    </message>
    <message>
        <source>Already known – not imported</source>
        <translation>Déjà connu – non importé</translation>
    </message>
    <message>
        <source>Not imported (cancelled)</source>
        <translation>Non importé (annulé)</translation>
    </message>
    <message>
        <source>Left out by you</source>
        <translation>Exclu par vous</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Reason or warnings</source>
        <translation>Motif ou avertissements</translation>
    </message>
    <message>
        <source>{name} (no. {id})</source>
        <translation>{name} (n°&#xa0;{id})</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite a member</source>
        <translation>Inviter un membre</translation>
    </message>
    <message>
        <source>The new member&apos;s name</source>
        <translation>Nom du nouveau membre</translation>
    </message>
    <message>
        <source>The new member&apos;s role</source>
        <translation>Rôle du nouveau membre</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Code d&apos;inscription</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the enrolment code</source>
        <translation>Copier le code d&apos;inscription</translation>
    </message>
    <message>
        <source>This code is shown only now: RecruitDesk cannot show it again. Give it to them in person or by phone, not in the same e-mail as the server&apos;s address. If it is lost, invite them again.</source>
        <translation>Ce code n&apos;est affiché que maintenant&#xa0;: RecruitDesk ne pourra plus l&apos;afficher. Transmettez-le en personne ou par téléphone, pas dans le même e-mail que l&apos;adresse du serveur. S&apos;il est perdu, invitez de nouveau la personne.</translation>
    </message>
    <message>
        <source>&amp;Make code</source>
        <translation>&amp;Générer le code</translation>
    </message>
    <message>
        <source>Enrolment code for {name} ({role}). It works once, until {expires}:</source>
        <translation>Code d&apos;inscription pour {name} ({role}). Il ne fonctionne qu&apos;une fois, jusqu&apos;au {expires}&#xa0;:</translation>
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
        <translation>Candidats</translation>
    </message>
    <message>
        <source>Vault status</source>
        <translation>État du coffre</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Coffre</translation>
    </message>
    <message>
        <source>&amp;Retention</source>
        <translation>Con&amp;servation</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Lock the vault: hide all candidate data until it is unlocked again</source>
        <translation>Verrouiller le coffre&#xa0;: masquer toutes les données des candidats jusqu&apos;à ce qu&apos;il soit de nouveau déverrouillé</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Record &amp;facts…</source>
        <translation>Saisir les élé&amp;ments…</translation>
    </message>
    <message>
        <source>Facts…</source>
        <translation>Éléments…</translation>
    </message>
    <message>
        <source>Record the procedure outcome, a contact, reserve consent or a legal hold for the selected candidate (Enter)</source>
        <translation>Enregistrer l&apos;issue de la procédure, un contact, le consentement pour la réserve de recrutement ou une conservation juridique pour le candidat sélectionné (Entrée)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Erase the selected candidates for good, after a confirmation (Delete)</source>
        <translation>Effacer définitivement les candidats sélectionnés, après confirmation (Suppr)</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>&amp;Extend…</source>
        <translation>&amp;Prolonger…</translation>
    </message>
    <message>
        <source>Keep the selected candidates longer, with a written reason (Ctrl+Shift+E)</source>
        <translation>Conserver plus longtemps les candidats sélectionnés, avec un motif écrit (Ctrl+Maj+E)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Legal &amp;hold…</source>
        <translation>Conserver pour raison &amp;juridique…</translation>
    </message>
    <message>
        <source>Suspend deletion of the selected candidates, with a written reason (Ctrl+Shift+H)</source>
        <translation>Suspendre la suppression des candidats sélectionnés, avec un motif écrit (Ctrl+Maj+H)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>&amp;Release legal hold</source>
        <translation>&amp;Lever la conservation juridique</translation>
    </message>
    <message>
        <source>End the legal hold of the selected candidates: their countdown runs again</source>
        <translation>Mettre fin à la conservation juridique des candidats sélectionnés&#xa0;: leur décompte reprend</translation>
    </message>
    <message>
        <source>Retention &amp;settings…</source>
        <translation>Paramètres de &amp;conservation…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Choose the retention policy, the alert window and automatic erasure</source>
        <translation>Choisir la politique de conservation, la période d&apos;alerte et l&apos;effacement automatique</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;About RecruitDesk</source>
        <translation>À &amp;propos de RecruitDesk</translation>
    </message>
    <message>
        <source>Unlocking the vault…</source>
        <translation>Déverrouillage du coffre…</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Le coffre est verrouillé.</translation>
    </message>
    <message>
        <source>{purpose}, given on {date}</source>
        <translation>{purpose}, donné le {date}</translation>
    </message>
    <message>
        <source>{text} (version {version})</source>
        <translation>{text} (version {version})</translation>
    </message>
    <message>
        <source>Choose the consent</source>
        <translation>Choisir le consentement</translation>
    </message>
    <message>
        <source>{name} has several consents in force. Which one?</source>
        <translation>{name} a plusieurs consentements en cours. Lequel choisir&#xa0;?</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Déverrouillé</translation>
    </message>
    <message>
        <source>Loading candidates…</source>
        <translation>Chargement des candidats…</translation>
    </message>
    <message>
        <source>Candidates: {count}</source>
        <translation>Candidats&#xa0;: {count}</translation>
    </message>
    <message>
        <source>({count}) {title}</source>
        <translation>({count}) {title}</translation>
    </message>
    <message>
        <source>{shown} of {total} candidates</source>
        <translation>{shown} candidats sur {total}</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restauration…</translation>
    </message>
    <message>
        <source>&amp;Candidate</source>
        <translation>Ca&amp;ndidat</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>What to do with the selected candidate: facts, consent, notes, export, requests</source>
        <translation>Ce que vous pouvez faire avec le candidat sélectionné : faits, consentement, notes, export, demandes</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>Dossier du coffre</translation>
    </message>
    <message>
        <source>Number of candidates</source>
        <translation>Nombre de candidats</translation>
    </message>
    <message>
        <source>Vault state</source>
        <translation>État de verrouillage du coffre</translation>
    </message>
</context>
<context>
    <name>MembersWindow</name>
    <message>
        <source>Team members</source>
        <translation>Membres de l&apos;équipe</translation>
    </message>
    <message>
        <source>Loading the members…</source>
        <translation>Chargement des membres…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Membre depuis</translation>
    </message>
    <message>
        <source>&amp;Invite…</source>
        <translation>&amp;Inviter…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Changer le &amp;rôle…</translation>
    </message>
    <message>
        <source>Revo&amp;ke…</source>
        <translation>Ré&amp;voquer…</translation>
    </message>
    <message>
        <source>Finish re&amp;vocation</source>
        <translation>&amp;Terminer la révocation</translation>
    </message>
    <message>
        <source>Renew every &amp;candidate key…</source>
        <translation>Renouveler toutes les &amp;clés des candidats…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Show members who joined since the list was loaded</source>
        <translation>Afficher aussi les membres qui ont rejoint l&apos;équipe depuis le chargement de la liste</translation>
    </message>
    <message>
        <source>Revocation progress</source>
        <translation>Progression de la révocation</translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation>{name} (vous)</translation>
    </message>
    <message>
        <source>revoked on {date}</source>
        <translation>révoqué le {date}</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>You are an administrator: you can invite members, change their roles and revoke them.</source>
        <translation>Vous êtes administrateur&#xa0;: vous pouvez inviter des membres, changer leur rôle et les révoquer.</translation>
    </message>
    <message>
        <source>Only an administrator can invite, change roles or revoke members. Your role is {role}, so you can only read this list.</source>
        <translation>Seul un administrateur peut inviter des membres, changer leur rôle ou les révoquer. Votre rôle est {role}&#xa0;: vous pouvez seulement consulter cette liste.</translation>
    </message>
    <message>
        <source>A revocation was interrupted: {moved} of {total} candidates are under the new keys. Choose Finish revocation to complete it; until then the revoked member&apos;s old keys still open the others.</source>
        <translation>Une révocation a été interrompue&#xa0;: {moved} candidats sur {total} sont sous les nouvelles clés. Choisissez Terminer la révocation pour l&apos;achever&#xa0;; d&apos;ici là, les anciennes clés du membre révoqué ouvrent encore les autres.</translation>
    </message>
    <message>
        <source>Renewing every candidate key was interrupted: {renewed} of {total} candidates have their new key. Choose Renew every candidate key to go on where it stopped.</source>
        <translation>Le renouvellement de toutes les clés des candidats a été interrompu&#xa0;: {renewed} candidats sur {total} ont leur nouvelle clé. Choisissez Renouveler toutes les clés des candidats pour reprendre là où il s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>Revoking {name} and renewing the team&apos;s keys…</source>
        <translation>Révocation de {name} et renouvellement des clés de l&apos;équipe…</translation>
    </message>
    <message>
        <source>Finishing the interrupted revocation…</source>
        <translation>Achèvement de la révocation interrompue…</translation>
    </message>
    <message>
        <source>Renewing every candidate key…</source>
        <translation>Renouvellement de toutes les clés des candidats…</translation>
    </message>
    <message>
        <source>Renewing the candidate keys stopped before the end. No candidate is left half renewed; choose Renew every candidate key again to go on where it stopped.</source>
        <translation>Le renouvellement des clés des candidats s&apos;est arrêté avant la fin. Aucun candidat n&apos;est à moitié renouvelé&#xa0;; choisissez à nouveau Renouveler toutes les clés des candidats pour reprendre là où il s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>Done: the team&apos;s keys are renewed and every candidate is under the new keys.</source>
        <translation>Terminé&#xa0;: les clés de l&apos;équipe sont renouvelées et tous les candidats sont sous les nouvelles clés.</translation>
    </message>
    <message>
        <source>The revocation stopped before the end. The member is locked out as soon as it started; choose Finish revocation to move the remaining candidates.</source>
        <translation>La révocation s&apos;est arrêtée avant la fin. Le membre est exclu dès le début de la révocation&#xa0;; choisissez Terminer la révocation pour déplacer les candidats restants.</translation>
    </message>
    <message>
        <source>After a revocation: give the firm and every candidate a new key, so keys a revoked member may have noted open nothing on the server</source>
        <translation>Après une révocation&#xa0;: donner une nouvelle clé à l&apos;entreprise et à chaque candidat, afin que les clés qu&apos;un membre révoqué aurait notées n&apos;ouvrent plus rien sur le serveur</translation>
    </message>
    <message>
        <source>Done: the firm and every candidate have a new key and all their data is encrypted again.</source>
        <translation>Terminé&#xa0;: l&apos;entreprise et chaque candidat ont une nouvelle clé et toutes leurs données sont à nouveau chiffrées.</translation>
    </message>
    <message>
        <source>The members could not be loaded.</source>
        <translation>Les membres n&apos;ont pas pu être chargés.</translation>
    </message>
</context>
<context>
    <name>NewCandidateDialog</name>
    <message>
        <source>New candidate</source>
        <translation>Nouveau candidat</translation>
    </message>
    <message>
        <source>Only the name is required. The application date starts the retention countdown.</source>
        <translation>Seul le nom est obligatoire. La date de candidature fait démarrer le délai de conservation.</translation>
    </message>
    <message>
        <source>Only the name is required. The retention countdown starts today, under the retention policy.</source>
        <translation>Seul le nom est obligatoire. Le délai de conservation démarre aujourd&apos;hui, selon la politique de conservation.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
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
        <translation>Date de candidature</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <source>&amp;LinkedIn:</source>
        <translation>&amp;LinkedIn :</translation>
    </message>
    <message>
        <source>&amp;Applied on:</source>
        <translation>&amp;Date de candidature :</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>&amp;Origine :</translation>
    </message>
    <message>
        <source>Profile error</source>
        <translation>Erreur dans le profil</translation>
    </message>
</context>
<context>
    <name>NewCandidateFeature</name>
    <message>
        <source>&amp;New candidate…</source>
        <translation>&amp;Nouveau candidat…</translation>
    </message>
    <message>
        <source>Add a candidate by hand, without a CV</source>
        <translation>Ajouter un candidat à la main, sans CV</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <source>Candidate added. Warning: this person is on the suppression list (they objected, asked for erasure or must not be contacted again); check before contacting them.</source>
        <translation>Candidat ajouté. Attention : cette personne figure sur la liste d&apos;exclusion (elle s&apos;est opposée, a demandé l&apos;effacement ou ne doit plus être contactée) ; vérifiez avant de la contacter.</translation>
    </message>
    <message>
        <source>Candidate added; the retention countdown has started.</source>
        <translation>Candidat ajouté ; le délai de conservation a commencé.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Edit screening note</source>
        <translation>Modifier la note de présélection</translation>
    </message>
    <message>
        <source>New screening note</source>
        <translation>Nouvelle note de présélection</translation>
    </message>
    <message>
        <source>Screening note about {name}</source>
        <translation>Note de présélection concernant {name}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Where the information was found, e.g. LinkedIn</source>
        <translation>Où l&apos;information a été trouvée, p. ex. LinkedIn</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Findings &amp;discussed with the candidate</source>
        <translation>Constatations &amp;discutées avec le candidat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Discuss what you found with the candidate; never reject on screening alone.</source>
        <translation>Discutez de vos constatations avec le candidat&#xa0;; ne rejetez jamais une candidature sur la seule base de la présélection.</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Versions précédentes</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>{author} saved a newer version of this note on {date} while you were editing it:

{text}

Nothing of yours was saved yet; your text is still below. Save to store it over theirs (theirs is kept as an earlier version), or Cancel to keep theirs.</source>
        <translation>{author} a enregistré une version plus récente de cette note le {date} pendant que vous la modifiiez&#xa0;:

{text}

Rien de votre texte n&apos;a encore été enregistré&#xa0;; il figure toujours ci-dessous. Enregistrez pour le placer par-dessus le leur (le leur est conservé comme version précédente), ou choisissez Annuler pour garder le leur.</translation>
    </message>
    <message>
        <source>Earlier versions:</source>
        <translation>Versions précédentes&#xa0;:</translation>
    </message>
    <message>
        <source>{date} — {author}: {text}</source>
        <translation>{date} — {author}&#xa0;: {text}</translation>
    </message>
</context>
<context>
    <name>PagePreviewPanel</name>
    <message>
        <source>Show the &amp;page</source>
        <translation>Afficher la &amp;page</translation>
    </message>
    <message>
        <source>Show the first page of the selected file, to read a name from a scan</source>
        <translation>Afficher la première page du fichier sélectionné, pour lire un nom sur un document numérisé</translation>
    </message>
    <message>
        <source>First page of the selected file</source>
        <translation>Première page du fichier sélectionné</translation>
    </message>
    <message>
        <source>Select a readable file to see its first page.</source>
        <translation>Sélectionnez un fichier lisible pour voir sa première page.</translation>
    </message>
    <message>
        <source>Making a picture of the first page…</source>
        <translation>Création d&apos;une image de la première page…</translation>
    </message>
    <message>
        <source>No page picture for this kind of file.</source>
        <translation>Pas d&apos;image de page pour ce type de fichier.</translation>
    </message>
</context>
<context>
    <name>PassphraseForm</name>
    <message>
        <source>New passphrase or PIN</source>
        <translation>Nouvelle phrase secrète ou code PIN</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>La même phrase secrète une seconde fois</translation>
    </message>
    <message>
        <source>&amp;Passphrase or PIN:</source>
        <translation>&amp;Phrase secrète ou code PIN :</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmation :</translation>
    </message>
    <message>
        <source>At least {minimum} characters. A few words you remember are stronger than a PIN; a PIN of 6 digits or more is accepted.</source>
        <translation>Au moins {minimum} caractères. Quelques mots dont vous vous souvenez sont plus sûrs qu&apos;un code PIN ; un code PIN de 6 chiffres ou plus est accepté.</translation>
    </message>
    <message>
        <source>Passphrase problem</source>
        <translation>Problème de phrase secrète</translation>
    </message>
    <message>
        <source>Type at least {minimum} characters.</source>
        <translation>Saisissez au moins {minimum} caractères.</translation>
    </message>
    <message>
        <source>Type the same passphrase in both fields.</source>
        <translation>Saisissez la même phrase secrète dans les deux champs.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Protect the vault with a passphrase</source>
        <translation>Protégez le coffre par une phrase secrète</translation>
    </message>
    <message>
        <source>Recommended: colleagues can reach this computer.</source>
        <translation>Recommandé : des collègues ont accès à cet ordinateur.</translation>
    </message>
    <message>
        <source>RecruitDesk locks the vault when you choose Vault &gt; Lock and after some minutes without use. With a passphrase or PIN, opening it again (and at every start) needs both the key in this computer&apos;s keychain and what only you know, so a colleague at your desk cannot open it. If you forget the passphrase, your recovery key still opens the vault.</source>
        <translation>RecruitDesk verrouille le coffre lorsque vous choisissez Coffre &gt; Verrouiller et après quelques minutes d&apos;inactivité. Avec une phrase secrète ou un code PIN, le rouvrir (et à chaque démarrage) exige à la fois la clé du trousseau de cet ordinateur et ce que vous seul connaissez : un collègue à votre bureau ne peut donc pas l&apos;ouvrir. Si vous oubliez la phrase secrète, votre clé de récupération ouvre toujours le coffre.</translation>
    </message>
    <message>
        <source>&amp;Use a passphrase or PIN (recommended)</source>
        <translation>&amp;Utiliser une phrase secrète ou un code PIN (recommandé)</translation>
    </message>
    <message>
        <source>No passphrase: nobody else can use this &amp;computer</source>
        <translation>Pas de phrase secrète : personne d&apos;autre ne peut utiliser cet &amp;ordinateur</translation>
    </message>
    <message>
        <source>Without a passphrase, anyone who can use this computer can unlock the vault, even after it was locked. RecruitDesk offers to set one at every unlock.</source>
        <translation>Sans phrase secrète, toute personne pouvant utiliser cet ordinateur peut déverrouiller le coffre, même après son verrouillage. RecruitDesk vous propose d&apos;en définir une à chaque déverrouillage.</translation>
    </message>
</context>
<context>
    <name>PasswordPanel</name>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Open with this password</source>
        <translation>&amp;Ouvrir avec ce mot de passe</translation>
    </message>
    <message>
        <source>The password for {file} is not correct. Type it again:</source>
        <translation>Le mot de passe de {file} est incorrect. Saisissez-le à nouveau&#xa0;:</translation>
    </message>
    <message>
        <source>{file} is protected. &amp;Password:</source>
        <translation>{file} est protégé. &amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Password for {file}</source>
        <translation>Mot de passe de {file}</translation>
    </message>
</context>
<context>
    <name>PolicyEditor</name>
    <message>
        <source>Import policy file</source>
        <translation>Importer un fichier de politique</translation>
    </message>
    <message>
        <source>Policy files (*.json);;All files (*)</source>
        <translation>Fichiers de politique (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export policy file</source>
        <translation>Exporter un fichier de politique</translation>
    </message>
    <message>
        <source>Policy files (*.json)</source>
        <translation>Fichiers de politique (*.json)</translation>
    </message>
    <message>
        <source>Retention policy</source>
        <translation>Politique de conservation</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Règles propres</translation>
    </message>
    <message>
        <source>&amp;Policy:</source>
        <translation>&amp;Politique&#xa0;:</translation>
    </message>
    <message>
        <source>The statement this policy follows</source>
        <translation>La déclaration que suit cette politique</translation>
    </message>
    <message>
        <source>&amp;Import policy file…</source>
        <translation>&amp;Importer un fichier de politique…</translation>
    </message>
    <message>
        <source>E&amp;xport policy file…</source>
        <translation>E&amp;xporter le fichier de politique…</translation>
    </message>
    <message>
        <source>Policy file error</source>
        <translation>Erreur de fichier de politique</translation>
    </message>
    <message>
        <source>&amp;Rules (one per situation):</source>
        <translation>&amp;Règles (une par situation)&#xa0;:</translation>
    </message>
    <message>
        <source>Examples with this policy</source>
        <translation>Exemples avec cette politique</translation>
    </message>
    <message>
        <source>For example, with these rules:</source>
        <translation>Par exemple, avec ces règles&#xa0;:</translation>
    </message>
    <message>
        <source>The policy in force cannot be shown as rows ({problem}). The rows show the preset it was based on; save to replace it.</source>
        <translation>La politique en vigueur ne peut pas être affichée en lignes ({problem}). Les lignes montrent la politique prédéfinie dont elle est issue&#xa0;; enregistrez pour la remplacer.</translation>
    </message>
    <message>
        <source>Custom (imported from {file})</source>
        <translation>Règles propres (importées de {file})</translation>
    </message>
    <message>
        <source>Custom (based on {preset})</source>
        <translation>Règles propres (d&apos;après {preset})</translation>
    </message>
    <message>
        <source>Follows: {statement}</source>
        <translation>Suit&#xa0;: {statement}</translation>
    </message>
    <message>
        <source>Your own rules: {description}</source>
        <translation>Vos propres règles&#xa0;: {description}</translation>
    </message>
    <message>
        <source>Your own rules: fix the rules marked in red to see what they do.</source>
        <translation>Vos propres règles&#xa0;: corrigez les règles signalées en rouge pour voir ce qu&apos;elles font.</translation>
    </message>
    <message>
        <source>The rules of {file} are shown above. Save to put them in force.</source>
        <translation>Les règles de {file} sont affichées ci-dessus. Enregistrez pour les mettre en vigueur.</translation>
    </message>
    <message>
        <source>retention-policy.json</source>
        <translation>politique-de-conservation.json</translation>
    </message>
    <message>
        <source>The policy was exported to {file}.</source>
        <translation>La politique a été exportée vers {file}.</translation>
    </message>
</context>
<context>
    <name>PolicyRows</name>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>À compter de</translation>
    </message>
    <message>
        <source>Keep for</source>
        <translation>Conserver pendant</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Au maximum</translation>
    </message>
    <message>
        <source>counted from</source>
        <translation>à compter de</translation>
    </message>
</context>
<context>
    <name>PolicySettingsDialog</name>
    <message>
        <source>Choose the backup folder</source>
        <translation>Choisir le dossier de sauvegarde</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Alert window in days</source>
        <translation>Période d&apos;alerte en jours</translation>
    </message>
    <message>
        <source>&amp;Delete candidates automatically when they are due</source>
        <translation>&amp;Supprimer automatiquement les candidats arrivés à échéance</translation>
    </message>
    <message>
        <source>Automatic erasure</source>
        <translation>Effacement automatique</translation>
    </message>
    <message>
        <source>About automatic erasure</source>
        <translation>À propos de l&apos;effacement automatique</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>Alerts and deletion</source>
        <translation>Alertes et suppression</translation>
    </message>
    <message>
        <source>&amp;Warn this many days ahead:</source>
        <translation>&amp;Avertir ce nombre de jours à l&apos;avance&#xa0;:</translation>
    </message>
    <message>
        <source>Why the settings are read-only</source>
        <translation>Pourquoi les paramètres sont en lecture seule</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Recomputing countdowns</source>
        <translation>Recalcul des décomptes</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pages de paramètres</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>Firm and backups</source>
        <translation>Entreprise et sauvegardes</translation>
    </message>
    <message>
        <source>{field}: error</source>
        <translation>{field}&#xa0;: erreur</translation>
    </message>
    <message>
        <source>Team name</source>
        <translation>Nom de l&apos;équipe</translation>
    </message>
    <message>
        <source>Firm name</source>
        <translation>Nom de l&apos;entreprise</translation>
    </message>
    <message>
        <source>As in your privacy statement</source>
        <translation>Comme dans votre déclaration de confidentialité</translation>
    </message>
    <message>
        <source>Privacy contact email</source>
        <translation>E-mail de contact pour la protection des données</translation>
    </message>
    <message>
        <source>privacy@example.com</source>
        <translation>privacy@example.com</translation>
    </message>
    <message>
        <source>Privacy statement address</source>
        <translation>Adresse de la déclaration de confidentialité</translation>
    </message>
    <message>
        <source>https://www.example.com/privacy</source>
        <translation>https://www.example.com/privacy</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier de sauvegarde</translation>
    </message>
    <message>
        <source>The vault&apos;s own backup folder</source>
        <translation>Le dossier de sauvegarde du coffre</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Automatic backup interval in days</source>
        <translation>Intervalle des sauvegardes automatiques en jours</translation>
    </message>
    <message>
        <source>RecruitDesk makes an encrypted backup during its daily check when the newest backup is this many days old, and keeps the 10 newest automatic backups in each folder. Choose Off to make backups only by hand.</source>
        <translation>RecruitDesk crée une sauvegarde chiffrée lors de sa vérification quotidienne lorsque la sauvegarde la plus récente a ce nombre de jours, et conserve dans chaque dossier les 10 sauvegardes automatiques les plus récentes. Choisissez Désactivé pour ne faire des sauvegardes que manuellement.</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Lock the vault after this many idle minutes</source>
        <translation>Verrouiller le coffre après ce nombre de minutes d&apos;inactivité</translation>
    </message>
    <message>
        <source>Firm profile</source>
        <translation>Profil de l&apos;entreprise</translation>
    </message>
    <message>
        <source>&amp;Team name:</source>
        <translation>&amp;Nom de l&apos;équipe&#xa0;:</translation>
    </message>
    <message>
        <source>Firm &amp;name:</source>
        <translation>&amp;Nom de l&apos;entreprise&#xa0;:</translation>
    </message>
    <message>
        <source>Privacy &amp;contact (email):</source>
        <translation>&amp;Contact protection des données (e-mail)&#xa0;:</translation>
    </message>
    <message>
        <source>Privacy s&amp;tatement (web address):</source>
        <translation>&amp;Déclaration de confidentialité (adresse web)&#xa0;:</translation>
    </message>
    <message>
        <source>Shown in the record of processing activities and in candidates&apos; data exports.</source>
        <translation>Figure dans le registre des activités de traitement et dans les exports de données des candidats.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>Dossier de sauve&amp;garde&#xa0;:</translation>
    </message>
    <message>
        <source>Back up a&amp;utomatically every:</source>
        <translation>Sauvegarder automatiquement &amp;tous les&#xa0;:</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>&amp;Lock when idle for:</source>
        <translation>&amp;Verrouiller après une inactivité de&#xa0;:</translation>
    </message>
    <message>
        <source>Policy version in force: {version}</source>
        <translation>Version de la politique en vigueur&#xa0;: {version}</translation>
    </message>
    <message>
        <source>Another member changed the policy meanwhile: version {version} is in force.</source>
        <translation>Un autre membre a modifié la politique entre-temps&#xa0;: la version {version} est en vigueur.</translation>
    </message>
    <message>
        <source>Recomputing countdowns: {done} of {total}</source>
        <translation>Recalcul des décomptes&#xa0;: {done} sur {total}</translation>
    </message>
    <message>
        <source>This policy is not valid: {problem}</source>
        <translation>Cette politique n&apos;est pas valide&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>On: every day RecruitDesk deletes the candidates whose date has come, without asking. You are warned {days} days ahead in the banner and the tray notification, so you can extend or place a legal hold in time.</source>
        <translation>Activé&#xa0;: chaque jour, RecruitDesk supprime sans demander les candidats dont la date est arrivée. Vous êtes averti {days} jours à l&apos;avance dans le bandeau et par une notification système, afin de pouvoir prolonger la conservation ou activer une conservation juridique à temps.</translation>
    </message>
    <message>
        <source>Off: RecruitDesk warns you {days} days ahead and you review and delete candidates yourself.</source>
        <translation>Désactivé&#xa0;: RecruitDesk vous avertit {days} jours à l&apos;avance, et vous examinez et supprimez vous-même les candidats.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Automatic (system language)</source>
        <translation>Automatique (langue du système)</translation>
    </message>
    <message>
        <source>A new language takes effect the next time you start RecruitDesk.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de RecruitDesk.</translation>
    </message>
    <message>
        <source>&amp;Start RecruitDesk in the notification area when I log in</source>
        <translation>&amp;Démarrer RecruitDesk dans la zone de notification à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>Start in the notification area at login</source>
        <translation>Démarrer dans la zone de notification à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>Checks the retention deadlines at login and once a day, and warns you in the notification area, even when the window is closed. The vault stays locked until you open the window.</source>
        <translation>Vérifie les délais de conservation à l&apos;ouverture de session puis une fois par jour, et vous avertit dans la zone de notification, même lorsque la fenêtre est fermée. Le coffre reste verrouillé jusqu&apos;à ce que vous ouvriez la fenêtre.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>RecruitDesk could not change what starts when you log in. Check that your user folder (or, on Windows, your registry) may be written to, then try again.</source>
        <translation>RecruitDesk n&apos;a pas pu modifier ce qui démarre à l&apos;ouverture de votre session. Vérifiez que votre dossier utilisateur (ou, sous Windows, votre registre) est accessible en écriture, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>PresetPage</name>
    <message>
        <source>Retention policy</source>
        <translation>Politique de conservation</translation>
    </message>
    <message>
        <source>How long may you keep a candidate&apos;s data? Pick the policy that matches your privacy statement. You can change it later.</source>
        <translation>Combien de temps pouvez-vous conserver les données d&apos;un candidat&#xa0;? Choisissez la politique qui correspond à votre déclaration de confidentialité. Vous pourrez la modifier plus tard.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Extend retention</source>
        <translation>Prolonger la conservation</translation>
    </message>
    <message>
        <source>Release legal hold</source>
        <translation>Lever la conservation juridique</translation>
    </message>
    <message>
        <source>Place on legal hold</source>
        <translation>Conserver pour raison juridique</translation>
    </message>
    <message>
        <source>Keep {names} longer than the policy allows.</source>
        <translation>Conserver {names} plus longtemps que la politique ne le permet.</translation>
    </message>
    <message>
        <source>End the legal hold of {names}: their deletion deadline runs again.</source>
        <translation>Mettre fin à la conservation juridique pour {names}&#xa0;: le délai de suppression court à nouveau.</translation>
    </message>
    <message>
        <source>Suspend the deletion of {names} until the hold is released.</source>
        <translation>Suspendre la suppression pour {names} jusqu&apos;à la levée de la conservation.</translation>
    </message>
    <message numerus="yes">
        <source>%n candidates ({names})</source>
        <translation>
            <numerusform>%n candidat ({names})</numerusform>
            <numerusform>%n candidats ({names})</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep until</source>
        <translation>Conserver jusqu&apos;au</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Why must this data be kept? E.g. the candidate asked to be considered for a role opening in June.</source>
        <translation>Pourquoi ces données doivent-elles être conservées&#xa0;? P. ex. le candidat a demandé à être pris en compte pour un poste qui s&apos;ouvre en juin.</translation>
    </message>
    <message>
        <source>Why does the hold end? E.g. the claim was settled, case reference…</source>
        <translation>Pourquoi la conservation prend-elle fin&#xa0;? P. ex. le litige a été réglé, une référence de dossier…</translation>
    </message>
    <message>
        <source>Why must deletion be suspended? E.g. a dispute about the procedure, case reference…</source>
        <translation>Pourquoi la suppression doit-elle être suspendue&#xa0;? P. ex. un litige sur la procédure, une référence de dossier…</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>The audit log records that a reason was given, not its text.</source>
        <translation>Le journal d&apos;audit consigne qu&apos;un motif a été donné, pas son texte.</translation>
    </message>
    <message>
        <source>The reason is recorded in the audit log.</source>
        <translation>Le motif est consigné dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Keep &amp;until:</source>
        <translation>Conserver &amp;jusqu&apos;au&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Motif (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Prolonger</translation>
    </message>
    <message>
        <source>Release hold</source>
        <translation>Lever la conservation</translation>
    </message>
    <message>
        <source>Place on hold</source>
        <translation>Activer la conservation</translation>
    </message>
</context>
<context>
    <name>RegisterPersonRequestDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>No&amp;m&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>Adresse e-ma&amp;il&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone number:</source>
        <translation>Numéro de télé&amp;phone&#xa0;:</translation>
    </message>
    <message>
        <source>The name, e-mail address and phone number are sealed on this computer: the server never sees them. Completing an erasure or objection puts the e-mail address and phone number on the team&apos;s suppression list, so a CV of theirs dropped later is not stored.</source>
        <translation>Le nom, l&apos;adresse e-mail et le numéro de téléphone sont chiffrés sur cet ordinateur&#xa0;: le serveur ne les voit jamais. Clôturer une demande d&apos;effacement ou une opposition ajoute l&apos;adresse e-mail et le numéro de téléphone à la liste d&apos;exclusion de l&apos;équipe, de sorte qu&apos;un CV de cette personne déposé plus tard ne sera pas enregistré.</translation>
    </message>
</context>
<context>
    <name>RegisterRequestDialog</name>
    <message>
        <source>e.g. mail from the address on file; ID card shown, not copied</source>
        <translation>p. ex. e-mail envoyé depuis l&apos;adresse connue&#xa0;; carte d&apos;identité présentée, non copiée</translation>
    </message>
    <message>
        <source>Candidate:</source>
        <translation>Candidat&#xa0;:</translation>
    </message>
    <message>
        <source>(not linked yet)</source>
        <translation>(pas encore lié)</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>&amp;Demande&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Reçue le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Identity checked by:</source>
        <translation>&amp;Identité vérifiée par&#xa0;:</translation>
    </message>
    <message>
        <source>Answer due:</source>
        <translation>Réponse au plus tard le&#xa0;:</translation>
    </message>
    <message>
        <source>{date} (one month; extendable by two months within the first)</source>
        <translation>{date} (un mois&#xa0;; prolongeable de deux mois pendant le premier mois)</translation>
    </message>
</context>
<context>
    <name>RejectionDraftsDialog</name>
    <message>
        <source>Save the letter as a mail file</source>
        <translation>Enregistrer la lettre comme fichier e-mail</translation>
    </message>
    <message>
        <source>Mail files (*.eml)</source>
        <translation>Fichiers e-mail (*.eml)</translation>
    </message>
    <message>
        <source>Rejection messages</source>
        <translation>Messages de refus</translation>
    </message>
    <message>
        <source>Each candidate who was not hired can be told so in their own language. Check and edit each letter, send it from your mail program, then mark it as sent: that records the contact.</source>
        <translation>Chaque candidat non retenu peut en être informé dans sa langue. Vérifiez et modifiez chaque lettre, envoyez-la depuis votre messagerie, puis marquez-la comme envoyée : le contact est ainsi enregistré.</translation>
    </message>
    <message>
        <source>Rejected candidates</source>
        <translation>Candidats non retenus</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Language of the letter</source>
        <translation>Langue de la lettre</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>O&amp;bjet :</translation>
    </message>
    <message>
        <source>Le&amp;tter:</source>
        <translation>Le&amp;ttre :</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À :</translation>
    </message>
    <message>
        <source>&amp;Open in mail program</source>
        <translation>Ou&amp;vrir dans la messagerie</translation>
    </message>
    <message>
        <source>Open this letter as a new message in your mail program</source>
        <translation>Ouvrir cette lettre comme nouveau message dans votre messagerie</translation>
    </message>
    <message>
        <source>Save as .&amp;eml…</source>
        <translation>Enregistrer en .&amp;eml…</translation>
    </message>
    <message>
        <source>Save this letter as a mail file your mail program opens as a draft</source>
        <translation>Enregistrer cette lettre comme fichier e-mail que votre messagerie ouvre comme brouillon</translation>
    </message>
    <message>
        <source>&amp;Mark as sent</source>
        <translation>&amp;Marquer comme envoyée</translation>
    </message>
    <message>
        <source>Record that this letter was sent today; it counts as the last contact</source>
        <translation>Enregistrer que cette lettre a été envoyée aujourd&apos;hui ; cela compte comme dernier contact</translation>
    </message>
    <message>
        <source>Record reserve &amp;answer…</source>
        <translation>Enregistrer la ré&amp;ponse sur la réserve…</translation>
    </message>
    <message>
        <source>The candidate said yes to the recruitment reserve: record their consent to the wording this letter quotes</source>
        <translation>Le candidat a répondu oui à la réserve de recrutement&#xa0;: enregistrer son consentement au texte que cite cette lettre</translation>
    </message>
    <message>
        <source>Preparing the letters…</source>
        <translation>Préparation des lettres…</translation>
    </message>
    <message>
        <source>No candidate is waiting for a rejection message.</source>
        <translation>Aucun candidat n&apos;attend de message de refus.</translation>
    </message>
    <message>
        <source>{name} ({language})</source>
        <translation>{name} ({language})</translation>
    </message>
    <message>
        <source>{name}: sent</source>
        <translation>{name} : envoyé</translation>
    </message>
    <message>
        <source>(no e-mail address)</source>
        <translation>(pas d&apos;adresse e-mail)</translation>
    </message>
    <message>
        <source>No mail program opened the letter. Save it as an .eml file instead.</source>
        <translation>Aucune messagerie n&apos;a ouvert la lettre. Enregistrez-la plutôt comme fichier .eml.</translation>
    </message>
    <message>
        <source>The letter is open in your mail program. Mark it as sent once you have sent it.</source>
        <translation>La lettre est ouverte dans votre messagerie. Marquez-la comme envoyée une fois que vous l&apos;avez envoyée.</translation>
    </message>
    <message>
        <source>Rejection {name}.eml</source>
        <translation>Refus {name}.eml</translation>
    </message>
    <message>
        <source>The file {name} cannot be written. Choose another folder.</source>
        <translation>Le fichier {name} ne peut pas être écrit. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Saved as {name}. Open it in your mail program to send it.</source>
        <translation>Enregistré sous {name}. Ouvrez-le dans votre messagerie pour l&apos;envoyer.</translation>
    </message>
    <message>
        <source>Recorded as sent today; the candidate&apos;s countdown counts from this contact.</source>
        <translation>Enregistré comme envoyé aujourd&apos;hui ; le compte à rebours du candidat part de ce contact.</translation>
    </message>
    <message>
        <source>{name} stays in the recruitment reserve until {date}; the consent and its wording are recorded.</source>
        <translation>{name} reste dans la réserve de recrutement jusqu&apos;au {date}&#xa0;; le consentement et son texte sont enregistrés.</translation>
    </message>
    <message>
        <source>{name}&apos;s consent to the recruitment reserve is recorded with its wording.</source>
        <translation>Le consentement de {name} à la réserve de recrutement est enregistré avec son texte.</translation>
    </message>
</context>
<context>
    <name>RenewKeysConfirmation</name>
    <message>
        <source>Renew every candidate key</source>
        <translation>Renouveler toutes les clés des candidats</translation>
    </message>
    <message>
        <source>Give the firm and every candidate a new key and encrypt all their data again?</source>
        <translation>Donner une nouvelle clé à l&apos;entreprise et à chaque candidat et chiffrer à nouveau toutes leurs données&#xa0;?</translation>
    </message>
    <message>
        <source>Do this after a hostile departure: the firm key and candidate keys a revoked member may have noted then open nothing on the server any more. The firm&apos;s data (vacancies, tags, the firm profile, the register, the suppression list) is decrypted on this computer and encrypted again first, in one go, then every candidate&apos;s data, one candidate at a time; with many candidates this takes a while, colleagues can keep working, and an interrupted run goes on where it stopped when you start it again. It cannot reach copies or backups made before.</source>
        <translation>Faites-le après un départ hostile&#xa0;: la clé de l&apos;entreprise et les clés de candidats qu&apos;un membre révoqué aurait notées n&apos;ouvrent alors plus rien sur le serveur. Les données de l&apos;entreprise (postes, étiquettes, profil de l&apos;entreprise, registre, liste d&apos;exclusion) sont d&apos;abord déchiffrées sur cet ordinateur puis chiffrées à nouveau en une fois, ensuite les données de chaque candidat, un candidat à la fois&#xa0;; avec beaucoup de candidats, cela prend du temps, vos collègues peuvent continuer à travailler, et une exécution interrompue reprend là où elle s&apos;est arrêtée lorsque vous la relancez. Les copies ou sauvegardes faites auparavant restent hors d&apos;atteinte.</translation>
    </message>
    <message>
        <source>&amp;Renew every candidate key</source>
        <translation>&amp;Renouveler toutes les clés des candidats</translation>
    </message>
</context>
<context>
    <name>RequestDialogs</name>
    <message>
        <source>Erase the candidate</source>
        <translation>Effacer le candidat</translation>
    </message>
    <message>
        <source>Completing this request erases the candidate&apos;s data, documents, notes and consents for good. The erasure ledger keeps the proof, without personal data.</source>
        <translation>La clôture de cette demande efface définitivement les données, documents, notes et consentements du candidat. Le registre des effacements en conserve la preuve, sans données personnelles.</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Effacer définitivement</translation>
    </message>
    <message>
        <source>Register a request</source>
        <translation>Enregistrer une demande</translation>
    </message>
    <message>
        <source>Extend the answer period</source>
        <translation>Prolonger le délai de réponse</translation>
    </message>
    <message>
        <source>Complete the request</source>
        <translation>Clôturer la demande</translation>
    </message>
</context>
<context>
    <name>RequestsFeature</name>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Rights requests register</source>
        <translation>Registre des demandes d&apos;exercice de droits</translation>
    </message>
    <message>
        <source>Rights &amp;requests</source>
        <translation>&amp;Demandes d&apos;exercice de droits</translation>
    </message>
    <message>
        <source>Open the register of data-subject requests</source>
        <translation>Ouvrir le registre des demandes des personnes concernées</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Le coffre est verrouillé.</translation>
    </message>
    <message>
        <source>Register a rights &amp;request…</source>
        <translation>Enregistrer une &amp;demande d&apos;exercice de droits…</translation>
    </message>
    <message>
        <source>Register an access, erasure or other request of the selected candidate</source>
        <translation>Enregistrer une demande d&apos;accès, d&apos;effacement ou autre du candidat sélectionné</translation>
    </message>
    <message>
        <source>Re&amp;quests</source>
        <translation>&amp;Demandes</translation>
    </message>
    <message>
        <source>Register a request &amp;without a candidate…</source>
        <translation>Enregistrer une demande &amp;sans candidat…</translation>
    </message>
    <message>
        <source>Register a request from someone who is not (yet) linked to a candidate</source>
        <translation>Enregistrer une demande d&apos;une personne qui n&apos;est pas (encore) liée à un candidat</translation>
    </message>
    <message>
        <source>Rights requests</source>
        <translation>Demandes d&apos;exercice de droits</translation>
    </message>
    <message>
        <source>Requests – {count} overdue</source>
        <translation>Demandes – {count} en retard</translation>
    </message>
    <message>
        <source>Requests – {count} due soon</source>
        <translation>Demandes – {count} à traiter bientôt</translation>
    </message>
    <message>
        <source>Request registered; answer by {date}.</source>
        <translation>Demande enregistrée&#xa0;; réponse au plus tard le {date}.</translation>
    </message>
</context>
<context>
    <name>RequestsPanel</name>
    <message>
        <source>Show &amp;completed requests</source>
        <translation>&amp;Afficher les demandes clôturées</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Candidate or requester</source>
        <translation>Candidat ou demandeur</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>Réponse avant le</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Suite donnée</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Enregistrée par</translation>
    </message>
    <message>
        <source>Data-subject requests</source>
        <translation>Demandes des personnes concernées</translation>
    </message>
    <message>
        <source>&amp;Register…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation>&amp;Prolonger…</translation>
    </message>
    <message>
        <source>C&amp;omplete…</source>
        <translation>&amp;Clôturer…</translation>
    </message>
    <message>
        <source>Ex&amp;port data…</source>
        <translation>E&amp;xporter les données…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>No request must be answered within {days} days.</source>
        <translation>Aucune demande ne doit recevoir de réponse d&apos;ici {days} jours.</translation>
    </message>
    <message>
        <source>{date} (extended)</source>
        <translation>{date} (prolongé)</translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation>{date} (en retard)</translation>
    </message>
    <message>
        <source>completed on {date}</source>
        <translation>clôturée le {date}</translation>
    </message>
</context>
<context>
    <name>RestorePage</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Rebuild your vault from a backup and your recovery key, for example on a new computer.</source>
        <translation>Reconstituez votre coffre à partir d&apos;une sauvegarde et de votre clé de récupération, par exemple sur un nouvel ordinateur.</translation>
    </message>
    <message>
        <source>Choose a backup file (.rdbackup). Its key file (.rdkeys, with the same name) must be in the same folder. The vault is restored into the folder chosen on the previous page, which must not hold a vault yet.</source>
        <translation>Choisissez un fichier de sauvegarde (.rdbackup). Son fichier de clés (.rdkeys, du même nom) doit se trouver dans le même dossier. Le coffre est restauré dans le dossier choisi à la page précédente, qui ne doit pas encore contenir de coffre.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
        <source>Backup f&amp;ile:</source>
        <translation>Fichier de &amp;sauvegarde&#xa0;:</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Choisir le fichier de sauvegarde</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>Clé de &amp;récupération&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>Res&amp;taurer</translation>
    </message>
    <message>
        <source>Restore the vault from the backup</source>
        <translation>Restaurer le coffre à partir de la sauvegarde</translation>
    </message>
    <message>
        <source>Restore error</source>
        <translation>Erreur de restauration</translation>
    </message>
    <message>
        <source>Restoring your vault into {folder}…</source>
        <translation>Restauration de votre coffre dans {folder}…</translation>
    </message>
    <message>
        <source>Your vault was restored into {folder}.</source>
        <translation>Votre coffre a été restauré dans {folder}.</translation>
    </message>
    <message numerus="yes">
        <source>%n candidates erased after the backup was made were erased again.</source>
        <translation>
            <numerusform>%n candidat effacé après la sauvegarde a été effacé à nouveau.</numerusform>
            <numerusform>%n candidats effacés après la sauvegarde ont été effacés à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer&apos;s keychain could not store the vault&apos;s key: unlock with the recovery key until it can.</source>
        <translation>Le trousseau de cet ordinateur n&apos;a pas pu conserver la clé du coffre&#xa0;: déverrouillez le coffre avec la clé de récupération jusqu&apos;à ce qu&apos;il le puisse.</translation>
    </message>
    <message>
        <source>The vault could not be restored. Check the backup file and the recovery key, and try again.</source>
        <translation>Le coffre n&apos;a pas pu être restauré. Vérifiez le fichier de sauvegarde et la clé de récupération, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>RetentionBanner</name>
    <message>
        <source>Retention alerts</source>
        <translation>Alertes de conservation</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Les afficher</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due within two weeks</source>
        <translation>
            <numerusform>%n à supprimer d&apos;ici deux semaines</numerusform>
            <numerusform>%n à supprimer d&apos;ici deux semaines</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
</context>
<context>
    <name>RetentionDashboard</name>
    <message>
        <source>Retention summary</source>
        <translation>Synthèse de la conservation</translation>
    </message>
    <message>
        <source>Rights requests summary</source>
        <translation>Synthèse des demandes d&apos;exercice de droits</translation>
    </message>
    <message>
        <source>Candidates due for deletion</source>
        <translation>Candidats à supprimer</translation>
    </message>
    <message>
        <source>Open the requests</source>
        <translation>Ouvrir les demandes</translation>
    </message>
</context>
<context>
    <name>RetentionDialogs</name>
    <message>
        <source>Delete candidates</source>
        <translation>Supprimer des candidats</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} et %n autre</numerusform>
            <numerusform>{names} et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n candidates ({names}) for good?</source>
        <translation>
            <numerusform>Supprimer définitivement %n candidat ({names}) ?</numerusform>
            <numerusform>Supprimer définitivement %n candidats ({names}) ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their data, documents, notes and consents are erased from the vault. This cannot be undone; only an anonymous count is kept.</source>
        <translation>Leurs données, documents, notes et consentements sont effacés du coffre. Cette opération est irréversible&#xa0;; seul un décompte anonyme est conservé.</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Supprimer définitivement</translation>
    </message>
</context>
<context>
    <name>RetentionFeature</name>
    <message>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>Retention dashboard</source>
        <translation>Tableau de bord de la conservation</translation>
    </message>
    <message>
        <source>Show or hide the retention dashboard (Ctrl+D)</source>
        <translation>Afficher ou masquer le tableau de bord de la conservation (Ctrl+D)</translation>
    </message>
    <message>
        <source>Checking retention deadlines…</source>
        <translation>Vérification des échéances de conservation…</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Le coffre est verrouillé.</translation>
    </message>
    <message>
        <source>Retention – {count} to review</source>
        <translation>Conservation – {count} à examiner</translation>
    </message>
    <message>
        <source>&amp;Dashboard ({count})</source>
        <translation>&amp;Tableau de bord ({count})</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Suppression…</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n candidates for good.</source>
        <translation>
            <numerusform>%n candidat supprimé définitivement.</numerusform>
            <numerusform>%n candidats supprimés définitivement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Legal hold released.</source>
        <translation>Conservation juridique levée.</translation>
    </message>
    <message>
        <source>Retention extended.</source>
        <translation>Conservation prolongée.</translation>
    </message>
    <message>
        <source>Placed on legal hold.</source>
        <translation>Conservation juridique activée.</translation>
    </message>
    <message>
        <source>Retention policy version {version} in force; every countdown was recomputed.</source>
        <translation>La version {version} de la politique de conservation est en vigueur&#xa0;; tous les décomptes ont été recalculés.</translation>
    </message>
    <message>
        <source>Retention settings saved.</source>
        <translation>Paramètres de conservation enregistrés.</translation>
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
        <translation>&amp;Afficher RecruitDesk</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>RecruitDesk: {headline}</source>
        <translation>RecruitDesk&#xa0;: {headline}</translation>
    </message>
    <message>
        <source>RecruitDesk: the vault is locked</source>
        <translation>RecruitDesk&#xa0;: le coffre est verrouillé</translation>
    </message>
    <message>
        <source>RecruitDesk could not check the deadlines: {reason} Click here to open RecruitDesk.</source>
        <translation>RecruitDesk n&apos;a pas pu vérifier les délais&#xa0;: {reason} Cliquez ici pour ouvrir RecruitDesk.</translation>
    </message>
    <message numerus="yes">
        <source>RecruitDesk deleted %n candidates automatically.</source>
        <translation>
            <numerusform>RecruitDesk a supprimé automatiquement %n candidat.</numerusform>
            <numerusform>RecruitDesk a supprimé automatiquement %n candidats.</numerusform>
        </translation>
    </message>
    <message>
        <source>RecruitDesk: retention</source>
        <translation>RecruitDesk&#xa0;: conservation</translation>
    </message>
</context>
<context>
    <name>RevocationNotice</name>
    <message>
        <source>Unfinished revocation</source>
        <translation>Révocation inachevée</translation>
    </message>
    <message>
        <source>&amp;Members…</source>
        <translation>&amp;Membres…</translation>
    </message>
    <message>
        <source>Open the members window, where Finish revocation completes it</source>
        <translation>Ouvrir la fenêtre des membres, où Terminer la révocation l&apos;achève</translation>
    </message>
    <message>
        <source>A member&apos;s revocation was interrupted: {moved} of {total} candidates are under the new keys. Until it is finished, the revoked member&apos;s old keys still open the others. Finish it in Vault &gt; Members….</source>
        <translation>La révocation d&apos;un membre a été interrompue&#xa0;: {moved} candidats sur {total} sont sous les nouvelles clés. Tant qu&apos;elle n&apos;est pas achevée, les anciennes clés du membre révoqué ouvrent encore les autres. Achevez-la dans Coffre &gt; Membres….</translation>
    </message>
</context>
<context>
    <name>RevokeConfirmation</name>
    <message>
        <source>Revoke a member</source>
        <translation>Révoquer un membre</translation>
    </message>
    <message>
        <source>Revoke {name}? They will no longer be able to open the team vault.</source>
        <translation>Révoquer {name}&#xa0;? Cette personne ne pourra plus ouvrir le coffre d&apos;équipe.</translation>
    </message>
    <message>
        <source>The team&apos;s keys are renewed and every candidate is moved under the new keys; with many candidates this takes a while, and an interrupted run can be finished later. What cannot be taken back: everything {name} already saw, exported or copied while a member, and any copy of the server&apos;s data or backup made before today, which the keys they had can still open.</source>
        <translation>Les clés de l&apos;équipe sont renouvelées et chaque candidat passe sous les nouvelles clés&#xa0;; avec beaucoup de candidats, cela prend un moment, et une révocation interrompue peut être terminée plus tard. Ce qui ne peut pas être repris&#xa0;: tout ce que {name} a déjà vu, exporté ou copié en tant que membre, ainsi que toute copie ou sauvegarde des données du serveur antérieure à aujourd&apos;hui, que les clés détenues par cette personne ouvrent encore.</translation>
    </message>
    <message>
        <source>&amp;Revoke {name}</source>
        <translation>&amp;Révoquer {name}</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Change role</source>
        <translation>Changer le rôle</translation>
    </message>
    <message>
        <source>Recruiters work with candidates; administrators also manage members and the team&apos;s policy; the data protection officer reads the audit and the request register but changes nothing.</source>
        <translation>Les recruteurs travaillent avec les candidats&#xa0;; les administrateurs gèrent en plus les membres et la politique de l&apos;équipe&#xa0;; le délégué à la protection des données consulte le journal d&apos;audit et le registre des demandes, sans rien modifier.</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Nouveau rôle</translation>
    </message>
    <message>
        <source>New &amp;role for {name}:</source>
        <translation>Nouveau &amp;rôle pour {name}&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RuleRowControls</name>
    <message>
        <source>{situation}: counted from</source>
        <translation>{situation}&#xa0;: à compter de</translation>
    </message>
    <message>
        <source>{situation}: keep for</source>
        <translation>{situation}&#xa0;: conserver pendant</translation>
    </message>
    <message>
        <source>{situation}: unit of the period</source>
        <translation>{situation}&#xa0;: unité de la durée</translation>
    </message>
    <message>
        <source>{situation}: at most</source>
        <translation>{situation}&#xa0;: au maximum</translation>
    </message>
    <message>
        <source>{situation}: unit of the maximum</source>
        <translation>{situation}&#xa0;: unité du maximum</translation>
    </message>
    <message>
        <source>{situation}: maximum counted from</source>
        <translation>{situation}&#xa0;: maximum à compter de</translation>
    </message>
    <message>
        <source>{situation}: problem</source>
        <translation>{situation}&#xa0;: problème</translation>
    </message>
    <message>
        <source>No fixed period: kept as long as the situation lasts (in the reserve: as long as the consent lasts), up to the maximum.</source>
        <translation>Pas de durée fixe&#xa0;: conservé tant que la situation dure (dans la réserve&#xa0;: tant que le consentement est valable), jusqu&apos;au maximum.</translation>
    </message>
    <message>
        <source>{situation} (own rule)</source>
        <translation>{situation} (règle propre)</translation>
    </message>
    <message>
        <source>The firm&apos;s own rule: the statement sets no term for this situation.</source>
        <translation>Règle propre au cabinet&#xa0;: la déclaration ne fixe aucun délai pour cette situation.</translation>
    </message>
</context>
<context>
    <name>ServerFields</name>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>Mot de passe du serveur</translation>
    </message>
    <message>
        <source>The address your administrator or IT provider gave you, without the password, for example {example}. Leave the password empty when the server does not ask for one; it is kept in this computer&apos;s keychain, never in the folder.</source>
        <translation>L&apos;adresse que votre administrateur ou votre prestataire informatique vous a donnée, sans le mot de passe, par exemple {example}. Laissez le mot de passe vide si le serveur n&apos;en demande pas&#xa0;; il est conservé dans le trousseau de cet ordinateur, jamais dans le dossier.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Adresse du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Server pass&amp;word:</source>
        <translation>&amp;Mot de passe du serveur&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SetPassphraseDialog</name>
    <message>
        <source>Protect the vault with a passphrase</source>
        <translation>Protégez le coffre par une phrase secrète</translation>
    </message>
    <message>
        <source>Set a passphrase</source>
        <translation>Définir une phrase secrète</translation>
    </message>
    <message>
        <source>Choose a new passphrase</source>
        <translation>Choisissez une nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>You unlocked the vault with the recovery key. Choose a new passphrase or PIN now: from now on RecruitDesk asks for it, together with this computer&apos;s keychain, at every start and after every lock. The old passphrase no longer opens the vault.</source>
        <translation>Vous avez déverrouillé le coffre avec la clé de récupération. Choisissez maintenant une nouvelle phrase secrète ou un code PIN : désormais RecruitDesk vous la demande, avec le trousseau de cet ordinateur, à chaque démarrage et après chaque verrouillage. L&apos;ancienne phrase secrète n&apos;ouvre plus le coffre.</translation>
    </message>
    <message>
        <source>The new passphrase or PIN replaces the current one at once: from the next lock or start, RecruitDesk asks for the new one, together with this computer&apos;s keychain. Your recovery key does not change.</source>
        <translation>La nouvelle phrase secrète ou le nouveau code PIN remplace immédiatement l&apos;actuel : dès le prochain verrouillage ou démarrage, RecruitDesk vous demande le nouveau, avec le trousseau de cet ordinateur. Votre clé de récupération ne change pas.</translation>
    </message>
    <message>
        <source>Colleagues can reach this computer. Today anyone who can use it can unlock this vault, even after it was locked, because the key in this computer&apos;s keychain opens it by itself. With a passphrase or PIN, RecruitDesk needs both: the keychain and what only you know.</source>
        <translation>Des collègues ont accès à cet ordinateur. Aujourd&apos;hui, toute personne pouvant l&apos;utiliser peut déverrouiller ce coffre, même après son verrouillage, car la clé du trousseau de cet ordinateur l&apos;ouvre à elle seule. Avec une phrase secrète ou un code PIN, RecruitDesk exige les deux : le trousseau et ce que vous seul connaissez.</translation>
    </message>
    <message>
        <source>Not now: the vault keeps opening without a passphrase, and RecruitDesk asks again at the next unlock.</source>
        <translation>Pas maintenant : le coffre continue de s&apos;ouvrir sans phrase secrète, et RecruitDesk vous le redemandera au prochain déverrouillage.</translation>
    </message>
    <message>
        <source>Setting the passphrase…</source>
        <translation>Définition de la phrase secrète…</translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation>&amp;Définir la phrase secrète</translation>
    </message>
    <message>
        <source>Not &amp;now</source>
        <translation>Pas &amp;maintenant</translation>
    </message>
    <message>
        <source>&amp;Lock the vault</source>
        <translation>&amp;Verrouiller le coffre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <source>Applied on {date}</source>
        <translation>Candidature le {date}</translation>
    </message>
    <message>
        <source>Applied on {date}; in this stage since {since}</source>
        <translation>Candidature le {date} ; à cette étape depuis le {since}</translation>
    </message>
</context>
<context>
    <name>SuppressionListDialog</name>
    <message>
        <source>Suppression list</source>
        <translation>Liste d&apos;exclusion</translation>
    </message>
    <message>
        <source>Suppression list entries</source>
        <translation>Entrées de la liste d&apos;exclusion</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Fondement</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>&amp;Show removed entries</source>
        <translation>&amp;Afficher les entrées retirées</translation>
    </message>
    <message>
        <source>Why the selected entry is removed (required)</source>
        <translation>Pourquoi l&apos;entrée choisie est retirée (obligatoire)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>&amp;Remove from the list</source>
        <translation>&amp;Retirer de la liste</translation>
    </message>
    <message>
        <source>Only an administrator of the team removes an entry from the list.</source>
        <translation>Seul un administrateur de l&apos;équipe peut retirer une entrée de la liste.</translation>
    </message>
    <message>
        <source>People who objected, asked for erasure or must not be contacted again. Only keyed fingerprints are kept, so the list shows why each entry exists, never whose it is.</source>
        <translation>Les personnes qui se sont opposées, ont demandé l&apos;effacement ou ne doivent plus être contactées. Seules des empreintes chiffrées sont conservées : la liste montre pourquoi chaque entrée existe, jamais à qui elle appartient.</translation>
    </message>
    <message>
        <source>{objection} from objections, {erasure} from erasure requests, {manual} marked by a recruiter.</source>
        <translation>{objection} après opposition, {erasure} après une demande d&apos;effacement, {manual} signalés par un recruteur.</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>National number</source>
        <translation>Numéro de registre national</translation>
    </message>
    <message>
        <source>Request {id}</source>
        <translation>Demande {id}</translation>
    </message>
    <message>
        <source>Removed on {day} by {member}</source>
        <translation>Retirée le {day} par {member}</translation>
    </message>
    <message>
        <source>Removed on {day}</source>
        <translation>Retirée le {day}</translation>
    </message>
</context>
<context>
    <name>TeamAuditSource</name>
    <message>
        <source>Every member&apos;s actions are listed; your role is {role}.</source>
        <translation>Les actions de tous les membres sont affichées&#xa0;; votre rôle est {role}.</translation>
    </message>
    <message>
        <source>You see the entries of your own actions; the data protection officer and the administrators see every member&apos;s.</source>
        <translation>Vous voyez les entrées de vos propres actions&#xa0;; le délégué à la protection des données et les administrateurs voient celles de tous les membres.</translation>
    </message>
</context>
<context>
    <name>TeamBlindReviewDialog</name>
    <message>
        <source>Blind review of {title}</source>
        <translation>Évaluation à l&apos;aveugle de {title}</translation>
    </message>
    <message>
        <source>As data protection officer you read the masked CVs and the ratings; rating is for recruiters.</source>
        <translation>En tant que délégué à la protection des données, vous lisez les CV masqués et les notes&#xa0;; la notation revient aux recruteurs.</translation>
    </message>
    <message>
        <source>A data protection officer does not rate applicants</source>
        <translation>Un délégué à la protection des données ne note pas les candidats</translation>
    </message>
    <message>
        <source>Applicant {number}</source>
        <translation>Candidat {number}</translation>
    </message>
    <message>
        <source>Reveal identity</source>
        <translation>Révéler l&apos;identité</translation>
    </message>
    <message>
        <source>Show who wrote this CV? The team&apos;s audit log records that you revealed it, with your name.</source>
        <translation>Afficher qui a écrit ce CV&#xa0;? Le journal d&apos;audit de l&apos;équipe enregistre que vous l&apos;avez révélé, avec votre nom.</translation>
    </message>
    <message>
        <source>Re&amp;veal</source>
        <translation>Ré&amp;véler</translation>
    </message>
</context>
<context>
    <name>TeamCandidateActions</name>
    <message>
        <source>Record reserve &amp;consent…</source>
        <translation>Enregistrer le c&amp;onsentement pour la réserve…</translation>
    </message>
    <message>
        <source>&amp;Withdraw reserve consent</source>
        <translation>&amp;Retirer le consentement pour la réserve</translation>
    </message>
    <message>
        <source>The reserve consent of {name} was recorded.</source>
        <translation>Le consentement pour la réserve de recrutement de {name} a été enregistré.</translation>
    </message>
    <message>
        <source>The consent of {name} ({purpose}) was recorded.</source>
        <translation>Le consentement de {name} ({purpose}) a été enregistré.</translation>
    </message>
    <message>
        <source>The reserve consent of {name} was withdrawn.</source>
        <translation>Le consentement pour la réserve de recrutement de {name} a été retiré.</translation>
    </message>
    <message>
        <source>{name} has no reserve consent to withdraw.</source>
        <translation>{name} n&apos;a aucun consentement pour la réserve de recrutement à retirer.</translation>
    </message>
    <message>
        <source>Erase the candidate</source>
        <translation>Effacer le candidat</translation>
    </message>
    <message>
        <source>Erase {name} from the team vault for good?</source>
        <translation>Effacer définitivement {name} du coffre d&apos;équipe&#xa0;?</translation>
    </message>
    <message>
        <source>Their data, documents, notes and consents are erased from the server for every member of the team. This cannot be undone.</source>
        <translation>Ses données, documents, notes et consentements sont effacés du serveur pour tous les membres de l&apos;équipe. Cette opération est irréversible.</translation>
    </message>
    <message>
        <source>Erasing {name}…</source>
        <translation>Effacement de {name}…</translation>
    </message>
    <message>
        <source>{name} was erased from the team vault.</source>
        <translation>{name} a été effacé du coffre d&apos;équipe.</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Non effectué</translation>
    </message>
</context>
<context>
    <name>TeamContacts</name>
    <message>
        <source>As data protection officer you see the contacts with the candidate; recruiters and administrators record them.</source>
        <translation>En tant que délégué à la protection des données, vous voyez les contacts avec le candidat&#xa0;; les recruteurs et les administrateurs les enregistrent.</translation>
    </message>
</context>
<context>
    <name>TeamCreateFormPage</name>
    <message>
        <source>Create a team vault on a server</source>
        <translation>Créer un coffre d&apos;équipe sur un serveur</translation>
    </message>
    <message>
        <source>Your firm&apos;s PostgreSQL server keeps the team&apos;s candidates, encrypted on this computer before they leave it. You become the team&apos;s first administrator.</source>
        <translation>Le serveur PostgreSQL de votre cabinet conserve les candidats de l&apos;équipe, chiffrés sur cet ordinateur avant de le quitter. Vous devenez le premier administrateur de l&apos;équipe.</translation>
    </message>
    <message>
        <source>The database must be empty: ask your IT provider for a new PostgreSQL database and a user that owns it.</source>
        <translation>La base de données doit être vide&#xa0;: demandez à votre prestataire informatique une nouvelle base PostgreSQL et un utilisateur qui en est propriétaire.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Your &amp;name (as your colleagues will see it):</source>
        <translation>Votre &amp;nom (tel que vos collègues le verront)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>TeamCreatedPage</name>
    <message>
        <source>The team&apos;s recovery key</source>
        <translation>La clé de récupération de l&apos;équipe</translation>
    </message>
    <message>
        <source>The way back into the team vault when no administrator&apos;s computer can open it.</source>
        <translation>Le moyen de rouvrir le coffre d&apos;équipe lorsque plus aucun ordinateur d&apos;administrateur ne peut l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Team recovery key</source>
        <translation>Clé de récupération de l&apos;équipe</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the team&apos;s recovery key</source>
        <translation>Imprimer la clé de récupération de l&apos;équipe</translation>
    </message>
    <message>
        <source>I &amp;have stored the team&apos;s recovery key safely</source>
        <translation>J&apos;&amp;ai rangé la clé de récupération de l&apos;équipe en lieu sûr</translation>
    </message>
    <message>
        <source>I have stored the team&apos;s recovery key safely</source>
        <translation>J&apos;ai rangé la clé de récupération de l&apos;équipe en lieu sûr</translation>
    </message>
    <message>
        <source>With this key the team&apos;s candidates can be read even if every administrator&apos;s computer is lost. RecruitDesk shows it only now and cannot show it again. Print it or write it down and keep it locked away from this computer and from the server: anyone holding it and a copy of the database can read the team&apos;s candidates.</source>
        <translation>Avec cette clé, les candidats de l&apos;équipe restent lisibles même si les ordinateurs de tous les administrateurs sont perdus. RecruitDesk ne l&apos;affiche que maintenant et ne pourra plus l&apos;afficher. Imprimez-la ou notez-la, et rangez-la sous clé, loin de cet ordinateur et du serveur&#xa0;: toute personne qui la détient avec une copie de la base de données peut lire les candidats de l&apos;équipe.</translation>
    </message>
    <message>
        <source>RecruitDesk team vault: recovery key

Settings folder: {folder}

{key}

Keep this page locked away. Anyone holding it and a copy of the team&apos;s database can read the team&apos;s candidates.</source>
        <translation>Coffre d&apos;équipe RecruitDesk&#xa0;: clé de récupération

Dossier des réglages&#xa0;: {folder}

{key}

Rangez cette page sous clé. Toute personne qui la détient avec une copie de la base de données de l&apos;équipe peut lire les candidats de l&apos;équipe.</translation>
    </message>
    <message>
        <source>The recovery key was sent to the printer.</source>
        <translation>La clé de récupération a été envoyée à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Creating the team vault on the server; its settings go in {folder}…</source>
        <translation>Création du coffre d&apos;équipe sur le serveur&#xa0;; ses réglages vont dans {folder}…</translation>
    </message>
    <message>
        <source>The team vault was created and you are its administrator. Invite your colleagues from the team&apos;s members window.</source>
        <translation>Le coffre d&apos;équipe est créé et vous en êtes l&apos;administrateur. Invitez vos collègues depuis la fenêtre des membres de l&apos;équipe.</translation>
    </message>
</context>
<context>
    <name>TeamFacts</name>
    <message>
        <source>As data protection officer you see the countdown and its facts; recruiters and administrators record them.</source>
        <translation>En tant que délégué à la protection des données, vous voyez le compte à rebours et ses faits&#xa0;; les recruteurs et les administrateurs les enregistrent.</translation>
    </message>
</context>
<context>
    <name>TeamFields</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
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
        <translation>Rejoindre un coffre d&apos;équipe</translation>
    </message>
    <message>
        <source>Use the enrolment code your team&apos;s administrator gave you. It works once.</source>
        <translation>Utilisez le code d&apos;inscription que l&apos;administrateur de votre équipe vous a donné. Il ne fonctionne qu&apos;une fois.</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Code d&apos;inscription</translation>
    </message>
    <message>
        <source>Enrolment &amp;code:</source>
        <translation>&amp;Code d&apos;inscription&#xa0;:</translation>
    </message>
</context>
<context>
    <name>TeamJoinedPage</name>
    <message>
        <source>Join a team vault</source>
        <translation>Rejoindre un coffre d&apos;équipe</translation>
    </message>
    <message>
        <source>Joining the team vault; its settings go in {folder}…</source>
        <translation>Connexion au coffre d&apos;équipe&#xa0;; ses réglages vont dans {folder}…</translation>
    </message>
    <message>
        <source>This computer joined the team vault as {name}. Choose Finish to open it.</source>
        <translation>Cet ordinateur a rejoint le coffre d&apos;équipe en tant que {name}. Choisissez Terminer pour l&apos;ouvrir.</translation>
    </message>
</context>
<context>
    <name>TeamNotes</name>
    <message>
        <source>As data protection officer you read the screening notes; recruiters and administrators write them.</source>
        <translation>En tant que délégué à la protection des données, vous lisez les notes de présélection&#xa0;; les recruteurs et les administrateurs les rédigent.</translation>
    </message>
</context>
<context>
    <name>TeamPolicy</name>
    <message>
        <source>Only an administrator of the team can change its retention policy and firm profile; you can read them here.</source>
        <translation>Seul un administrateur de l&apos;équipe peut modifier sa politique de conservation et le profil de l&apos;entreprise&#xa0;; vous pouvez les consulter ici.</translation>
    </message>
    <message>
        <source>Not saved: another member changed the retention policy while you were editing it; theirs is version {version}: {title}, {summary}.</source>
        <translation>Non enregistré&#xa0;: un autre membre a modifié la politique de conservation pendant que vous la modifiiez&#xa0;; la sienne est la version {version}&#xa0;: {title}, {summary}.</translation>
    </message>
    <message>
        <source>Not saved: another administrator saved the firm profile while you were editing it. Theirs is: firm name &quot;{name}&quot;, privacy contact &quot;{contact}&quot;, privacy statement &quot;{url}&quot;, idle lock {minutes} minutes.</source>
        <translation>Non enregistré&#xa0;: un autre administrateur a enregistré le profil de l&apos;entreprise pendant que vous le modifiiez. Le sien est&#xa0;: nom de l&apos;entreprise «&#xa0;{name}&#xa0;», contact vie privée «&#xa0;{contact}&#xa0;», déclaration de confidentialité «&#xa0;{url}&#xa0;», verrouillage après {minutes} minutes d&apos;inactivité.</translation>
    </message>
    <message>
        <source>The rest was saved.</source>
        <translation>Le reste a été enregistré.</translation>
    </message>
    <message>
        <source>Your entries are still in the fields: Save again to put them in place of theirs, or Cancel to keep theirs.</source>
        <translation>Vos saisies sont toujours dans les champs&#xa0;: enregistrez à nouveau pour les mettre à la place des siennes, ou annulez pour garder les siennes.</translation>
    </message>
</context>
<context>
    <name>TeamRequestWriter</name>
    <message>
        <source>The e-mail address and phone number of {name} go on the team&apos;s suppression list, as keyed digests: a CV of theirs dropped later is not stored.</source>
        <translation>L&apos;adresse e-mail et le numéro de téléphone de {name} sont ajoutés à la liste d&apos;exclusion de l&apos;équipe, sous forme d&apos;empreintes chiffrées&#xa0;: un CV de cette personne déposé plus tard ne sera pas enregistré.</translation>
    </message>
    <message>
        <source>Completing erases {name} from the team vault for every member. The register keeps the request, the identity check and what was done.</source>
        <translation>Clôturer efface {name} du coffre d&apos;équipe pour tous les membres. Le registre conserve la demande, la vérification d&apos;identité et ce qui a été fait.</translation>
    </message>
    <message>
        <source>Their e-mail address and phone number go on the team&apos;s suppression list, as keyed digests: a CV of theirs dropped later is not stored.</source>
        <translation>Son adresse e-mail et son numéro de téléphone sont ajoutés à la liste d&apos;exclusion de l&apos;équipe, sous forme d&apos;empreintes chiffrées&#xa0;: un CV de cette personne déposé plus tard ne sera pas enregistré.</translation>
    </message>
    <message>
        <source>Completing restricts the processing of {name}: their data is kept and shown as restricted to every member, and must not be used.</source>
        <translation>Clôturer limite le traitement de {name}&#xa0;: ses données sont conservées, signalées comme limitées à tous les membres, et ne doivent pas être utilisées.</translation>
    </message>
    <message>
        <source>Completing withdraws every consent of {name} still running, on the completion date; the retention countdown moves with it.</source>
        <translation>Clôturer retire tout consentement encore en cours de {name} à la date de clôture&#xa0;; le délai de conservation évolue en conséquence.</translation>
    </message>
    <message>
        <source>{name} is not a candidate in the team vault: completing records the answer.</source>
        <translation>{name} n&apos;est pas un candidat du coffre d&apos;équipe&#xa0;: clôturer enregistre la réponse.</translation>
    </message>
    <message>
        <source>The candidate is no longer in the team vault: completing records the answer.</source>
        <translation>Le candidat n&apos;est plus dans le coffre d&apos;équipe&#xa0;: clôturer enregistre la réponse.</translation>
    </message>
    <message>
        <source>Complete the request and erase {name} from the team vault for good?</source>
        <translation>Clôturer la demande et effacer définitivement {name} du coffre d&apos;équipe&#xa0;?</translation>
    </message>
    <message>
        <source>Their data, documents, notes and consents are erased from the server for every member of the team. This cannot be undone.</source>
        <translation>Ses données, documents, notes et consentements sont effacés du serveur pour tous les membres de l&apos;équipe. Cette opération est irréversible.</translation>
    </message>
</context>
<context>
    <name>TeamRequestsSource</name>
    <message>
        <source>Your role is {role}: you can only read the register. Registering, extending and completing requests is for recruiters and administrators.</source>
        <translation>Votre rôle est {role}&#xa0;: vous pouvez seulement consulter le registre. Enregistrer, prolonger et clôturer des demandes est réservé aux recruteurs et aux administrateurs.</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>(effacé)</translation>
    </message>
    <message>
        <source>Every request of the team is listed; your role is {role}.</source>
        <translation>Toutes les demandes de l&apos;équipe sont affichées&#xa0;; votre rôle est {role}.</translation>
    </message>
    <message>
        <source>You see the requests you recorded; the data protection officer and the administrators see every request.</source>
        <translation>Vous voyez les demandes que vous avez enregistrées&#xa0;; le délégué à la protection des données et les administrateurs voient toutes les demandes.</translation>
    </message>
</context>
<context>
    <name>TeamSetupPages</name>
    <message>
        <source>This computer&apos;s settings for the team vault go in {folder} (chosen on the first page).</source>
        <translation>Les réglages de cet ordinateur pour le coffre d&apos;équipe vont dans {folder} (choisi sur la première page).</translation>
    </message>
    <message>
        <source>Team vault error</source>
        <translation>Erreur du coffre d&apos;équipe</translation>
    </message>
    <message>
        <source>Nothing was saved on this computer. Go back to correct the details and try again.</source>
        <translation>Rien n&apos;a été enregistré sur cet ordinateur. Revenez en arrière pour corriger les informations, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>TeamTableModel</name>
    <message>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>On legal hold</source>
        <translation>Conservation juridique</translation>
    </message>
    <message numerus="yes">
        <source>%n days overdue</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
</context>
<context>
    <name>TeamVacanciesSource</name>
    <message>
        <source>Your role is {role}: you can only read the vacancies. Moving applicants and closing a vacancy is for recruiters and administrators.</source>
        <translation>Votre rôle est {role}&#xa0;: vous pouvez seulement consulter les postes. Déplacer des candidats et clôturer un poste est réservé aux recruteurs et aux administrateurs.</translation>
    </message>
</context>
<context>
    <name>TeamWindow</name>
    <message>
        <source>Team vault – RecruitDesk</source>
        <translation>Coffre d&apos;équipe – RecruitDesk</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>New candidate…</source>
        <translation>Nouveau candidat…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Drop CV files on the list to import them into the team vault.</source>
        <translation>Déposez des fichiers de CV sur la liste pour les importer dans le coffre d&apos;équipe.</translation>
    </message>
    <message>
        <source>Opening the team vault…</source>
        <translation>Ouverture du coffre d&apos;équipe…</translation>
    </message>
    <message>
        <source>&amp;New candidate…</source>
        <translation>&amp;Nouveau candidat…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Reload the list</source>
        <translation>&amp;Recharger la liste</translation>
    </message>
    <message>
        <source>Loading the list…</source>
        <translation>Chargement de la liste…</translation>
    </message>
    <message numerus="yes">
        <source>%n candidates</source>
        <translation>
            <numerusform>%n candidat</numerusform>
            <numerusform>%n candidats</numerusform>
        </translation>
    </message>
    <message>
        <source>Team vault on {server} – RecruitDesk</source>
        <translation>Coffre d&apos;équipe sur {server} – RecruitDesk</translation>
    </message>
    <message>
        <source>Team vault on {server}, you are {member}; names are decrypted on this computer.</source>
        <translation>Coffre d&apos;équipe sur {server}, vous êtes {member}&#xa0;; les noms sont déchiffrés sur cet ordinateur.</translation>
    </message>
    <message>
        <source>{team} – team vault on {server} – RecruitDesk</source>
        <translation>{team} – coffre d&apos;équipe sur {server} – RecruitDesk</translation>
    </message>
    <message>
        <source>Team vault &quot;{team}&quot; on {server}, you are {member}; names are decrypted on this computer.</source>
        <translation>Coffre d&apos;équipe «&#xa0;{team}&#xa0;» sur {server}, vous êtes {member}&#xa0;; les noms sont déchiffrés sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Import CV files as new candidates of the team (Ctrl+I); you can also drop files on the list</source>
        <translation>Importer des fichiers de CV comme nouveaux candidats de l&apos;équipe (Ctrl+I)&#xa0;; vous pouvez aussi déposer des fichiers sur la liste</translation>
    </message>
    <message>
        <source>Import CVs into the team vault</source>
        <translation>Importer des CV dans le coffre d&apos;équipe</translation>
    </message>
    <message>
        <source>You have read-only access to this team vault (data protection officer): you cannot import CVs.</source>
        <translation>Vous avez un accès en lecture seule à ce coffre d&apos;équipe (délégué à la protection des données)&#xa0;: vous ne pouvez pas importer de CV.</translation>
    </message>
    <message>
        <source>&amp;Members…</source>
        <translation>&amp;Membres…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Journal d&apos;audit…</translation>
    </message>
    <message>
        <source>Audit log – team vault</source>
        <translation>Journal d&apos;audit – coffre d&apos;équipe</translation>
    </message>
    <message>
        <source>&amp;Documents…</source>
        <translation>&amp;Documents…</translation>
    </message>
    <message>
        <source>Co&amp;nsents…</source>
        <translation>Co&amp;nsentements…</translation>
    </message>
    <message>
        <source>Add to &amp;vacancy…</source>
        <translation>Ajouter à un &amp;poste…</translation>
    </message>
    <message>
        <source>&amp;Cancel vacancy…</source>
        <translation>&amp;Annuler le poste…</translation>
    </message>
    <message>
        <source>Cancel the selected vacancy: everyone still in its procedure is rejected today</source>
        <translation>Annuler le poste sélectionné&#xa0;: toutes les personnes encore dans la procédure sont refusées aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Cancel vacancy</source>
        <translation>Annuler le poste</translation>
    </message>
    <message>
        <source>Cancel &quot;{title}&quot;? Everyone still in its procedure is rejected today and their retention clock starts.</source>
        <translation>Annuler « {title} »&#xa0;? Toutes les personnes encore dans la procédure sont refusées aujourd&apos;hui et leur délai de conservation commence à courir.</translation>
    </message>
    <message>
        <source>A colleague changed this vacancy meanwhile. Nothing was changed; the list shows it as it is now.</source>
        <translation>Un collègue a modifié ce poste entre-temps. Rien n&apos;a été modifié&#xa0;; la liste le montre tel qu&apos;il est maintenant.</translation>
    </message>
    <message>
        <source>There is no open vacancy. Add one with Vacancies &gt; New vacancy… first.</source>
        <translation>Aucun poste n&apos;est ouvert. Ajoutez-en d&apos;abord un via Postes &gt; Nouveau poste….</translation>
    </message>
    <message>
        <source>{name} was added to the vacancy.</source>
        <translation>{name} a été ajouté(e) au poste.</translation>
    </message>
    <message>
        <source>Add to vacancy</source>
        <translation>Ajouter à un poste</translation>
    </message>
    <message>
        <source>Record a &amp;contact…</source>
        <translation>Enregistrer un &amp;contact…</translation>
    </message>
    <message>
        <source>Team vault open</source>
        <translation>Coffre d&apos;équipe ouvert</translation>
    </message>
    <message>
        <source>Who must not be contacted again, on what basis; an administrator removes an entry with a reason</source>
        <translation>Qui ne doit plus être contacté, sur quel fondement&#xa0;; un administrateur retire une entrée avec un motif</translation>
    </message>
    <message>
        <source>The team&apos;s retention policy and firm profile: its name, the firm its letters are signed with, and the idle lock</source>
        <translation>La politique de conservation et le profil de l&apos;équipe&#xa0;: son nom, l&apos;entreprise qui signe ses lettres et le verrouillage après inactivité</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>This computer&apos;s keychain has no key for this vault (a new computer or a reset account). Enter your recovery key to unlock it.</source>
        <translation>Le trousseau de cet ordinateur ne contient aucune clé pour ce coffre (nouvel ordinateur ou compte réinitialisé). Saisissez votre clé de récupération pour le déverrouiller.</translation>
    </message>
    <message>
        <source>Enter your passphrase or PIN to unlock the vault.</source>
        <translation>Saisissez votre phrase secrète ou votre code PIN pour déverrouiller le coffre.</translation>
    </message>
    <message>
        <source>Demo vault: the passphrase is {passphrase}</source>
        <translation>Coffre de démonstration : la phrase secrète est {passphrase}</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>&amp;Quit RecruitDesk</source>
        <translation>&amp;Quitter RecruitDesk</translation>
    </message>
    <message>
        <source>Quit RecruitDesk</source>
        <translation>Quitter RecruitDesk</translation>
    </message>
    <message>
        <source>Enter your passphrase or PIN.</source>
        <translation>Saisissez votre phrase secrète ou votre code PIN.</translation>
    </message>
    <message>
        <source>Forgot your passphrase? Use the &amp;recovery key</source>
        <translation>Phrase secrète oubliée ? Utilisez la clé de &amp;récupération</translation>
    </message>
    <message>
        <source>Enter the recovery key you printed or saved when the vault was created. Afterwards you choose a new passphrase.</source>
        <translation>Saisissez la clé de récupération que vous avez imprimée ou enregistrée lors de la création du coffre. Vous choisirez ensuite une nouvelle phrase secrète.</translation>
    </message>
    <message>
        <source>&amp;Back to the passphrase</source>
        <translation>&amp;Retour à la phrase secrète</translation>
    </message>
    <message>
        <source>This vault has no passphrase yet, so anyone who can use this computer can unlock it. Click Unlock to open it with this computer&apos;s keychain; RecruitDesk then offers to set a passphrase. If the keychain cannot open it, enter your recovery key.</source>
        <translation>Ce coffre n&apos;a pas encore de phrase secrète : toute personne pouvant utiliser cet ordinateur peut donc le déverrouiller. Cliquez sur Déverrouiller pour l&apos;ouvrir avec le trousseau de cet ordinateur ; RecruitDesk vous proposera ensuite de définir une phrase secrète. Si le trousseau ne peut pas l&apos;ouvrir, saisissez votre clé de récupération.</translation>
    </message>
    <message>
        <source>Enter your recovery key: 36 letters and digits in groups of four.</source>
        <translation>Saisissez votre clé de récupération : 36 lettres et chiffres par groupes de quatre.</translation>
    </message>
    <message>
        <source>Unlock vault - RecruitDesk</source>
        <translation>Déverrouiller le coffre - RecruitDesk</translation>
    </message>
    <message>
        <source>Unlock vault</source>
        <translation>Déverrouiller le coffre</translation>
    </message>
    <message>
        <source>Your vault is locked</source>
        <translation>Votre coffre est verrouillé</translation>
    </message>
    <message>
        <source>Why the vault is locked</source>
        <translation>Pourquoi le coffre est verrouillé</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Indication</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>Clé de &amp;récupération&#xa0;:</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>Unlock error</source>
        <translation>Erreur de déverrouillage</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
</context>
<context>
    <name>VacanciesFeature</name>
    <message>
        <source>Vacancies</source>
        <translation>Postes vacants</translation>
    </message>
    <message>
        <source>&amp;Vacancies</source>
        <translation>&amp;Postes vacants</translation>
    </message>
    <message>
        <source>Show the vacancies beside the candidates</source>
        <translation>Afficher les postes vacants à côté des candidats</translation>
    </message>
    <message>
        <source>&amp;New vacancy…</source>
        <translation>&amp;Nouveau poste…</translation>
    </message>
    <message>
        <source>Add a vacancy to recruit for</source>
        <translation>Ajouter un poste pour lequel vous recrutez</translation>
    </message>
    <message>
        <source>&amp;Open vacancy</source>
        <translation>&amp;Ouvrir le poste</translation>
    </message>
    <message>
        <source>Show the selected vacancy&apos;s applications on a board</source>
        <translation>Afficher les candidatures du poste choisi sur un tableau</translation>
    </message>
    <message>
        <source>&amp;Import CVs into vacancy…</source>
        <translation>&amp;Importer des CV dans le poste…</translation>
    </message>
    <message>
        <source>Import CV files as applications to the selected vacancy</source>
        <translation>Importer des fichiers CV comme candidatures au poste choisi</translation>
    </message>
    <message>
        <source>Vacancy &amp;filled…</source>
        <translation>Poste po&amp;urvu…</translation>
    </message>
    <message>
        <source>Record who was hired in the selected vacancy; everyone else&apos;s procedure ends</source>
        <translation>Enregistrer qui a été engagé pour le poste choisi ; la procédure de toutes les autres personnes se termine</translation>
    </message>
    <message>
        <source>Vaca&amp;ncies</source>
        <translation>Post&amp;es</translation>
    </message>
    <message>
        <source>Drop CVs to import them as applications to this vacancy</source>
        <translation>Déposez des CV ici pour les importer comme candidatures à ce poste</translation>
    </message>
    <message>
        <source>Drop the CVs on a vacancy</source>
        <translation>Déposez les CV sur un poste</translation>
    </message>
    <message>
        <source>Vacancy saved.</source>
        <translation>Poste enregistré.</translation>
    </message>
    <message>
        <source>Vacancy closed; the procedures of {count} candidates ended and their countdowns started.</source>
        <translation>Poste clôturé ; les procédures de {count} candidats sont terminées et leurs délais de conservation ont commencé.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Le coffre est verrouillé.</translation>
    </message>
</context>
<context>
    <name>VacanciesWindow</name>
    <message>
        <source>A colleague moved {name} meanwhile (now: {stage}). Nothing was changed; the list shows where they are now.</source>
        <translation>Un collègue a déplacé {name} entre-temps (maintenant : {stage}). Rien n&apos;a été modifié ; la liste montre où en est la candidature.</translation>
    </message>
    <message>
        <source>{name} was rejected. Write rejection messages… drafts the letter.</source>
        <translation>{name} a été refusé(e). «&#xa0;Rédiger les messages de refus…&#xa0;» prépare la lettre.</translation>
    </message>
</context>
<context>
    <name>VacancyDialog</name>
    <message>
        <source>New vacancy</source>
        <translation>Nouveau poste</translation>
    </message>
    <message>
        <source>Edit vacancy</source>
        <translation>Modifier le poste</translation>
    </message>
    <message>
        <source>The stages before Hired, Rejected and Withdrawn (which every vacancy has), separated by commas</source>
        <translation>Les étapes avant Engagé, Refusé et Retiré (que chaque poste comporte), séparées par des virgules</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Intitulé :</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Client :</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <source>O&amp;pened on:</source>
        <translation>&amp;Ouvert le :</translation>
    </message>
    <message>
        <source>&amp;Stages:</source>
        <translation>É&amp;tapes :</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Reopen: open</source>
        <translation>Rouvrir&#xa0;: ouvert</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Reopen: on hold</source>
        <translation>Rouvrir&#xa0;: en attente</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atut&#xa0;:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Hired, Rejected and Withdrawn end a candidate&apos;s procedure; every vacancy has them.</source>
        <translation>Engagé, Refusé et Retiré terminent la procédure d&apos;un candidat ; chaque poste les comporte.</translation>
    </message>
    <message numerus="yes">
        <source>Reopening brings nobody back by itself: the %n application(s) that ended stay ended, their countdowns keep running and rejection letters already sent stay valid. To take someone back, move them to an open stage on the board; that reopens their procedure and stops their countdown.</source>
        <translation>
            <numerusform>Rouvrir ne fait revenir personne automatiquement&#xa0;: la candidature terminée (%n) reste terminée, son décompte continue et une lettre de refus déjà envoyée reste valable. Pour reprendre quelqu&apos;un, placez-le dans une étape ouverte sur le tableau&#xa0;; cela rouvre sa procédure et arrête son décompte.</numerusform>
            <numerusform>Rouvrir ne fait revenir personne automatiquement&#xa0;: les %n candidatures terminées restent terminées, leurs décomptes continuent et les lettres de refus déjà envoyées restent valables. Pour reprendre quelqu&apos;un, placez-le dans une étape ouverte sur le tableau&#xa0;; cela rouvre sa procédure et arrête son décompte.</numerusform>
        </translation>
    </message>
    <message>
        <source>This vacancy is closed: its applications cannot move. Choose a reopen status to work on it again.</source>
        <translation>Ce poste est clôturé&#xa0;: ses candidatures ne peuvent plus changer d&apos;étape. Choisissez un statut de réouverture pour y travailler à nouveau.</translation>
    </message>
    <message>
        <source>On hold changes no application: the procedures still open stay open, so those candidates stay active and their countdowns do not start.</source>
        <translation>La mise en attente ne change aucune candidature&#xa0;: les procédures encore ouvertes le restent, ces candidats restent donc actifs et leur décompte ne commence pas.</translation>
    </message>
    <message>
        <source>Open: candidates can apply and move through the stages. &quot;Vacancy filled…&quot; ends the procedures still open and starts their countdowns.</source>
        <translation>Ouvert&#xa0;: les candidats peuvent postuler et passer d&apos;une étape à l&apos;autre. «&#xa0;Poste pourvu…&#xa0;» met fin aux procédures encore ouvertes et lance leurs décomptes.</translation>
    </message>
</context>
<context>
    <name>VacancyDialogs</name>
    <message>
        <source>A colleague changed this vacancy meanwhile (it is now &quot;{title}&quot;, {status}). Nothing was saved; close this dialog and try again.</source>
        <translation>Un collègue a modifié ce poste entre-temps (maintenant « {title} », {status}). Rien n&apos;a été enregistré ; fermez cette fenêtre et réessayez.</translation>
    </message>
</context>
<context>
    <name>VacancyListPanel</name>
    <message>
        <source>Search vacancies (title, client, place, owner)</source>
        <translation>Rechercher des postes (intitulé, client, lieu, responsable)</translation>
    </message>
    <message>
        <source>Search vacancies</source>
        <translation>Rechercher des postes</translation>
    </message>
    <message>
        <source>Show &amp;closed</source>
        <translation>Afficher les &amp;clôturés</translation>
    </message>
    <message>
        <source>Also list filled and cancelled vacancies</source>
        <translation>Afficher aussi les postes pourvus et annulés</translation>
    </message>
    <message>
        <source>Vacancies</source>
        <translation>Postes vacants</translation>
    </message>
</context>
<context>
    <name>VacancyTableModel</name>
    <message>
        <source>Vacancy</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <source>Per stage</source>
        <translation>Par étape</translation>
    </message>
</context>
<context>
    <name>VacancyWindow</name>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Tableau</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>Move to &amp;next stage</source>
        <translation>Passer à l&apos;étape &amp;suivante</translation>
    </message>
    <message>
        <source>Move to &amp;previous stage</source>
        <translation>Revenir à l&apos;étape &amp;précédente</translation>
    </message>
    <message>
        <source>Rate {stars}</source>
        <translation>Évaluer : {stars}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation>Éti&amp;quettes…</translation>
    </message>
    <message>
        <source>Change the tags of the selected application</source>
        <translation>Modifier les étiquettes de la candidature choisie</translation>
    </message>
    <message>
        <source>Interview &amp;scheduled…</source>
        <translation>E&amp;ntretien planifié…</translation>
    </message>
    <message>
        <source>Record that an interview was scheduled with the selected candidate: a contact on that day</source>
        <translation>Enregistrer qu&apos;un entretien a été planifié avec le candidat choisi : un contact ce jour-là</translation>
    </message>
    <message>
        <source>Next stage →</source>
        <translation>Étape suivante →</translation>
    </message>
    <message>
        <source>← Previous stage</source>
        <translation>← Étape précédente</translation>
    </message>
    <message>
        <source>&amp;Import CVs…</source>
        <translation>&amp;Importer des CV…</translation>
    </message>
    <message>
        <source>Import CV files as applications to this vacancy; you can also drop them on the board</source>
        <translation>Importer des fichiers CV comme candidatures à ce poste ; vous pouvez aussi les déposer sur le tableau</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Vacancy &amp;filled…</source>
        <translation>Poste &amp;pourvu…</translation>
    </message>
    <message>
        <source>Record who was hired; everyone else&apos;s procedure ends on that day</source>
        <translation>Enregistrer qui a été engagé ; la procédure de toutes les autres personnes se termine ce jour-là</translation>
    </message>
    <message>
        <source>Write rejection &amp;messages…</source>
        <translation>Rédiger les &amp;messages de refus…</translation>
    </message>
    <message>
        <source>Draft a letter in each rejected applicant&apos;s language; marking one sent records the contact</source>
        <translation>Rédigez une lettre dans la langue de chaque candidat refusé&#xa0;; la marquer comme envoyée enregistre le contact</translation>
    </message>
    <message>
        <source>Drop CVs to import them as applications to this vacancy</source>
        <translation>Déposez des CV ici pour les importer comme candidatures à ce poste</translation>
    </message>
    <message>
        <source>{text} ({shortcut})</source>
        <translation>{text} ({shortcut})</translation>
    </message>
    <message>
        <source>Vacancy: {title}</source>
        <translation>Poste : {title}</translation>
    </message>
    <message>
        <source>{status} on {date}</source>
        <translation>{status} le {date}</translation>
    </message>
    <message>
        <source>{count} applications</source>
        <translation>{count} candidatures</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Tags of {name}, separated by commas:</source>
        <translation>Étiquettes de {name}, séparées par des virgules :</translation>
    </message>
</context>
<context>
    <name>VaultActions</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>Make an encrypted backup of the vault in the backup folder</source>
        <translation>Créer une sauvegarde chiffrée du coffre dans le dossier de sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Replace the vault&apos;s contents with a backup; the current data is kept as a safety copy</source>
        <translation>Remplacer le contenu du coffre par une sauvegarde&#xa0;; les données actuelles sont conservées comme copie de sécurité</translation>
    </message>
    <message>
        <source>Set or change the passp&amp;hrase…</source>
        <translation>Définir ou modifier la p&amp;hrase secrète…</translation>
    </message>
    <message>
        <source>The passphrase or PIN that, together with this computer&apos;s keychain, opens the vault after a lock</source>
        <translation>La phrase secrète ou le code PIN qui, avec le trousseau de cet ordinateur, ouvre le coffre après un verrouillage</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Settings of this computer, such as the language</source>
        <translation>Paramètres de cet ordinateur, comme la langue</translation>
    </message>
    <message>
        <source>The new language takes effect the next time you start RecruitDesk.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage de RecruitDesk.</translation>
    </message>
    <message>
        <source>Backing up the vault…</source>
        <translation>Sauvegarde du coffre…</translation>
    </message>
    <message>
        <source>Backup saved to {path}</source>
        <translation>Sauvegarde enregistrée dans {path}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to RecruitDesk</source>
        <translation>Bienvenue dans RecruitDesk</translation>
    </message>
    <message>
        <source>RecruitDesk keeps your candidates&apos; personal data in an encrypted vault on this computer.</source>
        <translation>RecruitDesk conserve les données personnelles de vos candidats dans un coffre-fort chiffré sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The vault is a folder holding an encrypted database and a key file. Nobody can read it without the key kept in this computer&apos;s keychain, or the recovery key you will receive in a moment. Choose where to keep it: a folder that is backed up is a good choice.</source>
        <translation>Le coffre est un dossier contenant une base de données chiffrée et un fichier de clé. Personne ne peut le lire sans la clé conservée dans le trousseau de cet ordinateur, ou sans la clé de récupération que vous allez recevoir dans un instant. Choisissez où le conserver&#xa0;: un dossier régulièrement sauvegardé est un bon choix.</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>Dossier du coffre</translation>
    </message>
    <message>
        <source>Vault &amp;folder:</source>
        <translation>&amp;Dossier du coffre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Change the vault folder</source>
        <translation>Modifier le dossier du coffre</translation>
    </message>
    <message>
        <source>Create a ne&amp;w vault</source>
        <translation>Créer un &amp;nouveau coffre</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup (a new computer, or a lost or damaged vault)</source>
        <translation>&amp;Restaurer une sauvegarde (nouvel ordinateur, coffre perdu ou endommagé)</translation>
    </message>
    <message>
        <source>Create a &amp;team vault on a server</source>
        <translation>Créer un coffre d&apos;é&amp;quipe sur un serveur</translation>
    </message>
    <message>
        <source>&amp;Join a team vault</source>
        <translation>Re&amp;joindre un coffre d&apos;équipe</translation>
    </message>
</context>
<context>
    <name>WindowLayout</name>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>&amp;Réinitialiser la disposition</translation>
    </message>
    <message>
        <source>Put the window, its panes and the table columns back as they were at the first start</source>
        <translation>Remet la fenêtre, ses panneaux et les colonnes du tableau comme au premier démarrage</translation>
    </message>
</context>
<context>
    <name>alerts</name>
    <message>
        <source>No candidate must be deleted within {days} days.</source>
        <translation>Aucun candidat ne doit être supprimé d&apos;ici {days} jours.</translation>
    </message>
    <message numerus="yes">
        <source>%n candidates must be deleted within {days} days.</source>
        <translation>
            <numerusform>%n candidat doit être supprimé d&apos;ici {days} jours.</numerusform>
            <numerusform>%n candidats doivent être supprimés d&apos;ici {days} jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidates are overdue for deletion.</source>
        <translation>
            <numerusform>%n candidat aurait déjà dû être supprimé.</numerusform>
            <numerusform>%n candidats auraient déjà dû être supprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests must be answered within {days} days.</source>
        <translation>
            <numerusform>%n demande doit recevoir une réponse d&apos;ici {days} jours.</numerusform>
            <numerusform>%n demandes doivent recevoir une réponse d&apos;ici {days} jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests are overdue.</source>
        <translation>
            <numerusform>%n demande est en retard.</numerusform>
            <numerusform>%n demandes sont en retard.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>anchors</name>
    <message>
        <source>the application</source>
        <translation>la candidature</translation>
    </message>
    <message>
        <source>the last contact</source>
        <translation>le dernier contact</translation>
    </message>
    <message>
        <source>the end of the procedure</source>
        <translation>la fin de la procédure</translation>
    </message>
    <message>
        <source>consent was given</source>
        <translation>le recueil du consentement</translation>
    </message>
    <message>
        <source>the start of the outplacement</source>
        <translation>le début de l&apos;outplacement</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>The audit trail was tampered with: entry {number} was edited.</source>
        <translation>La piste d&apos;audit a été falsifiée : l&apos;entrée {number} a été modifiée.</translation>
    </message>
    <message>
        <source>The audit trail was tampered with: entry {number} was removed.</source>
        <translation>La piste d&apos;audit a été falsifiée : l&apos;entrée {number} a été supprimée.</translation>
    </message>
    <message>
        <source>The audit trail was tampered with: entry {number} is out of order.</source>
        <translation>La piste d&apos;audit a été falsifiée : l&apos;entrée {number} n&apos;est pas à sa place.</translation>
    </message>
    <message>
        <source>The audit trail was tampered with: entry {number} was added outside RecruitDesk.</source>
        <translation>La piste d&apos;audit a été falsifiée : l&apos;entrée {number} a été ajoutée en dehors de RecruitDesk.</translation>
    </message>
    <message>
        <source>The audit trail was tampered with: entry {number} and later ones were removed.</source>
        <translation>La piste d&apos;audit a été falsifiée : l&apos;entrée {number} et les suivantes ont été supprimées.</translation>
    </message>
    <message>
        <source>The audit trail was tampered with: its last link (after entry {number}) was edited.</source>
        <translation>La piste d&apos;audit a été falsifiée : son dernier maillon (après l&apos;entrée {number}) a été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n entries.</source>
        <translation>
            <numerusform>La piste d&apos;audit est intacte : %n entrée.</numerusform>
            <numerusform>La piste d&apos;audit est intacte : %n entrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Piste d&apos;audit</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>User account</source>
        <translation>Compte utilisateur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Candidate (random id)</source>
        <translation>Candidat (identifiant aléatoire)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>autostart</name>
    <message>
        <source>Retention alerts in the notification area</source>
        <translation>Alertes de conservation dans la zone de notification</translation>
    </message>
</context>
<context>
    <name>blind_review</name>
    <message>
        <source>[name]</source>
        <translation>[nom]</translation>
    </message>
    <message>
        <source>[e-mail]</source>
        <translation>[e-mail]</translation>
    </message>
    <message>
        <source>[phone]</source>
        <translation>[téléphone]</translation>
    </message>
    <message>
        <source>[web address]</source>
        <translation>[adresse web]</translation>
    </message>
    <message>
        <source>[address]</source>
        <translation>[adresse]</translation>
    </message>
    <message>
        <source>[date]</source>
        <translation>[date]</translation>
    </message>
    <message>
        <source>[age]</source>
        <translation>[âge]</translation>
    </message>
    <message>
        <source>[…]</source>
        <translation>[…]</translation>
    </message>
    <message>
        <source>[nationality]</source>
        <translation>[nationalité]</translation>
    </message>
    <message>
        <source>[number]</source>
        <translation>[numéro]</translation>
    </message>
</context>
<context>
    <name>candidate documents</name>
    <message>
        <source>{file} is already among this candidate&apos;s documents; it was not added again.</source>
        <translation>{file} figure déjà parmi les documents de ce candidat&#xa0;; il n&apos;a pas été ajouté une seconde fois.</translation>
    </message>
</context>
<context>
    <name>check</name>
    <message>
        <source>backup made</source>
        <translation>sauvegarde effectuée</translation>
    </message>
    <message>
        <source>no backup due</source>
        <translation>aucune sauvegarde prévue</translation>
    </message>
    <message>
        <source>automatic backups off</source>
        <translation>sauvegardes automatiques désactivées</translation>
    </message>
    <message>
        <source>backup FAILED</source>
        <translation>sauvegarde ÉCHOUÉE</translation>
    </message>
    <message>
        <source>{date}: {overdue} overdue, {due} due within {days} days, {held} on legal hold; {erased} erased; {requests} requests to answer ({late} overdue); {backup}.</source>
        <translation>{date} : {overdue} en retard, {due} à supprimer dans les {days} jours, {held} en conservation juridique ; {erased} effacés ; {requests} demandes à traiter ({late} en retard) ; {backup}.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Passphrase of the vault: </source>
        <translation>Phrase secrète du coffre : </translation>
    </message>
    <message>
        <source>recruitdesk: error: {message}</source>
        <translation>recruitdesk&#xa0;: erreur&#xa0;: {message}</translation>
    </message>
    <message>
        <source>the vault folder (default: RECRUITDESK_VAULT or your data folder)</source>
        <translation>le dossier du coffre (par défaut&#xa0;: RECRUITDESK_VAULT ou votre dossier de données)</translation>
    </message>
    <message>
        <source>unlock with the recovery key in FILE (or set RECRUITDESK_RECOVERY_KEY)</source>
        <translation>déverrouiller avec la clé de récupération contenue dans FILE (ou définir RECRUITDESK_RECOVERY_KEY)</translation>
    </message>
    <message>
        <source>language: en, nl or fr</source>
        <translation>langue&#xa0;: en, nl ou fr</translation>
    </message>
    <message>
        <source>RecruitDesk: an encrypted candidate vault with GDPR retention countdowns.</source>
        <translation>RecruitDesk&#xa0;: un coffre-fort chiffré pour vos candidats, avec le décompte des durées de conservation RGPD.</translation>
    </message>
    <message>
        <source>start on a throwaway demo vault with sample candidates</source>
        <translation>démarrer sur un coffre de démonstration jetable, avec des candidats fictifs</translation>
    </message>
    <message>
        <source>create a vault or show information about it</source>
        <translation>créer un coffre ou afficher des informations à son sujet</translation>
    </message>
    <message>
        <source>create a new vault and print its recovery key once</source>
        <translation>créer un nouveau coffre et afficher sa clé de récupération une seule fois</translation>
    </message>
    <message>
        <source>retention preset: {names}</source>
        <translation>modèle de politique de conservation&#xa0;: {names}</translation>
    </message>
    <message>
        <source>also save the recovery kit to FILE</source>
        <translation>enregistrer aussi le kit de récupération dans FILE</translation>
    </message>
    <message>
        <source>show schema version, SQLCipher version, candidate count and policy</source>
        <translation>afficher la version du schéma, la version de SQLCipher, le nombre de candidats et la politique de conservation</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>afficher au format JSON</translation>
    </message>
    <message>
        <source>Vault created in {folder}.</source>
        <translation>Coffre créé dans {folder}.</translation>
    </message>
    <message>
        <source>Retention policy: {title}.</source>
        <translation>Politique de conservation&#xa0;: {title}.</translation>
    </message>
    <message>
        <source>Recovery key (shown only this once; print it or store it safely, away from this computer):</source>
        <translation>Clé de récupération (affichée cette seule fois&#xa0;; imprimez-la ou conservez-la en lieu sûr, loin de cet ordinateur)&#xa0;:</translation>
    </message>
    <message>
        <source>The recovery kit was saved to {file}.</source>
        <translation>Le kit de récupération a été enregistré dans {file}.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Coffre</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Version du schéma</translation>
    </message>
    <message>
        <source>SQLCipher version</source>
        <translation>Version de SQLCipher</translation>
    </message>
    <message>
        <source>Password for the team server: </source>
        <translation>Mot de passe du serveur d&apos;équipe&#xa0;: </translation>
    </message>
    <message>
        <source>Team vault created on the server; this computer&apos;s settings for it are in {folder}.</source>
        <translation>Le coffre d&apos;équipe est créé sur le serveur ; les réglages de cet ordinateur pour ce coffre se trouvent dans {folder}.</translation>
    </message>
    <message>
        <source>You are its first administrator. Invite colleagues with: recruitdesk team invite --name NAME</source>
        <translation>Vous en êtes le premier administrateur. Invitez vos collègues avec&#xa0;: recruitdesk team invite --name NOM</translation>
    </message>
    <message>
        <source>The team&apos;s recovery key (shown only this once; print it or store it safely, away from this computer):</source>
        <translation>La clé de récupération de l&apos;équipe (affichée cette seule fois ; imprimez-la ou conservez-la en lieu sûr, hors de cet ordinateur)&#xa0;:</translation>
    </message>
    <message>
        <source>This computer joined the team vault as {name}; its settings are in {folder}.</source>
        <translation>Cet ordinateur a rejoint le coffre d&apos;équipe en tant que {name} ; ses réglages se trouvent dans {folder}.</translation>
    </message>
    <message>
        <source>Enrolment code for {name} ({role}), valid once, until {expires}:</source>
        <translation>Code d&apos;inscription pour {name} ({role}), valable une seule fois, jusqu&apos;au {expires}&#xa0;:</translation>
    </message>
    <message>
        <source>Give it to them in person or by phone, not in the same e-mail as the server&apos;s address. They join with: recruitdesk team join --server ADDRESS --code CODE</source>
        <translation>Transmettez-le en personne ou par téléphone, pas dans le même e-mail que l&apos;adresse du serveur. Votre collègue rejoint l&apos;équipe avec&#xa0;: recruitdesk team join --server ADRESSE --code CODE</translation>
    </message>
    <message>
        <source>revoked {date}</source>
        <translation>révoqué le {date}</translation>
    </message>
    <message>
        <source>joined {date}</source>
        <translation>membre depuis le {date}</translation>
    </message>
    <message>
        <source>{name} is now {role}.</source>
        <translation>{name} est désormais {role}.</translation>
    </message>
    <message>
        <source>Renewing the keys: {moved} of {total} candidates.</source>
        <translation>Renouvellement des clés&#xa0;: {moved} candidats sur {total}.</translation>
    </message>
    <message>
        <source>No revocation was left unfinished.</source>
        <translation>Aucune révocation n&apos;était restée inachevée.</translation>
    </message>
    <message>
        <source>The interrupted revocation is finished: every candidate is under the new keys.</source>
        <translation>La révocation interrompue est terminée&#xa0;: chaque candidat est sous les nouvelles clés.</translation>
    </message>
    <message>
        <source>Name the member to revoke, or use --finish.</source>
        <translation>Indiquez le membre à révoquer, ou utilisez --finish.</translation>
    </message>
    <message>
        <source>{name} can no longer open the team vault; the team&apos;s keys are renewed.</source>
        <translation>{name} ne peut plus ouvrir le coffre d&apos;équipe ; les clés de l&apos;équipe sont renouvelées.</translation>
    </message>
    <message>
        <source>Renewing the candidate keys: {renewed} of {total} candidates.</source>
        <translation>Renouvellement des clés des candidats&#xa0;: {renewed} candidats sur {total}.</translation>
    </message>
    <message>
        <source>The firm and every candidate have a new key (candidates: {total}); everything is sealed again.</source>
        <translation>L&apos;entreprise et chaque candidat ont une nouvelle clé (candidats&#xa0;: {total})&#xa0;; tout est à nouveau chiffré.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Team vault on</source>
        <translation>Coffre d&apos;équipe sur</translation>
    </message>
    <message>
        <source>Settings folder</source>
        <translation>Dossier des réglages</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <source>Schema revision</source>
        <translation>Version du schéma</translation>
    </message>
    <message>
        <source>The team&apos;s retention policy is now {title} (version {version}); {count} countdowns computed again.</source>
        <translation>La politique de conservation de l&apos;équipe est désormais {title} (version {version})&#xa0;; {count} comptes à rebours recalculés.</translation>
    </message>
    <message>
        <source>a policy of the firm&apos;s own</source>
        <translation>une politique propre au cabinet</translation>
    </message>
    <message>
        <source>The team&apos;s retention policy: {title} (version {version}).</source>
        <translation>La politique de conservation de l&apos;équipe&#xa0;: {title} (version {version}).</translation>
    </message>
    <message>
        <source>Today&apos;s retention check ran: {count} countdowns computed again.</source>
        <translation>Le contrôle de conservation du jour a été effectué&#xa0;: {count} comptes à rebours recalculés.</translation>
    </message>
    <message>
        <source>Today&apos;s retention check already ran (on this or a colleague&apos;s computer).</source>
        <translation>Le contrôle de conservation du jour a déjà été effectué (sur cet ordinateur ou celui d&apos;un collègue).</translation>
    </message>
    <message>
        <source>A colleague&apos;s computer is running today&apos;s retention check right now.</source>
        <translation>L&apos;ordinateur d&apos;un collègue effectue en ce moment le contrôle de conservation du jour.</translation>
    </message>
    <message>
        <source>Overdue for deletion: {overdue}; due within two weeks: {soon}.</source>
        <translation>En retard pour la suppression&#xa0;: {overdue}&#xa0;; à supprimer dans les deux semaines&#xa0;: {soon}.</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>conservation suspendue</translation>
    </message>
    <message>
        <source>{title} ({client})</source>
        <translation>{title} ({client})</translation>
    </message>
    <message numerus="yes">
        <source>%n applications, of which</source>
        <translation>
            <numerusform>%n candidature, dont</numerusform>
            <numerusform>%n candidatures, dont</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still open</source>
        <translation>
            <numerusform>%n encore ouverte</numerusform>
            <numerusform>%n encore ouvertes</numerusform>
        </translation>
    </message>
    <message>
        <source>a team vault shared on a PostgreSQL server (end-to-end encrypted)</source>
        <translation>un coffre d&apos;équipe partagé sur un serveur PostgreSQL (chiffré de bout en bout)</translation>
    </message>
    <message>
        <source>ask for the server&apos;s password on the terminal (or set RECRUITDESK_TEAM_PASSWORD)</source>
        <translation>demander le mot de passe du serveur dans le terminal (ou définissez RECRUITDESK_TEAM_PASSWORD)</translation>
    </message>
    <message>
        <source>create a team vault on an empty database and become its administrator</source>
        <translation>créer un coffre d&apos;équipe dans une base de données vide et en devenir l&apos;administrateur</translation>
    </message>
    <message>
        <source>the database, as postgresql://USER@HOST:PORT/DATABASE?sslmode=require</source>
        <translation>la base de données, sous la forme postgresql://UTILISATEUR@HÔTE:PORT/BASE?sslmode=require</translation>
    </message>
    <message>
        <source>your name as your colleagues will see it</source>
        <translation>votre nom tel que vos collègues le verront</translation>
    </message>
    <message>
        <source>join a team vault with the enrolment code an administrator gave you</source>
        <translation>rejoindre un coffre d&apos;équipe avec le code d&apos;inscription qu&apos;un administrateur vous a donné</translation>
    </message>
    <message>
        <source>the team&apos;s database address</source>
        <translation>l&apos;adresse de la base de données de l&apos;équipe</translation>
    </message>
    <message>
        <source>the enrolment code</source>
        <translation>le code d&apos;inscription</translation>
    </message>
    <message>
        <source>make a one-time enrolment code for a new member (administrators)</source>
        <translation>créer un code d&apos;inscription à usage unique pour un nouveau membre (administrateurs)</translation>
    </message>
    <message>
        <source>the new member&apos;s name</source>
        <translation>le nom du nouveau membre</translation>
    </message>
    <message>
        <source>recruiter (default), admin or dpo (read only)</source>
        <translation>recruiter (par défaut), admin ou dpo (lecture seule)</translation>
    </message>
    <message>
        <source>list the team&apos;s members and their roles</source>
        <translation>afficher les membres de l&apos;équipe et leurs rôles</translation>
    </message>
    <message>
        <source>give a member another role (administrators)</source>
        <translation>donner un autre rôle à un membre (administrateurs)</translation>
    </message>
    <message>
        <source>the member&apos;s name or the first digits of their id</source>
        <translation>le nom du membre ou les premiers caractères de son identifiant</translation>
    </message>
    <message>
        <source>recruiter, admin or dpo</source>
        <translation>recruiter, admin ou dpo</translation>
    </message>
    <message>
        <source>revoke a member and renew the team&apos;s keys (administrators); run again with --finish after an interruption</source>
        <translation>révoquer un membre et renouveler les clés de l&apos;équipe (administrateurs) ; relancez avec --finish après une interruption</translation>
    </message>
    <message>
        <source>finish an interrupted revocation</source>
        <translation>terminer une révocation interrompue</translation>
    </message>
    <message>
        <source>give the firm and every candidate a new key and seal their data again, after a hostile departure (administrators); run again after an interruption</source>
        <translation>donner une nouvelle clé à l&apos;entreprise et à chaque candidat et chiffrer à nouveau leurs données, après un départ hostile (administrateurs)&#xa0;; relancez après une interruption</translation>
    </message>
    <message>
        <source>show the team&apos;s retention policy, or set it (administrators)</source>
        <translation>afficher la politique de conservation de l&apos;équipe, ou la définir (administrateurs)</translation>
    </message>
    <message>
        <source>run today&apos;s retention check for the team (once a day per team)</source>
        <translation>effectuer le contrôle de conservation du jour pour l&apos;équipe (une fois par jour et par équipe)</translation>
    </message>
    <message>
        <source>list the team&apos;s candidates with their deadline</source>
        <translation>afficher les candidats de l&apos;équipe avec leur date limite</translation>
    </message>
    <message>
        <source>only the candidates a search finds</source>
        <translation>uniquement les candidats trouvés par une recherche</translation>
    </message>
    <message>
        <source>list the team&apos;s vacancies with their applications</source>
        <translation>lister les postes vacants de l&apos;équipe avec leurs candidatures</translation>
    </message>
    <message>
        <source>export everything about one team candidate (an access request)</source>
        <translation>exporter tout ce qui concerne un candidat de l&apos;équipe (une demande d&apos;accès)</translation>
    </message>
    <message>
        <source>the first digits of the candidate&apos;s id, or their name</source>
        <translation>les premiers chiffres de l&apos;identifiant du candidat, ou son nom</translation>
    </message>
    <message>
        <source>show the team vault&apos;s server, your role and the counts</source>
        <translation>afficher le serveur du coffre d&apos;équipe, votre rôle et les nombres</translation>
    </message>
    <message>
        <source>Retention policy</source>
        <translation>Politique de conservation</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Intégrité</translation>
    </message>
    <message>
        <source>Phone numbers without a country code are read as {country} numbers.</source>
        <translation>Les numéros de téléphone sans indicatif de pays sont lus comme des numéros de {country}.</translation>
    </message>
    <message>
        <source>New passphrase or PIN: </source>
        <translation>Nouvelle phrase secrète ou code PIN : </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>La même phrase secrète une seconde fois : </translation>
    </message>
    <message>
        <source>The vault now opens only with this passphrase together with this computer&apos;s keychain, or with the recovery key.</source>
        <translation>Le coffre ne s&apos;ouvre désormais qu&apos;avec cette phrase secrète et le trousseau de cet ordinateur, ou avec la clé de récupération.</translation>
    </message>
    <message>
        <source>show or set the firm&apos;s country (BE or NL), used to read phone numbers</source>
        <translation>afficher ou définir le pays du cabinet (BE ou NL), utilisé pour lire les numéros de téléphone</translation>
    </message>
    <message>
        <source>BE or NL; an empty value goes back to the retention preset&apos;s country</source>
        <translation>BE ou NL&#xa0;; une valeur vide revient au pays du préréglage de conservation</translation>
    </message>
    <message>
        <source>set or change the passphrase (or PIN) needed with this computer&apos;s keychain; RECRUITDESK_NEW_PASSPHRASE gives it to a script</source>
        <translation>définir ou modifier la phrase secrète (ou le code PIN) exigée avec le trousseau de cet ordinateur ; RECRUITDESK_NEW_PASSPHRASE la fournit à un script</translation>
    </message>
    <message>
        <source>with --demo: the demo on a throwaway team vault (starts a PostgreSQL server of its own, stopped when you quit)</source>
        <translation>avec --demo&#xa0;: la démonstration sur un coffre d&apos;équipe jetable (démarre son propre serveur PostgreSQL, arrêté quand vous quittez)</translation>
    </message>
    <message>
        <source>start in the notification area with the vault locked (used at login)</source>
        <translation>démarrer dans la zone de notification, coffre verrouillé (utilisé à l&apos;ouverture de session)</translation>
    </message>
    <message>
        <source>The RecruitDesk window cannot start: the Qt libraries could not be loaded.</source>
        <translation>La fenêtre de RecruitDesk ne peut pas s&apos;ouvrir&#xa0;: les bibliothèques Qt n&apos;ont pas pu être chargées.</translation>
    </message>
    <message>
        <source>--team goes with --demo: recruitdesk --demo --team</source>
        <translation>--team s&apos;utilise avec --demo&#xa0;: recruitdesk --demo --team</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Interrompu.</translation>
    </message>
    <message>
        <source>An unexpected error occurred. Details without personal data were written to {file}.</source>
        <translation>Une erreur inattendue s&apos;est produite. Les détails, sans données personnelles, ont été enregistrés dans {file}.</translation>
    </message>
    <message>
        <source>Warning: this person is on the suppression list (they objected, asked for erasure or must not be contacted again). The candidate was added; check before contacting them.</source>
        <translation>Attention : cette personne figure sur la liste d&apos;exclusion (elle s&apos;est opposée, a demandé l&apos;effacement ou ne doit plus être contactée). Le candidat a été ajouté ; vérifiez avant de le contacter.</translation>
    </message>
    <message>
        <source>Candidate {id} added.</source>
        <translation>Candidat {id} ajouté.</translation>
    </message>
    <message>
        <source>Outcome recorded for candidate {id}.</source>
        <translation>Issue enregistrée pour le candidat {id}.</translation>
    </message>
    <message>
        <source>Contact recorded for candidate {id}.</source>
        <translation>Contact enregistré pour le candidat {id}.</translation>
    </message>
    <message>
        <source>Candidate {id} is an outplacement participant since {date}.</source>
        <translation>Le candidat {id} participe à un outplacement depuis le {date}.</translation>
    </message>
    <message>
        <source>Candidate {id} was erased.</source>
        <translation>Le candidat {id} a été effacé.</translation>
    </message>
    <message>
        <source>add a candidate or record facts about one</source>
        <translation>ajouter un candidat ou enregistrer des faits le concernant</translation>
    </message>
    <message>
        <source>add a candidate</source>
        <translation>ajouter un candidat</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>nom complet</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>adresse e-mail</translation>
    </message>
    <message>
        <source>application date (YYYY-MM-DD); opens a procedure</source>
        <translation>date de candidature (AAAA-MM-JJ)&#xa0;; ouvre une procédure</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>numéro de téléphone</translation>
    </message>
    <message>
        <source>how the candidate came in (default: application)</source>
        <translation>comment le candidat est arrivé (par défaut : candidature)</translation>
    </message>
    <message>
        <source>outplacement participant: the day the outplacement started (YYYY-MM-DD); its retention counts from it</source>
        <translation>participant à un outplacement : le jour où l&apos;outplacement a commencé (AAAA-MM-JJ) ; la durée de conservation court à partir de ce jour</translation>
    </message>
    <message>
        <source>record the outcome of the candidate&apos;s procedure</source>
        <translation>enregistrer l&apos;issue de la procédure du candidat</translation>
    </message>
    <message>
        <source>date of the outcome (YYYY-MM-DD)</source>
        <translation>date de l&apos;issue (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>record a contact with the candidate</source>
        <translation>enregistrer un contact avec le candidat</translation>
    </message>
    <message>
        <source>date of the contact (YYYY-MM-DD)</source>
        <translation>date du contact (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>record that the candidate&apos;s outplacement started on a day (its retention counts from it)</source>
        <translation>enregistrer que l&apos;outplacement du candidat a commencé un jour donné (la durée de conservation court à partir de ce jour)</translation>
    </message>
    <message>
        <source>the day the outplacement started (YYYY-MM-DD)</source>
        <translation>le jour où l&apos;outplacement a commencé (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>list candidates</source>
        <translation>lister les candidats</translation>
    </message>
    <message>
        <source>erase a candidate and all their data for good</source>
        <translation>effacer définitivement un candidat et toutes ses données</translation>
    </message>
    <message>
        <source>No candidate is due for deletion within {days} days.</source>
        <translation>Aucun candidat n&apos;est à supprimer d&apos;ici {days} jours.</translation>
    </message>
    <message>
        <source>completed on {date}</source>
        <translation>clôturée le {date}</translation>
    </message>
    <message>
        <source>overdue since {date}</source>
        <translation>en retard depuis le {date}</translation>
    </message>
    <message>
        <source>answer by {date}</source>
        <translation>réponse au plus tard le {date}</translation>
    </message>
    <message>
        <source>Request {id} registered; answer by {date}.</source>
        <translation>Demande {id} enregistrée&#xa0;; réponse au plus tard le {date}.</translation>
    </message>
    <message>
        <source>Identity check recorded for request {id}.</source>
        <translation>Vérification d&apos;identité enregistrée pour la demande {id}.</translation>
    </message>
    <message>
        <source>Request {id} extended; answer by {date}. Tell the person, with the reasons, before the first month ends.</source>
        <translation>Demande {id} prolongée&#xa0;; réponse au plus tard le {date}. Informez-en la personne, motifs à l&apos;appui, avant la fin du premier mois.</translation>
    </message>
    <message>
        <source>Request {id} completed.</source>
        <translation>Demande {id} clôturée.</translation>
    </message>
    <message>
        <source>No request must be answered within {days} days.</source>
        <translation>Aucune demande ne doit recevoir de réponse d&apos;ici {days} jours.</translation>
    </message>
    <message>
        <source>the request&apos;s number (in a team vault: the first digits of its id)</source>
        <translation>le numéro de la demande (dans un coffre d&apos;équipe&#xa0;: les premiers caractères de son identifiant)</translation>
    </message>
    <message>
        <source>register and answer data-subject requests (access, erasure, ...)</source>
        <translation>enregistrer les demandes des personnes concernées et y répondre (accès, effacement, ...)</translation>
    </message>
    <message>
        <source>register a request; the answer is due one month after receipt</source>
        <translation>enregistrer une demande&#xa0;; la réponse est due un mois après réception</translation>
    </message>
    <message>
        <source>the day the request was received (YYYY-MM-DD; default today)</source>
        <translation>le jour de réception de la demande (AAAA-MM-JJ&#xa0;; par défaut aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>the candidate the request is about (in a team vault: the first digits of their id, or their name)</source>
        <translation>le candidat concerné par la demande (dans un coffre d&apos;équipe&#xa0;: les premiers caractères de son identifiant, ou son nom)</translation>
    </message>
    <message>
        <source>how the person&apos;s identity was checked</source>
        <translation>comment l&apos;identité de la personne a été vérifiée</translation>
    </message>
    <message>
        <source>record how the person&apos;s identity was checked</source>
        <translation>enregistrer comment l&apos;identité de la personne a été vérifiée</translation>
    </message>
    <message>
        <source>how the identity was checked</source>
        <translation>comment l&apos;identité a été vérifiée</translation>
    </message>
    <message>
        <source>extend the answer period by one or two months (within the first month, with reasons)</source>
        <translation>prolonger le délai de réponse d&apos;un ou deux mois (pendant le premier mois, motifs à l&apos;appui)</translation>
    </message>
    <message>
        <source>months beyond the first month</source>
        <translation>nombre de mois au-delà du premier mois</translation>
    </message>
    <message>
        <source>the reasons you give the person</source>
        <translation>les motifs que vous communiquez à la personne</translation>
    </message>
    <message>
        <source>complete a request, saying what was done</source>
        <translation>clôturer une demande en indiquant ce qui a été fait</translation>
    </message>
    <message>
        <source>what was done</source>
        <translation>ce qui a été fait</translation>
    </message>
    <message>
        <source>objection: erase the person&apos;s data</source>
        <translation>opposition&#xa0;: effacer les données de la personne</translation>
    </message>
    <message>
        <source>objection: restrict processing of the person&apos;s data</source>
        <translation>opposition&#xa0;: limiter le traitement des données de la personne</translation>
    </message>
    <message>
        <source>objection: an email address to put on the suppression list</source>
        <translation>opposition&#xa0;: une adresse e-mail à ajouter à la liste d&apos;exclusion</translation>
    </message>
    <message>
        <source>objection: a phone number to put on the suppression list</source>
        <translation>opposition&#xa0;: un numéro de téléphone à ajouter à la liste d&apos;exclusion</translation>
    </message>
    <message>
        <source>list data-subject requests and what is due</source>
        <translation>lister les demandes des personnes concernées et leurs échéances</translation>
    </message>
    <message>
        <source>list requests, the most urgent first</source>
        <translation>lister les demandes, les plus urgentes en premier</translation>
    </message>
    <message>
        <source>only requests still to be answered</source>
        <translation>uniquement les demandes encore sans réponse</translation>
    </message>
    <message>
        <source>list requests overdue or to be answered soon (exit code 4 when there are any)</source>
        <translation>lister les demandes en retard ou à traiter bientôt (code de sortie 4 s&apos;il y en a)</translation>
    </message>
    <message>
        <source>days ahead to look (default 7)</source>
        <translation>nombre de jours à anticiper (7 par défaut)</translation>
    </message>
    <message>
        <source>due on {date}</source>
        <translation>à supprimer le {date}</translation>
    </message>
    <message numerus="yes">
        <source>%n candidates erased.</source>
        <translation>
            <numerusform>%n candidat effacé.</numerusform>
            <numerusform>%n candidats effacés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Candidate {id} is on legal hold.</source>
        <translation>Le candidat {id} est conservé pour raison juridique.</translation>
    </message>
    <message>
        <source>The legal hold on candidate {id} was released.</source>
        <translation>La conservation juridique du candidat {id} a été levée.</translation>
    </message>
    <message>
        <source>retention deadlines: what is due, and erasing it</source>
        <translation>durées de conservation&#xa0;: ce qui arrive à échéance, et son effacement</translation>
    </message>
    <message>
        <source>list candidates overdue or due for deletion soon (exit code 4 when there are any)</source>
        <translation>lister les candidats en retard ou à supprimer bientôt (code de sortie 4 s&apos;il y en a)</translation>
    </message>
    <message>
        <source>place a candidate on legal hold (nothing erases them until released)</source>
        <translation>conserver un candidat pour raison juridique (rien ne l&apos;efface tant que la conservation n&apos;est pas levée)</translation>
    </message>
    <message>
        <source>why the data must be kept (for example, a legal claim)</source>
        <translation>pourquoi les données doivent être conservées (par exemple, une action en justice)</translation>
    </message>
    <message>
        <source>release a candidate&apos;s legal hold</source>
        <translation>lever la conservation juridique d&apos;un candidat</translation>
    </message>
    <message>
        <source>check as on this day (YYYY-MM-DD) instead of today</source>
        <translation>vérifier à la date indiquée (AAAA-MM-JJ) au lieu d&apos;aujourd&apos;hui</translation>
    </message>
    <message>
        <source>days ahead to look (default: the alert window setting)</source>
        <translation>nombre de jours à anticiper (par défaut&#xa0;: la période d&apos;alerte configurée)</translation>
    </message>
    <message>
        <source>erase every candidate whose deadline has come</source>
        <translation>effacer tous les candidats dont l&apos;échéance est arrivée</translation>
    </message>
    <message>
        <source>apply as on this day (YYYY-MM-DD) instead of today</source>
        <translation>appliquer à la date indiquée (AAAA-MM-JJ) au lieu d&apos;aujourd&apos;hui</translation>
    </message>
    <message>
        <source>confirm the erasure</source>
        <translation>confirmer l&apos;effacement</translation>
    </message>
    <message>
        <source>Encrypted backup written to {file}, with its key file {keys}. Keep both together: with the recovery key they restore this vault, also on another computer.</source>
        <translation>Sauvegarde chiffrée écrite dans {file}, avec son fichier de clés {keys}. Conservez les deux fichiers ensemble&#xa0;: avec la clé de récupération, ils restaurent ce coffre, y compris sur un autre ordinateur.</translation>
    </message>
    <message numerus="yes">
        <source>Backup restored. %n erased candidates were erased again. The previous state was kept in {file}.</source>
        <translation>
            <numerusform>Sauvegarde restaurée. %n candidat effacé a été de nouveau effacé. L&apos;état précédent a été conservé dans {file}.</numerusform>
            <numerusform>Sauvegarde restaurée. %n candidats effacés ont été de nouveau effacés. L&apos;état précédent a été conservé dans {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The vault was restored into {folder}. %n candidates erased after the backup was made were erased again.</source>
        <translation>
            <numerusform>Le coffre a été restauré dans {folder}. %n candidat effacé après la sauvegarde a été effacé à nouveau.</numerusform>
            <numerusform>Le coffre a été restauré dans {folder}. %n candidats effacés après la sauvegarde ont été effacés à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer&apos;s keychain could not store the vault&apos;s key: unlock with the recovery key until it can.</source>
        <translation>Le trousseau de cet ordinateur n&apos;a pas pu conserver la clé du coffre&#xa0;: déverrouillez le coffre avec la clé de récupération jusqu&apos;à ce qu&apos;il le puisse.</translation>
    </message>
    <message>
        <source>restore a backup into a new, empty vault folder with the recovery key (a new or repaired computer)</source>
        <translation>restaurer une sauvegarde dans un nouveau dossier de coffre vide avec la clé de récupération (un ordinateur neuf ou réparé)</translation>
    </message>
    <message>
        <source>the .rdbackup file; its .rdkeys key file must be beside it</source>
        <translation>le fichier .rdbackup&#xa0;; son fichier de clés .rdkeys doit se trouver à côté</translation>
    </message>
    <message>
        <source>the new vault folder (default: --vault, RECRUITDESK_VAULT or your data folder)</source>
        <translation>le nouveau dossier du coffre (par défaut&#xa0;: --vault, RECRUITDESK_VAULT ou votre dossier de données)</translation>
    </message>
    <message>
        <source>write an encrypted backup of the vault</source>
        <translation>créer une sauvegarde chiffrée du coffre</translation>
    </message>
    <message>
        <source>folder for the backup (default: the backup folder setting, else the vault&apos;s backups folder)</source>
        <translation>dossier de la sauvegarde (par défaut&#xa0;: le dossier de sauvegarde configuré, sinon le dossier des sauvegardes du coffre)</translation>
    </message>
    <message>
        <source>replace the vault&apos;s data with a backup (erased candidates stay erased)</source>
        <translation>remplacer les données du coffre par une sauvegarde (les candidats effacés le restent)</translation>
    </message>
    <message>
        <source>confirm the restore</source>
        <translation>confirmer la restauration</translation>
    </message>
    <message>
        <source>Candidate {id} exported to {path}</source>
        <translation>Candidat {id} exporté vers {path}</translation>
    </message>
    <message>
        <source>Record of processing activities written to {path}</source>
        <translation>Registre des activités de traitement enregistré dans {path}</translation>
    </message>
    <message>
        <source>export one candidate&apos;s data (xlsx, JSON and original documents) as a folder or zip; the export leaves the vault</source>
        <translation>exporter les données d&apos;un candidat (xlsx, JSON et documents d&apos;origine) sous forme de dossier ou de zip&#xa0;; l&apos;export sort du coffre</translation>
    </message>
    <message>
        <source>Consent {id} recorded for candidate {candidate}.</source>
        <translation>Consentement {id} enregistré pour le candidat {candidate}.</translation>
    </message>
    <message>
        <source>Consent {id} withdrawn on {date}.</source>
        <translation>Consentement {id} retiré le {date}.</translation>
    </message>
    <message>
        <source>withdrawn on {date}</source>
        <translation>retiré le {date}</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>jusqu&apos;au {date}</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>en vigueur</translation>
    </message>
    <message>
        <source>record, withdraw and list a candidate&apos;s consents</source>
        <translation>enregistrer, retirer et lister les consentements d&apos;un candidat</translation>
    </message>
    <message>
        <source>record a consent with what proves it</source>
        <translation>enregistrer un consentement avec sa preuve</translation>
    </message>
    <message>
        <source>the consent&apos;s number (see consent list; in a team vault: the first characters of its id)</source>
        <translation>le numéro du consentement (voir consent list&#xa0;; dans un coffre d&apos;équipe&#xa0;: les premiers caractères de son identifiant)</translation>
    </message>
    <message>
        <source>the candidate&apos;s number</source>
        <translation>le numéro du candidat</translation>
    </message>
    <message>
        <source>what the consent is for</source>
        <translation>l&apos;objet du consentement</translation>
    </message>
    <message>
        <source>how the consent was given</source>
        <translation>comment le consentement a été donné</translation>
    </message>
    <message>
        <source>the day consent was given (YYYY-MM-DD; default today)</source>
        <translation>le jour où le consentement a été donné (AAAA-MM-JJ ; par défaut aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>the wording the candidate agreed to</source>
        <translation>le texte accepté par le candidat</translation>
    </message>
    <message>
        <source>the version of the consent text shown</source>
        <translation>la version du texte de consentement présenté</translation>
    </message>
    <message>
        <source>a file that proves the consent (mail, scan)</source>
        <translation>un fichier qui prouve le consentement (e-mail, scan)</translation>
    </message>
    <message>
        <source>withdraw a consent</source>
        <translation>retirer un consentement</translation>
    </message>
    <message>
        <source>the day it was withdrawn (YYYY-MM-DD; default today)</source>
        <translation>le jour du retrait (AAAA-MM-JJ ; par défaut aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>list a candidate&apos;s consents, newest first</source>
        <translation>lister les consentements d&apos;un candidat, les plus récents d&apos;abord</translation>
    </message>
    <message>
        <source>the candidate&apos;s number (in a team vault: the first digits of their id, or their name)</source>
        <translation>le numéro du candidat (dans un coffre d&apos;équipe&#xa0;: les premiers caractères de son identifiant, ou son nom)</translation>
    </message>
    <message>
        <source>the folder to write the export into</source>
        <translation>le dossier dans lequel écrire l&apos;export</translation>
    </message>
    <message>
        <source>write one .zip file instead of a folder</source>
        <translation>écrire un seul fichier .zip au lieu d&apos;un dossier</translation>
    </message>
    <message>
        <source>encrypt the zip (AES-256) with the password on the first line of FILE; implies --zip</source>
        <translation>chiffrer le zip (AES-256) avec le mot de passe figurant sur la première ligne de FILE&#xa0;; implique --zip</translation>
    </message>
    <message>
        <source>the rights request this export answers (for the audit log)</source>
        <translation>la demande d&apos;exercice de droits à laquelle répond cet export (pour le journal d&apos;audit)</translation>
    </message>
    <message>
        <source>write the record of processing activities (GDPR Art. 30) for the configured policy as .xlsx</source>
        <translation>écrire le registre des activités de traitement (art. 30 RGPD) pour la politique configurée, au format .xlsx</translation>
    </message>
    <message>
        <source>Audit trail written to {path}</source>
        <translation>Piste d&apos;audit écrite dans {path}</translation>
    </message>
    <message>
        <source>only entries on or after this day (YYYY-MM-DD)</source>
        <translation>uniquement les entrées de ce jour ou après (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>only entries on or before this day (YYYY-MM-DD)</source>
        <translation>uniquement les entrées de ce jour ou avant (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>only this action (e.g. candidate.erased), or a group ending in a dot (request.)</source>
        <translation>uniquement cette action (p. ex. candidate.erased), ou un groupe terminé par un point (request.)</translation>
    </message>
    <message>
        <source>only entries about this candidate (number or random id; in a team vault: the first digits of their id, or their name)</source>
        <translation>uniquement les entrées concernant ce candidat (numéro ou identifiant aléatoire&#xa0;; dans un coffre d&apos;équipe&#xa0;: les premiers caractères de son identifiant, ou son nom)</translation>
    </message>
    <message>
        <source>the audit trail: verify its chain, list it, export it for the DPO</source>
        <translation>la piste d&apos;audit : vérifier sa chaîne, la lister, l&apos;exporter pour le DPD</translation>
    </message>
    <message>
        <source>check that no audit entry was edited, removed or reordered (exit code 5 when one was)</source>
        <translation>vérifier qu&apos;aucune entrée d&apos;audit n&apos;a été modifiée, supprimée ou déplacée (code de sortie 5 si c&apos;est le cas)</translation>
    </message>
    <message>
        <source>list audit entries, newest first</source>
        <translation>lister les entrées d&apos;audit, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>at most N entries</source>
        <translation>au plus N entrées</translation>
    </message>
    <message>
        <source>write the audit trail and its verification to an .xlsx file</source>
        <translation>écrire la piste d&apos;audit et sa vérification dans un fichier .xlsx</translation>
    </message>
    <message>
        <source>the .xlsx file to write (or a folder for a dated name)</source>
        <translation>le fichier .xlsx à écrire (ou un dossier, pour un nom daté)</translation>
    </message>
    <message>
        <source>The output was closed; the import stopped after {done} of {total} files. The stored files are kept; run the import again for the rest.</source>
        <translation>La sortie a été fermée&#xa0;; l&apos;importation s&apos;est arrêtée après {done} fichiers sur {total}. Les fichiers enregistrés sont conservés&#xa0;; relancez l&apos;importation pour les autres.</translation>
    </message>
    <message>
        <source>{imported} imported, {duplicate} duplicates, {failed} failed, {skipped} not imported.</source>
        <translation>{imported} importé(s), {duplicate} doublon(s), {failed} échec(s), {skipped} non importé(s).</translation>
    </message>
    <message>
        <source>Fix or remove the failed files and run the import again for them; nothing else is repeated.</source>
        <translation>Corrigez ou retirez les fichiers en échec, puis relancez l&apos;importation pour ceux-ci&#xa0;; rien d&apos;autre n&apos;est répété.</translation>
    </message>
    <message>
        <source>skipped    {file}: {reason}</source>
        <translation>ignoré     {file}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>imported   {file} -&gt; candidate {id} ({name})</source>
        <translation>importé    {file} -&gt; candidat {id} ({name})</translation>
    </message>
    <message>
        <source>attached   {file} -&gt; existing candidate {id} ({name})</source>
        <translation>joint      {file} -&gt; candidat existant {id} ({name})</translation>
    </message>
    <message>
        <source>merged     {file} -&gt; existing candidate {id} ({name}); missing contact details filled in</source>
        <translation>fusionné   {file} -&gt; candidat existant {id} ({name})&#xa0;; coordonnées manquantes complétées</translation>
    </message>
    <message>
        <source>duplicate  {file} = candidate {id} ({name}); not imported</source>
        <translation>doublon    {file} = candidat {id} ({name})&#xa0;; non importé</translation>
    </message>
    <message>
        <source>failed     {file}: {reason}</source>
        <translation>échec      {file}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>import CV files or folders (PDF, Word, OpenDocument, RTF, text) as candidates</source>
        <translation>importer des fichiers de CV ou des dossiers (PDF, Word, OpenDocument, RTF, texte) comme candidats</translation>
    </message>
    <message>
        <source>files or folders (folders are read recursively)</source>
        <translation>fichiers ou dossiers (les dossiers sont lus de manière récursive)</translation>
    </message>
    <message>
        <source>when the person is already in the vault: skip the file (default), attach it to them, merge (attach and fill their empty contact fields), or create a new candidate anyway</source>
        <translation>si la personne est déjà dans le coffre&#xa0;: ignorer le fichier (par défaut), le joindre à sa fiche, fusionner (joindre le fichier et compléter ses coordonnées manquantes) ou créer quand même un nouveau candidat</translation>
    </message>
    <message>
        <source>add the files to this existing candidate instead of creating candidates</source>
        <translation>ajouter les fichiers à ce candidat existant au lieu de créer des candidats</translation>
    </message>
    <message>
        <source>every imported candidate applies for this vacancy</source>
        <translation>chaque candidat importé postule à ce poste</translation>
    </message>
    <message>
        <source>remove national numbers and bank account numbers from everything the vault keeps; the document is stored as a redacted PDF copy</source>
        <translation>supprimer les numéros de registre national et de compte bancaire de tout ce que le coffre conserve ; le document est conservé sous forme de copie PDF caviardée</translation>
    </message>
    <message>
        <source>with --redact: also remove the words about health, religion, union membership and other special categories found</source>
        <translation>avec --redact : supprimer aussi les mots trouvés sur la santé, la religion, l&apos;affiliation syndicale et les autres catégories particulières</translation>
    </message>
    <message>
        <source>run the daily check: recompute deadlines, automatic erasure if turned on, scheduled backup; one line out (exit code 4 when something is due)</source>
        <translation>lancer la vérification quotidienne : recalcul des échéances, effacement automatique s&apos;il est activé, sauvegarde planifiée ; une ligne en sortie (code de sortie 4 s&apos;il y a quelque chose à faire)</translation>
    </message>
    <message>
        <source>Candidate {id} is on legal hold; nothing is deleted until the hold is released.</source>
        <translation>Le candidat {id} est en conservation juridique ; rien n&apos;est supprimé tant qu&apos;elle n&apos;est pas levée.</translation>
    </message>
    <message>
        <source>The legal hold on candidate {id} was released; the deadline runs again.</source>
        <translation>La conservation juridique du candidat {id} est levée ; l&apos;échéance court à nouveau.</translation>
    </message>
    <message>
        <source>Candidate {id} is kept until {date}.</source>
        <translation>Le candidat {id} est conservé jusqu&apos;au {date}.</translation>
    </message>
    <message>
        <source>place a candidate on legal hold: no deletion until released</source>
        <translation>placer un candidat en conservation juridique : aucune suppression jusqu&apos;à sa levée</translation>
    </message>
    <message>
        <source>why (e.g. a court case); required</source>
        <translation>pourquoi (p. ex. une procédure judiciaire) ; obligatoire</translation>
    </message>
    <message>
        <source>why the hold ends (e.g. the claim was settled); required</source>
        <translation>pourquoi la conservation prend fin (p. ex. le litige a été réglé)&#xa0;; obligatoire</translation>
    </message>
    <message>
        <source>keep a candidate past their deadline, with a written reason</source>
        <translation>conserver un candidat au-delà de son échéance, avec un motif écrit</translation>
    </message>
    <message>
        <source>keep until this day (YYYY-MM-DD)</source>
        <translation>conserver jusqu&apos;à ce jour (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>why the candidate is kept longer; required</source>
        <translation>pourquoi le candidat est conservé plus longtemps ; obligatoire</translation>
    </message>
    <message>
        <source>Note {id} added to candidate {candidate}.</source>
        <translation>Note {id} ajoutée au candidat {candidate}.</translation>
    </message>
    <message>
        <source>Discuss these online screening findings with the candidate; never reject on screening alone.</source>
        <translation>Discutez de ces constats de la vérification en ligne avec le candidat ; ne refusez jamais sur la seule base d&apos;une vérification.</translation>
    </message>
    <message>
        <source>write and read a candidate&apos;s screening notes</source>
        <translation>écrire et lire les notes d&apos;évaluation d&apos;un candidat</translation>
    </message>
    <message>
        <source>write a note</source>
        <translation>écrire une note</translation>
    </message>
    <message>
        <source>the kind of note (default: interview)</source>
        <translation>le type de note (par défaut : entretien)</translation>
    </message>
    <message>
        <source>the note, or - to read it from standard input</source>
        <translation>la note, ou - pour la lire sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>online screening: where the findings were found</source>
        <translation>vérification en ligne : où les constats ont été trouvés</translation>
    </message>
    <message>
        <source>online screening: the findings were discussed with the candidate</source>
        <translation>vérification en ligne : les constats ont été discutés avec le candidat</translation>
    </message>
    <message>
        <source>list a candidate&apos;s notes, oldest first</source>
        <translation>lister les notes d&apos;un candidat, les plus anciennes d&apos;abord</translation>
    </message>
    <message>
        <source>On the suppression list: {objection} from objections, {erasure} from erasure requests, {manual} marked by a recruiter.</source>
        <translation>Sur la liste d&apos;exclusion : {objection} après opposition, {erasure} après une demande d&apos;effacement, {manual} signalés par un recruteur.</translation>
    </message>
    <message>
        <source>request {id}</source>
        <translation>demande {id}</translation>
    </message>
    <message>
        <source>removed on {date}</source>
        <translation>retirée le {date}</translation>
    </message>
    <message numerus="yes">
        <source>Candidate {id} must not be contacted again: %n identifiers put on the suppression list.</source>
        <translation>
            <numerusform>Le candidat {id} ne doit plus être contacté : %n identifiant ajouté à la liste d&apos;exclusion.</numerusform>
            <numerusform>Le candidat {id} ne doit plus être contacté : %n identifiants ajoutés à la liste d&apos;exclusion.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry {id} was removed from the suppression list.</source>
        <translation>L&apos;entrée {id} a été retirée de la liste d&apos;exclusion.</translation>
    </message>
    <message>
        <source>the suppression list: people who must not be contacted again</source>
        <translation>la liste d&apos;exclusion : les personnes à ne plus contacter</translation>
    </message>
    <message>
        <source>counts per basis and each entry&apos;s request and date (no identities)</source>
        <translation>nombres par fondement et, pour chaque entrée, la demande et la date (aucune identité)</translation>
    </message>
    <message>
        <source>include removed entries</source>
        <translation>inclure les entrées retirées</translation>
    </message>
    <message>
        <source>do not contact this candidate again: put their email and phone on the list</source>
        <translation>ne plus contacter ce candidat : ajouter son e-mail et son téléphone à la liste</translation>
    </message>
    <message>
        <source>take an entry off the suppression list, with a reason</source>
        <translation>retirer une entrée de la liste d&apos;exclusion, avec un motif</translation>
    </message>
    <message>
        <source>the entry&apos;s number (see suppression list; in a team vault: the first characters of its id)</source>
        <translation>le numéro de l&apos;entrée (voir suppression list&#xa0;; dans un coffre d&apos;équipe&#xa0;: les premiers caractères de son identifiant)</translation>
    </message>
    <message>
        <source>why the entry is removed</source>
        <translation>pourquoi l&apos;entrée est retirée</translation>
    </message>
    <message>
        <source>the vacancy&apos;s number (in a team vault: the first characters of its id)</source>
        <translation>le numéro du poste (dans un coffre d&apos;équipe&#xa0;: les premiers caractères de son identifiant)</translation>
    </message>
    <message>
        <source>Vacancy {id} added.</source>
        <translation>Poste {id} ajouté.</translation>
    </message>
    <message>
        <source>No vacancies found.</source>
        <translation>Aucun poste trouvé.</translation>
    </message>
    <message>
        <source>Vacancy {id} is closed; the procedures of {count} candidates still in it ended as not hired.</source>
        <translation>Le poste {id} est clôturé ; les procédures de {count} candidats qui y étaient encore se sont terminées comme non retenues.</translation>
    </message>
    <message>
        <source>Vacancy {id} is on hold.</source>
        <translation>Le poste {id} est en attente.</translation>
    </message>
    <message>
        <source>Vacancy {id} is open.</source>
        <translation>Le poste {id} est ouvert.</translation>
    </message>
    <message>
        <source>Candidate {candidate} applied for vacancy {vacancy}: application {id}.</source>
        <translation>Le candidat {candidate} a postulé au poste {vacancy} : candidature {id}.</translation>
    </message>
    <message>
        <source>Application {id} is now in the stage {stage}.</source>
        <translation>La candidature {id} est maintenant à l&apos;étape {stage}.</translation>
    </message>
    <message>
        <source>add, list and close vacancies</source>
        <translation>ajouter, lister et clôturer des postes</translation>
    </message>
    <message>
        <source>add an open vacancy</source>
        <translation>ajouter un poste ouvert</translation>
    </message>
    <message>
        <source>the job title</source>
        <translation>l&apos;intitulé du poste</translation>
    </message>
    <message>
        <source>the client the vacancy is for (agencies)</source>
        <translation>le client pour qui le poste est ouvert (agences)</translation>
    </message>
    <message>
        <source>where the job is</source>
        <translation>où se trouve le poste</translation>
    </message>
    <message>
        <source>the recruiter in charge</source>
        <translation>le recruteur responsable</translation>
    </message>
    <message>
        <source>the day it opened (YYYY-MM-DD, default today)</source>
        <translation>le jour de l&apos;ouverture (AAAA-MM-JJ, par défaut aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>the stages before Hired, Rejected and Withdrawn, comma-separated (default: New,Screening,Interview,Offer)</source>
        <translation>les étapes avant Engagé, Refusé et Retiré, séparées par des virgules (par défaut : New,Screening,Interview,Offer)</translation>
    </message>
    <message>
        <source>list open vacancies with the applications per stage</source>
        <translation>lister les postes ouverts avec les candidatures par étape</translation>
    </message>
    <message>
        <source>only vacancies whose title, client, location or owner has these words</source>
        <translation>uniquement les postes dont l&apos;intitulé, le client, le lieu ou le responsable contient ces mots</translation>
    </message>
    <message>
        <source>also filled and cancelled vacancies</source>
        <translation>aussi les postes pourvus et annulés</translation>
    </message>
    <message>
        <source>close a vacancy: the hired are hired, everyone else still in it is not hired, on the same day</source>
        <translation>clôturer un poste : les personnes engagées le sont, toutes les autres encore dans le poste ne sont pas retenues, le même jour</translation>
    </message>
    <message>
        <source>the numbers of the hired applications (in a team vault: the first characters of their ids)</source>
        <translation>les numéros des candidatures retenues (dans un coffre d&apos;équipe&#xa0;: les premiers caractères de leurs identifiants)</translation>
    </message>
    <message>
        <source>the application&apos;s number (in a team vault: the first characters of its id)</source>
        <translation>le numéro de la candidature (dans un coffre d&apos;équipe&#xa0;: les premiers caractères de son identifiant)</translation>
    </message>
    <message>
        <source>the day the procedures end (YYYY-MM-DD, default today)</source>
        <translation>le jour où les procédures se terminent (AAAA-MM-JJ, par défaut aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>the vacancy was cancelled: nobody was hired</source>
        <translation>le poste a été annulé : personne n&apos;a été engagé</translation>
    </message>
    <message>
        <source>put a vacancy on hold (its procedures stay as they are)</source>
        <translation>mettre un poste en attente (ses procédures restent telles quelles)</translation>
    </message>
    <message>
        <source>open a vacancy on hold, or a filled or cancelled one again (nobody comes back by themselves)</source>
        <translation>rouvrir un poste en attente, pourvu ou annulé (personne ne revient de lui-même)</translation>
    </message>
    <message>
        <source>put a candidate in a vacancy&apos;s procedure</source>
        <translation>inscrire un candidat dans la procédure d&apos;un poste</translation>
    </message>
    <message>
        <source>the application date (YYYY-MM-DD, default today)</source>
        <translation>la date de candidature (AAAA-MM-JJ, par défaut aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>move an application to another stage</source>
        <translation>déplacer une candidature vers une autre étape</translation>
    </message>
    <message>
        <source>the stage (e.g. interview, hired, rejected)</source>
        <translation>l&apos;étape (par ex. interview, hired, rejected)</translation>
    </message>
    <message>
        <source>the day of the move (YYYY-MM-DD, default today)</source>
        <translation>le jour du déplacement (AAAA-MM-JJ, par défaut aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>Give --to, --team-folder and --name to copy this vault into a team vault, or --from-team to copy a team vault into a new local one.</source>
        <translation>Indiquez --to, --team-folder et --name pour copier ce coffre dans un coffre d&apos;équipe, ou --from-team pour copier un coffre d&apos;équipe dans un nouveau coffre local.</translation>
    </message>
    <message>
        <source>Copied {done} of {total} candidates.</source>
        <translation>{done} candidats copiés sur {total}.</translation>
    </message>
    <message>
        <source>The local vault was copied into the new team vault; every count matches:</source>
        <translation>Le coffre local a été copié dans le nouveau coffre d&apos;équipe ; tous les nombres concordent&#xa0;:</translation>
    </message>
    <message>
        <source>Not copied (the team vault does not hold these yet; they stay in the local vault):</source>
        <translation>Non copiés (le coffre d&apos;équipe ne les conserve pas encore ; ils restent dans le coffre local)&#xa0;:</translation>
    </message>
    <message>
        <source>The local vault&apos;s data was not changed. Team settings: {folder}.</source>
        <translation>Les données du coffre local n&apos;ont pas été modifiées. Réglages de l&apos;équipe&#xa0;: {folder}.</translation>
    </message>
    <message>
        <source>The team vault was copied into the new local vault in {folder}; every count matches:</source>
        <translation>Le coffre d&apos;équipe a été copié dans le nouveau coffre local dans {folder} ; tous les nombres concordent&#xa0;:</translation>
    </message>
    <message>
        <source>The team vault was not changed.</source>
        <translation>Le coffre d&apos;équipe n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>copy this vault into a new team vault on a PostgreSQL server (end-to-end encrypted; this vault is only read), or a team vault into a new local vault (--from-team)</source>
        <translation>copier ce coffre dans un nouveau coffre d&apos;équipe sur un serveur PostgreSQL (chiffré de bout en bout ; ce coffre est seulement lu), ou un coffre d&apos;équipe dans un nouveau coffre local (--from-team)</translation>
    </message>
    <message>
        <source>copy the team vault whose settings are in DIR into a new local vault (created in --vault)</source>
        <translation>copier le coffre d&apos;équipe dont les réglages sont dans DOSSIER dans un nouveau coffre local (créé dans --vault)</translation>
    </message>
    <message>
        <source>retention preset of the new local vault: {names}</source>
        <translation>modèle de politique de conservation du nouveau coffre local&#xa0;: {names}</translation>
    </message>
    <message>
        <source>an empty folder for the team vault&apos;s settings on this computer</source>
        <translation>un dossier vide pour les réglages du coffre d&apos;équipe sur cet ordinateur</translation>
    </message>
    <message>
        <source>imported   {file} -&gt; candidate {id}</source>
        <translation>importé    {file} -&gt; candidat {id}</translation>
    </message>
    <message>
        <source>not imported {file}: {reason}</source>
        <translation>non importé {file}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{imported} of {total} files imported.</source>
        <translation>{imported} fichiers sur {total} importés.</translation>
    </message>
    <message>
        <source>Starting a throwaway PostgreSQL server and copying the demo candidates into a team vault on it…</source>
        <translation>Démarrage d&apos;un serveur PostgreSQL jetable et copie des candidats de démonstration dans un coffre d&apos;équipe sur ce serveur…</translation>
    </message>
    <message>
        <source>Team vault ready (demo candidates: {count}). The server stops when you quit.</source>
        <translation>Coffre d&apos;équipe prêt (candidats de démonstration&#xa0;: {count}). Le serveur s&apos;arrête quand vous quittez.</translation>
    </message>
</context>
<context>
    <name>consents</name>
    <message>
        <source>Recruitment reserve</source>
        <translation>Réserve de recrutement</translation>
    </message>
    <message>
        <source>Sharing with clients</source>
        <translation>Partage avec des clients</translation>
    </message>
    <message>
        <source>Sharing with affiliated companies</source>
        <translation>Partage avec des sociétés liées</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Formulaire web</translation>
    </message>
    <message>
        <source>Paper form</source>
        <translation>Formulaire papier</translation>
    </message>
    <message>
        <source>Phone (confirmed in writing)</source>
        <translation>Téléphone (confirmé par écrit)</translation>
    </message>
    <message>
        <source>In person (confirmed in writing)</source>
        <translation>En personne (confirmé par écrit)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
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
        <translation>Développeur Java</translation>
    </message>
    <message>
        <source>Data analyst</source>
        <translation>Analyste de données</translation>
    </message>
    <message>
        <source>Service desk agent</source>
        <translation>Agent de service desk</translation>
    </message>
    <message>
        <source>Project manager</source>
        <translation>Chef de projet</translation>
    </message>
    <message>
        <source>Network engineer</source>
        <translation>Ingénieur réseau</translation>
    </message>
    <message>
        <source>{role} with {years} years of experience.</source>
        <translation>{role} avec {years} ans d&apos;expérience.</translation>
    </message>
    <message>
        <source>CV {name}.txt</source>
        <translation>CV {name}.txt</translation>
    </message>
    <message>
        <source>Dispute before the labour court (demo)</source>
        <translation>Litige devant le tribunal du travail (démo)</translation>
    </message>
    <message>
        <source>Demo recruiter</source>
        <translation>Recruteur de démonstration</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong.</source>
        <translation>Un problème est survenu.</translation>
    </message>
    <message>
        <source>The recovery key is not the one for this vault. Check it and try again.</source>
        <translation>Cette clé de récupération ne correspond pas à ce coffre. Vérifiez-la et réessayez.</translation>
    </message>
    <message>
        <source>This is not a valid recovery key: it must be 36 letters and digits in groups of four (for example ABCD-EFGH-...). Check for a typing error.</source>
        <translation>Ceci n&apos;est pas une clé de récupération valide&#xa0;: elle se compose de 36 lettres et chiffres, par groupes de quatre (par exemple ABCD-EFGH-...). Vérifiez qu&apos;il n&apos;y a pas de faute de frappe.</translation>
    </message>
    <message>
        <source>The recovery key file {file} cannot be read.</source>
        <translation>Le fichier de clé de récupération {file} ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The key stored in this computer&apos;s keychain does not open this vault. Unlock it with your recovery key.</source>
        <translation>La clé enregistrée dans le trousseau de cet ordinateur n&apos;ouvre pas ce coffre. Déverrouillez-le avec votre clé de récupération.</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain has no key for this vault (a new computer or a reset account). Unlock it with your recovery key: --recovery-key-file FILE or RECRUITDESK_RECOVERY_KEY.</source>
        <translation>Le trousseau de cet ordinateur ne contient aucune clé pour ce coffre (nouvel ordinateur ou compte réinitialisé). Déverrouillez-le avec votre clé de récupération&#xa0;: --recovery-key-file FILE ou RECRUITDESK_RECOVERY_KEY.</translation>
    </message>
    <message>
        <source>The system keychain backend &quot;{backend}&quot; does not store secrets safely, so RecruitDesk will not use it. Install or unlock your system keychain (Windows Credential Locker, macOS Keychain, or a Secret Service such as GNOME Keyring or KWallet) and try again.</source>
        <translation>Le service de trousseau «&#xa0;{backend}&#xa0;» ne stocke pas les secrets de manière sûre&#xa0;; RecruitDesk ne l&apos;utilisera donc pas. Installez ou déverrouillez le trousseau de votre système (Gestionnaire d&apos;identification Windows, Trousseau d&apos;accès macOS, ou un Secret Service comme GNOME Keyring ou KWallet) et réessayez.</translation>
    </message>
    <message>
        <source>The system keychain did not answer within {seconds} seconds. Unlock your keychain (it may be waiting for your password) and try again, or use your recovery key.</source>
        <translation>Le trousseau du système n&apos;a pas répondu dans les {seconds} secondes. Déverrouillez votre trousseau (il attend peut-être votre mot de passe) et réessayez, ou utilisez votre clé de récupération.</translation>
    </message>
    <message>
        <source>The system keychain could not be used ({reason}). Unlock it and try again, or use your recovery key.</source>
        <translation>Le trousseau du système n&apos;a pas pu être utilisé ({reason}). Déverrouillez-le et réessayez, ou utilisez votre clé de récupération.</translation>
    </message>
    <message>
        <source>The system keychain accepted the vault&apos;s device key but did not give the same key back. RecruitDesk will not rely on it.</source>
        <translation>Le trousseau du système a accepté la clé d&apos;appareil du coffre, mais ne restitue pas la même clé. RecruitDesk ne s&apos;y fiera donc pas.</translation>
    </message>
    <message>
        <source>There is no vault in {folder}. Create one with &quot;recruitdesk vault init&quot; or choose another folder.</source>
        <translation>Il n&apos;y a pas de coffre dans {folder}. Créez-en un avec «&#xa0;recruitdesk vault init&#xa0;» ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>There is already a vault in {folder}; it was left untouched.</source>
        <translation>Il y a déjà un coffre dans {folder}&#xa0;; il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The file {file} is an unencrypted SQLite database, not a RecruitDesk vault. It was not opened.</source>
        <translation>Le fichier {file} est une base de données SQLite non chiffrée, et non un coffre RecruitDesk. Il n&apos;a pas été ouvert.</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of RecruitDesk (schema {found}). Update RecruitDesk to open it.</source>
        <translation>Ce coffre a été créé par une version plus récente de RecruitDesk (schéma {found}). Mettez RecruitDesk à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>The vault could not be upgraded to this version of RecruitDesk. It was restored as it was; a backup is in {backup}.</source>
        <translation>Le coffre n&apos;a pas pu être mis à niveau vers cette version de RecruitDesk. Il a été remis dans son état d&apos;origine&#xa0;; une sauvegarde se trouve dans {backup}.</translation>
    </message>
    <message>
        <source>The vault database {file} is missing, although the key file is there. Restore the vault from a backup into a new folder (first-run window: Restore from a backup; command line: recruitdesk vault restore-new BACKUP --folder NEW_FOLDER --recovery-key-file FILE).</source>
        <translation>La base de données du coffre {file} est absente, alors que le fichier de clé est présent. Restaurez le coffre à partir d&apos;une sauvegarde dans un nouveau dossier (fenêtre de premier démarrage&#xa0;: Restaurer une sauvegarde&#xa0;; ligne de commande&#xa0;: recruitdesk vault restore-new BACKUP --folder NEW_FOLDER --recovery-key-file FILE).</translation>
    </message>
    <message>
        <source>This vault is protected by a passphrase. Enter it to unlock the vault (in a script: set RECRUITDESK_PASSPHRASE), or use your recovery key.</source>
        <translation>Ce coffre est protégé par une phrase secrète. Saisissez-la pour déverrouiller le coffre (dans un script : définissez RECRUITDESK_PASSPHRASE), ou utilisez votre clé de récupération.</translation>
    </message>
    <message>
        <source>This vault has no passphrase yet.</source>
        <translation>Ce coffre n&apos;a pas encore de phrase secrète.</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 seconde</translation>
    </message>
    <message>
        <source>{count} seconds</source>
        <translation>{count} secondes</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <source>{count} minutes</source>
        <translation>{count} minutes</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>{count} hours</source>
        <translation>{count} heures</translation>
    </message>
    <message>
        <source>This passphrase is wrong. Wrong attempts in a row: {failures}.</source>
        <translation>Cette phrase secrète est incorrecte. Tentatives incorrectes d&apos;affilée : {failures}.</translation>
    </message>
    <message>
        <source>To slow down guessing, the next attempt is possible in {time}.</source>
        <translation>Pour freiner les tentatives de devinette, le prochain essai sera possible dans {time}.</translation>
    </message>
    <message>
        <source>Too many wrong passphrases ({failures} in a row). Try again in {time}, or unlock now with your recovery key.</source>
        <translation>Trop de phrases secrètes incorrectes ({failures} d&apos;affilée). Réessayez dans {time}, ou déverrouillez maintenant avec votre clé de récupération.</translation>
    </message>
    <message>
        <source>The record of wrong passphrase attempts for this vault was changed or deleted, so RecruitDesk waits as after many wrong attempts. Try again in {time}, or unlock now with your recovery key.</source>
        <translation>Le relevé des tentatives incorrectes de ce coffre a été modifié ou supprimé : RecruitDesk attend donc comme après de nombreuses tentatives incorrectes. Réessayez dans {time}, ou déverrouillez maintenant avec votre clé de récupération.</translation>
    </message>
    <message>
        <source>Choose a passphrase or PIN of at least {minimum} characters.</source>
        <translation>Choisissez une phrase secrète ou un code PIN d&apos;au moins {minimum} caractères.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type the same passphrase twice.</source>
        <translation>Les deux phrases secrètes ne sont pas identiques. Saisissez deux fois la même phrase secrète.</translation>
    </message>
    <message>
        <source>The vault database {file} is empty (0 bytes) and was not opened. Restore the vault from a backup into a new folder (first-run window: Restore from a backup; command line: recruitdesk vault restore-new BACKUP --folder NEW_FOLDER --recovery-key-file FILE).</source>
        <translation>La base de données du coffre {file} est vide (0 octet) et n&apos;a pas été ouverte. Restaurez le coffre à partir d&apos;une sauvegarde dans un nouveau dossier (fenêtre de premier démarrage&#xa0;: Restaurer une sauvegarde&#xa0;; ligne de commande&#xa0;: recruitdesk vault restore-new BACKUP --folder NEW_FOLDER --recovery-key-file FILE).</translation>
    </message>
    <message>
        <source>The vault database {file} is damaged and cannot be read safely. It was not changed. Restore the vault from a backup into a new folder (first-run window: Restore from a backup; command line: recruitdesk vault restore-new BACKUP --folder NEW_FOLDER --recovery-key-file FILE).</source>
        <translation>La base de données du coffre {file} est endommagée et ne peut pas être lue en toute sécurité. Elle n&apos;a pas été modifiée. Restaurez le coffre à partir d&apos;une sauvegarde dans un nouveau dossier (fenêtre de premier démarrage&#xa0;: Restaurer une sauvegarde&#xa0;; ligne de commande&#xa0;: recruitdesk vault restore-new BACKUP --folder NEW_FOLDER --recovery-key-file FILE).</translation>
    </message>
    <message>
        <source>The vault in {folder} stayed busy for several minutes: another program is still writing to it. Your last change was not saved. Close the other program, or wait, and try again.</source>
        <translation>Le coffre dans {folder} est resté occupé pendant plusieurs minutes&#xa0;: un autre programme y écrit encore. Votre dernière modification n&apos;a pas été enregistrée. Fermez l&apos;autre programme, ou patientez, puis réessayez.</translation>
    </message>
    <message>
        <source>No backup was made: the integrity check found damaged pages in the vault database {file}, and a copy would preserve the damage. Restore the vault from an earlier backup.</source>
        <translation>Aucune sauvegarde n&apos;a été faite&#xa0;: le contrôle d&apos;intégrité a trouvé des pages endommagées dans la base de données du coffre {file}, et une copie conserverait les dégâts. Restaurez le coffre à partir d&apos;une sauvegarde antérieure.</translation>
    </message>
    <message>
        <source>The vault key file {file} is missing. Without it the vault cannot be opened. Restore the vault from a backup into a new folder with your recovery key (first-run window: Restore from a backup; command line: recruitdesk vault restore-new BACKUP --folder NEW_FOLDER --recovery-key-file FILE).</source>
        <translation>Le fichier de clé du coffre {file} est absent. Sans lui, le coffre ne peut pas être ouvert. Restaurez le coffre à partir d&apos;une sauvegarde dans un nouveau dossier avec votre clé de récupération (fenêtre de premier démarrage&#xa0;: Restaurer une sauvegarde&#xa0;; ligne de commande&#xa0;: recruitdesk vault restore-new BACKUP --folder NEW_FOLDER --recovery-key-file FILE).</translation>
    </message>
    <message>
        <source>The vault key file {file} is empty (0 bytes). Restore the vault from a backup into a new folder with your recovery key (first-run window: Restore from a backup; command line: recruitdesk vault restore-new BACKUP --folder NEW_FOLDER --recovery-key-file FILE).</source>
        <translation>Le fichier de clé du coffre {file} est vide (0 octet). Restaurez le coffre à partir d&apos;une sauvegarde dans un nouveau dossier avec votre clé de récupération (fenêtre de premier démarrage&#xa0;: Restaurer une sauvegarde&#xa0;; ligne de commande&#xa0;: recruitdesk vault restore-new BACKUP --folder NEW_FOLDER --recovery-key-file FILE).</translation>
    </message>
    <message>
        <source>The vault key file {file} is damaged (its checksum or format is wrong). Restore the vault from a backup into a new folder with your recovery key (first-run window: Restore from a backup; command line: recruitdesk vault restore-new BACKUP --folder NEW_FOLDER --recovery-key-file FILE).</source>
        <translation>Le fichier de clé du coffre {file} est endommagé (sa somme de contrôle ou son format est incorrect). Restaurez le coffre à partir d&apos;une sauvegarde dans un nouveau dossier avec votre clé de récupération (fenêtre de premier démarrage&#xa0;: Restaurer une sauvegarde&#xa0;; ligne de commande&#xa0;: recruitdesk vault restore-new BACKUP --folder NEW_FOLDER --recovery-key-file FILE).</translation>
    </message>
    <message>
        <source>The vault key file {file} has format version {version}, which this version of RecruitDesk cannot read.</source>
        <translation>Le fichier de clé du coffre {file} utilise la version de format {version}, que cette version de RecruitDesk ne sait pas lire.</translation>
    </message>
    <message>
        <source>This vault is already open in another RecruitDesk window or process. Close it there first.</source>
        <translation>Ce coffre est déjà ouvert dans une autre fenêtre ou un autre processus RecruitDesk. Fermez-le d&apos;abord là où il est ouvert.</translation>
    </message>
    <message>
        <source>The vault folder {folder} is not writable. Choose another folder or fix its permissions.</source>
        <translation>Impossible d&apos;écrire dans le dossier du coffre {folder}. Choisissez un autre dossier ou corrigez ses autorisations.</translation>
    </message>
    <message>
        <source>The disk holding {folder} reported an error while RecruitDesk used the vault. The last change was not saved; check the disk and try again.</source>
        <translation>Le disque contenant {folder} a signalé une erreur pendant que RecruitDesk utilisait le coffre. La dernière modification n&apos;a pas été enregistrée&#xa0;; vérifiez le disque et réessayez.</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder. Choose a folder for the vault.</source>
        <translation>{folder} est un fichier, et non un dossier. Choisissez un dossier pour le coffre.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full. Free some space and try again; nothing was lost.</source>
        <translation>Le disque contenant {folder} est plein. Libérez de l&apos;espace et réessayez&#xa0;; aucune donnée n&apos;a été perdue.</translation>
    </message>
    <message>
        <source>There is no retention preset called &quot;{name}&quot;. Choose one of: {choices}.</source>
        <translation>Il n&apos;existe aucun modèle de conservation nommé «&#xa0;{name}&#xa0;». Choisissez parmi&#xa0;: {choices}.</translation>
    </message>
    <message>
        <source>The policy file {file} cannot be read ({reason}). Nothing was changed.</source>
        <translation>Le fichier de politique {file} ne peut pas être lu ({reason}). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The file {file} is not a policy file: it is not valid JSON (line {line}, column {column}). Nothing was changed.</source>
        <translation>Le fichier {file} n&apos;est pas un fichier de politique&#xa0;: ce n&apos;est pas du JSON valide (ligne {line}, colonne {column}). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The policy file {file} cannot be used: {problem}. Nothing was changed.</source>
        <translation>Le fichier de politique {file} ne peut pas être utilisé&#xa0;: {problem}. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The policy could not be saved as {file} ({reason}).</source>
        <translation>La politique n&apos;a pas pu être enregistrée sous {file} ({reason}).</translation>
    </message>
    <message>
        <source>There is no candidate with number {id}.</source>
        <translation>Il n&apos;y a aucun candidat portant le numéro {id}.</translation>
    </message>
    <message>
        <source>A legal hold or an extension needs a written reason (at least a few words).</source>
        <translation>Une conservation pour raison juridique ou une prolongation doit être motivée par écrit (quelques mots au moins).</translation>
    </message>
    <message>
        <source>Releasing a legal hold needs a written reason (at least a few words), for example that the claim was settled.</source>
        <translation>La levée d&apos;une conservation juridique doit être motivée par écrit (quelques mots au moins), par exemple parce que le litige a été réglé.</translation>
    </message>
    <message>
        <source>An extension must end after today.</source>
        <translation>Une prolongation doit se terminer après aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Candidate {id} is on legal hold and cannot be erased (reason: &quot;{reason}&quot;). Nothing was erased. Release the hold first (Retention &gt; Release legal hold, or: recruitdesk retention release {id} --reason TEXT), then erase again.</source>
        <translation>Le candidat {id} est conservé pour raison juridique et ne peut pas être effacé (motif&#xa0;: « {reason} »). Rien n&apos;a été effacé. Levez d&apos;abord la conservation (Conservation &gt; Lever la conservation juridique, ou&#xa0;: recruitdesk retention release {id} --reason TEXTE), puis effacez à nouveau.</translation>
    </message>
    <message>
        <source>Nothing was erased: add --yes to confirm that {count} candidates may be erased for good.</source>
        <translation>Rien n&apos;a été effacé&#xa0;: ajoutez --yes pour confirmer que {count} candidats peuvent être effacés définitivement.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date; write it as YYYY-MM-DD, for example 2026-03-31.</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas une date&#xa0;; écrivez-la au format AAAA-MM-JJ, par exemple 2026-03-31.</translation>
    </message>
    <message>
        <source>The candidates were erased, but the database log could not be cleared because the vault is busy. Close other RecruitDesk windows; the log is cleared when the vault is next closed.</source>
        <translation>Les candidats ont été effacés, mais le journal de la base de données n&apos;a pas pu être vidé, car le coffre est occupé. Fermez les autres fenêtres RecruitDesk&#xa0;; le journal sera vidé à la prochaine fermeture du coffre.</translation>
    </message>
    <message>
        <source>The file was removed, but the database log could not be cleared because the vault is busy. Close other RecruitDesk windows; the log is cleared when the vault is next closed.</source>
        <translation>Le fichier a été supprimé, mais le journal de la base de données n&apos;a pas pu être vidé car le coffre est occupé. Fermez les autres fenêtres RecruitDesk&#xa0;; le journal sera vidé à la prochaine fermeture du coffre.</translation>
    </message>
    <message>
        <source>There is no backup file {file}.</source>
        <translation>Le fichier de sauvegarde {file} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The backup {file} cannot be restored without its key file {keys}, which is written beside it. Copy both files together.</source>
        <translation>La sauvegarde {file} ne peut pas être restaurée sans son fichier de clés {keys}, écrit à côté d&apos;elle. Copiez toujours les deux fichiers ensemble.</translation>
    </message>
    <message>
        <source>The backup key file {file} is damaged or does not belong to this backup. Nothing was restored.</source>
        <translation>Le fichier de clés de sauvegarde {file} est endommagé ou n&apos;appartient pas à cette sauvegarde. Rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <source>The backup {file} is damaged or incomplete and cannot be restored. Nothing was changed.</source>
        <translation>La sauvegarde {file} est endommagée ou incomplète et ne peut pas être restaurée. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The backup {file} belongs to another vault. Restore it into a new folder instead (recruitdesk vault restore-new).</source>
        <translation>La sauvegarde {file} appartient à un autre coffre. Restaurez-la plutôt dans un nouveau dossier (recruitdesk vault restore-new).</translation>
    </message>
    <message>
        <source>The new backup did not pass its check (it did not open, or its contents differ) and was deleted. Nothing else was changed.</source>
        <translation>La nouvelle sauvegarde n&apos;a pas passé sa vérification (elle ne s&apos;ouvrait pas ou son contenu diffère) et a été supprimée. Rien d&apos;autre n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Restoring into a new folder needs the vault&apos;s recovery key: give it with --recovery-key-file FILE (or RECRUITDESK_RECOVERY_KEY).</source>
        <translation>La restauration dans un nouveau dossier nécessite la clé de récupération du coffre&#xa0;: indiquez-la avec --recovery-key-file FILE (ou RECRUITDESK_RECOVERY_KEY).</translation>
    </message>
    <message>
        <source>Nothing was restored: add --yes to confirm that the vault&apos;s current data may be replaced by the backup.</source>
        <translation>Rien n&apos;a été restauré&#xa0;: ajoutez --yes pour confirmer que les données actuelles du coffre peuvent être remplacées par la sauvegarde.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not an email address; write it as name@example.com.</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas une adresse e-mail&#xa0;; écrivez-la sous la forme nom@example.com.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a web address; write it in full, starting with https:// or http://.</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas une adresse web&#xa0;; écrivez-la en entier, en commençant par https:// ou http://.</translation>
    </message>
    <message>
        <source>Automatic backups run every {low} to {high} days, or 0 to turn them off.</source>
        <translation>Les sauvegardes automatiques ont lieu tous les {low} à {high} jours&#xa0;; choisissez 0 pour les désactiver.</translation>
    </message>
    <message>
        <source>The backup folder &quot;{folder}&quot; must be a full path, such as one chosen with Browse.</source>
        <translation>Le dossier de sauvegarde «&#xa0;{folder}&#xa0;» doit être un chemin complet, comme celui que vous choisissez avec Parcourir.</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder. Choose a folder for the backups.</source>
        <translation>{folder} est un fichier, et non un dossier. Choisissez un dossier pour les sauvegardes.</translation>
    </message>
    <message>
        <source>The firm name may be at most {limit} characters long.</source>
        <translation>Le nom de l&apos;entreprise ne peut pas dépasser {limit} caractères.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a country RecruitDesk reads phone numbers for. Choose one of: {choices}.</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un pays dont RecruitDesk lit les numéros de téléphone. Choisissez parmi&#xa0;: {choices}.</translation>
    </message>
    <message>
        <source>The vault locks itself after {low} to {high} minutes without use; choose a time in that range.</source>
        <translation>Le coffre se verrouille après {low} à {high} minutes d&apos;inactivité&#xa0;; choisissez une durée dans cette plage.</translation>
    </message>
    <message>
        <source>The team server {server} cannot be reached. Check the address, that the server is running and this computer&apos;s network connection, then try again. Nothing was saved on the server.</source>
        <translation>Le serveur d&apos;équipe {server} est injoignable. Vérifiez l&apos;adresse, que le serveur fonctionne et la connexion réseau de cet ordinateur, puis réessayez. Rien n&apos;a été enregistré sur le serveur.</translation>
    </message>
    <message>
        <source>The team server {server} refused the user name or password. Check them (ask the team&apos;s administrator) and try again.</source>
        <translation>Le serveur d&apos;équipe {server} a refusé le nom d&apos;utilisateur ou le mot de passe. Vérifiez-les (demandez à l&apos;administrateur de l&apos;équipe) et réessayez.</translation>
    </message>
    <message>
        <source>The team server {server} no longer lets this computer&apos;s login in: an administrator revoked this computer&apos;s membership of the team vault. Ask an administrator for a new enrolment code.</source>
        <translation>Le serveur d&apos;équipe {server} n&apos;accepte plus la connexion de cet ordinateur&#xa0;: un administrateur a révoqué l&apos;appartenance de cet ordinateur au coffre d&apos;équipe. Demandez un nouveau code d&apos;inscription à un administrateur.</translation>
    </message>
    <message>
        <source>The team server {server} does not offer an encrypted (TLS) connection, and this connection requires one. Nothing was sent. Ask the server&apos;s administrator to enable TLS.</source>
        <translation>Le serveur d&apos;équipe {server} ne propose pas de connexion chiffrée (TLS), alors que cette connexion l&apos;exige. Rien n&apos;a été envoyé. Demandez à l&apos;administrateur du serveur d&apos;activer TLS.</translation>
    </message>
    <message>
        <source>The connection to the team server {server} was lost (the server may have restarted). The change that was being saved was not stored; nothing is half-written. Try again.</source>
        <translation>La connexion au serveur d&apos;équipe {server} a été perdue (le serveur a peut-être redémarré). La modification en cours d&apos;enregistrement n&apos;a pas été conservée ; rien n&apos;est écrit à moitié. Réessayez.</translation>
    </message>
    <message>
        <source>The team vault is busy: another member&apos;s work holds the records this change needs, and waiting {time} did not free them. Nothing was saved. Try again in a moment.</source>
        <translation>Le coffre d&apos;équipe est occupé : le travail d&apos;un autre membre bloque les données dont cette modification a besoin, et elles n&apos;ont pas été libérées après {time} d&apos;attente. Rien n&apos;a été enregistré. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The team demo starts a throwaway PostgreSQL server on this computer, but PostgreSQL&apos;s server programs (initdb, pg_ctl) were not found. Install them: on Debian or Ubuntu with &apos;sudo apt-get install postgresql&apos;, on macOS with &apos;brew install postgresql&apos;, or with &apos;pip install pgserver&apos; (Python 3.12 or older). Then try again.</source>
        <translation>La démonstration d&apos;équipe démarre un serveur PostgreSQL jetable sur cet ordinateur, mais les programmes serveur de PostgreSQL (initdb, pg_ctl) sont introuvables. Installez-les&#xa0;: sous Debian ou Ubuntu avec &apos;sudo apt-get install postgresql&apos;, sous macOS avec &apos;brew install postgresql&apos;, ou avec &apos;pip install pgserver&apos; (Python 3.12 ou antérieur). Réessayez ensuite.</translation>
    </message>
    <message>
        <source>The throwaway PostgreSQL server for the team demo did not start. Details without personal data were written to {file}.</source>
        <translation>Le serveur PostgreSQL jetable de la démonstration d&apos;équipe n&apos;a pas démarré. Des détails sans données personnelles ont été écrits dans {file}.</translation>
    </message>
    <message>
        <source>This team vault was upgraded by a newer version of RecruitDesk (vault format {found}; this version knows up to {supported}). To protect the team&apos;s data nothing is changed from this computer. Update RecruitDesk, then try again.</source>
        <translation>Ce coffre d&apos;équipe a été mis à niveau par une version plus récente de RecruitDesk (format de coffre {found} ; cette version connaît les formats jusqu&apos;à {supported}). Pour protéger les données de l&apos;équipe, rien n&apos;est modifié depuis cet ordinateur. Mettez RecruitDesk à jour, puis réessayez.</translation>
    </message>
    <message>
        <source>The team server {server} refused this change: your database login is not allowed to make it (for example a read-only data protection officer&apos;s login). Nothing was changed.</source>
        <translation>Le serveur d&apos;équipe {server} a refusé cette modification : votre identifiant de base de données n&apos;a pas le droit de la faire (par exemple l&apos;identifiant en lecture seule d&apos;un délégué à la protection des données). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This is not an enrolment code. A code has 20 letters and digits in four groups of five, for example 7K3QX-M2PA9-RT4VW-0CE8H. Check what you typed against the code the administrator gave you.</source>
        <translation>Ce n&apos;est pas un code d&apos;inscription. Un code compte 20 lettres et chiffres en quatre groupes de cinq, par exemple 7K3QX-M2PA9-RT4VW-0CE8H. Comparez ce que vous avez saisi avec le code que l&apos;administrateur vous a donné.</translation>
    </message>
    <message>
        <source>This enrolment code is not valid for this team vault. Check that you typed it exactly as the administrator gave it and that you are joining the right server; otherwise ask for a new code.</source>
        <translation>Ce code d&apos;inscription n&apos;est pas valable pour ce coffre d&apos;équipe. Vérifiez que vous l&apos;avez saisi exactement comme l&apos;administrateur l&apos;a donné et que vous rejoignez le bon serveur ; sinon, demandez un nouveau code.</translation>
    </message>
    <message>
        <source>This enrolment code has expired. Ask the team&apos;s administrator for a new code.</source>
        <translation>Ce code d&apos;inscription a expiré. Veuillez demander un nouveau code à l&apos;administrateur de l&apos;équipe, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <source>This enrolment code has already been used: a code works only once. If you did not use it yourself, tell the team&apos;s administrator at once, and ask for a new code.</source>
        <translation>Ce code d&apos;inscription a déjà été utilisé : un code ne sert qu&apos;une fois. Si vous ne l&apos;avez pas utilisé vous-même, prévenez immédiatement l&apos;administrateur de l&apos;équipe et demandez un nouveau code.</translation>
    </message>
    <message>
        <source>This enrolment code was withdrawn because the team&apos;s keys were renewed after a member left. Ask the team&apos;s administrator for a new code.</source>
        <translation>Ce code d&apos;inscription a été retiré, car les clés de l&apos;équipe ont été renouvelées après le départ d&apos;un membre. Veuillez demander un nouveau code à l&apos;administrateur de l&apos;équipe, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <source>Your role in this team vault ({role}) does not allow you to {action}. Nothing was changed. Ask a team administrator if you need this.</source>
        <translation>Votre rôle dans ce coffre d&apos;équipe ({role}) ne vous permet pas de {action}. Rien n&apos;a été modifié. Si vous en avez besoin, adressez-vous à un administrateur de l&apos;équipe.</translation>
    </message>
    <message>
        <source>Another member saved a retention policy meanwhile (version {version} is in force now). Your rules were not saved; they are still shown. Compare them with the policy in force and save again if they should replace it.</source>
        <translation>Un autre membre a enregistré une politique de conservation entre-temps (la version {version} est maintenant en vigueur). Vos règles n&apos;ont pas été enregistrées&#xa0;; elles restent affichées. Comparez-les avec la politique en vigueur et enregistrez à nouveau si elles doivent la remplacer.</translation>
    </message>
    <message>
        <source>This is the team&apos;s last administrator. Make another member an administrator first, so that someone can still manage the team.</source>
        <translation>Il s&apos;agit du dernier administrateur de l&apos;équipe. Vous devez d&apos;abord nommer un autre membre administrateur, afin que quelqu&apos;un puisse encore gérer l&apos;équipe.</translation>
    </message>
    <message>
        <source>A member&apos;s revocation is not finished yet: {moved} of {total} candidates have been moved to the new keys. An administrator must finish it first; then try again.</source>
        <translation>La révocation d&apos;un membre n&apos;est pas encore terminée : {moved} candidats sur {total} sont passés aux nouvelles clés. Un administrateur doit d&apos;abord la terminer ; vous pourrez ensuite réessayer.</translation>
    </message>
    <message>
        <source>Every candidate key is being renewed: {renewed} of {total} candidates have their new key. An administrator must finish the renewal first; then try again.</source>
        <translation>Les clés de tous les candidats sont en cours de renouvellement&#xa0;: {renewed} candidats sur {total} ont leur nouvelle clé. Un administrateur doit d&apos;abord terminer le renouvellement&#xa0;; réessayez ensuite.</translation>
    </message>
    <message>
        <source>There is no team vault in {folder}. Create one (recruitdesk team create) or join one with the code an administrator gave you (recruitdesk team join), or name the right folder with --vault.</source>
        <translation>Il n&apos;y a pas de coffre d&apos;équipe dans {folder}. Créez-en un (recruitdesk team create), rejoignez-en un avec le code qu&apos;un administrateur vous a donné (recruitdesk team join), ou indiquez le bon dossier avec --vault.</translation>
    </message>
    <message>
        <source>The team vault&apos;s settings file {file} is damaged and cannot be read. Nothing on the server was changed. Join the team again in a new folder with a new code from an administrator.</source>
        <translation>Le fichier de réglages du coffre d&apos;équipe {file} est endommagé et illisible. Rien n&apos;a été modifié sur le serveur. Rejoignez à nouveau l&apos;équipe dans un nouveau dossier, avec un nouveau code d&apos;un administrateur.</translation>
    </message>
    <message>
        <source>The folder {folder} already holds a vault, so no team vault was set up there and nothing in it was changed. Choose an empty folder, or one that does not exist yet.</source>
        <translation>Le dossier {folder} contient déjà un coffre&#xa0;: aucun coffre d&apos;équipe n&apos;y a donc été configuré et rien n&apos;y a été modifié. Choisissez un dossier vide, ou un dossier qui n&apos;existe pas encore.</translation>
    </message>
    <message>
        <source>RecruitDesk cannot create or write to the folder {folder}, so nothing was set up, neither on the server nor on this computer. Choose a folder you can write to.</source>
        <translation>RecruitDesk ne peut pas créer le dossier {folder} ni y écrire&#xa0;: rien n&apos;a donc été configuré, ni sur le serveur ni sur cet ordinateur. Choisissez un dossier dans lequel vous pouvez écrire.</translation>
    </message>
    <message>
        <source>The database on {server} already holds a team vault, so no new team was created there. To work in that team, join it with an enrolment code from its administrator; to start a new team, ask for an empty database.</source>
        <translation>La base de données sur {server} contient déjà un coffre d&apos;équipe&#xa0;: aucune nouvelle équipe n&apos;y a donc été créée. Pour travailler dans cette équipe, rejoignez-la avec un code d&apos;inscription de son administrateur&#xa0;; pour créer une nouvelle équipe, demandez une base de données vide.</translation>
    </message>
    <message>
        <source>This computer is not (or no longer) a member of the team vault on {server}: its key is missing from this computer&apos;s keychain, or an administrator revoked it. Ask an administrator for a new enrolment code.</source>
        <translation>Cet ordinateur n&apos;est pas (ou plus) membre du coffre d&apos;équipe sur {server}&#xa0;: sa clé manque dans le trousseau de cet ordinateur, ou un administrateur l&apos;a révoquée. Demandez un nouveau code d&apos;inscription à un administrateur.</translation>
    </message>
    <message>
        <source>You cannot revoke your own membership. Ask another administrator to do it.</source>
        <translation>Vous ne pouvez pas révoquer votre propre adhésion. Demandez à un autre administrateur de le faire.</translation>
    </message>
    <message>
        <source>No member of this team is called &quot;{member}&quot; or has an id starting with it. See the members with: recruitdesk team members</source>
        <translation>Aucun membre de cette équipe ne s&apos;appelle «&#xa0;{member}&#xa0;» ni n&apos;a un identifiant qui commence ainsi. Vous voyez les membres avec&#xa0;: recruitdesk team members</translation>
    </message>
    <message>
        <source>More than one member matches &quot;{member}&quot;. Name the member by more digits of their id (recruitdesk team members lists them).</source>
        <translation>Plusieurs membres correspondent à «&#xa0;{member}&#xa0;». Indiquez le membre avec plus de caractères de son identifiant (recruitdesk team members les affiche).</translation>
    </message>
    <message>
        <source>No candidate of the team matches &quot;{candidate}&quot;. See the candidates with: recruitdesk team candidates</source>
        <translation>Aucun candidat de l&apos;équipe ne correspond à «&#xa0;{candidate}&#xa0;». Consultez les candidats avec&#xa0;: recruitdesk team candidates</translation>
    </message>
    <message>
        <source>{count} candidates match &quot;{candidate}&quot;. Name the candidate by the first digits of their id (recruitdesk team candidates --search TEXT lists them).</source>
        <translation>{count} candidats correspondent à «&#xa0;{candidate}&#xa0;». Désignez le candidat par les premiers chiffres de son identifiant (recruitdesk team candidates --search TEXTE les affiche).</translation>
    </message>
    <message>
        <source>&quot;{address}&quot; is not a PostgreSQL server address. Write it as postgresql://USER@HOST:PORT/DATABASE?sslmode=require.</source>
        <translation>«&#xa0;{address}&#xa0;» n&apos;est pas l&apos;adresse d&apos;un serveur PostgreSQL. Écrivez-la sous la forme postgresql://UTILISATEUR@HÔTE:PORT/BASE?sslmode=require.</translation>
    </message>
    <message>
        <source>Do not put the password in the server address: it would be kept in plain text. Give the address without it and set RECRUITDESK_TEAM_PASSWORD (or type it when asked); it is kept in this computer&apos;s keychain.</source>
        <translation>Ne mettez pas le mot de passe dans l&apos;adresse du serveur&#xa0;: il serait conservé en clair. Donnez l&apos;adresse sans lui et définissez RECRUITDESK_TEAM_PASSWORD (ou tapez-le quand il est demandé)&#xa0;; il est conservé dans le trousseau de cet ordinateur.</translation>
    </message>
    <message>
        <source>This vacancy or application is no longer in the team vault. Nothing was saved.</source>
        <translation>Ce poste ou cette candidature ne se trouve plus dans le coffre d&apos;équipe. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>This vacancy is already closed (filled or cancelled); its applications can no longer change.</source>
        <translation>Ce poste est déjà clôturé (pourvu ou annulé) ; ses candidatures ne peuvent plus changer.</translation>
    </message>
    <message>
        <source>This candidate is already in this vacancy.</source>
        <translation>Ce candidat est déjà dans ce poste.</translation>
    </message>
    <message>
        <source>Only a candidate in this vacancy can be hired for it. Nothing was closed.</source>
        <translation>Seul un candidat de ce poste peut être recruté pour celui-ci. Rien n&apos;a été clôturé.</translation>
    </message>
    <message>
        <source>A cancelled vacancy hires nobody: choose &quot;Close as filled&quot; to hire someone.</source>
        <translation>Un poste annulé ne recrute personne : choisissez « Clôturer comme pourvu » pour recruter quelqu&apos;un.</translation>
    </message>
    <message>
        <source>This stage is not one of the vacancy&apos;s stages.</source>
        <translation>Cette étape ne fait pas partie des étapes du poste.</translation>
    </message>
    <message>
        <source>This candidate is no longer in the team vault: another member or the retention check erased them. Nothing was saved. Your text is still in the window if you want to copy it.</source>
        <translation>Ce candidat n&apos;est plus dans le coffre d&apos;équipe&#xa0;: un autre membre ou le contrôle de conservation l&apos;a effacé. Rien n&apos;a été enregistré. Votre texte est toujours dans la fenêtre si vous voulez le copier.</translation>
    </message>
    <message>
        <source>&quot;recruitdesk {command}&quot; works on a local vault, and this folder holds a team vault. Do it in the team window (recruitdesk --vault with this folder), or see &quot;recruitdesk team --help&quot; for what the command line does with a team.</source>
        <translation>«&#xa0;recruitdesk {command}&#xa0;» fonctionne sur un coffre local, et ce dossier contient un coffre d&apos;équipe. Faites-le dans la fenêtre de l&apos;équipe (recruitdesk --vault avec ce dossier), ou consultez «&#xa0;recruitdesk team --help&#xa0;» pour ce que la ligne de commande fait avec une équipe.</translation>
    </message>
    <message>
        <source>The option {option} works on a local vault only; this folder holds a team vault. Nothing was done.</source>
        <translation>L&apos;option {option} ne fonctionne que sur un coffre local&#xa0;; ce dossier contient un coffre d&apos;équipe. Rien n&apos;a été fait.</translation>
    </message>
    <message>
        <source>&quot;recruitdesk {command}&quot; backs up or restores a local vault, and this folder holds only this computer&apos;s settings for a team vault. A team vault&apos;s backups are the server&apos;s: its operator backs up the PostgreSQL database (pg_dump, or base backups with the write-ahead log) and restores it there (see docs/team-vault.md). Nothing was done.</source>
        <translation>&quot;recruitdesk {command}&quot; sauvegarde ou restaure un coffre local, et ce dossier ne contient que les réglages de cet ordinateur pour un coffre d&apos;équipe. Les sauvegardes d&apos;un coffre d&apos;équipe sont celles du serveur&#xa0;: son exploitant sauvegarde la base de données PostgreSQL (pg_dump, ou des sauvegardes de base avec le journal des transactions) et la restaure sur le serveur (voir docs/team-vault.md). Rien n&apos;a été fait.</translation>
    </message>
    <message>
        <source>What you were changing is no longer in the team vault: another member removed it, or erased the candidate it belonged to. Nothing was saved. Your text is still in the window if you want to copy it.</source>
        <translation>Ce que vous modifiiez n&apos;est plus dans le coffre d&apos;équipe&#xa0;: un autre membre l&apos;a supprimé, ou a effacé le candidat auquel il appartenait. Rien n&apos;a été enregistré. Votre texte est toujours dans la fenêtre si vous souhaitez le copier.</translation>
    </message>
    <message>
        <source>The team vault&apos;s keys or your role changed while this window was open (an administrator revoked a member or changed your role). Nothing was saved. Close the team window and open it again.</source>
        <translation>Les clés du coffre d&apos;équipe ou votre rôle ont changé pendant que cette fenêtre était ouverte (un administrateur a révoqué un membre ou changé votre rôle). Rien n&apos;a été enregistré. Fermez la fenêtre de l&apos;équipe et rouvrez-la.</translation>
    </message>
    <message>
        <source>This candidate is on legal hold and cannot be erased (reason: &quot;{reason}&quot;). Nothing was erased. Release the hold first (Candidate &gt; Retention…), then erase again.</source>
        <translation>Ce candidat est conservé pour raison juridique et ne peut pas être effacé (motif&#xa0;: &quot;{reason}&quot;). Rien n&apos;a été effacé. Levez d&apos;abord la conservation (Candidat &gt; Conservation…), puis effacez à nouveau.</translation>
    </message>
    <message>
        <source>The copy into the team vault is incomplete: the local vault has {expected} {kind}, the team vault {found}. The local vault&apos;s data was not changed and it stays the one to use. Empty the team database (or use a new one) and run the copy again.</source>
        <translation>La copie dans le coffre d&apos;équipe est incomplète&#xa0;: le coffre local contient {expected} {kind}, le coffre d&apos;équipe {found}. Les données du coffre local n&apos;ont pas été modifiées et c&apos;est lui que vous continuez à utiliser. Videz la base de données de l&apos;équipe (ou utilisez-en une nouvelle) et relancez la copie.</translation>
    </message>
    <message>
        <source>{file} could not be imported.</source>
        <translation>{file} n&apos;a pas pu être importé.</translation>
    </message>
    <message>
        <source>{file} does not exist or cannot be read.</source>
        <translation>{file} n&apos;existe pas ou ne peut pas être lu.</translation>
    </message>
    <message>
        <source>{file} is not a regular file (a device, a pipe or a broken link).</source>
        <translation>{file} n&apos;est pas un fichier ordinaire (c&apos;est un périphérique, un tube ou un lien rompu).</translation>
    </message>
    <message>
        <source>{file} was not imported.</source>
        <translation>{file} n&apos;a pas été importé.</translation>
    </message>
    <message>
        <source>{file}: a link to a file outside the folder was not imported. Import the file itself if you trust it.</source>
        <translation>{file}&#xa0;: un lien vers un fichier situé hors du dossier n&apos;a pas été importé. Importez le fichier lui-même si vous lui faites confiance.</translation>
    </message>
    <message>
        <source>{file} is a link to a folder; links to folders are not followed. Import the folder itself if you trust it.</source>
        <translation>{file} est un lien vers un dossier&#xa0;; les liens vers des dossiers ne sont pas suivis. Importez le dossier lui-même si vous lui faites confiance.</translation>
    </message>
    <message>
        <source>{file} is a hidden file and was not imported. Rename it without the leading dot to import it.</source>
        <translation>{file} est un fichier caché et n&apos;a pas été importé. Renommez-le sans le point initial pour l&apos;importer.</translation>
    </message>
    <message>
        <source>{file} is a hidden folder; the files in it were not imported.</source>
        <translation>{file} est un dossier caché&#xa0;; les fichiers qu&apos;il contient n&apos;ont pas été importés.</translation>
    </message>
    <message>
        <source>{file} is a lock or thumbnail file that Office or the system keeps next to documents; it was not imported.</source>
        <translation>{file} est un fichier de verrouillage ou de miniatures qu&apos;Office ou le système conserve à côté des documents&#xa0;; il n&apos;a pas été importé.</translation>
    </message>
    <message>
        <source>{file} is empty (0 bytes).</source>
        <translation>{file} est vide (0 octet).</translation>
    </message>
    <message>
        <source>{file} is {size_mb} MB; CVs larger than {limit_mb} MB are not imported.</source>
        <translation>{file} fait {size_mb} Mo&#xa0;; les CV de plus de {limit_mb} Mo ne sont pas importés.</translation>
    </message>
    <message>
        <source>{file} is not a document RecruitDesk can read. Supported: PDF, Word (.docx and .doc), OpenDocument (.odt), RTF, plain text, Markdown, e-mails (.eml, .msg) and pictures (JPEG, PNG, TIFF).</source>
        <translation>{file} n&apos;est pas un document que RecruitDesk peut lire. Formats pris en charge : PDF, Word (.docx et .doc), OpenDocument (.odt), RTF, texte brut, Markdown, e-mails (.eml, .msg) et images (JPEG, PNG, TIFF).</translation>
    </message>
    <message>
        <source>{file} is called a {extension} file, but its content is not a document RecruitDesk can read.</source>
        <translation>{file} porte l&apos;extension {extension}, mais son contenu n&apos;est pas un document que RecruitDesk sait lire.</translation>
    </message>
    <message>
        <source>{file} is not a CV document: its content is {real_type}.</source>
        <translation>{file} n&apos;est pas un CV : son contenu est {real_type}.</translation>
    </message>
    <message>
        <source>an Excel spreadsheet (.xlsx)</source>
        <translation>une feuille de calcul Excel (.xlsx)</translation>
    </message>
    <message>
        <source>an Excel 97-2003 spreadsheet (.xls)</source>
        <translation>une feuille de calcul Excel 97-2003 (.xls)</translation>
    </message>
    <message>
        <source>a PowerPoint presentation (.pptx)</source>
        <translation>une présentation PowerPoint (.pptx)</translation>
    </message>
    <message>
        <source>a PowerPoint 97-2003 presentation (.ppt)</source>
        <translation>une présentation PowerPoint 97-2003 (.ppt)</translation>
    </message>
    <message>
        <source>an OpenDocument spreadsheet (.ods)</source>
        <translation>une feuille de calcul OpenDocument (.ods)</translation>
    </message>
    <message>
        <source>an OpenDocument presentation (.odp)</source>
        <translation>une présentation OpenDocument (.odp)</translation>
    </message>
    <message>
        <source>an OpenDocument file that is not a text document</source>
        <translation>un fichier OpenDocument qui n&apos;est pas un document texte</translation>
    </message>
    <message>
        <source>an e-book (EPUB)</source>
        <translation>un livre numérique (EPUB)</translation>
    </message>
    <message>
        <source>a zip archive; unpack it and import the CVs inside</source>
        <translation>une archive zip ; décompressez-la et importez les CV qu&apos;elle contient</translation>
    </message>
    <message>
        <source>a compressed archive (RAR, 7z, gzip or similar); unpack it and import the CVs inside</source>
        <translation>une archive compressée (RAR, 7z, gzip ou similaire) ; décompressez-la et importez les CV qu&apos;elle contient</translation>
    </message>
    <message>
        <source>a program (executable), which is never opened</source>
        <translation>un programme (exécutable), qui n&apos;est jamais ouvert</translation>
    </message>
    <message>
        <source>a GIF picture, which cannot be read as text</source>
        <translation>une image GIF, qui ne peut pas être lue comme texte</translation>
    </message>
    <message>
        <source>a HEIC/HEIF photo, which cannot be read yet; save it as JPEG and import that</source>
        <translation>une photo HEIC/HEIF, qui ne peut pas encore être lue ; enregistrez-la en JPEG et importez celle-ci</translation>
    </message>
    <message>
        <source>a video</source>
        <translation>une vidéo</translation>
    </message>
    <message>
        <source>a sound recording</source>
        <translation>un enregistrement sonore</translation>
    </message>
    <message>
        <source>a database file</source>
        <translation>un fichier de base de données</translation>
    </message>
    <message>
        <source>an icon</source>
        <translation>une icône</translation>
    </message>
    <message>
        <source>a web page (HTML); save or print it as PDF and import that</source>
        <translation>une page web (HTML) ; enregistrez-la ou imprimez-la en PDF et importez celui-ci</translation>
    </message>
    <message>
        <source>an Office compound file of an unknown kind</source>
        <translation>un fichier Office composé d&apos;un type inconnu</translation>
    </message>
    <message>
        <source>of an unknown kind</source>
        <translation>d&apos;un type inconnu</translation>
    </message>
    <message>
        <source>{file} is protected with a password. Enter the password to read it.</source>
        <translation>{file} est protégé par un mot de passe. Saisissez le mot de passe pour le lire.</translation>
    </message>
    <message>
        <source>The password for {file} is not correct. Check it and try again.</source>
        <translation>Le mot de passe de {file} n&apos;est pas correct. Vérifiez-le et réessayez.</translation>
    </message>
    <message>
        <source>{file} is protected with a certificate (or rights management), not a password: it can only be opened with the recipient&apos;s certificate. Ask the sender for an unprotected copy.</source>
        <translation>{file} est protégé par un certificat (ou une gestion des droits), pas par un mot de passe : il ne peut être ouvert qu&apos;avec le certificat du destinataire. Demandez à l&apos;expéditeur une copie non protégée.</translation>
    </message>
    <message>
        <source>The e-mail {file} has no attached CV (PDF, Word, OpenDocument, RTF, text or picture): {reason}</source>
        <translation>L&apos;e-mail {file} n&apos;a pas de CV en pièce jointe (PDF, Word, OpenDocument, RTF, texte ou image) : {reason}</translation>
    </message>
    <message>
        <source>it has no attachments.</source>
        <translation>il n&apos;a aucune pièce jointe.</translation>
    </message>
    <message>
        <source>none of its attachments is a document RecruitDesk can read.</source>
        <translation>aucune de ses pièces jointes n&apos;est un document que RecruitDesk peut lire.</translation>
    </message>
    <message>
        <source>its attachments are larger than the limit for a CV.</source>
        <translation>ses pièces jointes dépassent la taille maximale d&apos;un CV.</translation>
    </message>
    <message>
        <source>its attachments are nested too deeply (mails in mails in zips).</source>
        <translation>ses pièces jointes sont imbriquées trop profondément (e-mails dans des e-mails dans des archives zip).</translation>
    </message>
    <message>
        <source>{file} would unpack to far more data than a CV holds (a damaged or hostile file); it was not opened.</source>
        <translation>Une fois décompressé, {file} produirait bien plus de données qu&apos;un CV n&apos;en contient (fichier endommagé ou malveillant)&#xa0;; il n&apos;a pas été ouvert.</translation>
    </message>
    <message>
        <source>{file} looks like a {kind} file but is damaged and cannot be read.</source>
        <translation>{file} semble être un fichier {kind}, mais il est endommagé et ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Reading {file} took longer than {seconds} seconds and was stopped.</source>
        <translation>La lecture de {file} a duré plus de {seconds} secondes et a été arrêtée.</translation>
    </message>
    <message>
        <source>Reading {file} needed more than {seconds} seconds of processing (a damaged or hostile file); it was stopped.</source>
        <translation>La lecture de {file} a demandé plus de {seconds} secondes de calcul (un fichier endommagé ou malveillant)&#xa0;; elle a été arrêtée.</translation>
    </message>
    <message>
        <source>{file} has a page with far more content than a CV page holds (a damaged or hostile file); it was not read.</source>
        <translation>{file} contient une page avec bien plus de contenu qu&apos;une page de CV (un fichier endommagé ou malveillant)&#xa0;; il n&apos;a pas été lu.</translation>
    </message>
    <message>
        <source>Reading {file} needed more than {limit_mb} MB of memory and was stopped.</source>
        <translation>La lecture de {file} nécessitait plus de {limit_mb} Mo de mémoire et a été arrêtée.</translation>
    </message>
    <message>
        <source>The reader stopped unexpectedly while reading {file}.</source>
        <translation>Le processus de lecture s&apos;est arrêté de manière inattendue pendant la lecture de {file}.</translation>
    </message>
    <message>
        <source>{file} produced far more text than a CV holds; it was not imported.</source>
        <translation>{file} a produit bien plus de texte qu&apos;un CV n&apos;en contient&#xa0;; il n&apos;a pas été importé.</translation>
    </message>
    <message>
        <source>The import was cancelled before {file} was read.</source>
        <translation>L&apos;importation a été annulée avant la lecture de {file}.</translation>
    </message>
    <message>
        <source>{file} was read but could not be saved in the vault; nothing of it was stored.</source>
        <translation>{file} a été lu, mais n&apos;a pas pu être enregistré dans le coffre&#xa0;; rien n&apos;en a été conservé.</translation>
    </message>
    <message>
        <source>&quot;{purpose}&quot; is not a consent purpose. Choose one of: {choices}.</source>
        <translation>«&#xa0;{purpose}&#xa0;» n&apos;est pas une finalité de consentement. Choisissez parmi&#xa0;: {choices}.</translation>
    </message>
    <message>
        <source>&quot;{channel}&quot; is not a consent channel. Choose one of: {choices}.</source>
        <translation>«&#xa0;{channel}&#xa0;» n&apos;est pas un moyen de recueil du consentement. Choisissez parmi&#xa0;: {choices}.</translation>
    </message>
    <message>
        <source>Record the exact text the candidate agreed to, or its version: without it the consent cannot be proven.</source>
        <translation>Enregistrez le texte exact que le candidat a accepté, ou sa version&#xa0;: sans lui, le consentement ne peut pas être prouvé.</translation>
    </message>
    <message>
        <source>Consent cannot be recorded for a day that has not come yet ({date}).</source>
        <translation>Un consentement ne peut pas être enregistré pour une date future ({date}).</translation>
    </message>
    <message>
        <source>There is no consent record with number {id}.</source>
        <translation>Il n&apos;y a aucun consentement portant le numéro {id}.</translation>
    </message>
    <message>
        <source>This consent was already withdrawn on {date}.</source>
        <translation>Ce consentement a déjà été retiré le {date}.</translation>
    </message>
    <message>
        <source>Candidate {id} has no active consent for this purpose.</source>
        <translation>Le candidat {id} n&apos;a pas de consentement en cours pour cette finalité.</translation>
    </message>
    <message>
        <source>Candidate {id} has no email address, so no renewal mail can be drafted.</source>
        <translation>Le candidat {id} n&apos;a pas d&apos;adresse e-mail&#xa0;: aucun e-mail de renouvellement ne peut être préparé.</translation>
    </message>
    <message>
        <source>&quot;{kind}&quot; is not a kind of screening note. Choose one of: {choices}.</source>
        <translation>«&#xa0;{kind}&#xa0;» n&apos;est pas un type de note de présélection. Choisissez parmi&#xa0;: {choices}.</translation>
    </message>
    <message>
        <source>A screening note cannot be empty.</source>
        <translation>Une note de présélection ne peut pas être vide.</translation>
    </message>
    <message>
        <source>A note about online screening must say where the information was found (for example LinkedIn).</source>
        <translation>Une note sur une vérification en ligne doit indiquer où l&apos;information a été trouvée (par exemple LinkedIn).</translation>
    </message>
    <message>
        <source>There is no screening note with number {id}.</source>
        <translation>Il n&apos;y a aucune note de présélection portant le numéro {id}.</translation>
    </message>
    <message>
        <source>&quot;{kind}&quot; is not a kind of request. Choose one of: {choices}.</source>
        <translation>«&#xa0;{kind}&#xa0;» n&apos;est pas un type de demande. Choisissez parmi&#xa0;: {choices}.</translation>
    </message>
    <message>
        <source>There is no request with number {id}.</source>
        <translation>Il n&apos;y a aucune demande portant le numéro {id}.</translation>
    </message>
    <message>
        <source>A request cannot be received on a day that has not come yet ({date}).</source>
        <translation>Une demande ne peut pas avoir été reçue à une date future ({date}).</translation>
    </message>
    <message>
        <source>Request {id} was already completed on {date}.</source>
        <translation>La demande {id} a déjà été clôturée le {date}.</translation>
    </message>
    <message>
        <source>Extending the answer period needs the reasons you will give the person (at least a few words).</source>
        <translation>Pour prolonger le délai de réponse, indiquez les motifs que vous communiquerez à la personne (quelques mots au moins).</translation>
    </message>
    <message>
        <source>The answer period can only be extended within the first month, which ended on {date}. Answer the request now.</source>
        <translation>Le délai de réponse ne peut être prolongé que pendant le premier mois, qui a pris fin le {date}. Répondez maintenant à la demande.</translation>
    </message>
    <message>
        <source>The answer period can be extended by one or two months only, to {date} at the latest.</source>
        <translation>Le délai de réponse ne peut être prolongé que d&apos;un ou deux mois, jusqu&apos;au {date} au plus tard.</translation>
    </message>
    <message>
        <source>Request {id} is already extended to {date}; a new extension must end later.</source>
        <translation>La demande {id} est déjà prolongée jusqu&apos;au {date}&#xa0;; une nouvelle prolongation doit se terminer plus tard.</translation>
    </message>
    <message>
        <source>Record how the person&apos;s identity was checked before completing request {id}.</source>
        <translation>Indiquez comment l&apos;identité de la personne a été vérifiée avant de clôturer la demande {id}.</translation>
    </message>
    <message>
        <source>Say what was done to complete the request (a few words).</source>
        <translation>Indiquez ce qui a été fait pour clôturer la demande (quelques mots).</translation>
    </message>
    <message>
        <source>An objection ends in erasure or in restriction: choose one.</source>
        <translation>Une opposition aboutit à un effacement ou à une limitation&#xa0;: choisissez l&apos;un des deux.</translation>
    </message>
    <message>
        <source>Request {id} has no email address or phone number to put on the suppression list. Link the candidate or give one.</source>
        <translation>La demande {id} n&apos;a ni adresse e-mail ni numéro de téléphone à ajouter à la liste d&apos;exclusion. Liez le candidat ou indiquez-en un.</translation>
    </message>
    <message>
        <source>Request {id} is not linked to a candidate, so there is nothing to restrict. Link it first.</source>
        <translation>La demande {id} n&apos;est liée à aucun candidat&#xa0;: il n&apos;y a donc rien à limiter. Liez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>The password file {file} cannot be read.</source>
        <translation>Le fichier de mot de passe {file} ne peut pas être lu.</translation>
    </message>
    <message>
        <source>{path} already exists; nothing was overwritten. Choose another folder or remove it first.</source>
        <translation>{path} existe déjà&#xa0;; rien n&apos;a été écrasé. Choisissez un autre dossier ou supprimez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>The export could not be written to {folder} ({reason}). Nothing was left behind.</source>
        <translation>L&apos;export n&apos;a pas pu être écrit dans {folder} ({reason}). Aucun fichier partiel n&apos;est resté.</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was left behind.</source>
        <translation>L&apos;export a été annulé&#xa0;; aucun fichier partiel n&apos;est resté.</translation>
    </message>
    <message>
        <source>The export password must be at least {length} characters long.</source>
        <translation>Le mot de passe de l&apos;export doit comporter au moins {length} caractères.</translation>
    </message>
    <message>
        <source>Part of candidate {id}&apos;s data cannot be decrypted (a damaged record), so no export was made. Restore the vault from a backup, or contact support.</source>
        <translation>Une partie des données du candidat {id} ne peut pas être déchiffrée (enregistrement endommagé)&#xa0;; aucun export n&apos;a donc été effectué. Restaurez le coffre à partir d&apos;une sauvegarde ou contactez l&apos;assistance.</translation>
    </message>
    <message>
        <source>Enter the candidate&apos;s name.</source>
        <translation>Saisissez le nom du candidat.</translation>
    </message>
    <message>
        <source>The name is too long: at most {max} characters.</source>
        <translation>Le nom est trop long&#xa0;: {max} caractères au maximum.</translation>
    </message>
    <message>
        <source>This is not a valid email address (for example name@example.be).</source>
        <translation>Ceci n&apos;est pas une adresse e-mail valide (par exemple nom@example.be).</translation>
    </message>
    <message>
        <source>This is not a valid phone number (for example +32 470 12 34 56).</source>
        <translation>Ceci n&apos;est pas un numéro de téléphone valide (par exemple +32 470 12 34 56).</translation>
    </message>
    <message>
        <source>The LinkedIn address must be a linkedin.com link (for example https://www.linkedin.com/in/name).</source>
        <translation>L&apos;adresse LinkedIn doit être un lien linkedin.com (par exemple https://www.linkedin.com/in/nom).</translation>
    </message>
    <message>
        <source>A value is too long: at most {max} characters.</source>
        <translation>Une valeur est trop longue&#xa0;: {max} caractères au maximum.</translation>
    </message>
    <message>
        <source>There is no document with number {id}.</source>
        <translation>Il n&apos;y a aucun document portant le numéro {id}.</translation>
    </message>
    <message>
        <source>The evidence file {file} cannot be read (it must exist and be at most 50 MB).</source>
        <translation>Le fichier de preuve {file} ne peut pas être lu (il doit exister et faire au plus 50 Mo).</translation>
    </message>
    <message>
        <source>There is no suppression list entry with number {id}.</source>
        <translation>Il n&apos;y a pas d&apos;entrée numéro {id} sur la liste d&apos;exclusion.</translation>
    </message>
    <message>
        <source>Removing someone from the suppression list needs a written reason (at least a few words).</source>
        <translation>Retirer quelqu&apos;un de la liste d&apos;exclusion nécessite un motif écrit (au moins quelques mots).</translation>
    </message>
    <message>
        <source>Candidate {id} has no email address or phone number to put on the suppression list.</source>
        <translation>Le candidat {id} n&apos;a ni adresse e-mail ni numéro de téléphone à ajouter à la liste d&apos;exclusion.</translation>
    </message>
    <message>
        <source>There is no vacancy with number {id}.</source>
        <translation>Il n&apos;y a pas de poste portant le numéro {id}.</translation>
    </message>
    <message>
        <source>There is no application with number {id}.</source>
        <translation>Il n&apos;y a pas de candidature portant le numéro {id}.</translation>
    </message>
    <message>
        <source>A vacancy needs a title.</source>
        <translation>Un poste doit avoir un intitulé.</translation>
    </message>
    <message>
        <source>The {field} of a vacancy can be at most {limit} characters long.</source>
        <translation>Le champ {field} d&apos;un poste peut compter au plus {limit} caractères.</translation>
    </message>
    <message>
        <source>A stage name can be at most {limit} characters long.</source>
        <translation>Le nom d&apos;une étape peut compter au plus {limit} caractères.</translation>
    </message>
    <message>
        <source>A vacancy needs at least one stage before Hired, Rejected and Withdrawn.</source>
        <translation>Un poste doit avoir au moins une étape avant Engagé, Refusé et Retiré.</translation>
    </message>
    <message>
        <source>The stage &quot;{stage}&quot; still holds applications ({count}); move them to another stage before removing it.</source>
        <translation>L&apos;étape « {stage} » contient encore des candidatures ({count}) ; déplacez-les vers une autre étape avant de la supprimer.</translation>
    </message>
    <message>
        <source>&quot;{stage}&quot; is not a stage of this vacancy. Its stages are: {stages}.</source>
        <translation>« {stage} » n&apos;est pas une étape de ce poste. Ses étapes sont : {stages}.</translation>
    </message>
    <message>
        <source>&quot;{status}&quot; is not a status a vacancy can be set to here: use open or on hold; close a vacancy to fill or cancel it.</source>
        <translation>« {status} » n&apos;est pas un statut que vous pouvez donner ici à un poste : utilisez open ou on hold ; clôturez un poste pour le pourvoir ou l&apos;annuler.</translation>
    </message>
    <message>
        <source>Vacancy {id} is closed: its applications can no longer change. Reopen it first.</source>
        <translation>Le poste {id} est clôturé : ses candidatures ne peuvent plus changer. Rouvrez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>Candidate {candidate} already has application {application} in this vacancy.</source>
        <translation>Le candidat {candidate} a déjà la candidature {application} dans ce poste.</translation>
    </message>
    <message>
        <source>A rating is a whole number from 1 to 5 (or none).</source>
        <translation>Une évaluation est un nombre entier de 1 à 5 (ou aucune).</translation>
    </message>
    <message>
        <source>The tags of an application can be at most {limit} characters long together.</source>
        <translation>Les étiquettes d&apos;une candidature peuvent compter au plus {limit} caractères au total.</translation>
    </message>
    <message>
        <source>Application {id} is not an application in this vacancy, so it cannot be marked as hired here.</source>
        <translation>La candidature {id} n&apos;appartient pas à ce poste ; elle ne peut donc pas être marquée ici comme retenue.</translation>
    </message>
    <message>
        <source>A cancelled vacancy has no hires; close it as filled to record who was hired.</source>
        <translation>Un poste annulé n&apos;a pas d&apos;engagements ; clôturez-le comme pourvu pour enregistrer qui a été engagé.</translation>
    </message>
    <message>
        <source>Record your rating of this CV before revealing who wrote it: the blind review keeps the two in that order.</source>
        <translation>Enregistrez votre évaluation de ce CV avant de révéler qui l&apos;a écrit : l&apos;évaluation à l&apos;aveugle respecte cet ordre.</translation>
    </message>
    <message>
        <source>This message is too long to hand to the mail program as a link ({length} characters, at most {limit}). Save it as an .eml file and open that file in your mail program instead.</source>
        <translation>Ce message est trop long pour être transmis au programme de messagerie sous forme de lien ({length} caractères, {limit} au maximum). Enregistrez-le comme fichier .eml et ouvrez ce fichier dans votre programme de messagerie.</translation>
    </message>
    <message>
        <source>Candidate {id} has no e-mail address: add one before drafting a message.</source>
        <translation>Le candidat {id} n&apos;a pas d&apos;adresse e-mail : ajoutez-en une avant de rédiger un message.</translation>
    </message>
    <message>
        <source>Another member changed request {id} after you opened the register. Nothing was saved; the register now shows their change, look at it and try again.</source>
        <translation>Un autre membre a modifié la demande {id} après que vous avez ouvert le registre. Rien n&apos;a été enregistré&#xa0;; le registre affiche maintenant sa modification. Consultez-la et réessayez.</translation>
    </message>
    <message>
        <source>Request {id} is no longer in the team vault. Nothing was saved.</source>
        <translation>La demande {id} n&apos;est plus dans le coffre d&apos;équipe. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Say who the request is about: a name, an e-mail address or a phone number.</source>
        <translation>Indiquez qui la demande concerne&#xa0;: un nom, une adresse e-mail ou un numéro de téléphone.</translation>
    </message>
    <message>
        <source>An objection puts the person&apos;s e-mail address or phone number on the team&apos;s suppression list when it is completed: give at least one.</source>
        <translation>Une opposition ajoute, une fois clôturée, l&apos;adresse e-mail ou le numéro de téléphone de la personne à la liste d&apos;exclusion de l&apos;équipe&#xa0;: indiquez-en au moins un.</translation>
    </message>
    <message>
        <source>A request is completed between the day it was received ({received}) and today ({today}).</source>
        <translation>Une demande est clôturée entre le jour de sa réception ({received}) et aujourd&apos;hui ({today}).</translation>
    </message>
    <message>
        <source>Another member changed {file} after you opened the list. Nothing was removed; the list now shows their version, look at it and try again.</source>
        <translation>Un autre membre a modifié {file} après que vous avez ouvert la liste. Rien n&apos;a été supprimé&#xa0;; la liste affiche maintenant sa version, examinez-la et réessayez.</translation>
    </message>
    <message>
        <source>{file} is no longer in the team vault: another member removed it (or the candidate was erased).</source>
        <translation>{file} ne se trouve plus dans le coffre de l&apos;équipe&#xa0;: un autre membre l&apos;a supprimé (ou le candidat a été effacé).</translation>
    </message>
    <message>
        <source>The copy could not be written to {path} ({reason}). Nothing was left there; choose another folder or free some space and try again.</source>
        <translation>La copie n&apos;a pas pu être écrite dans {path} ({reason}). Rien n&apos;y a été laissé&#xa0;; choisissez un autre dossier ou libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>The evidence file is larger than 25 MB; attach a smaller file. Nothing was recorded.</source>
        <translation>Le fichier de preuve dépasse 25 Mo&#xa0;; joignez un fichier plus petit. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The evidence file cannot be read. Nothing was recorded.</source>
        <translation>Le fichier de preuve ne peut pas être lu. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Another member changed this consent after you opened the list. Nothing was withdrawn; the list now shows their change, look at it and try again.</source>
        <translation>Un autre membre a modifié ce consentement après que vous avez ouvert la liste. Rien n&apos;a été retiré&#xa0;; la liste affiche maintenant sa modification, examinez-la et réessayez.</translation>
    </message>
    <message>
        <source>This consent is no longer in the team vault. Nothing was withdrawn.</source>
        <translation>Ce consentement ne se trouve plus dans le coffre de l&apos;équipe. Rien n&apos;a été retiré.</translation>
    </message>
    <message>
        <source>{file} was not imported: this exact file is already in the team vault, for {name}.</source>
        <translation>{file} n&apos;a pas été importé&#xa0;: ce fichier exact se trouve déjà dans le coffre d&apos;équipe, pour {name}.</translation>
    </message>
    <message>
        <source>{file} was not imported: the person in it objected to the processing of their data or asked for its erasure (request received on {date}), so their CV is not stored. Check with your DPO.</source>
        <translation>{file} n&apos;a pas été importé&#xa0;: cette personne s&apos;est opposée au traitement de ses données ou en a demandé l&apos;effacement (demande reçue le {date}), son CV n&apos;est donc pas enregistré. Vérifiez auprès de votre DPO.</translation>
    </message>
    <message>
        <source>{file} was not imported: {name} is already in the team vault with the same e-mail address.</source>
        <translation>{file} n&apos;a pas été importé&#xa0;: {name} se trouve déjà dans le coffre d&apos;équipe avec la même adresse e-mail.</translation>
    </message>
    <message>
        <source>A contact cannot be recorded on {date}, after today. Choose the day it took place.</source>
        <translation>Un contact ne peut pas être enregistré au {date}, après aujourd&apos;hui. Choisissez le jour où il a eu lieu.</translation>
    </message>
    <message>
        <source>&quot;{kind}&quot; is not a kind of contact. Nothing was recorded.</source>
        <translation>«&#xa0;{kind}&#xa0;» n&apos;est pas un type de contact. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>{file} is no longer in the vault: it was removed, or the candidate was erased.</source>
        <translation>{file} ne se trouve plus dans le coffre&#xa0;: il a été supprimé, ou le candidat a été effacé.</translation>
    </message>
    <message>
        <source>In a team vault a person goes on the suppression list when their erasure or objection request is completed, not by hand. Nothing was done.</source>
        <translation>Dans un coffre d&apos;équipe, une personne est inscrite sur la liste d&apos;exclusion lorsque sa demande d&apos;effacement ou d&apos;opposition est traitée, pas à la main. Rien n&apos;a été fait.</translation>
    </message>
    <message>
        <source>{count} entries start with &quot;{id}&quot;. Give more characters of the id. Nothing was done.</source>
        <translation>{count} entrées commencent par «&#xa0;{id}&#xa0;». Indiquez davantage de caractères de l&apos;identifiant. Rien n&apos;a été fait.</translation>
    </message>
    <message>
        <source>In a team vault the command line registers a request about a candidate: name them with --candidate. Register one about a person who is not a candidate in the team window. Nothing was done.</source>
        <translation>Dans un coffre d&apos;équipe, la ligne de commande enregistre une demande concernant un candidat&#xa0;: désignez-le avec --candidate. Enregistrez une demande concernant une personne qui n&apos;est pas candidate dans la fenêtre de l&apos;équipe. Rien n&apos;a été fait.</translation>
    </message>
    <message>
        <source>Another member changed candidate {id} at the same moment. Nothing was saved; try again.</source>
        <translation>Un autre membre a modifié le candidat {id} au même moment. Rien n&apos;a été enregistré&#xa0;; veuillez réessayer.</translation>
    </message>
    <message>
        <source>Another member changed vacancy {id} at the same moment. Nothing was saved; try again.</source>
        <translation>Un autre membre a modifié le poste {id} au même moment. Rien n&apos;a été enregistré&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>Another member moved application {id} at the same moment. Nothing was changed; try again.</source>
        <translation>Un autre membre a déplacé la candidature {id} au même moment. Rien n&apos;a été modifié&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>A colleague&apos;s computer is running the team&apos;s retention check right now. Nothing was erased; try again in a few minutes.</source>
        <translation>L&apos;ordinateur d&apos;un collègue effectue en ce moment le contrôle de conservation de l&apos;équipe. Rien n&apos;a été effacé&#xa0;; réessayez dans quelques minutes.</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>This export leaves the encrypted vault: anyone who gets these files can read them. Send it password-protected, keep the password apart from the files, and delete your copy when it is no longer needed.</source>
        <translation>Cet export sort du coffre chiffré&#xa0;: toute personne qui obtient ces fichiers peut les lire. Envoyez-le protégé par un mot de passe, gardez le mot de passe séparé des fichiers et supprimez votre copie dès qu&apos;elle n&apos;est plus nécessaire.</translation>
    </message>
    <message>
        <source>The zip is encrypted with AES-256: open it with 7-Zip, WinZip or Keka; the built-in Windows zip support cannot.</source>
        <translation>Le zip est chiffré en AES-256&#xa0;: ouvrez-le avec 7-Zip, WinZip ou Keka&#xa0;; la prise en charge des fichiers zip intégrée à Windows ne le peut pas.</translation>
    </message>
    <message>
        <source>Your personal data held by {firm}, exported on {date}.

{workbook}: your data in a spreadsheet, one sheet per kind of record, including why we process it, on what legal basis, who receives it and how long we keep it.
{json}: the same data in a structured, machine-readable format (JSON); its format is described in {schema}.
documents/: the original documents we hold about you.
</source>
        <translation>Vos données personnelles détenues par {firm}, exportées le {date}.

{workbook}&#xa0;: vos données dans un tableur, une feuille par type d&apos;enregistrement, y compris pourquoi nous les traitons, sur quelle base juridique, qui les reçoit et combien de temps nous les conservons.
{json}&#xa0;: les mêmes données dans un format structuré et lisible par machine (JSON)&#xa0;; ce format est décrit dans {schema}.
documents/&#xa0;: les documents originaux que nous détenons à votre sujet.
</translation>
    </message>
    <message>
        <source>the firm</source>
        <translation>l&apos;entreprise</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>LinkedIn profile</source>
        <translation>Profil LinkedIn</translation>
    </message>
    <message>
        <source>How we got your details</source>
        <translation>Comment nous avons obtenu vos coordonnées</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Date de candidature</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>Enregistré le</translation>
    </message>
    <message>
        <source>Last changed on</source>
        <translation>Dernière modification le</translation>
    </message>
    <message>
        <source>Other details</source>
        <translation>Autres informations</translation>
    </message>
    <message>
        <source>You applied</source>
        <translation>Vous avez postulé</translation>
    </message>
    <message>
        <source>Job site</source>
        <translation>Site d&apos;emploi</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Public professional profile</source>
        <translation>Profil professionnel public</translation>
    </message>
    <message>
        <source>Outplacement</source>
        <translation>Outplacement</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Traitement limité</translation>
    </message>
    <message>
        <source>Recruitment reserve</source>
        <translation>Réserve de recrutement</translation>
    </message>
    <message>
        <source>Procedure open</source>
        <translation>Procédure en cours</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Embauché</translation>
    </message>
    <message>
        <source>Not hired</source>
        <translation>Non retenu</translation>
    </message>
    <message>
        <source>Sourced</source>
        <translation>Approche directe</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Interview scheduled</source>
        <translation>Entretien planifié</translation>
    </message>
    <message>
        <source>Message sent</source>
        <translation>Message envoyé</translation>
    </message>
    <message>
        <source>Rejection message sent</source>
        <translation>Message de refus envoyé</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <source>Consent evidence</source>
        <translation>Preuve du consentement</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Traitements</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Exported on</source>
        <translation>Exporté le</translation>
    </message>
    <message>
        <source>Vacancy</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Terminée le</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Rating (1-5)</source>
        <translation>Évaluation (1-5)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Consent wording asked</source>
        <translation>Texte de consentement demandé</translation>
    </message>
    <message>
        <source>Wording version</source>
        <translation>Version du texte</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Donné le</translation>
    </message>
    <message>
        <source>Text version</source>
        <translation>Version du texte</translation>
    </message>
    <message>
        <source>Text agreed to</source>
        <translation>Texte accepté</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>Fichier de preuve</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Retiré le</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Discussed with you</source>
        <translation>Discuté avec vous</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Current version</source>
        <translation>Version actuelle</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Rédigé par</translation>
    </message>
    <message>
        <source>Written on</source>
        <translation>Rédigé le</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Original file name</source>
        <translation>Nom de fichier d&apos;origine</translation>
    </message>
    <message>
        <source>File in this export</source>
        <translation>Fichier dans cet export</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Taille (octets)</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Retention policy</source>
        <translation>Politique de conservation</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Delete on</source>
        <translation>Suppression le</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation>Conservation pour raison juridique</translation>
    </message>
    <message>
        <source>Extended until</source>
        <translation>Prolongé jusqu&apos;au</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base juridique</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Transfers outside the EEA</source>
        <translation>Transferts hors de l&apos;EEE</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Answer due on</source>
        <translation>Réponse due le</translation>
    </message>
    <message>
        <source>Extended to</source>
        <translation>Prolongée jusqu&apos;au</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Clôturée le</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Ce qui a été fait</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>The file is password protected; the original is stored but its text could not be read.</source>
        <translation>Le fichier est protégé par un mot de passe&#xa0;; l&apos;original est conservé, mais son texte n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>The file has no text layer (a scan or a picture); the original is stored but no text was read.</source>
        <translation>Le fichier n&apos;a pas de couche texte (numérisation ou image)&#xa0;; l&apos;original est conservé, mais aucun texte n&apos;a été lu.</translation>
    </message>
    <message>
        <source>This is an old Word (.doc) file; the original is stored but its text is not read. Ask for a PDF or .docx.</source>
        <translation>Il s&apos;agit d&apos;un ancien fichier Word (.doc)&#xa0;; l&apos;original est conservé, mais son texte n&apos;est pas lu. Demandez un PDF ou un .docx.</translation>
    </message>
    <message>
        <source>This is a password-protected Office file; the original is stored but its text could not be read.</source>
        <translation>Il s&apos;agit d&apos;un fichier Office protégé par un mot de passe&#xa0;; l&apos;original est conservé, mais son texte n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>The text was very long; only the first {chars} characters were kept for search.</source>
        <translation>Le texte était très long&#xa0;; seuls les {chars} premiers caractères ont été conservés pour la recherche.</translation>
    </message>
    <message>
        <source>The file name says {extension} but the content is {kind}; it was read as {kind}.</source>
        <translation>Le nom du fichier indique {extension}, mais le contenu est au format {kind}&#xa0;; il a été lu comme {kind}.</translation>
    </message>
    <message>
        <source>The text was read from a picture by OCR (text recognition); check names and numbers against the original.</source>
        <translation>Le texte a été lu dans une image par OCR (reconnaissance de texte) ; vérifiez les noms et les numéros par rapport à l&apos;original.</translation>
    </message>
    <message>
        <source>Text recognition was stopped after {pages} of {total} pages because it took too long.</source>
        <translation>La reconnaissance de texte a été arrêtée après {pages} pages sur {total} car elle prenait trop de temps.</translation>
    </message>
    <message>
        <source>The PDF&apos;s reading order could not be determined; the text may be out of order.</source>
        <translation>L&apos;ordre de lecture du PDF n&apos;a pas pu être déterminé&#xa0;; le texte est peut-être dans le désordre.</translation>
    </message>
    <message>
        <source>No name was found in the text; the name was taken from the file name. Check it.</source>
        <translation>Aucun nom n&apos;a été trouvé dans le texte&#xa0;; le nom a été repris du nom du fichier. Vérifiez-le.</translation>
    </message>
    <message>
        <source>No name was found in the CV; the name is the e-mail sender&apos;s. Check it.</source>
        <translation>Aucun nom n&apos;a été trouvé dans le CV ; le nom est celui de l&apos;expéditeur de l&apos;e-mail. Vérifiez-le.</translation>
    </message>
    <message>
        <source>No e-mail address was found in the CV; the sender&apos;s address is used. Check it.</source>
        <translation>Aucune adresse e-mail n&apos;a été trouvée dans le CV ; l&apos;adresse de l&apos;expéditeur est utilisée. Vérifiez-la.</translation>
    </message>
    <message>
        <source>No name was found; the candidate is called &quot;{name}&quot; until you correct it.</source>
        <translation>Aucun nom n&apos;a été trouvé&#xa0;; le candidat s&apos;appelle «&#xa0;{name}&#xa0;» jusqu&apos;à ce que vous le corrigiez.</translation>
    </message>
    <message>
        <source>Several email addresses were found; the first one in the candidate&apos;s own contact block was used.</source>
        <translation>Plusieurs adresses e-mail ont été trouvées&#xa0;; la première figurant dans les coordonnées du candidat a été retenue.</translation>
    </message>
    <message>
        <source>Several phone numbers were found; the first one in the candidate&apos;s own contact block was used.</source>
        <translation>Plusieurs numéros de téléphone ont été trouvés&#xa0;; le premier figurant dans les coordonnées du candidat a été retenu.</translation>
    </message>
    <message>
        <source>Check the detected {field}: the detection is not sure.</source>
        <translation>Vérifiez le champ détecté ({field})&#xa0;: la détection est incertaine.</translation>
    </message>
    <message>
        <source>The CV contains a Belgian national register number.</source>
        <translation>Le CV contient un numéro de registre national belge.</translation>
    </message>
    <message>
        <source>The CV contains a Dutch citizen service number (BSN).</source>
        <translation>Le CV contient un numéro de service public néerlandais (BSN).</translation>
    </message>
    <message>
        <source>The CV contains a bank account number (IBAN).</source>
        <translation>Le CV contient un numéro de compte bancaire (IBAN).</translation>
    </message>
    <message>
        <source>The CV contains a date of birth.</source>
        <translation>Le CV contient une date de naissance.</translation>
    </message>
    <message>
        <source>The CV mentions {topics}: special-category data that you may not use to select candidates.</source>
        <translation>Le CV mentionne {topics}&#xa0;: des catégories particulières de données que vous ne pouvez pas utiliser pour sélectionner des candidats.</translation>
    </message>
    <message>
        <source>Possible duplicate of {name}, already in the team vault: same email address.</source>
        <translation>Doublon possible de {name}, déjà dans le coffre d&apos;équipe&#xa0;: même adresse e-mail.</translation>
    </message>
    <message>
        <source>This exact file is already in the team vault, for {name}.</source>
        <translation>Ce fichier exact se trouve déjà dans le coffre d&apos;équipe, pour {name}.</translation>
    </message>
    <message>
        <source>Sensitive data was redacted: the vault keeps a redacted PDF copy of the file and the redacted text, never the original.</source>
        <translation>Les données sensibles ont été caviardées : le coffre conserve une copie PDF caviardée du fichier et le texte caviardé, jamais l&apos;original.</translation>
    </message>
    <message>
        <source>Similar name to {name} (candidate {id}), but no email address or phone number in common: check whether this is the same person.</source>
        <translation>Nom similaire à {name} (candidat {id}), mais aucune adresse e-mail ni aucun numéro de téléphone en commun : vérifiez s&apos;il s&apos;agit de la même personne.</translation>
    </message>
    <message>
        <source>This person is on the suppression list (they objected, asked for erasure or must not be contacted again). Check before contacting them.</source>
        <translation>Cette personne figure sur la liste d&apos;exclusion (elle s&apos;est opposée, a demandé l&apos;effacement ou ne doit plus être contactée). Vérifiez avant de la contacter.</translation>
    </message>
    <message>
        <source>Possible duplicate of {name} (candidate {id}): same email address.</source>
        <translation>Doublon possible de {name} (candidat {id})&#xa0;: même adresse e-mail.</translation>
    </message>
    <message>
        <source>Possible duplicate of {name} (candidate {id}): same phone number.</source>
        <translation>Doublon possible de {name} (candidat {id})&#xa0;: même numéro de téléphone.</translation>
    </message>
    <message>
        <source>This exact file is already stored for {name} (candidate {id}).</source>
        <translation>Ce fichier exact est déjà enregistré pour {name} (candidat {id}).</translation>
    </message>
    <message>
        <source>Possible duplicate of {name} (candidate {id}): same national number.</source>
        <translation>Doublon possible de {name} (candidat {id})&#xa0;: même numéro national.</translation>
    </message>
    <message>
        <source>Same person as in {other}, earlier in this import.</source>
        <translation>Même personne que dans {other}, plus haut dans cette importation.</translation>
    </message>
    <message>
        <source>health</source>
        <translation>santé</translation>
    </message>
    <message>
        <source>religion or belief</source>
        <translation>religion ou convictions</translation>
    </message>
    <message>
        <source>trade union membership</source>
        <translation>appartenance syndicale</translation>
    </message>
    <message>
        <source>criminal record</source>
        <translation>antécédents judiciaires</translation>
    </message>
    <message>
        <source>ethnic origin</source>
        <translation>origine ethnique</translation>
    </message>
    <message>
        <source>political opinions</source>
        <translation>opinions politiques</translation>
    </message>
    <message>
        <source>sexual orientation</source>
        <translation>orientation sexuelle</translation>
    </message>
    <message>
        <source>Unnamed ({file})</source>
        <translation>Sans nom ({file})</translation>
    </message>
    <message>
        <source>Redacted copy made by RecruitDesk on {date}: sensitive data was blacked out; the original file was not kept.</source>
        <translation>Copie caviardée faite par RecruitDesk le {date} : les données sensibles ont été noircies ; le fichier original n&apos;a pas été conservé.</translation>
    </message>
    <message>
        <source>{name} (redacted).pdf</source>
        <translation>{name} (caviardé).pdf</translation>
    </message>
</context>
<context>
    <name>import_review</name>
    <message>
        <source>Almost no text could be read from this file (a damaged file, or a scan without recognisable text). Look at the page, then tick it to import it anyway.</source>
        <translation>Presque aucun texte n&apos;a pu être lu dans ce fichier (un fichier endommagé, ou un document numérisé sans texte reconnaissable). Regardez la page, puis cochez-le pour l&apos;importer quand même.</translation>
    </message>
    <message>
        <source>This does not look like a CV: no name, e-mail address, phone number or CV headings (experience, education, skills…) were found in it.</source>
        <translation>Ceci ne ressemble pas à un CV&#xa0;: aucun nom, adresse e-mail, numéro de téléphone ni rubrique de CV (expérience, formation, compétences…) n&apos;y a été trouvé.</translation>
    </message>
    <message>
        <source>The name was taken from the file name and nothing in the text confirms it. Check it before you import the file.</source>
        <translation>Le nom a été repris du nom du fichier et rien dans le texte ne le confirme. Vérifiez-le avant d&apos;importer le fichier.</translation>
    </message>
    <message>
        <source>no readable text</source>
        <translation>aucun texte lisible</translation>
    </message>
    <message>
        <source>not a CV?</source>
        <translation>pas un CV&#xa0;?</translation>
    </message>
    <message>
        <source>name from the file name</source>
        <translation>nom d&apos;après le nom du fichier</translation>
    </message>
    <message>
        <source>{file}: the e-mail has too many attachments; this one was not read.</source>
        <translation>{file}&#xa0;: l&apos;e-mail a trop de pièces jointes&#xa0;; celle-ci n&apos;a pas été lue.</translation>
    </message>
    <message>
        <source>{file}: nested too deeply (mails in mails in zips); not read.</source>
        <translation>{file}&#xa0;: imbriqué trop profondément (e-mails dans des e-mails dans des zip)&#xa0;; non lu.</translation>
    </message>
    <message>
        <source>{file}: the zip archive holds no CV.</source>
        <translation>{file}&#xa0;: l&apos;archive zip ne contient aucun CV.</translation>
    </message>
    <message>
        <source>Attachment not imported: {reason}</source>
        <translation>Pièce jointe non importée&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{file} was dragged together with other mails, and Outlook hands over only the first one. Drag it on its own.</source>
        <translation>{file} a été glissé avec d&apos;autres e-mails, et Outlook ne transmet que le premier. Glissez-le seul.</translation>
    </message>
    <message>
        <source>What was dragged from the mail program could not be read. Save the mail as a file (.msg or .eml) and import that.</source>
        <translation>Ce qui a été glissé depuis le logiciel de messagerie n&apos;a pas pu être lu. Enregistrez l&apos;e-mail comme fichier (.msg ou .eml) et importez celui-ci.</translation>
    </message>
</context>
<context>
    <name>integrity</name>
    <message>
        <source>not verified yet</source>
        <translation>pas encore vérifié</translation>
    </message>
    <message>
        <source>being verified…</source>
        <translation>vérification en cours…</translation>
    </message>
    <message>
        <source>every page verified, no damage found</source>
        <translation>chaque page vérifiée, aucun dégât trouvé</translation>
    </message>
    <message>
        <source>DAMAGED: some pages failed the check. Restore the vault from a backup.</source>
        <translation>ENDOMMAGÉ&#xa0;: certaines pages n&apos;ont pas passé le contrôle. Restaurez le coffre à partir d&apos;une sauvegarde.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Application</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <source>Job site</source>
        <translation>Site d&apos;emploi</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Sourced</source>
        <translation>Approche directe</translation>
    </message>
    <message>
        <source>Outplacement</source>
        <translation>Outplacement</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Recruitment reserve</source>
        <translation>Réserve de recrutement</translation>
    </message>
    <message>
        <source>Procedure open</source>
        <translation>Procédure en cours</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Embauché</translation>
    </message>
    <message>
        <source>Not hired</source>
        <translation>Non retenu</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Traitement limité</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Retention period ended</source>
        <translation>Durée de conservation écoulée</translation>
    </message>
    <message>
        <source>Erasure request</source>
        <translation>Demande d&apos;effacement</translation>
    </message>
    <message>
        <source>Deleted by hand</source>
        <translation>Supprimé manuellement</translation>
    </message>
</context>
<context>
    <name>migration</name>
    <message>
        <source>candidates</source>
        <translation>candidats</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documents</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>earlier versions of notes</source>
        <translation>versions précédentes de notes</translation>
    </message>
    <message>
        <source>consents</source>
        <translation>consentements</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>demandes</translation>
    </message>
    <message>
        <source>vacancies</source>
        <translation>postes</translation>
    </message>
    <message>
        <source>applications in a vacancy&apos;s procedure</source>
        <translation>candidatures dans la procédure d&apos;un poste</translation>
    </message>
    <message>
        <source>contact history entries</source>
        <translation>contacts enregistrés</translation>
    </message>
    <message>
        <source>stage moves of applications</source>
        <translation>changements d&apos;étape des candidatures</translation>
    </message>
    <message>
        <source>firm profile</source>
        <translation>profil de l&apos;entreprise</translation>
    </message>
    <message>
        <source>suppression list entries</source>
        <translation>entrées de la liste d&apos;exclusion</translation>
    </message>
    <message>
        <source>suppression list entries removed earlier (kept in the local vault with their reasons)</source>
        <translation>entrées retirées auparavant de la liste d&apos;exclusion (conservées dans le coffre local avec leur motif)</translation>
    </message>
</context>
<context>
    <name>months</name>
    <message>
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>décembre</translation>
    </message>
</context>
<context>
    <name>notes</name>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Phone screen</source>
        <translation>Présélection téléphonique</translation>
    </message>
    <message>
        <source>Online screening</source>
        <translation>Vérification en ligne</translation>
    </message>
</context>
<context>
    <name>os errors</name>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>your disk quota is used up</source>
        <translation>votre quota de disque est épuisé</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>accès refusé</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>le disque est en lecture seule</translation>
    </message>
    <message>
        <source>the file or folder does not exist</source>
        <translation>le fichier ou le dossier n&apos;existe pas</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>une partie du chemin n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>c&apos;est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>it already exists</source>
        <translation>il existe déjà</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>le nom est trop long</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>le disque n&apos;a pas pu être lu ou écrit</translation>
    </message>
    <message>
        <source>it is in use by another program</source>
        <translation>il est utilisé par un autre programme</translation>
    </message>
    <message>
        <source>too many files are open</source>
        <translation>trop de fichiers sont ouverts</translation>
    </message>
</context>
<context>
    <name>periods</name>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} jours</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 semaine</translation>
    </message>
    <message>
        <source>{n} weeks</source>
        <translation>{n} semaines</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 mois</translation>
    </message>
    <message>
        <source>{n} months</source>
        <translation>{n} mois</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 an</translation>
    </message>
    <message>
        <source>{n} years</source>
        <translation>{n} ans</translation>
    </message>
</context>
<context>
    <name>policy description</name>
    <message>
        <source>{period} after the application</source>
        <translation>{period} après la candidature</translation>
    </message>
    <message>
        <source>{period} after the last contact</source>
        <translation>{period} après le dernier contact</translation>
    </message>
    <message>
        <source>{period} after the procedure</source>
        <translation>{period} après la procédure</translation>
    </message>
    <message>
        <source>{period} after consent was given</source>
        <translation>{period} après le recueil du consentement</translation>
    </message>
    <message>
        <source>{period} after the start</source>
        <translation>{period} après le début</translation>
    </message>
    <message>
        <source>{period} after the application with consent</source>
        <translation>{period} après la candidature avec consentement</translation>
    </message>
    <message>
        <source>{period} after the last contact with consent</source>
        <translation>{period} après le dernier contact avec consentement</translation>
    </message>
    <message>
        <source>{period} after the procedure with consent</source>
        <translation>{period} après la procédure avec consentement</translation>
    </message>
    <message>
        <source>{period} with consent, from the day it was given</source>
        <translation>{period} avec consentement, à compter du jour où il a été donné</translation>
    </message>
    <message>
        <source>{period} after the start with consent</source>
        <translation>{period} après le début avec consentement</translation>
    </message>
    <message>
        <source>{period} with consent</source>
        <translation>{period} avec consentement</translation>
    </message>
    <message>
        <source>{terms}, with or without consent</source>
        <translation>{terms}, avec ou sans consentement</translation>
    </message>
    <message>
        <source>{terms} (no term in the statement)</source>
        <translation>{terms} (aucun délai dans la déclaration)</translation>
    </message>
    <message>
        <source>outplacement: {terms}</source>
        <translation>outplacement&#xa0;: {terms}</translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <translation>{first}&#xa0;; {second}</translation>
    </message>
    <message>
        <source>Privacy statement of {company}</source>
        <translation>Déclaration de confidentialité de la société {company}</translation>
    </message>
    <message>
        <source>Privacy statement of {company} ({reference})</source>
        <translation>Déclaration de confidentialité de la société {company} ({reference})</translation>
    </message>
    <message>
        <source>Guidance of the {company} ({reference})</source>
        <translation>Recommandation de l&apos;{company} ({reference})</translation>
    </message>
    <message>
        <source>{source}, {dated}</source>
        <translation>{source}, {dated}</translation>
    </message>
    <message>
        <source>last changed on {date}</source>
        <translation>modifiée pour la dernière fois le {date}</translation>
    </message>
    <message>
        <source>version of {date}</source>
        <translation>version du {date}</translation>
    </message>
    <message>
        <source>valid from {date}</source>
        <translation>en vigueur depuis le {date}</translation>
    </message>
    <message>
        <source>not dated</source>
        <translation>non datée</translation>
    </message>
    <message>
        <source>Dutch Data Protection Authority</source>
        <translation>Autorité néerlandaise de protection des données</translation>
    </message>
</context>
<context>
    <name>policy editor</name>
    <message>
        <source>Not hired</source>
        <translation>Non retenu</translation>
    </message>
    <message>
        <source>Recruitment reserve (with consent)</source>
        <translation>Réserve de recrutement (avec consentement)</translation>
    </message>
    <message>
        <source>Procedure still open</source>
        <translation>Procédure toujours en cours</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Outplacement</source>
        <translation>Outplacement</translation>
    </message>
    <message>
        <source>Sourced, never applied</source>
        <translation>Approché, sans candidature</translation>
    </message>
    <message>
        <source>End of the procedure</source>
        <translation>Fin de la procédure</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Consentement donné</translation>
    </message>
    <message>
        <source>Start of the outplacement</source>
        <translation>Début de l&apos;outplacement</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semaine</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semaines</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>year</source>
        <translation>an</translation>
    </message>
    <message>
        <source>years</source>
        <translation>ans</translation>
    </message>
    <message>
        <source>while it lasts</source>
        <translation>tant qu&apos;elle dure</translation>
    </message>
    <message>
        <source>no maximum</source>
        <translation>pas de maximum</translation>
    </message>
    <message>
        <source>it has {count} rules for &quot;{situation}&quot;; keep one rule per situation</source>
        <translation>il contient {count} règles pour «&#xa0;{situation}&#xa0;»&#xa0;; gardez une règle par situation</translation>
    </message>
    <message>
        <source>The period must be at least {minimum}.</source>
        <translation>La durée doit être d&apos;au moins {minimum}.</translation>
    </message>
    <message>
        <source>The period can be at most {limit}.</source>
        <translation>La durée peut être de {limit} au plus.</translation>
    </message>
    <message>
        <source>The maximum must be at least {minimum}.</source>
        <translation>Le maximum doit être d&apos;au moins {minimum}.</translation>
    </message>
    <message>
        <source>The maximum can be at most {limit}.</source>
        <translation>Le maximum peut être de {limit} au plus.</translation>
    </message>
    <message>
        <source>Consent period missing for the recruitment reserve: give a period or a maximum.</source>
        <translation>La durée de la réserve de recrutement manque&#xa0;: indiquez une durée ou un maximum.</translation>
    </message>
    <message>
        <source>Give a period or a maximum: no candidate may be kept forever.</source>
        <translation>Indiquez une durée ou un maximum&#xa0;: aucun candidat ne peut être conservé indéfiniment.</translation>
    </message>
    <message>
        <source>The maximum must be longer than the period, or it never applies.</source>
        <translation>Le maximum doit être plus long que la durée, sinon il ne s&apos;applique jamais.</translation>
    </message>
    <message>
        <source>A candidate who applied on {applied} and was not hired on {ended} is deleted on {due}.</source>
        <translation>Un candidat qui a postulé le {applied} et n&apos;a pas été retenu le {ended} est supprimé le {due}.</translation>
    </message>
    <message>
        <source>A candidate who applied on {applied}, was not hired on {ended} and agreed that day to stay in the recruitment reserve is deleted on {due} at the latest.</source>
        <translation>Un candidat qui a postulé le {applied}, n&apos;a pas été retenu le {ended} et a accepté ce jour-là de rester dans la réserve de recrutement est supprimé au plus tard le {due}.</translation>
    </message>
    <message>
        <source>A candidate who applied on {applied}, last contacted on {ended} in a procedure that stays open, is deleted on {due}.</source>
        <translation>Un candidat qui a postulé le {applied}, contacté pour la dernière fois le {ended} dans une procédure qui reste ouverte, est supprimé le {due}.</translation>
    </message>
    <message>
        <source>A candidate who applied on {applied} and was hired on {ended} is deleted from the recruitment files on {due}.</source>
        <translation>Un candidat qui a postulé le {applied} et a été engagé le {ended} est supprimé des dossiers de recrutement le {due}.</translation>
    </message>
    <message>
        <source>An outplacement started and last discussed on {ended} is deleted on {due}.</source>
        <translation>Un outplacement commencé et discuté pour la dernière fois le {ended} est supprimé le {due}.</translation>
    </message>
    <message>
        <source>A profile found on {ended}, never contacted again and without an application, is deleted on {due}.</source>
        <translation>Un profil trouvé le {ended}, jamais recontacté et sans candidature, est supprimé le {due}.</translation>
    </message>
</context>
<context>
    <name>policy files</name>
    <message>
        <source>{where} needs a date to count from (&quot;anchor&quot;) and a period (&quot;period&quot;)</source>
        <translation>{where} a besoin d&apos;une date de départ («&#xa0;anchor&#xa0;») et d&apos;une durée («&#xa0;period&#xa0;»)</translation>
    </message>
    <message>
        <source>{where} counts from &quot;{value}&quot;, which is not one of: {choices}</source>
        <translation>{where} compte à partir de «&#xa0;{value}&#xa0;», qui ne fait pas partie de&#xa0;: {choices}</translation>
    </message>
    <message>
        <source>{where}: &quot;{value}&quot; is not written like &quot;6 weeks&quot; (days, weeks, months or years)</source>
        <translation>{where}&#xa0;: «&#xa0;{value}&#xa0;» n&apos;est pas écrit comme «&#xa0;6 weeks&#xa0;» (days, weeks, months ou years)</translation>
    </message>
    <message>
        <source>{where}: &quot;{value}&quot; must be from {low} to {limit}</source>
        <translation>{where}&#xa0;: «&#xa0;{value}&#xa0;» doit être compris entre {low} et {limit}</translation>
    </message>
    <message>
        <source>it holds no policy (an object with &quot;rules&quot; is expected)</source>
        <translation>il ne contient aucune politique (un objet avec «&#xa0;rules&#xa0;» est attendu)</translation>
    </message>
    <message>
        <source>the list of rules (&quot;rules&quot;) is missing or empty</source>
        <translation>la liste des règles («&#xa0;rules&#xa0;») est absente ou vide</translation>
    </message>
    <message>
        <source>rule {number} is not a rule</source>
        <translation>la règle {number} n&apos;est pas une règle</translation>
    </message>
    <message>
        <source>rule {number} names no situation (&quot;situations&quot;)</source>
        <translation>la règle {number} ne nomme aucune situation («&#xa0;situations&#xa0;»)</translation>
    </message>
    <message>
        <source>rule {number} names the situation &quot;{value}&quot;, which is not one of: {choices}</source>
        <translation>la règle {number} nomme la situation «&#xa0;{value}&#xa0;», qui ne fait pas partie de&#xa0;: {choices}</translation>
    </message>
    <message>
        <source>rule {number} (period)</source>
        <translation>la règle {number} (durée)</translation>
    </message>
    <message>
        <source>rule {number} (maximum)</source>
        <translation>la règle {number} (maximum)</translation>
    </message>
    <message>
        <source>rule {number} keeps data forever; give it a period or a maximum</source>
        <translation>la règle {number} conserve les données indéfiniment&#xa0;; indiquez une durée ou un maximum</translation>
    </message>
    <message>
        <source>two rules have the same &quot;id&quot;</source>
        <translation>deux règles ont le même «&#xa0;id&#xa0;»</translation>
    </message>
    <message>
        <source>it is far too large for a policy</source>
        <translation>il est bien trop volumineux pour une politique</translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <source>Dutch DPA guidance</source>
        <translation>Recommandations de l&apos;autorité néerlandaise de protection des données</translation>
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
        <translation>règles propres</translation>
    </message>
</context>
<context>
    <name>processing</name>
    <message>
        <source>Recruitment and selection for a vacancy</source>
        <translation>Recrutement et sélection pour un poste vacant</translation>
    </message>
    <message>
        <source>Steps taken at the candidate&apos;s request before a contract (GDPR Art. 6(1)(b)) and the firm&apos;s legitimate interest in recruiting (Art. 6(1)(f))</source>
        <translation>Mesures précontractuelles prises à la demande du candidat (art. 6, par. 1, b, RGPD) et intérêt légitime de l&apos;entreprise à recruter (art. 6, par. 1, f)</translation>
    </message>
    <message>
        <source>The firm&apos;s recruiters; the client offering the vacancy the candidate applied for</source>
        <translation>Les recruteurs de l&apos;entreprise&#xa0;; le client qui propose le poste auquel le candidat a postulé</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <source>Keeping the candidate in the recruitment reserve for future vacancies</source>
        <translation>Maintien du candidat dans la réserve de recrutement pour de futurs postes</translation>
    </message>
    <message>
        <source>Consent (GDPR Art. 6(1)(a)), which can be withdrawn at any time</source>
        <translation>Consentement (art. 6, par. 1, a, RGPD), qui peut être retiré à tout moment</translation>
    </message>
    <message>
        <source>The firm&apos;s recruiters</source>
        <translation>Les recruteurs de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Candidates who agreed to stay in the recruitment reserve</source>
        <translation>Candidats ayant accepté de rester dans la réserve de recrutement</translation>
    </message>
    <message>
        <source>Presenting the candidate&apos;s profile to clients</source>
        <translation>Présentation du profil du candidat à des clients</translation>
    </message>
    <message>
        <source>Client companies the candidate agreed to be presented to</source>
        <translation>Entreprises clientes auxquelles le candidat a accepté d&apos;être présenté</translation>
    </message>
    <message>
        <source>Candidates who agreed to be presented to clients</source>
        <translation>Candidats ayant accepté d&apos;être présentés à des clients</translation>
    </message>
    <message>
        <source>Sharing the candidate&apos;s profile with affiliated companies</source>
        <translation>Partage du profil du candidat avec des sociétés liées</translation>
    </message>
    <message>
        <source>Companies of the same group</source>
        <translation>Sociétés du même groupe</translation>
    </message>
    <message>
        <source>Candidates who agreed to sharing within the group</source>
        <translation>Candidats ayant accepté le partage au sein du groupe</translation>
    </message>
    <message>
        <source>Approaching people about vacancies after finding their public professional profile</source>
        <translation>Prise de contact au sujet de postes avec des personnes dont le profil professionnel public a été trouvé</translation>
    </message>
    <message>
        <source>Legitimate interest (GDPR Art. 6(1)(f)); the person can object at any time</source>
        <translation>Intérêt légitime (art. 6, par. 1, f, RGPD)&#xa0;; la personne peut s&apos;y opposer à tout moment</translation>
    </message>
    <message>
        <source>People found through public professional profiles</source>
        <translation>Personnes trouvées grâce à des profils professionnels publics</translation>
    </message>
    <message>
        <source>Outplacement and career coaching</source>
        <translation>Outplacement et accompagnement de carrière</translation>
    </message>
    <message>
        <source>Performance of a contract (GDPR Art. 6(1)(b)) and legal obligations (Art. 6(1)(c))</source>
        <translation>Exécution d&apos;un contrat (art. 6, par. 1, b, RGPD) et obligations légales (art. 6, par. 1, c)</translation>
    </message>
    <message>
        <source>The firm&apos;s coaches; the employer that ordered the outplacement</source>
        <translation>Les coachs de l&apos;entreprise&#xa0;; l&apos;employeur qui a commandé l&apos;outplacement</translation>
    </message>
    <message>
        <source>Outplacement clients</source>
        <translation>Bénéficiaires d&apos;un outplacement</translation>
    </message>
    <message>
        <source>Answering data-protection requests and proving consent and erasure</source>
        <translation>Réponse aux demandes relatives à la protection des données et preuve du consentement et de l&apos;effacement</translation>
    </message>
    <message>
        <source>Legal obligation (GDPR Art. 6(1)(c), Art. 7(1), Art. 12)</source>
        <translation>Obligation légale (art. 6, par. 1, c, art. 7, par. 1, et art. 12 RGPD)</translation>
    </message>
    <message>
        <source>The firm only; supervisory authorities on request</source>
        <translation>L&apos;entreprise uniquement&#xa0;; les autorités de contrôle sur demande</translation>
    </message>
    <message>
        <source>Everyone whose data the firm holds</source>
        <translation>Toutes les personnes dont l&apos;entreprise détient des données</translation>
    </message>
    <message>
        <source>Identification and contact details; CV and application documents; education and work history; interview and screening notes; consents and their evidence; requests and their handling</source>
        <translation>Données d&apos;identification et coordonnées&#xa0;; CV et documents de candidature&#xa0;; formation et parcours professionnel&#xa0;; notes d&apos;entretien et de présélection&#xa0;; consentements et leurs preuves&#xa0;; demandes et leur traitement</translation>
    </message>
    <message>
        <source>None outside the European Economic Area</source>
        <translation>Aucun hors de l&apos;Espace économique européen</translation>
    </message>
    <message>
        <source>Encrypted vault (SQLCipher, AES-256) on the recruiter&apos;s computer; a separate key per candidate for documents and notes; keys in the operating system&apos;s keychain; automatic lock; erasure that also clears the database log and search index; audit log without personal data</source>
        <translation>Coffre chiffré (SQLCipher, AES-256) sur l&apos;ordinateur du recruteur&#xa0;; une clé distincte par candidat pour les documents et les notes&#xa0;; clés conservées dans le trousseau du système d&apos;exploitation&#xa0;; verrouillage automatique&#xa0;; effacement qui vide aussi le journal de la base de données et l&apos;index de recherche&#xa0;; journal d&apos;audit sans données personnelles</translation>
    </message>
    <message>
        <source>No fixed term; deleted when no longer needed or on request</source>
        <translation>Aucune durée fixe&#xa0;; suppression lorsque les données ne sont plus nécessaires ou sur demande</translation>
    </message>
    <message>
        <source>as long as the situation lasts</source>
        <translation>tant que la situation dure</translation>
    </message>
    <message>
        <source>at most {period} after {anchor}</source>
        <translation>au plus {period} après {anchor}</translation>
    </message>
    <message>
        <source>{period} after {anchor}</source>
        <translation>{period} après {anchor}</translation>
    </message>
    <message>
        <source>Outplacement</source>
        <translation>Outplacement</translation>
    </message>
    <message>
        <source>In the recruitment reserve with consent</source>
        <translation>Dans la réserve de recrutement, avec consentement</translation>
    </message>
    <message>
        <source>Procedure open</source>
        <translation>Procédure en cours</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Embauché</translation>
    </message>
    <message>
        <source>Not hired</source>
        <translation>Non retenu</translation>
    </message>
    <message>
        <source>Sourced without application</source>
        <translation>Approche directe, sans candidature</translation>
    </message>
    <message>
        <source>(not set: fill in under Settings)</source>
        <translation>(non renseigné&#xa0;: à compléter dans les Paramètres)</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Responsable du traitement</translation>
    </message>
    <message>
        <source>Privacy contact</source>
        <translation>Contact pour la protection des données</translation>
    </message>
    <message>
        <source>Privacy statement</source>
        <translation>Déclaration de confidentialité</translation>
    </message>
    <message>
        <source>Retention policy</source>
        <translation>Politique de conservation</translation>
    </message>
    <message>
        <source>Generated on</source>
        <translation>Généré le</translation>
    </message>
    <message>
        <source>Technical and organisational security measures</source>
        <translation>Mesures de sécurité techniques et organisationnelles</translation>
    </message>
    <message>
        <source>Processing activities</source>
        <translation>Activités de traitement</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base juridique</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Personnes concernées</translation>
    </message>
    <message>
        <source>Categories of personal data</source>
        <translation>Catégories de données personnelles</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Transfers outside the EEA</source>
        <translation>Transferts hors de l&apos;EEE</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Durée de conservation</translation>
    </message>
    <message>
        <source>Retention rules</source>
        <translation>Règles de conservation</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>S&apos;applique à</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>From the privacy statement</source>
        <translation>Issue de la déclaration de confidentialité</translation>
    </message>
    <message>
        <source>The statement says</source>
        <translation>La déclaration indique</translation>
    </message>
</context>
<context>
    <name>recovery_kit</name>
    <message>
        <source>RecruitDesk recovery kit</source>
        <translation>Kit de récupération RecruitDesk</translation>
    </message>
    <message>
        <source>Recovery key:</source>
        <translation>Clé de récupération&#xa0;:</translation>
    </message>
    <message>
        <source>Vault: {vault_id}</source>
        <translation>Coffre&#xa0;: {vault_id}</translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Dossier&#xa0;: {folder}</translation>
    </message>
    <message>
        <source>Created: {created}</source>
        <translation>Créé le&#xa0;: {created}</translation>
    </message>
    <message>
        <source>Keep this page somewhere safe, away from this computer (a locked drawer, a password manager). You need the recovery key to open the vault on a new computer, after the system keychain was reset, or when the key in the keychain is lost. Anyone who has both this key and a copy of the vault can read it. RecruitDesk cannot show this key again.</source>
        <translation>Conservez cette page en lieu sûr, loin de cet ordinateur (un tiroir fermé à clé, un gestionnaire de mots de passe). La clé de récupération vous sera nécessaire pour ouvrir le coffre sur un nouvel ordinateur, après une réinitialisation du trousseau du système, ou si la clé du trousseau est perdue. Toute personne qui possède à la fois cette clé et une copie du coffre peut en lire le contenu. RecruitDesk ne pourra plus afficher cette clé.</translation>
    </message>
</context>
<context>
    <name>rejection_letter</name>
    <message>
        <source>Your application</source>
        <translation>Votre candidature</translation>
    </message>
    <message>
        <source>Your application for {vacancy}</source>
        <translation>Votre candidature au poste de {vacancy}</translation>
    </message>
    <message>
        <source>Dear {name},</source>
        <translation>Bonjour {name},</translation>
    </message>
    <message>
        <source>Thank you for your interest in {firm} and for the time you gave to your application.</source>
        <translation>Nous vous remercions de l&apos;intérêt que vous portez à {firm} et du temps que vous avez consacré à votre candidature.</translation>
    </message>
    <message>
        <source>Thank you for your interest in {firm} and for the time you gave to your application for {vacancy}.</source>
        <translation>Nous vous remercions de l&apos;intérêt que vous portez à {firm} et du temps que vous avez consacré à votre candidature au poste de {vacancy}.</translation>
    </message>
    <message>
        <source>After careful consideration we have decided not to continue with your application. This is not a judgement of your qualities: we have chosen a candidate whose profile matches this position more closely.</source>
        <translation>Après mûre réflexion, nous avons décidé de ne pas donner suite à votre candidature. Il ne s&apos;agit pas d&apos;un jugement sur vos qualités : nous avons retenu un profil qui correspond plus étroitement à ce poste.</translation>
    </message>
    <message>
        <source>We keep the details of your application for {period} after {anchor}, that is until {date}. After that date we delete them.</source>
        <translation>Nous conservons les données de votre candidature pendant {period} après {anchor}, soit jusqu&apos;au {date}. Après cette date, nous les supprimons.</translation>
    </message>
    <message>
        <source>We keep the details of your application for at most {period} after {anchor}, that is until {date}. After that date we delete them.</source>
        <translation>Nous conservons les données de votre candidature au plus {period} après {anchor}, soit jusqu&apos;au {date}. Après cette date, nous les supprimons.</translation>
    </message>
    <message>
        <source>We keep the details of your application until {date}. After that date we delete them.</source>
        <translation>Nous conservons les données de votre candidature jusqu&apos;au {date}. Après cette date, nous les supprimons.</translation>
    </message>
    <message>
        <source>We keep the details of your application only as long as our privacy statement allows, and then delete them.</source>
        <translation>Nous ne conservons les données de votre candidature que le temps autorisé par notre déclaration de confidentialité, puis nous les supprimons.</translation>
    </message>
    <message>
        <source>Our privacy statement explains how we handle your personal data: {link}</source>
        <translation>Notre déclaration de confidentialité explique comment nous traitons vos données personnelles : {link}</translation>
    </message>
    <message>
        <source>Our privacy statement explains how we handle your personal data; we will gladly send you a copy.</source>
        <translation>Notre déclaration de confidentialité explique comment nous traitons vos données personnelles ; nous vous en ferons volontiers parvenir un exemplaire.</translation>
    </message>
    <message>
        <source>You may ask us at any time to see, correct or delete your data by writing to {contact}.</source>
        <translation>Vous pouvez à tout moment nous demander de consulter, de rectifier ou de supprimer vos données en écrivant à {contact}.</translation>
    </message>
    <message>
        <source>You may ask us at any time to see, correct or delete your data by replying to this e-mail.</source>
        <translation>Vous pouvez à tout moment nous demander de consulter, de rectifier ou de supprimer vos données en répondant à cet e-mail.</translation>
    </message>
    <message>
        <source>We would nevertheless like to keep your details in {reserve}, so that we can contact you about future vacancies that suit you. If you agree, please reply to this e-mail confirming the following:</source>
        <translation>Nous souhaiterions néanmoins conserver vos données dans {reserve}, afin de pouvoir vous contacter pour de futurs postes qui vous correspondent. Si vous êtes d&apos;accord, nous vous prions de répondre à cet e-mail en confirmant ce qui suit :</translation>
    </message>
    <message>
        <source>&quot;I agree that {firm} keeps my details in its recruitment reserve until {date} at the latest, to contact me about suitable vacancies. I can withdraw this consent at any time.&quot;</source>
        <translation>« J&apos;accepte que {firm} conserve mes données dans sa réserve de recrutement jusqu&apos;au {date} au plus tard, afin de me contacter pour des postes qui me correspondent. Je peux retirer ce consentement à tout moment. »</translation>
    </message>
    <message>
        <source>If you do not reply, we will delete your details on the date given above.</source>
        <translation>Sans réponse de votre part, nous supprimerons vos données à la date indiquée ci-dessus.</translation>
    </message>
    <message>
        <source>We wish you every success in your search.</source>
        <translation>Nous vous souhaitons plein succès dans la suite de vos recherches.</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>Nous vous prions d&apos;agréer nos salutations distinguées.</translation>
    </message>
    <message>
        <source>our firm</source>
        <translation>notre société</translation>
    </message>
</context>
<context>
    <name>requests</name>
    <message>
        <source>Access to data</source>
        <translation>Accès aux données</translation>
    </message>
    <message>
        <source>Data portability</source>
        <translation>Portabilité des données</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Effacement</translation>
    </message>
    <message>
        <source>Restriction of processing</source>
        <translation>Limitation du traitement</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Opposition</translation>
    </message>
    <message>
        <source>Consent withdrawal</source>
        <translation>Retrait du consentement</translation>
    </message>
</context>
<context>
    <name>retention</name>
    <message>
        <source>{policy} policy</source>
        <translation>politique de conservation&#xa0;: {policy}</translation>
    </message>
    <message>
        <source>On legal hold: {reason}</source>
        <translation>Conservé pour raison juridique&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Consent for the recruitment reserve ended on {date}: delete without delay</source>
        <translation>Le consentement pour la réserve de recrutement a pris fin le {date}&#xa0;: supprimer sans délai</translation>
    </message>
    <message>
        <source>at most {period} after {anchor} on {date}</source>
        <translation>au plus {period} après {anchor} (le {date})</translation>
    </message>
    <message>
        <source>{period} after {anchor} on {date}</source>
        <translation>{period} après {anchor} (le {date})</translation>
    </message>
    <message>
        <source>(the firm&apos;s own rule: the statement sets no term)</source>
        <translation>(règle propre à l&apos;entreprise&#xa0;: la déclaration ne fixe aucune durée)</translation>
    </message>
    <message>
        <source>extended until {date}: {reason}</source>
        <translation>prolongé jusqu&apos;au {date}&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>stages</name>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Présélection</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
</context>
<context>
    <name>suppression</name>
    <message>
        <source>Objection</source>
        <translation>Opposition</translation>
    </message>
    <message>
        <source>Erasure request</source>
        <translation>Demande d&apos;effacement</translation>
    </message>
    <message>
        <source>Do not contact again (recruiter)</source>
        <translation>Ne plus contacter (recruteur)</translation>
    </message>
</context>
<context>
    <name>team audit</name>
    <message>
        <source>Candidate added</source>
        <translation>Candidat ajouté</translation>
    </message>
    <message>
        <source>Candidate changed</source>
        <translation>Candidat modifié</translation>
    </message>
    <message>
        <source>Candidate erased</source>
        <translation>Candidat effacé</translation>
    </message>
    <message>
        <source>Member invited</source>
        <translation>Membre invité</translation>
    </message>
    <message>
        <source>Member joined</source>
        <translation>Membre arrivé</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Rôle modifié</translation>
    </message>
    <message>
        <source>Member revoked</source>
        <translation>Membre révoqué</translation>
    </message>
    <message>
        <source>Revocation finished</source>
        <translation>Révocation terminée</translation>
    </message>
    <message>
        <source>Device key renewed</source>
        <translation>Clé de l&apos;appareil renouvelée</translation>
    </message>
    <message>
        <source>Renewal of every candidate key started</source>
        <translation>Renouvellement de toutes les clés des candidats commencé</translation>
    </message>
    <message>
        <source>Candidate key renewed</source>
        <translation>Clé du candidat renouvelée</translation>
    </message>
    <message>
        <source>Every candidate key renewed</source>
        <translation>Toutes les clés des candidats renouvelées</translation>
    </message>
    <message>
        <source>Retention policy set</source>
        <translation>Politique de conservation définie</translation>
    </message>
    <message>
        <source>Firm profile changed</source>
        <translation>Profil de l&apos;entreprise modifié</translation>
    </message>
    <message>
        <source>Record of processing activities written</source>
        <translation>Registre des activités de traitement enregistré</translation>
    </message>
    <message>
        <source>Request registered</source>
        <translation>Demande enregistrée</translation>
    </message>
    <message>
        <source>Request extended or completed</source>
        <translation>Demande prolongée ou clôturée</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>Note ajoutée</translation>
    </message>
    <message>
        <source>Note changed</source>
        <translation>Note modifiée</translation>
    </message>
    <message>
        <source>Note deleted</source>
        <translation>Note supprimée</translation>
    </message>
    <message>
        <source>Document added</source>
        <translation>Document ajouté</translation>
    </message>
    <message>
        <source>Document changed</source>
        <translation>Document modifié</translation>
    </message>
    <message>
        <source>Document deleted</source>
        <translation>Document supprimé</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Consentement enregistré</translation>
    </message>
    <message>
        <source>Consent changed</source>
        <translation>Consentement modifié</translation>
    </message>
    <message>
        <source>Vacancy added</source>
        <translation>Offre d&apos;emploi ajoutée</translation>
    </message>
    <message>
        <source>Vacancy changed</source>
        <translation>Offre d&apos;emploi modifiée</translation>
    </message>
    <message>
        <source>Added to a vacancy</source>
        <translation>Ajouté à une offre d&apos;emploi</translation>
    </message>
    <message>
        <source>Application moved or rated</source>
        <translation>Candidature déplacée ou notée</translation>
    </message>
    <message>
        <source>Identity revealed in a blind review</source>
        <translation>Identité révélée lors d&apos;une évaluation à l&apos;aveugle</translation>
    </message>
    <message>
        <source>Tag added</source>
        <translation>Étiquette ajoutée</translation>
    </message>
    <message>
        <source>Tag changed</source>
        <translation>Étiquette modifiée</translation>
    </message>
    <message>
        <source>Tag given to a candidate</source>
        <translation>Étiquette attribuée à un candidat</translation>
    </message>
    <message>
        <source>Tag taken from a candidate</source>
        <translation>Étiquette retirée à un candidat</translation>
    </message>
    <message>
        <source>Entry removed from the suppression list</source>
        <translation>Entrée retirée de la liste d&apos;exclusion</translation>
    </message>
    <message>
        <source>Contact recorded</source>
        <translation>Contact enregistré</translation>
    </message>
    <message>
        <source>Candidate&apos;s data exported</source>
        <translation>Données du candidat exportées</translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation>Journal d&apos;audit exporté</translation>
    </message>
    <message>
        <source>Retention facts changed</source>
        <translation>Données de conservation modifiées</translation>
    </message>
    <message>
        <source>Legal hold released</source>
        <translation>Conservation juridique levée</translation>
    </message>
    <message>
        <source>Legal hold released: {reason}</source>
        <translation>Conservation juridique levée&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Traitement limité</translation>
    </message>
    <message>
        <source>The audit chain is intact: no entry was altered, removed or reordered.</source>
        <translation>La chaîne d&apos;audit est intacte&#xa0;: aucune entrée n&apos;a été modifiée, supprimée ou déplacée.</translation>
    </message>
    <message>
        <source>The audit chain is broken at entry {entry}: that entry or the one before it was altered, removed or reordered on the server. Tell the team&apos;s administrators.</source>
        <translation>La chaîne d&apos;audit est rompue à l&apos;entrée {entry}&#xa0;: cette entrée ou la précédente a été modifiée, supprimée ou déplacée sur le serveur. Prévenez les administrateurs de l&apos;équipe.</translation>
    </message>
    <message>
        <source>{member} – {role}</source>
        <translation>{member} – {role}</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
</context>
<context>
    <name>team blind review</name>
    <message>
        <source>{member} rated this CV {theirs} meanwhile, so your rating {mine} was not saved. Their rating is shown now; record yours again to replace it.</source>
        <translation>{member} a entre-temps donné la note {theirs} à ce CV&#xa0;; votre note {mine} n&apos;a donc pas été enregistrée. Sa note est affichée à présent&#xa0;; enregistrez la vôtre à nouveau pour la remplacer.</translation>
    </message>
    <message>
        <source>Another member</source>
        <translation>Un autre membre</translation>
    </message>
    <message>
        <source>A colleague changed this application meanwhile, so your rating {mine} was not saved. The review shows it as it is now; record your rating again.</source>
        <translation>Un collègue a entre-temps modifié cette candidature&#xa0;; votre note {mine} n&apos;a donc pas été enregistrée. L&apos;évaluation l&apos;affiche telle qu&apos;elle est à présent&#xa0;; enregistrez votre note à nouveau.</translation>
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
        <translation>Document Word</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>Texte OpenDocument</translation>
    </message>
    <message>
        <source>RTF document</source>
        <translation>Document RTF</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
</context>
<context>
    <name>team policy</name>
    <message>
        <source>A policy of the firm&apos;s own</source>
        <translation>Une politique propre au cabinet</translation>
    </message>
</context>
<context>
    <name>team register</name>
    <message>
        <source>recovery key</source>
        <translation>clé de récupération</translation>
    </message>
    <message>
        <source>unknown member</source>
        <translation>membre inconnu</translation>
    </message>
</context>
<context>
    <name>team roles</name>
    <message>
        <source>recruiter</source>
        <translation>recruteur</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>data protection officer (read only)</source>
        <translation>délégué à la protection des données (lecture seule)</translation>
    </message>
    <message>
        <source>change candidates</source>
        <translation>modifier des candidats</translation>
    </message>
    <message>
        <source>manage members and the team&apos;s policy</source>
        <translation>gérer les membres et la politique de l&apos;équipe</translation>
    </message>
    <message>
        <source>change the team&apos;s firm profile</source>
        <translation>changer le profil de l&apos;entreprise de l&apos;équipe</translation>
    </message>
    <message>
        <source>remove an entry from the suppression list</source>
        <translation>retirer une entrée de la liste d&apos;exclusion</translation>
    </message>
    <message>
        <source>run the retention check</source>
        <translation>lancer le contrôle des durées de conservation</translation>
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
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rencontre</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Other contact</source>
        <translation>Autre contact</translation>
    </message>
    <message>
        <source>Message sent</source>
        <translation>Message envoyé</translation>
    </message>
    <message>
        <source>Interview scheduled</source>
        <translation>Entretien planifié</translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <source>Added to the vault</source>
        <translation>Ajouté au coffre</translation>
    </message>
    <message>
        <source>Imported from a CV</source>
        <translation>Importé à partir d&apos;un CV</translation>
    </message>
    <message>
        <source>Contact recorded</source>
        <translation>Contact enregistré</translation>
    </message>
    <message>
        <source>Interview scheduled</source>
        <translation>Entretien planifié</translation>
    </message>
    <message>
        <source>Message sent</source>
        <translation>Message envoyé</translation>
    </message>
    <message>
        <source>Rejection message sent</source>
        <translation>Message de refus envoyé</translation>
    </message>
    <message>
        <source>Applied for a vacancy</source>
        <translation>A postulé à un poste</translation>
    </message>
    <message>
        <source>Moved to another stage of a vacancy</source>
        <translation>Déplacé vers une autre étape d&apos;un poste</translation>
    </message>
    <message>
        <source>Application rated</source>
        <translation>Candidature évaluée</translation>
    </message>
    <message>
        <source>Application tags changed</source>
        <translation>Étiquettes d&apos;une candidature modifiées</translation>
    </message>
    <message>
        <source>Identity revealed after a blind review</source>
        <translation>Identité révélée après une évaluation à l&apos;aveugle</translation>
    </message>
    <message>
        <source>Outcome of the procedure recorded</source>
        <translation>Issue de la procédure enregistrée</translation>
    </message>
    <message>
        <source>Contact details edited</source>
        <translation>Coordonnées modifiées</translation>
    </message>
    <message>
        <source>Outplacement start recorded</source>
        <translation>Début de l&apos;outplacement enregistré</translation>
    </message>
    <message>
        <source>Data exported</source>
        <translation>Données exportées</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Traitement limité</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Effacé</translation>
    </message>
    <message>
        <source>Document added</source>
        <translation>Document ajouté</translation>
    </message>
    <message>
        <source>Document removed</source>
        <translation>Document supprimé</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Consentement enregistré</translation>
    </message>
    <message>
        <source>Consent evidence added</source>
        <translation>Preuve du consentement ajoutée</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Consentement retiré</translation>
    </message>
    <message>
        <source>Consent renewal mail drafted</source>
        <translation>E-mail de renouvellement du consentement préparé</translation>
    </message>
    <message>
        <source>Screening note written</source>
        <translation>Note de présélection rédigée</translation>
    </message>
    <message>
        <source>Screening note edited</source>
        <translation>Note de présélection modifiée</translation>
    </message>
    <message>
        <source>Screening findings discussed with the candidate</source>
        <translation>Constatations de la présélection discutées avec le candidat</translation>
    </message>
    <message>
        <source>Rights request registered</source>
        <translation>Demande d&apos;exercice de droits enregistrée</translation>
    </message>
    <message>
        <source>Identity checked for a rights request</source>
        <translation>Identité vérifiée pour une demande d&apos;exercice de droits</translation>
    </message>
    <message>
        <source>Rights request linked to this candidate</source>
        <translation>Demande d&apos;exercice de droits liée à ce candidat</translation>
    </message>
    <message>
        <source>Answer period of a rights request extended</source>
        <translation>Délai de réponse d&apos;une demande d&apos;exercice de droits prolongé</translation>
    </message>
    <message>
        <source>Rights request completed</source>
        <translation>Demande d&apos;exercice de droits clôturée</translation>
    </message>
    <message>
        <source>Put on the suppression list</source>
        <translation>Ajouté à la liste d&apos;exclusion</translation>
    </message>
    <message>
        <source>Marked: do not contact again</source>
        <translation>Signalé : ne plus contacter</translation>
    </message>
    <message>
        <source>Retention extended</source>
        <translation>Conservation prolongée</translation>
    </message>
    <message>
        <source>Legal hold set</source>
        <translation>Conservation juridique activée</translation>
    </message>
    <message>
        <source>Legal hold released</source>
        <translation>Conservation juridique levée</translation>
    </message>
    <message>
        <source>Recorded: {action}</source>
        <translation>Enregistré&#xa0;: {action}</translation>
    </message>
</context>
<context>
    <name>vacancies</name>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Pourvu</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
</TS>
