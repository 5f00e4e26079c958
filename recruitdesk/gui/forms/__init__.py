"""Python code generated from ui/*.ui by resources/build_resources.py; do not edit."""
