import QtQml

// The starting points a founder chooses from for their community's goals and guidelines
// (markdown), each editable afterwards. Text through qsTr, so every template is translated with
// the rest of the app.
QtObject {
    // [{key, name, summary, text}]
    readonly property var all: [
        {
            key: "makers",
            name: qsTr("Makers' collective"),
            summary: qsTr("Local artisans sharing work, tools and studio time"),
            text: qsTr("## What we are for\n"
                       + "A place for local makers to show their process, swap know-how and share tools and studio time.\n\n"
                       + "## Guidelines\n"
                       + "- **Show your process**, not just the finished piece. Failures are welcome.\n"
                       + "- Selling is fine in *showcase* posts; no promotion from outside the collective.\n"
                       + "- Credit teachers, designs and where your materials come from.\n"
                       + "- Give critique only when asked, and be kind about it.\n"
                       + "- Shared tools and bookings are arranged here: keep those threads tidy.")
        },
        {
            key: "founders",
            name: qsTr("Founders' circle"),
            summary: qsTr("Indie founders helping each other, in confidence"),
            text: qsTr("## What we are for\n"
                       + "A small circle of independent founders who help each other get unstuck, with honest advice and no pitching.\n\n"
                       + "## Guidelines\n"
                       + "- **What is shared here stays here.** Ask before you quote anyone outside.\n"
                       + "- Give before you ask: answer one question for every one you post.\n"
                       + "- No cold pitches, no recruiting, no affiliate links.\n"
                       + "- Numbers are welcome and never judged: pre-revenue is completely fine.\n"
                       + "- Disagree with the idea, never with the person.")
        },
        {
            key: "running",
            name: qsTr("Running club"),
            summary: qsTr("Group runs, routes and race reports"),
            text: qsTr("## What we are for\n"
                       + "Running together: weekly group runs, shared routes, and cheering each other on at races.\n\n"
                       + "## Guidelines\n"
                       + "- **All paces are welcome.** Nobody is left behind on a group run.\n"
                       + "- Post meeting points and times in the event, not only in a comment.\n"
                       + "- Share routes with a map link and a word on the terrain.\n"
                       + "- Mind the landowners: close gates, stay on the paths, take your litter home.\n"
                       + "- Race reports and gear questions are always on topic.")
        },
        {
            key: "blank",
            name: qsTr("Blank"),
            summary: qsTr("Write your own from scratch"),
            text: qsTr("## What we are for\n\n\n## Guidelines\n- ")
        }
    ]

    function textOf(key: string): string {
        for (let i = 0; i < all.length; ++i) {
            if (all[i].key === key)
                return all[i].text;
        }
        return "";
    }
}
