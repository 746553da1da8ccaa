import QtQuick

// Keeps whatever has the keyboard focus inside `flickable` in view: Tab through a long page or
// thread scrolls it along. Declare one next to (or inside) the Flickable.
Item {
    id: follower

    required property Flickable flickable
    property real margin: 16

    function follow(item: Item) {
        const content = flickable.contentItem;
        if (!item || !content || item === flickable)
            return;
        let ancestor = item.parent;
        while (ancestor && ancestor !== content)
            ancestor = ancestor.parent;
        if (!ancestor)
            return;
        const top = item.mapToItem(content, 0, 0).y - margin;
        const bottom = top + item.height + 2 * margin;
        if (top < flickable.contentY)
            flickable.contentY = Math.max(0, top);
        else if (bottom > flickable.contentY + flickable.height)
            flickable.contentY = Math.max(0, Math.min(flickable.contentHeight - flickable.height,
                                                      bottom - flickable.height));
    }

    visible: false

    Connections {
        target: follower.Window.window
        enabled: follower.flickable.visible
        function onActiveFocusItemChanged() {
            follower.follow(follower.Window.activeFocusItem);
        }
    }
}
