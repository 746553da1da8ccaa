import QtQuick
import Hearth.Ui

// Hearth's mark: a small flame on an ember tile.
Rectangle {
    id: mark

    property int size: 28

    implicitWidth: size
    implicitHeight: size
    radius: Math.round(size * 0.3)
    color: Theme.accent
    Accessible.ignored: true

    Canvas {
        id: flame
        anchors.fill: parent
        anchors.margins: Math.round(mark.size * 0.16)
        antialiasing: true
        onWidthChanged: requestPaint()
        onHeightChanged: requestPaint()

        onPaint: {
            const ctx = getContext("2d");
            ctx.reset();
            const s = Math.min(width, height) / 24;
            ctx.scale(s, s);
            ctx.fillStyle = Theme.textOnAccent;
            ctx.beginPath();
            ctx.moveTo(12.5, 2);
            ctx.bezierCurveTo(14.5, 6.5, 19.5, 9, 19.5, 14.5);
            ctx.bezierCurveTo(19.5, 18.9, 16.1, 22, 12, 22);
            ctx.bezierCurveTo(7.9, 22, 4.5, 18.9, 4.5, 14.8);
            ctx.bezierCurveTo(4.5, 11.8, 6.2, 9.6, 8.2, 8);
            ctx.bezierCurveTo(8.2, 10.4, 9.2, 12, 10.8, 12.6);
            ctx.bezierCurveTo(10.2, 9, 10.8, 5.2, 12.5, 2);
            ctx.closePath();
            ctx.fill();
            // the glowing core, cut out of the flame
            ctx.globalCompositeOperation = "destination-out";
            ctx.beginPath();
            ctx.moveTo(12, 13);
            ctx.bezierCurveTo(13.2, 15, 15.5, 16, 15.5, 18);
            ctx.bezierCurveTo(15.5, 19.6, 13.9, 20.6, 12, 20.6);
            ctx.bezierCurveTo(10.1, 20.6, 8.5, 19.6, 8.5, 18);
            ctx.bezierCurveTo(8.5, 16, 11, 15, 12, 13);
            ctx.closePath();
            ctx.fill();
        }
    }
}
