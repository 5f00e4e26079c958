"""The team vault's core: several recruiters share one PostgreSQL store that never sees a name.

Qt-free and not yet reachable from the services, the GUI or the CLI (see docs/team-vault.md).
Modules, one job each: ``sealing`` (sealing a key to a device's public key), ``key_hierarchy``
(team key, epoch keys, candidate keys), ``roles``, ``fields`` (personal fields under the
candidate key), ``blind_tokens`` (keyed search tokens), ``schema`` (the ciphertext-only tables),
``membership`` (creating a team, adding a member device, opening the keys), ``candidates``
(add, read, update, search, erase), ``change_feed`` (NOTIFY/LISTEN of committed writes), ``epochs`` (starting and retiring epoch keys) and
``revocation`` (revoking a member and rotating every key below the devices).
"""
