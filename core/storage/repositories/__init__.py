"""All SQL lives here. Functions take a connection and return domain objects, never rows or cursors."""
