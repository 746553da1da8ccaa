import QtQuick
import QtQuick.Controls
import Hearth.Ui

// "5 min ago", with the full date and time on hover.
Text {
    id: stamp

    property date when
    property date now: new Date()

    text: Format.relativeTime(when, now)
    color: Theme.textMuted
    font.pixelSize: Theme.fontSizeSmall

    HoverHandler {
        id: hover
    }

    ToolTip.visible: hover.hovered
    ToolTip.text: Format.fullTime(stamp.when)
    ToolTip.delay: 600
}
