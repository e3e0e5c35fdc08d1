"""How the app looks: colour themes (:mod:`.themes`), the text size (:mod:`.zoom`), and the Fusion
style that sizes tick boxes and radio buttons with the text (:mod:`.text_style`)."""
