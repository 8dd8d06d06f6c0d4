"""Components, one module per family (text, number, button)."""
