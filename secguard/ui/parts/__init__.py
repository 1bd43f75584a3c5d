"""The parts every page is built from: a page that scrolls, headings and text that
wrap, a state banner, verdict cards, and actions that look as important as they are."""
