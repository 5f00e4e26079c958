"""Typed errors with stable codes and translatable sentences.

The core raises these; the CLI prints ``error.message()`` and exits with ``error.exit_code``;
the GUI shows the same sentence in a dialog. Nothing else is ever shown to a user, so no
traceback can reach one. Parameters are file and folder paths or counts, never personal data,
so a message may also be logged.
"""

from __future__ import annotations

from recruitdesk.i18n import N_, translate


class RecruitDeskError(Exception):
    """Base of every error a user may see."""

    code = "error"
    template = N_("errors", "Something went wrong.")
    exit_code = 1

    def __init__(self, **params: object) -> None:
        self.params = params
        super().__init__(f"{self.code}: {self.template.format(**params)}")

    def message(self) -> str:
        """The sentence for the user, in the current language."""
        return translate("errors", self.template).format(**self.params)


class VaultError(RecruitDeskError):
    exit_code = 2


# --- keys ------------------------------------------------------------------------------------
class WrongRecoveryKey(VaultError):
    code = "wrong-recovery-key"
    template = N_("errors", "The recovery key is not the one for this vault. Check it and try again.")


class MalformedRecoveryKey(VaultError):
    code = "malformed-recovery-key"
    template = N_(
        "errors",
        "This is not a valid recovery key: it must be 36 letters and digits in groups of four "
        "(for example ABCD-EFGH-...). Check for a typing error.",
    )


class RecoveryKeyFileUnreadable(VaultError):
    code = "recovery-key-file-unreadable"
    template = N_("errors", "The recovery key file {file} cannot be read.")


class DeviceKeyMismatch(VaultError):
    code = "device-key-mismatch"
    template = N_(
        "errors",
        "The key stored in this computer's keychain does not open this vault. "
        "Unlock it with your recovery key.",
    )


class RecoveryKeyRequired(VaultError):
    code = "recovery-key-required"
    template = N_(
        "errors",
        "This computer's keychain has no key for this vault (a new computer or a reset account). "
        "Unlock it with your recovery key: --recovery-key-file FILE or RECRUITDESK_RECOVERY_KEY.",
    )


class PassphraseRequired(VaultError):
    code = "passphrase-required"
    template = N_(
        "errors",
        "This vault is protected by a passphrase. Enter it to unlock the vault (in a script: set "
        "RECRUITDESK_PASSPHRASE), or use your recovery key.",
    )


class NoPassphraseSet(VaultError):
    code = "no-passphrase-set"
    template = N_("errors", "This vault has no passphrase yet.")


