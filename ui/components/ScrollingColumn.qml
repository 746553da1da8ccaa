import QtQuick
import QtQuick.Controls
import Hearth.Ui

// A page body that scrolls: its children stack in a centred column at most `columnWidth` wide.
// Whatever takes keyboard focus inside is scrolled into view, and Page Up/Down, Home and End
// scroll, so a page read by keyboard never hides its focus below the fold.
Flickable {
    id: flick

    default property alias content: column.data
    readonly property alias column: column
    property real columnWidth: Math.min(width - 2 * Theme.spacingXl, Theme.contentMaxWidth)
    property real topPadding: Theme.spacingXl
    property real bottomPadding: Theme.spacingXxl

    contentWidth: width
    contentHeight: column.implicitHeight + topPadding + bottomPadding
    clip: true
    boundsBehavior: Flickable.StopAtBounds

    ScrollBar.vertical: ScrollBar {}

    function scrollBy(dy: real) {
        contentY = Math.max(0, Math.min(contentHeight - height, contentY + dy));
    }

    function reveal(item: Item) {
        if (!item || height <= 0)
            return;
        const top = item.mapToItem(flick.contentItem, 0, 0).y;
        const bottom = top + item.height;
        const margin = Theme.spacingL;
        if (top - margin < contentY)
            contentY = Math.max(0, top - margin);
        else if (bottom + margin > contentY + height)
            contentY = Math.min(Math.max(0, contentHeight - height), bottom + margin - height);
    }

    // Only items inside this column are revealed.
    function contains(item: Item): bool {
        for (let it = item; it; it = it.parent) {
            if (it === column)
                return true;
        }
        return false;
    }

    readonly property Item focused: Window.activeFocusItem
    onFocusedChanged: {
        if (focused && contains(focused))
            reveal(focused);
    }

    Keys.onPressed: event => {
        switch (event.key) {
        case Qt.Key_PageDown: scrollBy(height * 0.9); break;
        case Qt.Key_PageUp: scrollBy(-height * 0.9); break;
        case Qt.Key_Home: contentY = 0; break;
        case Qt.Key_End: contentY = Math.max(0, contentHeight - height); break;
        default: return;
        }
        event.accepted = true;
    }

    Column {
        id: column
        x: Math.round((flick.width - width) / 2)
        y: flick.topPadding
        width: flick.columnWidth
        spacing: Theme.spacingL
    }
}
