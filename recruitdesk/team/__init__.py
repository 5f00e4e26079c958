"""The team vault's core: several recruiters share one PostgreSQL store that never sees a name.

Qt-free and not yet reachable from the services, the GUI or the CLI (see docs/team-vault.md).
Modules, one job each:

* ``sealing``: sealing a key to a device's (or the recovery kit's) public key;
* ``key_hierarchy``: the team key, epoch keys and candidate keys in memory;
* ``roles``: what recruiters, admins and the DPO may do;
* ``fields``: personal fields under the candidate key, bound to their row and column;
* ``blind_tokens``: keyed search tokens of word prefixes;
* ``schema``: the ciphertext-only tables;
* ``membership``: creating a team, adding a member's device, opening the keys;
* ``enrolment``: one-time enrolment codes (invite, redeem);
* ``member_admin``: the members list and role changes (never losing the last admin);
* ``server_roles``: each member role as a PostgreSQL group role with its privileges;
* ``candidates``: a member's add, read, update, search and erase;
* ``erasure``: Delete…: the candidate erased, the request register's details kept under the firm key;
* ``change_feed``: NOTIFY/LISTEN of committed writes;
* ``epochs``: starting and retiring epoch keys (crypto-erasure);
* ``revocation``: revoking a member and rotating every key below the devices, in resumable batches;
* ``server``: the connection pool with its lock, statement and connect timeouts;
* ``faults``: the server's failures as translated errors, without SQL or data;
* ``schema_version``: refusing writes into a vault a newer app has upgraded;
* ``audit``: the hash-linked audit chain naming the acting member (candidate writes, member changes, content records);
* ``daily_check``: one retention check a day per team, under an advisory lock;
* ``records``: what every content record shares (sealing, versions, audit, announcement);
* ``documents``, ``notes``, ``consents``, ``rights_requests``: a candidate's content, under their key;
* ``vacancies``, ``tags``: the firm's content, under the firm key (``firm_key``);
* ``cv_import``: CVs read by the local import's pipeline, stored as team candidates and documents.
"""
