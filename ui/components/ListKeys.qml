pragma Singleton
import QtQuick

// Home, End, Page Up and Page Down for the lists read by keyboard: a ListView moves its current
// row with the arrows only. End goes to the last loaded row; showing it makes the view ask its
// model for more (fetchMore), so End pressed again reads further back through the history.
QtObject {
    // Moves `view`'s current row for `key` and answers whether the key was one of these.
    function move(view: ListView, key: int): bool {
        if (view.count === 0)
            return false;
        const rowHeight = Math.max(1, view.contentHeight / view.count);
        const rowsPerPage = Math.max(1, Math.floor(view.height / rowHeight) - 1);
        const from = Math.max(0, view.currentIndex);
        switch (key) {
        case Qt.Key_Home: view.currentIndex = 0; break;
        case Qt.Key_End: view.currentIndex = view.count - 1; break;
        case Qt.Key_PageDown: view.currentIndex = Math.min(view.count - 1, from + rowsPerPage); break;
        case Qt.Key_PageUp: view.currentIndex = Math.max(0, from - rowsPerPage); break;
        default: return false;
        }
        return true;
    }
}
