<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <source>RecruitDesk locked the vault because it was not used for {minutes} min.</source>
        <translation>RecruitDesk a verrouillé le coffre, inutilisé depuis {minutes} min.</translation>
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
        <source>Due for deletion</source>
        <translation>À supprimer le</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Overdue: this candidate&apos;s data should already have been deleted.</source>
        <translation>Échéance dépassée&#xa0;: les données de ce candidat auraient déjà dû être supprimées.</translation>
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
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
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
        <source>No candidates yet. Candidates you add or import will be listed here, with the date their data is due for deletion.</source>
        <translation>Aucun candidat pour l&apos;instant. Les candidats que vous ajoutez ou importez apparaîtront ici, avec la date à laquelle leurs données doivent être supprimées.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;RecruitDesk {version}&lt;/h3&gt;&lt;p&gt;An offline, encrypted candidate vault with GDPR retention countdowns.&lt;/p&gt;&lt;p&gt;Everything you store is kept in one encrypted database on this computer. It is opened with a key kept in your system keychain, so you never type a password here, or with the recovery key you saved when the vault was created. A stolen laptop, a copied disk or a backup shows only scrambled data. RecruitDesk locks itself after a few idle minutes. It cannot protect you from malicious software running under your own account.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;RecruitDesk {version}&lt;/h3&gt;&lt;p&gt;Un coffre-fort chiffré et hors ligne pour vos candidats, avec le décompte des durées de conservation RGPD.&lt;/p&gt;&lt;p&gt;Tout ce que vous enregistrez est conservé dans une seule base de données chiffrée sur cet ordinateur. Elle s&apos;ouvre avec une clé conservée dans le trousseau de votre système, si bien que vous n&apos;avez jamais de mot de passe à saisir ici, ou avec la clé de récupération que vous avez enregistrée lors de la création du coffre. Un ordinateur portable volé, un disque copié ou une sauvegarde ne laissent voir que des données illisibles. RecruitDesk se verrouille après quelques minutes d&apos;inactivité. Il ne peut pas vous protéger contre un logiciel malveillant qui s&apos;exécute sous votre propre compte.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About RecruitDesk</source>
        <translation>À propos de RecruitDesk</translation>
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
    <name>UnlockDialog</name>
    <message>
        <source>This computer&apos;s keychain has no key for this vault (a new computer or a reset account). Enter your recovery key to unlock it.</source>
        <translation>Le trousseau de cet ordinateur ne contient aucune clé pour ce coffre (nouvel ordinateur ou compte réinitialisé). Saisissez votre clé de récupération pour le déverrouiller.</translation>
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
        <source>Enter the recovery key you printed or saved when the vault was created. Leave the field empty to try this computer&apos;s keychain again.</source>
        <translation>Saisissez la clé de récupération que vous avez imprimée ou enregistrée lors de la création du coffre. Laissez le champ vide pour réessayer avec le trousseau de cet ordinateur.</translation>
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
</context>
<context>
    <name>alerts</name>
    <message>
        <source>No candidate must be deleted within {days} days.</source>
        <translation>Aucun candidat ne doit être supprimé d&apos;ici {days} jours.</translation>
    </message>
    <message>
        <source>1 candidate must be deleted within {days} days.</source>
        <translation>1 candidat doit être supprimé d&apos;ici {days} jours.</translation>
    </message>
    <message>
        <source>{count} candidates must be deleted within {days} days.</source>
        <translation>{count} candidats doivent être supprimés d&apos;ici {days} jours.</translation>
    </message>
    <message>
        <source>1 candidate is overdue for deletion.</source>
        <translation>1 candidat aurait déjà dû être supprimé.</translation>
    </message>
    <message>
        <source>{count} candidates are overdue for deletion.</source>
        <translation>{count} candidats auraient déjà dû être supprimés.</translation>
    </message>
    <message>
        <source>1 request must be answered within {days} days.</source>
        <translation>1 demande doit recevoir une réponse d&apos;ici {days} jours.</translation>
    </message>
    <message>
        <source>{count} requests must be answered within {days} days.</source>
        <translation>{count} demandes doivent recevoir une réponse d&apos;ici {days} jours.</translation>
    </message>
    <message>
        <source>1 request is overdue.</source>
        <translation>1 demande est en retard.</translation>
    </message>
    <message>
        <source>{count} requests are overdue.</source>
        <translation>{count} demandes sont en retard.</translation>
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
        <source>the start</source>
        <translation>le début</translation>
    </message>
