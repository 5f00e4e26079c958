"""The encrypted vault: key hierarchy, key header file, OS keychain, SQLCipher engine, lock."""