def waiting_time_text(seconds: int) -> str:
    """A waiting time in words ("30 seconds", "2 minutes", "1 hour"), rounded up."""
    if seconds <= 1:
        return translate("errors", "1 second")
    if seconds < 60:
        return translate("errors", "{count} seconds").format(count=seconds)
    minutes = -(-seconds // 60)
    if minutes == 1:
        return translate("errors", "1 minute")
    if minutes < 60:
        return translate("errors", "{count} minutes").format(count=minutes)
    hours = -(-minutes // 60)
    return translate("errors", "1 hour") if hours == 1 else translate("errors", "{count} hours").format(count=hours)


class WrongPassphrase(VaultError):
    """Counted: ``failures`` wrong attempts in a row; ``wait_seconds`` before the next one."""

    code = "wrong-passphrase"
    template = N_("errors", "This passphrase is wrong. Wrong attempts in a row: {failures}.")

    def __init__(self, failures: int = 1, wait_seconds: int = 0) -> None:
        self.failures, self.wait_seconds = failures, wait_seconds
        super().__init__(failures=failures, wait_seconds=wait_seconds)

    def message(self) -> str:
        text = translate("errors", self.template).format(**self.params)
        if self.wait_seconds > 0:
            text += " " + translate("errors", "To slow down guessing, the next attempt is possible in {time}.").format(
                time=waiting_time_text(self.wait_seconds))
        return text


class UnlockDelayed(VaultError):
    """Too many wrong passphrases: no attempt is even tried until the wait is over."""

    code = "unlock-delayed"
    template = N_(
        "errors",
        "Too many wrong passphrases ({failures} in a row). Try again in {time}, or unlock now with "
        "your recovery key.",
    )

    def __init__(self, failures: int = 0, wait_seconds: int = 0) -> None:
        self.failures, self.wait_seconds = failures, wait_seconds
        super().__init__(failures=failures, wait_seconds=wait_seconds, time=waiting_time_text(wait_seconds))

    def message(self) -> str:  # the waiting time in the language current now
        return translate("errors", self.template).format(**dict(self.params, time=waiting_time_text(self.wait_seconds)))


class AttemptRecordTampered(VaultError):
    code = "attempt-record-tampered"
    template = N_(
        "errors",
        "The record of wrong passphrase attempts for this vault was changed or deleted, so "
        "RecruitDesk waits as after many wrong attempts. Try again in {time}, or unlock now with "
        "your recovery key.",
    )

    def __init__(self, wait_seconds: int = 0) -> None:
        self.wait_seconds = wait_seconds
        super().__init__(wait_seconds=wait_seconds, time=waiting_time_text(wait_seconds))

    def message(self) -> str:  # the waiting time in the language current now
        return translate("errors", self.template).format(**dict(self.params, time=waiting_time_text(self.wait_seconds)))


class PassphraseTooShort(VaultError):
    code = "passphrase-too-short"
    template = N_("errors", "Choose a passphrase or PIN of at least {minimum} characters.")


class PassphrasesDiffer(VaultError):
    code = "passphrases-differ"
    template = N_("errors", "The two passphrases are not the same. Type the same passphrase twice.")


# --- keychain --------------------------------------------------------------------------------
class KeychainUnsafe(VaultError):
    code = "keychain-unsafe"
    template = N_(
        "errors",
        "The system keychain backend \"{backend}\" does not store secrets safely, so RecruitDesk "
        "will not use it. Install or unlock your system keychain (Windows Credential Locker, macOS "
        "Keychain, or a Secret Service such as GNOME Keyring or KWallet) and try again.",
    )


class KeychainTimeout(VaultError):
    code = "keychain-timeout"
    template = N_(
        "errors",
        "The system keychain did not answer within {seconds} seconds. Unlock your keychain "
        "(it may be waiting for your password) and try again, or use your recovery key.",
    )


class KeychainUnavailable(VaultError):
    code = "keychain-unavailable"
    template = N_(
        "errors",
        "The system keychain could not be used ({reason}). Unlock it and try again, or use your "
        "recovery key.",
    )


class KeychainReadBackFailed(VaultError):
    code = "keychain-read-back-failed"
    template = N_(
        "errors",
        "The system keychain accepted the vault's device key but did not give the same key back. "
        "RecruitDesk will not rely on it.",
    )


# --- files -----------------------------------------------------------------------------------
class VaultNotFound(VaultError):
    code = "vault-not-found"
    template = N_(
        "errors",
        "There is no vault in {folder}. Create one with \"recruitdesk vault init\" or choose another folder.",
    )


class VaultAlreadyExists(VaultError):
    code = "vault-already-exists"
    template = N_("errors", "There is already a vault in {folder}; it was left untouched.")


class DatabaseMissing(VaultError):
    code = "database-missing"
    template = N_(
        "errors",
        "The vault database {file} is missing, although the key file is there. "
        "Restore the vault from a backup into a new folder (first-run window: Restore from a backup; "
        "command line: recruitdesk vault restore-new BACKUP --folder NEW_FOLDER --recovery-key-file FILE).",
    )


class DatabaseEmpty(VaultError):
    code = "database-empty"
    template = N_(
        "errors",
        "The vault database {file} is empty (0 bytes) and was not opened. Restore the vault from a backup "
        "into a new folder (first-run window: Restore from a backup; command line: "
        "recruitdesk vault restore-new BACKUP --folder NEW_FOLDER --recovery-key-file FILE).",
    )


class DatabaseDamaged(VaultError):
    code = "database-damaged"
    template = N_(
        "errors",
        "The vault database {file} is damaged and cannot be read safely. It was not changed. "
        "Restore the vault from a backup into a new folder (first-run window: Restore from a backup; "
        "command line: recruitdesk vault restore-new BACKUP --folder NEW_FOLDER --recovery-key-file FILE).",
    )


class VaultBusy(VaultError):
    code = "vault-busy"
    template = N_(
        "errors",
        "The vault in {folder} stayed busy for several minutes: another program is still writing to it. "
        "Your last change was not saved. Close the other program, or wait, and try again.",
    )


class BackupOfDamagedVault(VaultError):
    code = "backup-of-damaged-vault"
    template = N_(
        "errors",
        "No backup was made: the integrity check found damaged pages in the vault database {file}, "
        "and a copy would preserve the damage. Restore the vault from an earlier backup.",
    )


class DatabaseNotEncrypted(VaultError):
    code = "database-not-encrypted"
    template = N_(
        "errors",
        "The file {file} is an unencrypted SQLite database, not a RecruitDesk vault. It was not opened.",
    )


class DatabaseNewerThanApp(VaultError):
    code = "database-newer"
    template = N_(
        "errors",
        "This vault was written by a newer version of RecruitDesk (schema {found}). Update RecruitDesk to open it.",
    )


class MigrationFailed(VaultError):
    code = "migration-failed"
    template = N_(
        "errors",
        "The vault could not be upgraded to this version of RecruitDesk. It was restored as it was; "
        "a backup is in {backup}.",
    )


class HeaderMissing(VaultError):
    code = "header-missing"
    template = N_(
        "errors",
        "The vault key file {file} is missing. Without it the vault cannot be opened. Restore the vault from a "
        "backup into a new folder with your recovery key (first-run window: Restore from a backup; command line: "
        "recruitdesk vault restore-new BACKUP --folder NEW_FOLDER --recovery-key-file FILE).",
    )


class HeaderEmpty(VaultError):
    code = "header-empty"
    template = N_(
        "errors",
        "The vault key file {file} is empty (0 bytes). Restore the vault from a backup into a new folder with "
        "your recovery key (first-run window: Restore from a backup; command line: "
        "recruitdesk vault restore-new BACKUP --folder NEW_FOLDER --recovery-key-file FILE).",
    )


class HeaderDamaged(VaultError):
    code = "header-damaged"
    template = N_(
        "errors",
        "The vault key file {file} is damaged (its checksum or format is wrong). Restore the vault from a backup "
        "into a new folder with your recovery key (first-run window: Restore from a backup; command line: "
        "recruitdesk vault restore-new BACKUP --folder NEW_FOLDER --recovery-key-file FILE).",
    )


class HeaderUnsupported(VaultError):
    code = "header-unsupported"
    template = N_(
        "errors",
        "The vault key file {file} has format version {version}, which this version of RecruitDesk cannot read.",
    )


class VaultInUse(VaultError):
    code = "vault-in-use"
    template = N_(
        "errors",
        "This vault is already open in another RecruitDesk window or process. Close it there first.",
    )


class FolderNotWritable(VaultError):
    code = "folder-not-writable"
    template = N_(
        "errors",
        "The vault folder {folder} is not writable. Choose another folder or fix its permissions.",
    )


class DiskError(VaultError):
    code = "disk-error"
    template = N_(
        "errors",
        "The disk holding {folder} reported an error while RecruitDesk used the vault. "
        "The last change was not saved; check the disk and try again.",
    )


class NotAFolder(VaultError):
    code = "not-a-folder"
    template = N_("errors", "{folder} is a file, not a folder. Choose a folder for the vault.")


class DiskFull(VaultError):
    code = "disk-full"
    template = N_("errors", "The disk holding {folder} is full. Free some space and try again; nothing was lost.")


# --- domain ----------------------------------------------------------------------------------
class UnknownPreset(RecruitDeskError):
    code = "unknown-preset"
    exit_code = 2
    template = N_("errors", "There is no retention preset called \"{name}\". Choose one of: {choices}.")


class PolicyFileUnreadable(RecruitDeskError):
    code = "policy-file-unreadable"
    exit_code = 2
    template = N_("errors", "The policy file {file} cannot be read ({reason}). Nothing was changed.")


class PolicyFileNotJson(RecruitDeskError):
    code = "policy-file-not-json"
    exit_code = 2
    template = N_(
        "errors",
        "The file {file} is not a policy file: it is not valid JSON (line {line}, column {column}). "
        "Nothing was changed.",
    )


class PolicyFileInvalid(RecruitDeskError):
    code = "policy-file-invalid"
    exit_code = 2
    template = N_("errors", "The policy file {file} cannot be used: {problem}. Nothing was changed.")


class PolicyFileNotWritten(RecruitDeskError):
    code = "policy-file-not-written"
    exit_code = 2
    template = N_("errors", "The policy could not be saved as {file} ({reason}).")


class CandidateNotFound(RecruitDeskError):
    code = "candidate-not-found"
    exit_code = 3
    template = N_("errors", "There is no candidate with number {id}.")


class ReasonRequired(RecruitDeskError):
    code = "reason-required"
    exit_code = 2
    template = N_("errors", "A legal hold or an extension needs a written reason (at least a few words).")


class ReleaseReasonRequired(RecruitDeskError):
    code = "release-reason-required"
    exit_code = 2
    template = N_("errors", "Releasing a legal hold needs a written reason (at least a few words), for example that the claim was settled.")


class ExtensionNotLater(RecruitDeskError):
    code = "extension-not-later"
    exit_code = 2
    template = N_("errors", "An extension must end after today.")


class CandidateOnLegalHold(RecruitDeskError):
    """Erasure refused: the candidate's data is kept for legal claims (GDPR Art. 17(3)(e)).

    The hold's reason is written by the firm and may name people, so it is shown to the user
    but kept out of ``str(error)`` (which can reach a log): only the code and the number are there.
    """

    code = "candidate-on-legal-hold"
    exit_code = 2
    template = N_(
        "errors",
        "Candidate {id} is on legal hold and cannot be erased (reason: \"{reason}\"). Nothing was erased. "
        "Release the hold first (Retention > Release legal hold, or: recruitdesk retention release {id} --reason TEXT), "
        "then erase again.",
    )

    def __init__(self, **params: object) -> None:
        super().__init__(**params)
        self.args = (f"{self.code}: candidate {params.get('id')}",)


class ConfirmationRequired(RecruitDeskError):
    code = "confirmation-required"
    exit_code = 2
    template = N_("errors", "Nothing was erased: add --yes to confirm that {count} candidates may be erased for good.")


class InvalidDate(RecruitDeskError):
    code = "invalid-date"
    exit_code = 2
    template = N_("errors", "\"{value}\" is not a date; write it as YYYY-MM-DD, for example 2026-03-31.")


class ErasureIncomplete(RecruitDeskError):
    code = "erasure-incomplete"
    exit_code = 1
    template = N_(
        "errors",
        "The candidates were erased, but the database log could not be cleared because the vault is busy. "
        "Close other RecruitDesk windows; the log is cleared when the vault is next closed.",
    )


class DocumentTraceRemains(RecruitDeskError):
    code = "document-trace-remains"
    exit_code = 1
    template = N_(
        "errors",
        "The file was removed, but the database log could not be cleared because the vault is busy. "
        "Close other RecruitDesk windows; the log is cleared when the vault is next closed.",
    )


class BackupNotFound(RecruitDeskError):
    code = "backup-not-found"
    exit_code = 2
    template = N_("errors", "There is no backup file {file}.")


class BackupKeysMissing(RecruitDeskError):
    code = "backup-keys-missing"
    exit_code = 2
    template = N_(
        "errors",
        "The backup {file} cannot be restored without its key file {keys}, which is written beside it. "
        "Copy both files together.",
    )


class BackupKeysDamaged(RecruitDeskError):
    code = "backup-keys-damaged"
    exit_code = 2
    template = N_("errors", "The backup key file {file} is damaged or does not belong to this backup. Nothing was restored.")


class BackupDamaged(RecruitDeskError):
    code = "backup-damaged"
    exit_code = 2
    template = N_("errors", "The backup {file} is damaged or incomplete and cannot be restored. Nothing was changed.")


class BackupOfAnotherVault(RecruitDeskError):
    code = "backup-of-another-vault"
    exit_code = 2
    template = N_(
        "errors",
        "The backup {file} belongs to another vault. Restore it into a new folder instead "
        "(recruitdesk vault restore-new).",
    )


class BackupCheckFailed(RecruitDeskError):
    code = "backup-check-failed"
    template = N_("errors", "The new backup did not pass its check (it did not open, or its contents differ) and was deleted. Nothing else was changed.")


class RecoveryKeyNeededForRestore(RecruitDeskError):
    code = "recovery-key-needed-for-restore"
    exit_code = 2
    template = N_(
        "errors",
        "Restoring into a new folder needs the vault's recovery key: give it with --recovery-key-file FILE "
        "(or RECRUITDESK_RECOVERY_KEY).",
    )


class RestoreConfirmationRequired(RecruitDeskError):
    code = "restore-confirmation-required"
    exit_code = 2
    template = N_("errors", "Nothing was restored: add --yes to confirm that the vault's current data may be replaced by the backup.")


# --- firm profile and backup settings ---------------------------------------------------------
class InvalidEmail(RecruitDeskError):
    code = "invalid-email"
    exit_code = 2
    template = N_("errors", "\"{value}\" is not an email address; write it as name@example.com.")


class InvalidUrl(RecruitDeskError):
    code = "invalid-url"
    exit_code = 2
    template = N_("errors", "\"{value}\" is not a web address; write it in full, starting with https:// or http://.")


class InvalidBackupInterval(RecruitDeskError):
    code = "invalid-backup-interval"
    exit_code = 2
    template = N_("errors", "Automatic backups run every {low} to {high} days, or 0 to turn them off.")


class BackupFolderNotAbsolute(RecruitDeskError):
    code = "backup-folder-not-absolute"
    exit_code = 2
    template = N_("errors", "The backup folder \"{folder}\" must be a full path, such as one chosen with Browse.")


class BackupFolderIsAFile(RecruitDeskError):
    code = "backup-folder-is-a-file"
    exit_code = 2
    template = N_("errors", "{folder} is a file, not a folder. Choose a folder for the backups.")


class FirmNameTooLong(RecruitDeskError):
    code = "firm-name-too-long"
    exit_code = 2
    template = N_("errors", "The firm name may be at most {limit} characters long.")


class UnknownCountry(RecruitDeskError):
    code = "unknown-country"
    exit_code = 2
    template = N_("errors", "\"{value}\" is not a country RecruitDesk reads phone numbers for. Choose one of: {choices}.")


class AutoLockOutOfRange(RecruitDeskError):
    code = "auto-lock-out-of-range"
    exit_code = 2
    template = N_("errors", "The vault locks itself after {low} to {high} minutes without use; choose a time in that range.")


# --- team server ------------------------------------------------------------------------------
# ``server`` is the team server's host and port (never a password, never candidate data).
class TeamServerError(RecruitDeskError):
    """A fault of the team vault's PostgreSQL server; the local vault is never touched by one."""

    exit_code = 1


class TeamServerUnreachable(TeamServerError):
    code = "team-server-unreachable"
    template = N_(
        "errors",
        "The team server {server} cannot be reached. Check the address, that the server is running and "
        "this computer's network connection, then try again. Nothing was saved on the server.",
    )


class TeamServerLoginRefused(TeamServerError):
    code = "team-server-login-refused"
    template = N_(
        "errors",
        "The team server {server} refused the user name or password. Check them (ask the team's "
        "administrator) and try again.",
    )


class TeamServerLoginDisabled(TeamServerLoginRefused):
    """The member's own database login was locked out: their membership was revoked."""

    code = "team-server-login-disabled"
    template = N_(
        "errors",
        "The team server {server} no longer lets this computer's login in: an administrator revoked this "
        "computer's membership of the team vault. Ask an administrator for a new enrolment code.",
    )


class TeamServerTlsUnavailable(TeamServerError):
    code = "team-server-tls-unavailable"
    template = N_(
        "errors",
        "The team server {server} does not offer an encrypted (TLS) connection, and this connection requires "
        "one. Nothing was sent. Ask the server's administrator to enable TLS.",
    )


class TeamServerConnectionLost(TeamServerError):
    code = "team-server-connection-lost"
    template = N_(
        "errors",
        "The connection to the team server {server} was lost (the server may have restarted). The change "
        "that was being saved was not stored; nothing is half-written. Try again.",
    )


class TeamServerBusy(TeamServerError):
    """Another member's transaction held a lock longer than this client's lock wait (``seconds``)."""

    code = "team-server-busy"
    template = N_(
        "errors",
        "The team vault is busy: another member's work holds the records this change needs, and waiting "
        "{time} did not free them. Nothing was saved. Try again in a moment.",
    )

    def __init__(self, server: str = "", seconds: int = 1) -> None:
        self.seconds = seconds
        super().__init__(server=server, seconds=seconds, time=waiting_time_text(seconds))

    def message(self) -> str:  # the waiting time in the language current now
        return translate("errors", self.template).format(**dict(self.params, time=waiting_time_text(self.seconds)))


class TeamDemoNeedsPostgres(RecruitDeskError):
    """``--demo --team`` starts a PostgreSQL server of its own, and this computer has none of its programs."""

    code = "team-demo-needs-postgres"
    template = N_(
        "errors",
        "The team demo starts a throwaway PostgreSQL server on this computer, but PostgreSQL's server programs "
        "(initdb, pg_ctl) were not found. Install them: on Debian or Ubuntu with 'sudo apt-get install postgresql', "
        "on macOS with 'brew install postgresql', or with 'pip install pgserver' (Python 3.12 or older). Then try again.",
    )


class TeamDemoServerFailed(RecruitDeskError):
    """The throwaway server of ``--demo --team`` did not start (its reason is logged, without personal data)."""

    code = "team-demo-server-failed"
    template = N_(
        "errors",
        "The throwaway PostgreSQL server for the team demo did not start. Details without personal data were written "
        "to {file}.",
    )


class TeamSchemaNewer(TeamServerError):
    code = "team-schema-newer"
    template = N_(
        "errors",
        "This team vault was upgraded by a newer version of RecruitDesk (vault format {found}; this version "
        "knows up to {supported}). To protect the team's data nothing is changed from this computer. Update "
        "RecruitDesk, then try again.",
    )


class TeamServerRefusedWrite(TeamServerError):
    """PostgreSQL refused a statement for lack of privilege: the member's database login does not have the right."""

    code = "team-server-refused-write"
    template = N_(
        "errors",
        "The team server {server} refused this change: your database login is not allowed to make it (for "
        "example a read-only data protection officer's login). Nothing was changed.",
    )


# --- members: enrolment codes, roles and revocation (issue 16, part f) ---------------------------------------

class TeamMemberError(RecruitDeskError):
    """A member action the team vault refuses for a reason the user can fix or must know."""


class EnrolmentCodeMalformed(TeamMemberError):
    code = "team-enrolment-code-malformed"
    template = N_(
        "errors",
        "This is not an enrolment code. A code has 20 letters and digits in four groups of five, for example "
        "7K3QX-M2PA9-RT4VW-0CE8H. Check what you typed against the code the administrator gave you.",
    )


class EnrolmentCodeUnknown(TeamMemberError):
    code = "team-enrolment-code-unknown"
    template = N_(
        "errors",
        "This enrolment code is not valid for this team vault. Check that you typed it exactly as the "
        "administrator gave it and that you are joining the right server; otherwise ask for a new code.",
    )


class EnrolmentCodeExpired(TeamMemberError):
    code = "team-enrolment-code-expired"
    template = N_(
        "errors",
        "This enrolment code has expired. Ask the team's administrator for a new code.",
    )


class EnrolmentCodeUsed(TeamMemberError):
    code = "team-enrolment-code-used"
    template = N_(
        "errors",
        "This enrolment code has already been used: a code works only once. If you did not use it yourself, "
        "tell the team's administrator at once, and ask for a new code.",
    )


class EnrolmentCodeWithdrawn(TeamMemberError):
    code = "team-enrolment-code-withdrawn"
    template = N_(
        "errors",
        "This enrolment code was withdrawn because the team's keys were renewed after a member left. Ask the "
        "team's administrator for a new code.",
    )


ROLE_NAMES = {
    "recruiter": N_("team roles", "recruiter"),
    "admin": N_("team roles", "administrator"),
    "dpo": N_("team roles", "data protection officer (read only)"),
}


class TeamActionNotAllowed(TeamMemberError):
    """The member's role does not permit an action; ``action`` is an English phrase marked with N_ ("team roles")."""

    code = "team-action-not-allowed"
    template = N_(
        "errors",
        "Your role in this team vault ({role}) does not allow you to {action}. Nothing was changed. Ask a team "
        "administrator if you need this.",
    )

    def __init__(self, role: str = "recruiter", action: str = "") -> None:
        self.role_value = role
        self.action_text = action
        super().__init__(role=ROLE_NAMES.get(role, role), action=action)

    def message(self) -> str:  # the role and the action in the language current now
        return translate("errors", self.template).format(
            role=translate("team roles", ROLE_NAMES.get(self.role_value, self.role_value)),
            action=translate("team roles", self.action_text))


class TeamPolicyChanged(TeamMemberError):
    """An administrator saves a retention policy over a version a colleague replaced meanwhile."""

    code = "team-policy-changed"
    template = N_(
        "errors",
        "Another member saved a retention policy meanwhile (version {version} is in force now). Your rules were not "
        "saved; they are still shown. Compare them with the policy in force and save again if they should replace it.",
    )


class LastAdministrator(TeamMemberError):
    code = "team-last-administrator"
    template = N_(
        "errors",
        "This is the team's last administrator. Make another member an administrator first, so that someone "
        "can still manage the team.",
    )


class RevocationUnfinished(TeamMemberError):
    code = "team-revocation-unfinished"
    template = N_(
        "errors",
        "A member's revocation is not finished yet: {moved} of {total} candidates have been moved to the new "
        "keys. An administrator must finish it first; then try again.",
    )


class CandidateKeyRenewalUnfinished(TeamMemberError):
    code = "team-candidate-key-renewal-unfinished"
    template = N_(
        "errors",
        "Every candidate key is being renewed: {renewed} of {total} candidates have their new key. An administrator "
        "must finish the renewal first; then try again.",
    )


# --- a team vault's folder on this computer (services.team_vault) ---------------------------------------------

class TeamFolderMissing(TeamMemberError):
    code = "team-folder-missing"
    exit_code = 2
    template = N_(
        "errors",
        "There is no team vault in {folder}. Create one (recruitdesk team create) or join one with the code "
        "an administrator gave you (recruitdesk team join), or name the right folder with --vault.",
    )


class TeamFolderDamaged(TeamMemberError):
    code = "team-folder-damaged"
    exit_code = 2
    template = N_(
        "errors",
        "The team vault's settings file {file} is damaged and cannot be read. Nothing on the server was changed. "
        "Join the team again in a new folder with a new code from an administrator.",
    )


class TeamFolderInUse(TeamMemberError):
    code = "team-folder-in-use"
    exit_code = 2
    template = N_(
        "errors",
        "The folder {folder} already holds a vault, so no team vault was set up there and nothing in it was "
        "changed. Choose an empty folder, or one that does not exist yet.",
    )


class TeamFolderNotWritable(TeamMemberError):
    code = "team-folder-not-writable"
    exit_code = 2
    template = N_(
        "errors",
        "RecruitDesk cannot create or write to the folder {folder}, so nothing was set up, neither on the server nor "
        "on this computer. Choose a folder you can write to.",
    )


class TeamDatabaseInUse(TeamMemberError):
    code = "team-database-in-use"
    template = N_(
        "errors",
        "The database on {server} already holds a team vault, so no new team was created there. To work in that "
        "team, join it with an enrolment code from its administrator; to start a new team, ask for an empty database.",
    )


class TeamNotAMember(TeamMemberError):
    code = "team-not-a-member"
    template = N_(
        "errors",
        "This computer is not (or no longer) a member of the team vault on {server}: its key is missing from "
        "this computer's keychain, or an administrator revoked it. Ask an administrator for a new enrolment code.",
    )


class TeamCannotRevokeSelf(TeamMemberError):
    code = "team-cannot-revoke-self"
    template = N_(
        "errors",
        "You cannot revoke your own membership. Ask another administrator to do it.",
    )


class TeamMemberUnknown(TeamMemberError):
    code = "team-member-unknown"
    exit_code = 2
    template = N_(
        "errors",
        "No member of this team is called \"{member}\" or has an id starting with it. "
        "See the members with: recruitdesk team members",
    )


class TeamMemberAmbiguous(TeamMemberError):
    code = "team-member-ambiguous"
    exit_code = 2
    template = N_(
        "errors",
        "More than one member matches \"{member}\". Name the member by more digits of their id "
        "(recruitdesk team members lists them).",
    )


class TeamCandidateUnknown(TeamMemberError):
    code = "team-candidate-unknown"
    exit_code = 2
    template = N_(
        "errors",
        "No candidate of the team matches \"{candidate}\". See the candidates with: recruitdesk team candidates",
    )

    def __init__(self, **params: object) -> None:  # the reference may be a name: shown, never in str(error)
        super().__init__(**params)
        self.args = (self.code,)


class TeamCandidateAmbiguous(TeamMemberError):
    code = "team-candidate-ambiguous"
    exit_code = 2
    template = N_(
        "errors",
        "{count} candidates match \"{candidate}\". Name the candidate by the first digits of their id "
        "(recruitdesk team candidates --search TEXT lists them).",
    )

    def __init__(self, **params: object) -> None:  # the reference may be a name: shown, never in str(error)
        super().__init__(**params)
        self.args = (self.code,)


class TeamServerAddressInvalid(TeamMemberError):
    code = "team-server-address-invalid"
    exit_code = 2
    template = N_(
        "errors",
        "\"{address}\" is not a PostgreSQL server address. Write it as "
        "postgresql://USER@HOST:PORT/DATABASE?sslmode=require.",
    )


class TeamPasswordInAddress(TeamMemberError):
    code = "team-password-in-address"
    exit_code = 2
    template = N_(
        "errors",
        "Do not put the password in the server address: it would be kept in plain text. Give the address "
        "without it and set RECRUITDESK_TEAM_PASSWORD (or type it when asked); it is kept in this computer's keychain.",
    )



class TeamVacancyGone(TeamMemberError):
    code = "team-vacancy-gone"
    template = N_("errors", "This vacancy or application is no longer in the team vault. Nothing was saved.")


class TeamVacancyClosed(TeamMemberError):
    code = "team-vacancy-closed"
    template = N_("errors", "This vacancy is already closed (filled or cancelled); its applications can no longer change.")


class TeamAlreadyApplied(TeamMemberError):
    code = "team-already-applied"
    template = N_("errors", "This candidate is already in this vacancy.")


class TeamHiredNotInVacancy(TeamMemberError):
    code = "team-hired-not-in-vacancy"
    template = N_("errors", "Only a candidate in this vacancy can be hired for it. Nothing was closed.")


class TeamHiredWhenCancelled(TeamMemberError):
    code = "team-hired-when-cancelled"
    template = N_("errors", "A cancelled vacancy hires nobody: choose \"Close as filled\" to hire someone.")


class TeamUnknownStage(TeamMemberError):
    code = "team-unknown-stage"
    template = N_("errors", "This stage is not one of the vacancy's stages.")


class TeamCandidateGone(TeamMemberError):
    """The candidate was erased (by another member, or a retention check) after this window showed them."""

    code = "team-candidate-gone"
    template = N_(
        "errors",
        "This candidate is no longer in the team vault: another member or the retention check erased them. "
        "Nothing was saved. Your text is still in the window if you want to copy it.",
    )


class CommandNotForTeamVault(TeamMemberError):
    code = "command-not-for-team-vault"
    exit_code = 2
    template = N_(
        "errors",
        "\"recruitdesk {command}\" works on a local vault, and this folder holds a team vault. Do it in the team window "
        "(recruitdesk --vault with this folder), or see \"recruitdesk team --help\" for what the command line does with a team.",
    )


class OptionNotForTeamVault(TeamMemberError):
    code = "option-not-for-team-vault"
    exit_code = 2
    template = N_("errors", "The option {option} works on a local vault only; this folder holds a team vault. Nothing was done.")


class BackupNotForTeamVault(TeamMemberError):
    """``backup`` and ``restore`` copy a local vault's file; a team's data lives on its server, backed up there."""

    code = "backup-not-for-team-vault"
    exit_code = 2
    template = N_(
        "errors",
        "\"recruitdesk {command}\" backs up or restores a local vault, and this folder holds only this computer's settings for a "
        "team vault. A team vault's backups are the server's: its operator backs up the PostgreSQL database (pg_dump, or base "
        "backups with the write-ahead log) and restores it there (see docs/team-vault.md). Nothing was done.",
    )


class TeamRecordGone(TeamMemberError):
    """A note, document, consent, vacancy or other record was removed (or erased with its candidate) after this window showed it."""

    code = "team-record-gone"
    template = N_(
        "errors",
        "What you were changing is no longer in the team vault: another member removed it, or erased the candidate "
        "it belonged to. Nothing was saved. Your text is still in the window if you want to copy it.",
    )


class TeamKeysChanged(TeamMemberError):
    """The team's keys or this member's role changed while the window was open, and reopening did not settle it."""

    code = "team-keys-changed"
    template = N_(
        "errors",
        "The team vault's keys or your role changed while this window was open (an administrator revoked a member "
        "or changed your role). Nothing was saved. Close the team window and open it again.",
    )


class TeamCandidateOnLegalHold(TeamMemberError):
    """Erasure refused in a team vault: the candidate is on legal hold (GDPR Art. 17(3)(e)).

    The hold's reason is firm-written and may name people: shown to the user, never in ``str(error)``."""

    code = "team-candidate-on-legal-hold"
    exit_code = 2
    template = N_(
        "errors",
        "This candidate is on legal hold and cannot be erased (reason: \"{reason}\"). Nothing was erased. "
        "Release the hold first (Candidate > Retention…), then erase again.",
    )

    def __init__(self, **params: object) -> None:
        super().__init__(**params)
        self.args = (self.code,)

MIGRATION_KIND_NAMES = {
    "candidates": N_("migration", "candidates"), "documents": N_("migration", "documents"), "notes": N_("migration", "notes"),
    "note_versions": N_("migration", "earlier versions of notes"),
    "consents": N_("migration", "consents"), "requests": N_("migration", "requests"), "vacancies": N_("migration", "vacancies"),
    "applications": N_("migration", "applications in a vacancy's procedure"), "contacts": N_("migration", "contact history entries"),
    "stage_moves": N_("migration", "stage moves of applications"),
    "firm_profile": N_("migration", "firm profile"),
    "suppression": N_("migration", "suppression list entries"),
    "suppression_removed": N_("migration", "suppression list entries removed earlier (kept in the local vault with their reasons)"),
}


class MigrationCountMismatch(TeamMemberError):
    code = "migration-count-mismatch"
    template = N_(
        "errors",
        "The copy into the team vault is incomplete: the local vault has {expected} {kind}, the team vault {found}. "
        "The local vault's data was not changed and it stays the one to use. Empty the team database (or use a new "
        "one) and run the copy again.",
    )

    def message(self) -> str:  # the kind in the language current now
        kind = str(self.params.get("kind", ""))
        return translate("errors", self.template).format(
            **{**self.params, "kind": translate("migration", MIGRATION_KIND_NAMES.get(kind, kind))})
