"""Table models (QAbstractTableModel), one per list, each with a sort role holding raw values."""
