import QtQuick
import QtTest
import Hearth.Ui

// The translation path: the German catalogue built from resources/translations/hearth_de.ts is
// installed the way the app does it for a German system, and the pages speak German.
TestCase {
    id: testCase
    name: "Translation"
    when: windowShown
    width: 900
    height: 720
    visible: true

    Component {
        id: signInComponent

        SignInPage {
            width: testCase.width
            height: testCase.height
        }
    }

    function cleanup() {
        testFixture.useLanguage("");
    }

    function test_germanSystemGetsGerman() {
        verify(testFixture.useLanguage("de"), "a German translation is built into the app");
        const page = createTemporaryObject(signInComponent, testCase);
        compare(findChild(page, "pageTitle").text, "Bei Hearth anmelden");
        compare(page.submitButton.text, "Anmelden");
        compare(Format.comments(3), "3 Kommentare");
    }

    function test_englishStaysEnglish() {
        verify(!testFixture.useLanguage("en"), "English is the source language: nothing to install");
        const page = createTemporaryObject(signInComponent, testCase);
        compare(findChild(page, "pageTitle").text, "Sign in to Hearth");
    }
}
