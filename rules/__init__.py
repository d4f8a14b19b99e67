"""The default rule pack: data only (one YAML file per rule; word lists under lexicon/)."""
