import QtQuick
import QtQuick.Layouts
import Hearth.Ui

// A small chart of figures per week, drawn natively (Canvas) in the theme's colours: each series
// is a line or a group of bars over the same weeks, on a scale from 0 to the largest value
// (rounded up to a readable step), with the first and last week's dates under it and a legend.
// Readers of the screen hear `summary` instead.
//
//   WeeklyChart {
//       weeks: figures.weeks.map(w => w.start)
//       series: [{ label: qsTr("Posts"), color: Theme.accent, style: "bars", values: [...] }]
//   }
ColumnLayout {
    id: chart

    // The start of each week (ms since the epoch), oldest first.
    property var weeks: []
    // [{label, color, style: "line" | "bars", values: [number per week]}]
    property var series: []
    property string summary
    property int plotHeight: 140

    readonly property real maxValue: {
        let max = 0;
        for (const s of series)
            for (const v of s.values)
                max = Math.max(max, v);
        return niceCeiling(max);
    }

    function niceCeiling(value: real): real {
        if (value <= 4)
            return 4;
        const magnitude = Math.pow(10, Math.floor(Math.log(value) / Math.LN10));
        for (const step of [1, 2, 2.5, 5, 10]) {
            if (step * magnitude >= value)
                return step * magnitude;
        }
        return 10 * magnitude;
    }

    spacing: Theme.spacingXs

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingS

        // The scale: its top and zero, beside the plot.
        Item {
            id: scaleLabels
            Layout.preferredWidth: Math.max(topLabel.implicitWidth, zeroLabel.implicitWidth)
            Layout.preferredHeight: chart.plotHeight

            Text {
                id: topLabel
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.topMargin: -height / 2
                text: Number(chart.maxValue).toLocaleString(Qt.locale(), "f", 0)
                color: Theme.textMuted
                font.pixelSize: Theme.fontSizeSmall - 1
            }

            Text {
                id: zeroLabel
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                anchors.bottomMargin: -height / 2
                text: "0"
                color: Theme.textMuted
                font.pixelSize: Theme.fontSizeSmall - 1
            }
        }

        Canvas {
            id: canvas
            objectName: "chartCanvas"
            Layout.fillWidth: true
            Layout.preferredHeight: chart.plotHeight
            Accessible.role: Accessible.Chart
            Accessible.name: chart.summary

            // Colours are read when painting: a theme change paints again.
            readonly property color gridColor: Theme.border
            readonly property var paintKey: [chart.series, chart.weeks, chart.maxValue, gridColor, width, height]
            onPaintKeyChanged: requestPaint()

            onPaint: {
                const ctx = getContext("2d");
                ctx.reset();
                const w = width;
                const h = height;
                const count = chart.weeks.length;
                ctx.lineWidth = 1;
                ctx.strokeStyle = gridColor;
                for (let i = 0; i <= 4; ++i) {
                    const y = Math.round(h * i / 4) + 0.5;
                    ctx.beginPath();
                    ctx.moveTo(0, y);
                    ctx.lineTo(w, y);
                    ctx.stroke();
                }
                if (count === 0)
                    return;
                const slot = w / count;
                const bars = chart.series.filter(s => s.style === "bars");
                const barGap = Math.max(1, slot * 0.12);
                const barWidth = bars.length > 0 ? Math.max(2, (slot - 2 * barGap) / bars.length) : 0;
                const yOf = v => h - (v / chart.maxValue) * h;
                bars.forEach((s, b) => {
                    ctx.fillStyle = s.color;
                    for (let i = 0; i < count; ++i) {
                        const v = s.values[i] ?? 0;
                        if (v <= 0)
                            continue;
                        const x = i * slot + barGap + b * barWidth;
                        ctx.fillRect(x, yOf(v), Math.max(1, barWidth - 1), h - yOf(v));
                    }
                });
                for (const s of chart.series) {
                    if (s.style !== "line")
                        continue;
                    ctx.strokeStyle = s.color;
                    ctx.fillStyle = s.color;
                    ctx.lineWidth = 2;
                    ctx.beginPath();
                    for (let i = 0; i < count; ++i) {
                        const x = i * slot + slot / 2;
                        const y = yOf(s.values[i] ?? 0);
                        if (i === 0)
                            ctx.moveTo(x, y);
                        else
                            ctx.lineTo(x, y);
                    }
                    ctx.stroke();
                    for (let i = 0; i < count; ++i) {
                        ctx.beginPath();
                        ctx.arc(i * slot + slot / 2, yOf(s.values[i] ?? 0), 2.5, 0, 2 * Math.PI);
                        ctx.fill();
                    }
                }
            }
        }
    }

    // The first and the last week, under the plot.
    RowLayout {
        Layout.fillWidth: true
        Layout.leftMargin: scaleLabels.width + Theme.spacingS
        visible: chart.weeks.length > 0

        Text {
            Layout.fillWidth: true
            text: chart.weeks.length > 0 ? new Date(chart.weeks[0]).toLocaleDateString(Qt.locale(), "d MMM") : ""
            color: Theme.textMuted
            font.pixelSize: Theme.fontSizeSmall - 1
        }

        Text {
            text: chart.weeks.length > 0 ? qsTr("week of %1").arg(new Date(chart.weeks[chart.weeks.length - 1]).toLocaleDateString(Qt.locale(), "d MMM")) : ""
            color: Theme.textMuted
            font.pixelSize: Theme.fontSizeSmall - 1
        }
    }

    Flow {
        Layout.fillWidth: true
        Layout.leftMargin: scaleLabels.width + Theme.spacingS
        spacing: Theme.spacingL

        Repeater {
            model: chart.series

            delegate: Row {
                id: legendEntry

                required property var modelData

                spacing: Theme.spacingXs

                Rectangle {
                    anchors.verticalCenter: parent.verticalCenter
                    width: legendEntry.modelData.style === "line" ? 14 : 10
                    height: legendEntry.modelData.style === "line" ? 3 : 10
                    radius: legendEntry.modelData.style === "line" ? 1.5 : 2
                    color: legendEntry.modelData.color
                }

                Text {
                    text: legendEntry.modelData.label
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontSizeSmall
                }
            }
        }
    }
}
