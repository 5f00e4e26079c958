"""Handlers of the headless CLI commands, one module per command group.

Each handler takes the parsed arguments, an optional injected keychain and a clock, prints its
result and returns the exit code; errors are raised as RecruitDeskError for cli.main to print.
"""
