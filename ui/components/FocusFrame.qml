import QtQuick
import Hearth.Ui

// The visible keyboard-focus ring drawn around a control (or a list's current row) while it has
// focus from the keyboard. Place it as a child of the control it outlines.
Rectangle {
    id: frame

    // Whether to show the ring (usually the control's visualFocus).
    property bool shown: false
    property real inset: -3

    anchors.fill: parent
    anchors.margins: inset
    visible: shown
    color: "transparent"
    radius: Theme.radiusS + 3
    border.width: 2
    border.color: Theme.focusRing
    z: 100
}
