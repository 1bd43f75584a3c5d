"""Qt widgets.  Everything here turns core's data into words and pixels."""
