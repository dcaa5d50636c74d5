"""Table models (QAbstractTableModel), one per list, each with a sort role carrying raw values."""
