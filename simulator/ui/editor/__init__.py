"""The scenario editor: YAML with live lint, the conversation graph, play-tests and the bilingual view."""
