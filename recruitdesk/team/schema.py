"""The team vault's tables on PostgreSQL: opaque ids, versions, dates and ciphertext only.

What the server can read is deliberately small: random UUIDs, a version per candidate (for
optimistic concurrency), the dates retention needs (created, last updated, deadline), which
epoch a candidate key is wrapped under, member roles and public keys, and the blind tokens.
Names, e-mails, CV text and member labels are AES-GCM ciphertext (``bytea``).

The tables are created and changed by the team's own Alembic chain (``team/migrations``, run by
``schema_migrations.upgrade``); a change here needs a new revision there, which
``tests/team/test_team_schema_migrations.py`` checks.
"""

from __future__ import annotations

from sqlalchemy import (BigInteger, Boolean, Column, Date, DateTime, ForeignKey, Integer, LargeBinary, MetaData, String, Table,
                        Uuid, CheckConstraint, Index, UniqueConstraint, false, text)
from sqlalchemy.dialects.postgresql import ARRAY

metadata = MetaData()

team = Table(
    "team", metadata,
    Column("team_id", Uuid, primary_key=True),
    Column("generation", Integer, nullable=False),  # the team key generation currently in use
    Column("recovery_public_key", LargeBinary, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

members = Table(
    "team_members", metadata,
    Column("member_id", Uuid, primary_key=True),
    Column("role", String(16), CheckConstraint("role IN ('recruiter', 'admin', 'dpo')"), nullable=False),
    Column("device_public_key", LargeBinary, nullable=False),
    Column("label_sealed", LargeBinary, nullable=False),  # the member's display name, under the team key
    Column("joined_at", DateTime(timezone=True), nullable=False),
    Column("revoked_at", DateTime(timezone=True)),
    # The member's own database login (t003; ``member_logins``), NULL where the server gave the team none.
    Column("login", String(63)),
    # The team key generation the device key pair was made at (t017; a trigger fills it in on insert):
    # older than the team's generation, the member's client renews it (``device_keys``).
    Column("device_key_generation", Integer),
)

team_key_wraps = Table(
    "team_key_wraps", metadata,
    Column("generation", Integer, primary_key=True),
    Column("holder", String(64), primary_key=True),  # "member:<uuid>" or "recovery"
    Column("sealed_key", LargeBinary, nullable=False),
)

epochs = Table(
    "team_epochs", metadata,
    Column("epoch_id", Integer, primary_key=True, autoincrement=False),
    Column("sealed_key", LargeBinary, nullable=False),  # under the team key of the current generation
    Column("started_on", Date, nullable=False),
)

candidates = Table(
    "team_candidates", metadata,
    Column("candidate_id", Uuid, primary_key=True),
    Column("version", Integer, nullable=False),
    Column("epoch_id", Integer, ForeignKey("team_epochs.epoch_id"), nullable=False),
    Column("wrapped_key", LargeBinary, nullable=False),
    Column("created_on", Date, nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("deadline", Date),
    Column("name_sealed", LargeBinary, nullable=False),
    Column("email_sealed", LargeBinary),
    Column("cv_text_sealed", LargeBinary),
    Column("phone_sealed", LargeBinary),  # phone, city and LinkedIn address (part 16g), padded to 64 bytes
    Column("city_sealed", LargeBinary),
    Column("linkedin_sealed", LargeBinary),
    # Retention (t002): the facts the countdown is computed from (source, application and contact
    # dates, procedures, a legal hold or extension and its reason), sealed like the name; in plain
    # beside them only what the server already needs to schedule: the next day on which time alone
    # can change the countdown, and the version of the team's policy the deadline was computed by.
    Column("facts_sealed", LargeBinary),
    Column("next_change", Date),
    Column("policy_version", Integer),
    # t005: processing restricted after a rights request (GDPR Art. 18): kept, shown as such, not used.
    Column("restricted", Boolean, nullable=False, server_default=false()),
    # t006: the facts' own version, so a colleague's retention edit and a personal-field edit of the
    # same candidate do not refuse each other; each is checked against the version it started from.
    Column("facts_version", Integer, nullable=False, server_default="1"),
)

# One row per candidate: its blind tokens as one sorted bigint[] under a GIN index. Measured at 10,000
# candidates against one (token, candidate) row per token (tests/benchmarks/team_benchmark.py): the
# same 2.7 million tokens took 271 MB there (a 48-byte tuple per token plus two B-tree entries) and a
# fraction of that here (GIN keeps one entry per distinct token with a compressed list of rows), and an
# erasure's VACUUM has that much less index to scan. A query asks for rows holding every query token
# (``@>``), the same AND of prefixes as the local vault.
tokens = Table(
    "team_candidate_tokens", metadata,
    Column("candidate_id", Uuid, ForeignKey("team_candidates.candidate_id", ondelete="CASCADE"), primary_key=True),
    Column("tokens", ARRAY(BigInteger), nullable=False),
)

# The team's retention policy (t002), one row per version: the rules of the firm's published
# privacy statement, so in plain on the server (they name no candidate). An admin sets it; every
# client computes countdowns from the newest row.
policies = Table(
    "team_policies", metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("preset", String(32)),  # the preset it came from, if any
    Column("rules_json", String, nullable=False),
    Column("set_at", DateTime(timezone=True), nullable=False),
    Column("set_by", String(64), nullable=False),  # "member:<uuid>"
)

meta = Table(
    "team_meta", metadata,
    Column("name", String(64), primary_key=True),  # "schema_version", "retention_checked_on"
    Column("value", String(64), nullable=False),
)

audit = Table(
    "team_audit", metadata,
    Column("entry_id", BigInteger, primary_key=True, autoincrement=False),  # 1, 2, 3... in commit order
    Column("actor", String(64), nullable=False),  # "member:<uuid>" or "recovery"
    Column("action", String(32), nullable=False),
    Column("candidate_id", Uuid),  # an opaque id; the candidate's row may be gone (erased)
    Column("version", Integer),
    Column("member_id", Uuid),  # the member a member change is about (invited, joined, role changed, revoked)
    Column("detail", String(32)),  # a code, never personal data: the role given, for instance
    Column("at", DateTime(timezone=True), nullable=False),
    Column("record_id", Uuid),  # the document, note, consent, request, vacancy or tag changed (part 16g)
    Column("previous_hash", LargeBinary, nullable=False),
    Column("entry_hash", LargeBinary, nullable=False),
)
Index("team_audit_by_candidate", audit.c.candidate_id)  # t009: one candidate's timeline (the Candidate dock)

# --- members (issue 16, part f): one-time enrolment codes and the resumable revocation ---------------------------
invites = Table(
    "team_invites", metadata,
    Column("invite_id", Uuid, primary_key=True),
    # SHA-256 of a key derived from the code: finds the row when the code is typed, opens nothing.
    Column("code_verifier", LargeBinary, nullable=False, unique=True),
    Column("member_id", Uuid, nullable=False),  # the id the new member gets, named in the audit from the invitation on
    Column("role", String(16), CheckConstraint("role IN ('recruiter', 'admin', 'dpo')"), nullable=False),
    Column("label_sealed", LargeBinary, nullable=False),  # the member's display name, under the team key
    Column("generation", Integer, nullable=False),  # the team key generation sealed below
    Column("team_key_sealed", LargeBinary),  # the team key under a key derived from the code; NULL once used or withdrawn
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False),
    Column("redeemed_at", DateTime(timezone=True)),
    Column("login", String(63)),  # the login made for the new member, derived from the code (t003)
    # The deadline by the server's clock (its now() plus the validity), enforced by the redeem function (t011);
    # NULL on invitations made before t011 or by an older client, which the server holds to expires_at.
    Column("server_expires_at", DateTime(timezone=True)),
)

rotations = Table(
    "team_rotations", metadata,  # a revocation whose candidates are still being moved to the new keys
    Column("generation", Integer, primary_key=True, autoincrement=False),  # the generation the rotation moves to
    Column("epoch_id", Integer, nullable=False),  # the epoch every candidate key ends up under
    Column("revoked_member_id", Uuid, nullable=False),
    # the previous generation's search key under the new team key: searches use both token sets meanwhile
    Column("previous_search_key_sealed", LargeBinary, nullable=False),
    Column("started_at", DateTime(timezone=True), nullable=False),
)
# --- end of part f ---------------------------------------------------------------------------------------

Index("team_candidate_tokens_by_token", tokens.c.tokens, postgresql_using="gin")
Index("team_candidates_by_epoch", candidates.c.epoch_id)
Index("team_candidates_by_next_change", candidates.c.next_change)

# --- Content records (issue 16, part 16g) ------------------------------------------------------
# A candidate's documents, notes, consents and request details are sealed under the candidate's
# key and go with the candidate by ON DELETE CASCADE; vacancies and tags are firm data, sealed
# under the firm key (random, itself sealed under the team key of each generation). Plain
# columns: opaque ids, versions, a code (document kind, note kind, consent purpose, request kind
# and vacancy status) and dates; everything a person wrote or a file held is ciphertext.

firm_keys = Table(
    "team_firm_keys", metadata,
    Column("generation", Integer, primary_key=True),
    Column("sealed_key", LargeBinary, nullable=False),  # the firm key, under this generation's team key
)

_CANDIDATE_FK = "team_candidates.candidate_id"

documents = Table(
    "team_documents", metadata,
    Column("document_id", Uuid, primary_key=True),
    Column("candidate_id", Uuid, ForeignKey(_CANDIDATE_FK, ondelete="CASCADE"), nullable=False, index=True),
    Column("version", Integer, nullable=False),
    Column("kind", String(20), nullable=False),  # cv, application (an e-mail), evidence
    Column("added_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("filename_sealed", LargeBinary, nullable=False),
    Column("media_type_sealed", LargeBinary, nullable=False),
    Column("content_sealed", LargeBinary, nullable=False),  # the file, padded to 4 KiB
    Column("text_sealed", LargeBinary),  # the extracted text, padded to 4 KiB
)

document_tokens = Table(  # one row per document, its tokens in one array, as team_candidate_tokens
    "team_document_tokens", metadata,
    Column("document_id", Uuid, ForeignKey("team_documents.document_id", ondelete="CASCADE"), primary_key=True),
    Column("candidate_id", Uuid, ForeignKey(_CANDIDATE_FK, ondelete="CASCADE"), nullable=False, index=True),
    Column("tokens", ARRAY(BigInteger), nullable=False),
)
Index("team_document_tokens_by_token", document_tokens.c.tokens, postgresql_using="gin")

notes = Table(
    "team_notes", metadata,
    Column("note_id", Uuid, primary_key=True),
    Column("candidate_id", Uuid, ForeignKey(_CANDIDATE_FK, ondelete="CASCADE"), nullable=False, index=True),
    Column("version", Integer, nullable=False),
    Column("kind", String(30), nullable=False),  # interview, phone_screen, online_screening
    Column("author", String(64), nullable=False),  # the writing holder, "member:<uuid>" (opaque)
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("content_sealed", LargeBinary, nullable=False),  # body, source, discussed with the candidate
)

# t015: what an edit of a note replaced, one row per edit (notes are evidence of how a candidate was
# assessed, so an edit never overwrites). Plain: an opaque id, the note's and the candidate's ids, the
# version whose content was replaced, the replacing member's opaque holder name and when; the replaced
# body, source and flag are sealed under the candidate's key, bound to the note and that version.
note_revisions = Table(
    "team_note_revisions", metadata,
    Column("revision_id", Uuid, primary_key=True),
    Column("note_id", Uuid, ForeignKey("team_notes.note_id", ondelete="CASCADE"), nullable=False, index=True),
    Column("candidate_id", Uuid, ForeignKey(_CANDIDATE_FK, ondelete="CASCADE"), nullable=False, index=True),
    Column("version", Integer, nullable=False),  # the note's version whose content this is
    Column("replaced_by", String(64), nullable=False),  # the editing holder, "member:<uuid>" (opaque)
    Column("replaced_at", DateTime(timezone=True), nullable=False),
    Column("content_sealed", LargeBinary, nullable=False),  # body, source, discussed with the candidate
    UniqueConstraint("note_id", "version", name="uq_team_note_revisions_note_version"),
)

# t016: each release of a legal hold, with the written reason the release needs (as locally); the local
# vault asks for the reason and keeps only its length in the audit trail, the team keeps the text too,
# sealed under the candidate's key (bound to the release), so it goes with the candidate's erasure.
# Plain: an opaque id, the candidate's id, the releasing member's opaque holder name and when.
hold_releases = Table(
    "team_hold_releases", metadata,
    Column("release_id", Uuid, primary_key=True),
    Column("candidate_id", Uuid, ForeignKey(_CANDIDATE_FK, ondelete="CASCADE"), nullable=False, index=True),
    Column("released_by", String(64), nullable=False),  # the releasing holder, "member:<uuid>" (opaque)
    Column("released_at", DateTime(timezone=True), nullable=False),
    Column("content_sealed", LargeBinary, nullable=False),  # the reason
)

consents = Table(
    "team_consents", metadata,
    Column("consent_id", Uuid, primary_key=True),
    Column("candidate_id", Uuid, ForeignKey(_CANDIDATE_FK, ondelete="CASCADE"), nullable=False, index=True),
    Column("version", Integer, nullable=False),
    Column("purpose", String(40), nullable=False),  # a code: recruitment_reserve, share_with_clients, ...
    Column("given_on", Date, nullable=False),
    Column("expires_on", Date),
    Column("withdrawn_on", Date),
    Column("evidence_document_id", Uuid, ForeignKey("team_documents.document_id", ondelete="SET NULL")),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("content_sealed", LargeBinary, nullable=False),  # channel, wording version, the wording itself
)

requests = Table(
    "team_requests", metadata,  # the register: what the DPO must be able to show after an erasure
    Column("request_id", Uuid, primary_key=True),
    Column("candidate_id", Uuid, ForeignKey(_CANDIDATE_FK, ondelete="SET NULL"), index=True),
    Column("version", Integer, nullable=False),
    Column("kind", String(30), nullable=False),  # access, erasure, rectification, objection, ...
    Column("received_on", Date, nullable=False),
    Column("due_on", Date, nullable=False),
    Column("extended_to", Date),
    Column("completed_on", Date),
    Column("recorded_by", String(64), nullable=False),  # the recording holder, "member:<uuid>" (opaque)
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

request_details = Table(
    "team_request_details", metadata,  # personal details, erased with the candidate the request is about
    Column("request_id", Uuid, ForeignKey("team_requests.request_id", ondelete="CASCADE"), primary_key=True),
    Column("candidate_id", Uuid, ForeignKey(_CANDIDATE_FK, ondelete="CASCADE"), index=True),
    Column("content_sealed", LargeBinary, nullable=False),  # under the candidate key, or the firm key without one
)

vacancies = Table(
    "team_vacancies", metadata,
    Column("vacancy_id", Uuid, primary_key=True),
    Column("version", Integer, nullable=False),
    Column("status", String(20), nullable=False),  # open, on_hold, filled, cancelled
    Column("opened_on", Date, nullable=False),
    Column("closed_on", Date),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("content_sealed", LargeBinary, nullable=False),  # title, client, location, owner, stages
)

tags = Table(
    "team_tags", metadata,
    Column("tag_id", Uuid, primary_key=True),
    Column("version", Integer, nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("label_sealed", LargeBinary, nullable=False),
)

candidate_tags = Table(
    "team_candidate_tags", metadata,
    Column("candidate_id", Uuid, ForeignKey(_CANDIDATE_FK, ondelete="CASCADE"), primary_key=True),
    Column("tag_id", Uuid, ForeignKey("team_tags.tag_id", ondelete="CASCADE"), primary_key=True, index=True),
    Column("tagged_at", DateTime(timezone=True), nullable=False),
)

# t005: keyed digests of the e-mail addresses and phone numbers of people who objected or asked for
# erasure, so an import recognises them if their CV comes back, without the team keeping who they
# are (``team.suppression``). Not a candidate's data: it outlives their erasure by design.
# t012: an entry has an opaque id and can be removed by an administrator (``removed_at`` and the
# member's holder name plain, the written reason sealed under the firm key since it may name
# someone); a removed row stays, not matching, so the list's history can be shown, and a later
# request for the same person adds a new row (one active row per digest, the partial unique index).
suppression = Table(
    "team_suppression", metadata,
    Column("entry_id", Uuid, primary_key=True),
    Column("digest", LargeBinary, nullable=False),
    Column("kind", String(10), nullable=False),  # email, phone
    Column("basis", String(20), nullable=False),  # objection, erasure_request; manual (carried from a local vault)
    Column("basis_on", Date, nullable=False),  # the day the request was received (a manual entry: the day it was made)
    Column("request_id", Uuid, ForeignKey("team_requests.request_id", ondelete="SET NULL")),
    Column("added_at", DateTime(timezone=True), nullable=False),
    # t010: NULL for a digest under the team's own key; else the carried key it was made under.
    Column("key_id", Uuid, ForeignKey("team_suppression_keys.key_id")),
    Column("removed_at", DateTime(timezone=True)),  # t012: NULL while the entry matches
    Column("removed_by", String(64)),  # t012: the removing member's holder name ("member:<uuid>")
    Column("removed_sealed", LargeBinary),  # t012: the written reason, sealed under the firm key
    Index("uq_team_suppression_active", "digest", unique=True, postgresql_where=text("removed_at IS NULL")),
)

# t010: the digest keys carried in with a local vault's suppression list by ``vault migrate`` (the
# digests cannot be re-keyed: the people were erased). Each is the local vault's identifier-hash key
# (never its master key) with the phone regions its digests were normalised in, sealed under the firm
# key (``team.suppression``). Plain: an opaque id and when it came. Written by administrators only.
suppression_keys = Table(
    "team_suppression_keys", metadata,
    Column("key_id", Uuid, primary_key=True),
    Column("added_at", DateTime(timezone=True), nullable=False),
    Column("key_sealed", LargeBinary, nullable=False),
)

# A candidate in a vacancy's procedure (t004, ``team.applications``). Plain: which candidate is in
# which vacancy (opaque ids), the version and the dates; ``ended_on`` NULL means still open, so a
# closing finds a vacancy's open applications without opening anyone. The stage and the outcome are
# sealed under the candidate's key and go with them on erasure.
applications = Table(
    "team_applications", metadata,
    Column("application_id", Uuid, primary_key=True),
    Column("candidate_id", Uuid, ForeignKey(_CANDIDATE_FK, ondelete="CASCADE"), nullable=False, index=True),
    Column("vacancy_id", Uuid, ForeignKey("team_vacancies.vacancy_id"), nullable=False, index=True),
    Column("version", Integer, nullable=False),
    Column("applied_on", Date, nullable=False),
    Column("ended_on", Date),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("content_sealed", LargeBinary, nullable=False),  # stage, outcome
    UniqueConstraint("candidate_id", "vacancy_id", name="uq_team_applications_candidate_vacancy"),
)

# t014: each move of an application between stages, the history behind the board's "in this stage
# since" (``team.stage_history``). Plain: opaque ids, the day of the move (the board sorts and reads
# it without opening anything), when the row was written and the moving member's holder name
# ("member:<uuid>", as a note's author). The stages moved from and to are sealed under the candidate's
# key: a stage may be a firm's own words, and the sequence is a person's progress. The rows go with the
# application and with the candidate on erasure. Moves made before t014 left no row.
stage_moves = Table(
    "team_stage_moves", metadata,
    Column("move_id", Uuid, primary_key=True),
    Column("application_id", Uuid, ForeignKey("team_applications.application_id", ondelete="CASCADE"), nullable=False,
           index=True),
    Column("candidate_id", Uuid, ForeignKey(_CANDIDATE_FK, ondelete="CASCADE"), nullable=False, index=True),
    Column("moved_on", Date, nullable=False),
    Column("recorded_at", DateTime(timezone=True), nullable=False),
    Column("moved_by", String(64), nullable=False),  # the moving holder, "member:<uuid>" or "recovery" (opaque)
    Column("content_sealed", LargeBinary, nullable=False),  # the stage moved from (none: the first) and to
)

# t007: the contacts recorded with a candidate (a message, an interview planned, a rejection letter
# sent), for their timeline and the reserve question a letter asked (``team.contacts``). Plain: an
# opaque id, the candidate's id and when the row was written; the day, the kind, the channel, the
# application it was about and a quoted consent sentence are sealed under the candidate's key.
contacts = Table(
    "team_contacts", metadata,
    Column("contact_id", Uuid, primary_key=True),
    Column("candidate_id", Uuid, ForeignKey(_CANDIDATE_FK, ondelete="CASCADE"), nullable=False, index=True),
    Column("recorded_at", DateTime(timezone=True), nullable=False),
    Column("content_sealed", LargeBinary, nullable=False),  # day, kind, channel, application, wording and its version
)

# t008: the team's own settings, one row per setting, each sealed under the firm key: today only the firm
# profile (firm name, privacy contact, privacy statement address) that signs the team's rejection letters
# and names the firm in exports. Plain: the setting's name (a code), its version (for optimistic
# concurrency) and when it was saved. Written by administrators only (``server_roles``).
settings = Table(
    "team_settings", metadata,
    Column("name", String(32), primary_key=True),  # a code: "firm_profile"
    Column("version", Integer, nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("content_sealed", LargeBinary, nullable=False),
)

CONTENT_TABLES = (documents.name, document_tokens.name, notes.name, note_revisions.name, consents.name, requests.name,
                  request_details.name, candidate_tags.name, applications.name, stage_moves.name, contacts.name,
                  hold_releases.name)
# --- end of part 16g ----------------------------------------------------------------------------

CANDIDATE_TABLES = (candidates.name, tokens.name) + CONTENT_TABLES  # what erasing a candidate vacuums
KEY_TABLES = (team.name, team_key_wraps.name, epochs.name, invites.name, rotations.name, firm_keys.name)