</context>
<context>
    <name>cli</name>
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
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <source>Retention policy</source>
        <translation>Politique de conservation</translation>
    </message>
    <message>
        <source>The RecruitDesk window cannot start: the Qt libraries could not be loaded.</source>
        <translation>La fenêtre de RecruitDesk ne peut pas s&apos;ouvrir&#xa0;: les bibliothèques Qt n&apos;ont pas pu être chargées.</translation>
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
        <source>overdue since {date}</source>
        <translation>en retard depuis le {date}</translation>
    </message>
    <message>
        <source>due on {date}</source>
        <translation>à supprimer le {date}</translation>
    </message>
    <message>
        <source>{count} candidates erased.</source>
        <translation>{count} candidats effacés.</translation>
    </message>
    <message>
        <source>retention deadlines: what is due, and erasing it</source>
        <translation>durées de conservation&#xa0;: ce qui arrive à échéance, et son effacement</translation>
    </message>
    <message>
        <source>list candidates overdue or due for deletion soon</source>
        <translation>lister les candidats dont la suppression est en retard ou proche</translation>
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
        <source>The vault database {file} is missing, although the key file is there. Restore the database from a backup.</source>
        <translation>La base de données du coffre {file} est introuvable, alors que le fichier de clé est présent. Restaurez la base de données à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>The vault database {file} is empty (0 bytes) and was not opened. Restore it from a backup.</source>
        <translation>La base de données du coffre {file} est vide (0 octet) et n&apos;a pas été ouverte. Restaurez-la à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>The vault database {file} is damaged and cannot be read safely. It was not changed. Restore it from a backup.</source>
        <translation>La base de données du coffre {file} est endommagée et ne peut pas être lue en toute sécurité. Elle n&apos;a pas été modifiée. Restaurez-la à partir d&apos;une sauvegarde.</translation>
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
        <source>The vault key file {file} is missing. Without it the vault cannot be opened; restore it from a backup.</source>
        <translation>Le fichier de clé du coffre {file} est introuvable. Sans lui, le coffre ne peut pas être ouvert&#xa0;; restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>The vault key file {file} is empty (0 bytes). Restore it from a backup.</source>
        <translation>Le fichier de clé du coffre {file} est vide (0 octet). Restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>The vault key file {file} is damaged (its checksum or format is wrong). Restore it from a backup.</source>
        <translation>Le fichier de clé du coffre {file} est endommagé (somme de contrôle ou format incorrect). Restaurez-le à partir d&apos;une sauvegarde.</translation>
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
        <source>There is no candidate with number {id}.</source>
        <translation>Il n&apos;y a aucun candidat portant le numéro {id}.</translation>
    </message>
    <message>
        <source>A legal hold or an extension needs a written reason (at least a few words).</source>
        <translation>Une conservation pour raison juridique ou une prolongation doit être motivée par écrit (quelques mots au moins).</translation>
    </message>
    <message>
        <source>An extension must end after today.</source>
        <translation>Une prolongation doit se terminer après aujourd&apos;hui.</translation>
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
        <source>There is no backup file {file}.</source>
        <translation>Le fichier de sauvegarde {file} n&apos;existe pas.</translation>
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
        <source>{file} is empty (0 bytes).</source>
        <translation>{file} est vide (0 octet).</translation>
    </message>
    <message>
        <source>{file} is {size_mb} MB; CVs larger than {limit_mb} MB are not imported.</source>
        <translation>{file} fait {size_mb} Mo&#xa0;; les CV de plus de {limit_mb} Mo ne sont pas importés.</translation>
    </message>
    <message>
        <source>{file} is not a document RecruitDesk can read. Supported: PDF, Word (.docx), OpenDocument (.odt), RTF, plain text and Markdown.</source>
        <translation>{file} n&apos;est pas un document que RecruitDesk sait lire. Formats pris en charge&#xa0;: PDF, Word (.docx), OpenDocument (.odt), RTF, texte brut et Markdown.</translation>
    </message>
    <message>
        <source>{file} is called a {extension} file, but its content is not a document RecruitDesk can read.</source>
        <translation>{file} porte l&apos;extension {extension}, mais son contenu n&apos;est pas un document que RecruitDesk sait lire.</translation>
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
        <source>Request {id} is not linked to a candidate, so there is nothing to restrict. Link it first.</source>
        <translation>La demande {id} n&apos;est liée à aucun candidat&#xa0;: il n&apos;y a donc rien à limiter. Liez-la d&apos;abord.</translation>
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
        <source>The PDF&apos;s reading order could not be determined; the text may be out of order.</source>
        <translation>L&apos;ordre de lecture du PDF n&apos;a pas pu être déterminé&#xa0;; le texte est peut-être dans le désordre.</translation>
    </message>
    <message>
        <source>No name was found in the text; the name was taken from the file name. Check it.</source>
        <translation>Aucun nom n&apos;a été trouvé dans le texte&#xa0;; le nom a été repris du nom du fichier. Vérifiez-le.</translation>
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
        <source>Sensitive numbers were removed from the stored text (the original file is unchanged).</source>
        <translation>Les numéros sensibles ont été retirés du texte enregistré (le fichier d&apos;origine n&apos;est pas modifié).</translation>
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
        <source>Possible duplicate of {name} (candidate {id}): similar name.</source>
        <translation>Doublon possible de {name} (candidat {id})&#xa0;: nom similaire.</translation>
    </message>
    <message>
        <source>Same person as in {other}, earlier in this import.</source>
        <translation>Même personne que dans {other}, plus haut dans cette importation.</translation>
    </message>
    <message>
        <source>This person is on the suppression list (they objected or were erased earlier). Check before contacting them.</source>
        <translation>Cette personne figure sur la liste d&apos;exclusion (elle s&apos;est opposée au traitement ou a déjà été effacée). Vérifiez avant de la contacter.</translation>
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
    <name>presets</name>
    <message>
        <source>Dutch DPA guidance</source>
        <translation>Recommandations de l&apos;autorité néerlandaise de protection des données</translation>
    </message>
    <message>
        <source>4 weeks after the procedure; 1 year with consent.</source>
        <translation>4 semaines après la procédure&#xa0;; 1 an avec consentement.</translation>
    </message>
    <message>
        <source>IT1</source>
        <translation>IT1</translation>
    </message>
    <message>
        <source>Not hired: 4 weeks after last contact; recruitment reserve: 12 months after last contact.</source>
        <translation>Non retenu&#xa0;: 4 semaines après le dernier contact&#xa0;; réserve de recrutement&#xa0;: 12 mois après le dernier contact.</translation>
    </message>
    <message>
        <source>Imalink</source>
        <translation>Imalink</translation>
    </message>
    <message>
        <source>No fixed term in the statement: the firm reviews candidates 1 year after last contact (its own choice).</source>
        <translation>Aucune durée fixe dans la déclaration de confidentialité&#xa0;: l&apos;entreprise réexamine les candidatures 1 an après le dernier contact (son propre choix).</translation>
    </message>
    <message>
        <source>Infosentry</source>
        <translation>Infosentry</translation>
    </message>
    <message>
        <source>Not retained: 1 year after the application; reserve with consent: at most 3 years.</source>
        <translation>Non retenu&#xa0;: 1 an après la candidature&#xa0;; réserve de recrutement avec consentement&#xa0;: 3 ans au maximum.</translation>
    </message>
    <message>
        <source>ITZU</source>
        <translation>ITZU</translation>
    </message>
    <message>
        <source>Recruitment: 2 years after last contact; outplacement: 5 years from the start.</source>
        <translation>Recrutement&#xa0;: 2 ans après le dernier contact&#xa0;; outplacement&#xa0;: 5 ans à compter du début.</translation>
    </message>
    <message>
        <source>ICT Makers</source>
        <translation>ICT Makers</translation>
    </message>
    <message>
        <source>Not hired: 6 weeks after the procedure; with consent: at most 1 year.</source>
        <translation>Non retenu&#xa0;: 6 semaines après la procédure&#xa0;; avec consentement&#xa0;: 1 an au maximum.</translation>
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
        <source>No deadline while the procedure is open</source>
        <translation>Aucune échéance tant que la procédure est en cours</translation>
    </message>
    <message>
        <source>Hired: no recruitment deadline under this policy</source>
        <translation>Embauché&#xa0;: cette politique ne fixe aucune échéance pour les données de recrutement</translation>
    </message>
    <message>
        <source>In the recruitment reserve with consent</source>
        <translation>Dans la réserve de recrutement, avec consentement</translation>
    </message>
    <message>
        <source>Sourced: this policy sets no deadline</source>
        <translation>Approche directe&#xa0;: cette politique ne fixe aucune échéance</translation>
    </message>
    <message>
        <source>Outplacement: this policy sets no deadline</source>
        <translation>Outplacement&#xa0;: cette politique ne fixe aucune échéance</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
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
</TS>
