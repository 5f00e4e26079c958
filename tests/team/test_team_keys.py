"""The team vault's key hierarchy, field encryption and blind tokens, without a server."""

from __future__ import annotations

import uuid

import pytest

from recruitdesk.team import blind_tokens, fields, sealing
from recruitdesk.team.key_hierarchy import EpochRetired, TeamKeys, team_key_aad
from recruitdesk.vault import crypto


def _keys() -> TeamKeys:
    return TeamKeys(uuid.uuid4(), 1, crypto.random_key(), {1: crypto.random_key()})


def test_a_team_key_sealed_to_one_device_opens_only_with_that_device_and_holder():
    device, other = sealing.new_private_key(), sealing.new_private_key()
    team_id, team_key = uuid.uuid4(), crypto.random_key()
    sealed = sealing.seal_to(sealing.public_key_of(device), team_key, team_key_aad(team_id, 1, "member:a"))
    assert sealing.open_sealed(device, sealed, team_key_aad(team_id, 1, "member:a")) == team_key
    with pytest.raises(crypto.SealBroken):
        sealing.open_sealed(other, sealed, team_key_aad(team_id, 1, "member:a"))
    with pytest.raises(crypto.SealBroken):  # the same blob presented as another member's or generation's
        sealing.open_sealed(device, sealed, team_key_aad(team_id, 2, "member:a"))
    with pytest.raises(crypto.SealBroken):
        sealing.open_sealed(device, sealed, team_key_aad(team_id, 1, "member:b"))


def test_a_field_ciphertext_does_not_open_on_another_row_or_column():
    keys = _keys()
    first, second = uuid.uuid4(), uuid.uuid4()
    key, epoch_id, wrapped = keys.new_candidate_key(first)
    sealed = fields.encrypt_text(key, keys.team_id, first, "name", "Anna Peeters")
    assert fields.decrypt_text(keys.candidate_key(first, epoch_id, wrapped), keys.team_id, first, "name", sealed) == "Anna Peeters"
    with pytest.raises(fields.FieldDamaged):
        fields.decrypt_text(key, keys.team_id, second, "name", sealed)
    with pytest.raises(fields.FieldDamaged):
        fields.decrypt_text(key, keys.team_id, first, "email", sealed)
    with pytest.raises(crypto.SealBroken):  # a wrapped candidate key moved to another candidate
        keys.candidate_key(second, epoch_id, wrapped)


def test_padding_hides_the_length_of_short_fields():
    keys, candidate = _keys(), uuid.uuid4()
    key = crypto.random_key()
    short = fields.encrypt_text(key, keys.team_id, candidate, "name", "Li")
    long = fields.encrypt_text(key, keys.team_id, candidate, "name", "Marguerite-Henriette Vanderzande-Oosterlinck")
    assert short is not None and long is not None and len(short) == len(long)
    assert fields.decrypt_text(key, keys.team_id, candidate, "name", long) == "Marguerite-Henriette Vanderzande-Oosterlinck"
    assert fields.encrypt_text(key, keys.team_id, candidate, "email", None) is None


def test_a_forgotten_epoch_makes_its_candidate_keys_unopenable():
    keys, candidate = _keys(), uuid.uuid4()
    _key, epoch_id, wrapped = keys.new_candidate_key(candidate)
    keys.forget_epoch(epoch_id)
    with pytest.raises(EpochRetired):
        keys.candidate_key(candidate, epoch_id, wrapped)


def test_blind_tokens_match_prefixes_normalised_like_the_local_index_and_depend_on_the_key():
    search_key = _keys().search_key
    held = blind_tokens.tokens_for(search_key, ("Géraldine Peeters", "g.peeters@example.org", "Forklift driver"))
    for query in ("pe", "PEETERS", "geral", "example", "fork"):
        assert set(blind_tokens.query_tokens(search_key, query)) <= held, query
    assert not set(blind_tokens.query_tokens(search_key, "peet x")) <= held
    assert blind_tokens.query_tokens(_keys().search_key, "pe") != blind_tokens.query_tokens(search_key, "pe")
    assert blind_tokens.query_tokens(search_key, " ,; ") == []
    long_words = blind_tokens.query_tokens(search_key, "verantwoordelijke verantwoordelijkheid")  # same first 12 characters
    assert len(long_words) == 1 and set(long_words) <= blind_tokens.tokens_for(search_key, ["verantwoordelijkheid"])
