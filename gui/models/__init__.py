"""Qt table models (one per list), each with a sort role carrying raw values."""
