import QtQuick
import Hearth.Ui

// A small line icon drawn on a 24-unit grid in one colour, so it stays crisp at any size and
// follows the theme (no image files). Names: bell, calendar, calendar-plus, clock, pin, globe,
// people, person-plus, reply, at, check, back, hourglass, compass, shield, pencil.
Item {
    id: icon

    property string name
    property color color: Theme.textSecondary
    property int size: 16
    property real lineWidth: 2

    implicitWidth: size
    implicitHeight: size
    Accessible.ignored: true

    onNameChanged: canvas.requestPaint()
    onColorChanged: canvas.requestPaint()

    Canvas {
        id: canvas
        anchors.fill: parent
        antialiasing: true
        onWidthChanged: requestPaint()
        onHeightChanged: requestPaint()

        function circle(ctx, x, y, r) {
            ctx.moveTo(x + r, y);
            ctx.arc(x, y, r, 0, 2 * Math.PI);
        }

        onPaint: {
            const ctx = getContext("2d");
            ctx.reset();
            const s = Math.min(width, height) / 24;
            ctx.scale(s, s);
            ctx.strokeStyle = icon.color;
            ctx.fillStyle = icon.color;
            ctx.lineWidth = icon.lineWidth;
            ctx.lineCap = "round";
            ctx.lineJoin = "round";
            ctx.beginPath();
            switch (icon.name) {
            case "bell":
                ctx.moveTo(6, 16.5);
                ctx.lineTo(6, 11);
                ctx.bezierCurveTo(6, 7.2, 8.6, 4.5, 12, 4.5);
                ctx.bezierCurveTo(15.4, 4.5, 18, 7.2, 18, 11);
                ctx.lineTo(18, 16.5);
                ctx.lineTo(19.5, 18);
                ctx.lineTo(4.5, 18);
                ctx.closePath();
                ctx.moveTo(10, 21);
                ctx.lineTo(14, 21);
                ctx.moveTo(12, 2.5);
                ctx.lineTo(12, 4.5);
                break;
            case "calendar":
            case "calendar-plus":
                ctx.roundedRect(3.5, 5, 17, 15.5, 2.5, 2.5);
                ctx.moveTo(3.5, 9.5);
                ctx.lineTo(20.5, 9.5);
                ctx.moveTo(8, 3);
                ctx.lineTo(8, 6.5);
                ctx.moveTo(16, 3);
                ctx.lineTo(16, 6.5);
                if (icon.name === "calendar-plus") {
                    ctx.moveTo(12, 12);
                    ctx.lineTo(12, 18);
                    ctx.moveTo(9, 15);
                    ctx.lineTo(15, 15);
                }
                break;
            case "clock":
                circle(ctx, 12, 12, 8.5);
                ctx.moveTo(12, 7.5);
                ctx.lineTo(12, 12);
                ctx.lineTo(15, 14);
                break;
            case "pin":
                ctx.moveTo(12, 21);
                ctx.bezierCurveTo(12, 21, 5, 14.5, 5, 9.5);
                ctx.bezierCurveTo(5, 5.6, 8.1, 2.8, 12, 2.8);
                ctx.bezierCurveTo(15.9, 2.8, 19, 5.6, 19, 9.5);
                ctx.bezierCurveTo(19, 14.5, 12, 21, 12, 21);
                ctx.closePath();
                circle(ctx, 12, 9.5, 2.5);
                break;
            case "compass":
                circle(ctx, 12, 12, 9);
                ctx.moveTo(15.5, 8.5);
                ctx.lineTo(10.5, 10.5);
                ctx.lineTo(8.5, 15.5);
                ctx.lineTo(13.5, 13.5);
                ctx.closePath();
                break;
            case "globe":
                circle(ctx, 12, 12, 8.5);
                ctx.moveTo(3.5, 12);
                ctx.lineTo(20.5, 12);
                ctx.moveTo(12, 3.5);
                ctx.bezierCurveTo(7.5, 8, 7.5, 16, 12, 20.5);
                ctx.moveTo(12, 3.5);
                ctx.bezierCurveTo(16.5, 8, 16.5, 16, 12, 20.5);
                break;
            case "people":
                circle(ctx, 9, 8, 3.5);
                ctx.moveTo(2.5, 20);
                ctx.bezierCurveTo(2.5, 15.5, 5.5, 13.5, 9, 13.5);
                ctx.bezierCurveTo(12.5, 13.5, 15.5, 15.5, 15.5, 20);
                ctx.moveTo(15.5, 4.7);
                ctx.bezierCurveTo(18.5, 5.2, 18.5, 10.8, 15.5, 11.3);
                ctx.moveTo(17.5, 14);
                ctx.bezierCurveTo(20, 14.8, 21.5, 16.8, 21.5, 20);
                break;
            case "person-plus":
                circle(ctx, 9.5, 8, 3.5);
                ctx.moveTo(3, 20);
                ctx.bezierCurveTo(3, 15.5, 6, 13.5, 9.5, 13.5);
                ctx.bezierCurveTo(13, 13.5, 16, 15.5, 16, 20);
                ctx.moveTo(19, 7);
                ctx.lineTo(19, 13);
                ctx.moveTo(16, 10);
                ctx.lineTo(22, 10);
                break;
            case "reply":
                ctx.moveTo(9, 5);
                ctx.lineTo(4, 10);
                ctx.lineTo(9, 15);
                ctx.moveTo(4, 10);
                ctx.lineTo(14, 10);
                ctx.bezierCurveTo(17.9, 10, 20.5, 12.6, 20.5, 16.5);
                ctx.lineTo(20.5, 19);
                break;
            case "at":
                circle(ctx, 12, 12, 3.5);
                ctx.moveTo(15.5, 8.5);
                ctx.lineTo(15.5, 13.5);
                ctx.bezierCurveTo(15.5, 16.5, 20.5, 16.5, 20.5, 12);
                ctx.bezierCurveTo(20.5, 7.3, 16.7, 3.5, 12, 3.5);
                ctx.bezierCurveTo(7.3, 3.5, 3.5, 7.3, 3.5, 12);
                ctx.bezierCurveTo(3.5, 16.7, 7.3, 20.5, 12, 20.5);
                ctx.bezierCurveTo(13.8, 20.5, 15.4, 20, 16.8, 19);
                break;
            case "check":
                ctx.moveTo(4.5, 12.5);
                ctx.lineTo(9.5, 17.5);
                ctx.lineTo(19.5, 6.5);
                break;
            case "back":
                ctx.moveTo(19, 12);
                ctx.lineTo(5, 12);
                ctx.moveTo(11, 6);
                ctx.lineTo(5, 12);
                ctx.lineTo(11, 18);
                break;
            case "shield":
                ctx.moveTo(12, 3);
                ctx.lineTo(19.5, 6);
                ctx.lineTo(19.5, 11.5);
                ctx.bezierCurveTo(19.5, 16, 16.5, 19.5, 12, 21);
                ctx.bezierCurveTo(7.5, 19.5, 4.5, 16, 4.5, 11.5);
                ctx.lineTo(4.5, 6);
                ctx.closePath();
                ctx.moveTo(8.5, 12);
                ctx.lineTo(11, 14.5);
                ctx.lineTo(15.5, 9.5);
                break;
            case "pencil":
                ctx.moveTo(4, 20);
                ctx.lineTo(5, 15.5);
                ctx.lineTo(15.5, 5);
                ctx.bezierCurveTo(16.5, 4, 18, 4, 19, 5);
                ctx.bezierCurveTo(20, 6, 20, 7.5, 19, 8.5);
                ctx.lineTo(8.5, 19);
                ctx.closePath();
                ctx.moveTo(13.5, 7);
                ctx.lineTo(17, 10.5);
                break;
            case "hourglass":
                ctx.moveTo(6, 3.5);
                ctx.lineTo(18, 3.5);
                ctx.moveTo(6, 20.5);
                ctx.lineTo(18, 20.5);
                ctx.moveTo(7.5, 3.5);
                ctx.bezierCurveTo(7.5, 9, 16.5, 9, 16.5, 12);
                ctx.bezierCurveTo(16.5, 15, 7.5, 15, 7.5, 20.5);
                ctx.moveTo(16.5, 3.5);
                ctx.bezierCurveTo(16.5, 9, 7.5, 9, 7.5, 12);
                ctx.bezierCurveTo(7.5, 15, 16.5, 15, 16.5, 20.5);
                break;
            }
            ctx.stroke();
        }
    }
}
