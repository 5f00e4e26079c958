<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>cli</name>
    <message>
        <source>recruitdesk: error: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault folder (default: RECRUITDESK_VAULT or your data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlock with the recovery key in FILE (or set RECRUITDESK_RECOVERY_KEY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language: en, nl or fr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RecruitDesk: an encrypted candidate vault with GDPR retention countdowns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start on a throwaway demo vault with sample candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a vault or show information about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a new vault and print its recovery key once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention preset: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also save the recovery kit to FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show schema version, SQLCipher version, candidate count and policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault created in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention policy: {title}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key (shown only this once; print it or store it safely, away from this computer):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery kit was saved to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLCipher version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RecruitDesk window cannot start: the Qt libraries could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unexpected error occurred. Details without personal data were written to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key is not the one for this vault. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid recovery key: it must be 36 letters and digits in groups of four (for example ABCD-EFGH-...). Check for a typing error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key file {file} cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key stored in this computer&apos;s keychain does not open this vault. Unlock it with your recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s keychain has no key for this vault (a new computer or a reset account). Unlock it with your recovery key: --recovery-key-file FILE or RECRUITDESK_RECOVERY_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain backend &quot;{backend}&quot; does not store secrets safely, so RecruitDesk will not use it. Install or unlock your system keychain (Windows Credential Locker, macOS Keychain, or a Secret Service such as GNOME Keyring or KWallet) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain did not answer within {seconds} seconds. Unlock your keychain (it may be waiting for your password) and try again, or use your recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not be used ({reason}). Unlock it and try again, or use your recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain accepted the vault&apos;s device key but did not give the same key back. RecruitDesk will not rely on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vault in {folder}. Create one with &quot;recruitdesk vault init&quot; or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a vault in {folder}; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault database {file} is missing, although the key file is there. Restore the database from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault database {file} is empty (0 bytes) and was not opened. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault database {file} is damaged and cannot be read safely. It was not changed. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} is an unencrypted SQLite database, not a RecruitDesk vault. It was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault was written by a newer version of RecruitDesk (schema {found}). Update RecruitDesk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault could not be upgraded to this version of RecruitDesk. It was restored as it was; a backup is in {backup}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault key file {file} is missing. Without it the vault cannot be opened; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault key file {file} is empty (0 bytes). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault key file {file} is damaged (its checksum or format is wrong). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault key file {file} has format version {version}, which this version of RecruitDesk cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault is already open in another RecruitDesk window or process. Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault folder {folder} is not writable. Choose another folder or fix its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder. Choose a folder for the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding {folder} is full. Free some space and try again; nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no retention preset called &quot;{name}&quot;. Choose one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no candidate with number {id}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <source>Dutch DPA guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 weeks after the procedure; 1 year with consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not hired: 4 weeks after last contact; recruitment reserve: 12 months after last contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imalink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fixed term in the statement: the firm sets its own review period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infosentry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not retained: 1 year after the application; reserve with consent: at most 3 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ITZU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruitment: 2 years after last contact; outplacement: 5 years from the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICT Makers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not hired: 6 weeks after the procedure; with consent: at most 1 year.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recovery_kit</name>
    <message>
        <source>RecruitDesk recovery kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault: {vault_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created: {created}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this page somewhere safe, away from this computer (a locked drawer, a password manager). You need the recovery key to open the vault on a new computer, after the system keychain was reset, or when the key in the keychain is lost. Anyone who has both this key and a copy of the vault can read it. RecruitDesk cannot show this key again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
