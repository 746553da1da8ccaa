pragma Singleton
import QtQuick

// Colours, spacing and type scale for the whole UI. `mode` picks the theme: "system" follows the
// system palette (a dark one gives the dark theme), "light" and "dark" force one; the window binds
// it to the member's choice, so switching is live. `textScale` scales every type size.
// Nothing else in the UI hard-codes a colour or a size.
// (An Item rather than a QtObject only so the SystemPalette can be a child: qmllint 6.4 crashes
// on a SystemPalette held in a property.)
Item {
    id: theme

    SystemPalette {
        id: systemPalette
        colorGroup: SystemPalette.Active
    }

    // "system", "light" or "dark".
    property string mode: "system"
    // 1 is the default size; the settings offer a few steps around it.
    property real textScale: 1.0

    readonly property bool systemDark: systemPalette.window.hslLightness < 0.5
    readonly property bool dark: mode === "dark" || (mode !== "light" && systemDark)

    // Surfaces
    readonly property color background: dark ? "#181715" : "#f6f4f1"
    readonly property color surface: dark ? "#22201e" : "#ffffff"
    readonly property color surfaceAlt: dark ? "#2b2926" : "#f1eee9"
    readonly property color sidebar: dark ? "#12110f" : "#ece8e2"
    readonly property color sidebarHover: dark ? "#1f1d1b" : "#e2ddd5"
    readonly property color sidebarSelected: dark ? "#2d2a26" : "#ffffff"
    readonly property color border: dark ? "#3a3733" : "#e3ded6"
    readonly property color borderStrong: dark ? "#55504a" : "#cfc8be"

    // Text
    readonly property color text: dark ? "#efebe6" : "#1f1c19"
    readonly property color textSecondary: dark ? "#b3aca3" : "#5f5850"
    readonly property color textMuted: dark ? "#8a837a" : "#8a8279"
    readonly property color textOnAccent: "#ffffff"

    // Accent: a warm ember, used sparingly (primary action, selection, links)
    readonly property color accent: dark ? "#f08a4b" : "#c8571f"
    readonly property color accentHover: dark ? "#f59c63" : "#b14b18"
    readonly property color accentSoft: dark ? "#3a2a1f" : "#fbe9de"
    readonly property color link: dark ? "#f3a46f" : "#b14b18"
    // Behind a mention of me in what members wrote
    readonly property color mentionBackground: dark ? "#4a3322" : "#fbdcc7"

    // States
    readonly property color danger: dark ? "#f07b72" : "#b3261e"
    readonly property color dangerSoft: dark ? "#3b2221" : "#fcebea"
    readonly property color success: dark ? "#6cc486" : "#2e7d4f"
    readonly property color warning: dark ? "#e6b455" : "#9a6a00"
    readonly property color warningSoft: dark ? "#3a311e" : "#fbf1da"
    readonly property color focusRing: dark ? "#ffb27a" : "#c8571f"

    // Controls that cannot be used: flat and grey in both themes, never mistaken for live ones.
    readonly property color disabledFill: dark ? "#34312d" : "#e6e1da"
    readonly property color textDisabled: dark ? "#6f6962" : "#a39b91"
    // A switch that is off still shows its track and knob clearly.
    readonly property color switchTrackOff: dark ? "#4a4640" : "#cfc8be"
    readonly property color switchKnob: dark ? "#efebe6" : "#ffffff"
    // Behind a dialog
    readonly property color scrim: dark ? "#a0000000" : "#66000000"
    readonly property color shadow: dark ? "#80000000" : "#30000000"

    // Spacing (a 4 px grid)
    readonly property int spacingXs: 4
    readonly property int spacingS: 8
    readonly property int spacingM: 12
    readonly property int spacingL: 16
    readonly property int spacingXl: 24
    readonly property int spacingXxl: 32

    readonly property int radiusS: 6
    readonly property int radiusM: 10
    readonly property int radiusL: 14

    readonly property int railWidth: 272
    readonly property int contentMaxWidth: 760

    // Type scale, in pixels so that layouts line up across platforms. The family is the
    // platform's UI font (the default), so Hearth reads like the rest of the desktop.
    readonly property int fontSizeSmall: Math.round(12 * textScale)
    readonly property int fontSizeBody: Math.round(14 * textScale)
    readonly property int fontSizeLarge: Math.round(16 * textScale)
    readonly property int fontSizeTitle: Math.round(20 * textScale)
    readonly property int fontSizeDisplay: Math.round(26 * textScale)
    readonly property string monospaceFamily: "monospace"

    // Avatar colours: muted, readable with white initials in both themes
    readonly property var avatarColors: [
        "#c8571f", "#2f7d6d", "#4c6ab0", "#8a4fa3", "#b0435f",
        "#5b7f2a", "#9a6a12", "#3d7f9e", "#6d5bb5", "#a0522d"
    ]

    function avatarColor(seed: string): color {
        // FNV-1a: spreads similar names over the palette better than a plain multiply-add.
        let hash = 2166136261;
        for (let i = 0; i < seed.length; ++i) {
            hash = hash ^ seed.charCodeAt(i);
            hash = Math.imul(hash, 16777619) >>> 0;
        }
        return avatarColors[hash % avatarColors.length];
    }

    function initials(name: string): string {
        // (Written plainly: qmllint 6.4 crashes on some chained calls here, e.g.
        // substring().toUpperCase().)
        const upper = name.trim().toUpperCase();
        const parts = upper.split(/[\s_.\-&+\/,:]+/);
        let letters = "";
        for (let i = 0; i < parts.length && letters.length < 2; ++i) {
            if (parts[i].length > 0)
                letters += parts[i][0];
        }
        if (letters.length === 0)
            return "?";
        if (letters.length === 1)
            return upper.substring(0, 2);
        return letters;
    }

    // Post kinds: label and chip colours
    function kindLabel(kind: string): string {
        switch (kind) {
        case "question": return qsTr("Question");
        case "showcase": return qsTr("Showcase");
        case "resource": return qsTr("Resource");
        case "announcement": return qsTr("Announcement");
        default: return qsTr("Discussion");
        }
    }

    function kindColor(kind: string): color {
        switch (kind) {
        case "question": return dark ? "#7fb0f0" : "#2d5fa6";
        case "showcase": return dark ? "#d79be8" : "#7d3c98";
        case "resource": return dark ? "#7ccaa8" : "#23714f";
        case "announcement": return dark ? "#f0a36b" : "#b0481a";
        default: return dark ? "#b3aca3" : "#5f5850";
        }
    }

    function kindBackground(kind: string): color {
        switch (kind) {
        case "question": return dark ? "#1f2d40" : "#e6eefa";
        case "showcase": return dark ? "#35233d" : "#f4e8f8";
        case "resource": return dark ? "#1c3429" : "#e3f3ea";
        case "announcement": return dark ? "#3d2719" : "#fce9dc";
        default: return dark ? "#2d2a26" : "#efebe5";
        }
    }
}
