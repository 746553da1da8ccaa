import QtQuick
import QtTest
import Hearth.Ui

// Mentions in what members wrote, as the feed and threads show them: every @handle that hearthd
// would notify stands out, a mention of me has a highlight behind it, and an address, a link or
// code keeps its @ as written.
TestCase {
    id: testCase
    name: "Mentions"
    when: windowShown
    width: 600
    height: 300
    visible: true

    Component {
        id: textComponent

        MarkdownText {
            width: testCase.width
        }
    }

    function html(markdown, myHandle) {
        const item = createTemporaryObject(textComponent, testCase, { markdown: markdown, myHandle: myHandle });
        verify(item !== null);
        return item.text;
    }

    // The HTML span around `word`, or "" when it is not in one of its own.
    function spanOf(text, word) {
        const at = text.indexOf(word);
        verify(at >= 0, word + " is shown");
        const open = text.lastIndexOf("<span", at);
        const close = text.lastIndexOf("</span>", at);
        if (open < 0 || close > open)
            return "";
        return text.substring(open, text.indexOf(">", open) + 1);
    }

    function test_mentionsStandOutAndMineIsHighlighted() {
        const text = html("Thanks @demo and @Tom_Okafor. Ask @nadia.trails.", "demo");
        const mine = spanOf(text, "@demo");
        verify(mine.indexOf("font-weight:600") >= 0, mine);
        verify(mine.indexOf("background-color:") >= 0, "a mention of me is highlighted: " + mine);
        const tom = spanOf(text, "@Tom_Okafor");
        verify(tom.indexOf("font-weight:600") >= 0, tom);
        verify(tom.indexOf("background-color:") < 0, "someone else's is not: " + tom);
        // The full stop ends the sentence, not the handle.
        verify(text.indexOf("@nadia.trails</span>.") >= 0, text);
    }

    function test_addressesLinksAndCodeKeepTheirAt() {
        const text = html("Mail sam@demo.example, see [@demo](https://example.org/demo) or `@demo`.", "demo");
        verify(text.indexOf("background-color:") < 0, "no highlight: " + text);
        verify(text.indexOf("sam@demo.example") >= 0);
    }

    function test_withoutMyHandleNothingIsHighlighted() {
        const text = html("Hello @demo", "");
        verify(spanOf(text, "@demo").indexOf("font-weight:600") >= 0);
        verify(text.indexOf("background-color:") < 0);
    }
}
