"""The Qt widgets: thin views over the content model and the user's data."""
