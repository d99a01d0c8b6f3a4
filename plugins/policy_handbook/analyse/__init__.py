"""Pure analyses of a corpus: cross-map, stances, diffs, version alignment. No MkDocs here."""
