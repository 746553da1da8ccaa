import QtQuick
import QtTest
import Hearth.Ui

TestCase {
    id: testCase
    name: "SignInPage"
    when: windowShown
    width: 800
    height: 720
    visible: true

    Component {
        id: signInComponent

        SignInPage {
            width: testCase.width
            height: testCase.height
        }
    }

    SignalSpy {
        id: signInSpy
        signalName: "signInRequested"
    }

    SignalSpy {
        id: createSpy
        signalName: "createAccountRequested"
    }

    Component {
        id: spyComponent
        SignalSpy {}
    }

    function createPage(properties) {
        const page = createTemporaryObject(signInComponent, testCase, properties || {});
        verify(page !== null, "SignInPage loads");
        signInSpy.clear();
        signInSpy.target = page;
        createSpy.clear();
        createSpy.target = page;
        return page;
    }

    function message(field) {
        const label = findChild(field, "fieldMessage");
        return label.visible ? label.text : "";
    }

    function test_emptyHandleShowsErrorAndDisablesButton() {
        const page = createPage({ serverUrl: "http://127.0.0.1:8080" });
        page.passwordField.text = "secret";

        // Untouched fields show no error yet, but the button is off
        compare(message(page.handleField), "");
        compare(page.submitButton.enabled, false);

        page.handleField.input.forceActiveFocus();
        keyClick(Qt.Key_A);
        compare(page.submitButton.enabled, true);
        keyClick(Qt.Key_Backspace);

        compare(message(page.handleField), "Enter your handle.");
        compare(page.submitButton.enabled, false);

        mouseClick(page.submitButton);
        compare(signInSpy.count, 0, "an invalid form is not submitted");
    }

    function test_badServerAddressIsExplained() {
        const page = createPage({ handle: "mara" });
        page.passwordField.text = "secret";
        page.serverField.input.forceActiveFocus();
        keyClick(Qt.Key_X);
        compare(message(page.serverField), "", "a bare host name is fine");
        verify(page.submitButton.enabled);
        keyClick(Qt.Key_Space);
        keyClick(Qt.Key_Y);
        verify(message(page.serverField).indexOf("server address") >= 0);
        compare(page.submitButton.enabled, false);
    }

    function test_validFormSignsIn() {
        const page = createPage({ serverUrl: "http://127.0.0.1:8080/", handle: "mara" });
        page.passwordField.input.forceActiveFocus();
        keyClick(Qt.Key_P);
        keyClick(Qt.Key_W);
        verify(page.submitButton.enabled);
        keyClick(Qt.Key_Return);

        compare(signInSpy.count, 1);
        compare(signInSpy.signalArguments[0][0], "http://127.0.0.1:8080/");
        compare(signInSpy.signalArguments[0][1], "mara");
        compare(signInSpy.signalArguments[0][2], "pw");
    }

    function test_createAccountAsksForDisplayNameAndLongerPassword() {
        const page = createPage({ serverUrl: "http://127.0.0.1:8080", handle: "mara" });
        verify(!page.displayNameField.visible);
        mouseClick(findChild(page, "modeToggle"));
        verify(page.createAccount);
        verify(page.displayNameField.visible);
        compare(page.submitButton.text, "Create account");

        page.passwordField.input.forceActiveFocus();
        keyClick(Qt.Key_A);
        verify(message(page.passwordField).indexOf("8") >= 0);
        compare(page.submitButton.enabled, false);

        page.passwordField.text = "long enough secret";
        page.displayNameField.text = "Mara Quinn";
        verify(page.submitButton.enabled);
        mouseClick(page.submitButton);
        compare(createSpy.count, 1);
        compare(createSpy.signalArguments[0][3], "Mara Quinn");
    }

    function test_busyDisablesTheFormAndServerErrorIsShown() {
        const page = createPage({ serverUrl: "http://127.0.0.1:8080", handle: "mara" });
        page.passwordField.text = "secret";
        page.busy = true;
        compare(page.submitButton.enabled, false);
        compare(page.handleField.enabled, false);

        page.busy = false;
        page.errorText = "wrong handle or password";
        const banner = findChild(page, "errorBanner");
        verify(banner.visible);
        compare(findChild(page, "errorText").text, "Wrong handle or password", "the server's message, capitalised");
    }

    function test_aNewcomerIsNotWelcomedBack() {
        const page = createPage({ serverUrl: "http://127.0.0.1:8080" });
        compare(findChild(page, "pageTitle").text, "Sign in to Hearth");
        verify(!findChild(page, "knownAccounts").visible);
        const returning = createPage({ accounts: [{ serverUrl: "http://127.0.0.1:8080", handle: "mara", displayName: "Mara Quinn" }] });
        compare(findChild(returning, "pageTitle").text, "Welcome back");
    }

    function test_accountsOnThisComputerOpenInOneClick() {
        const page = createPage({ accounts: [{ serverUrl: "http://127.0.0.1:8080", handle: "mara", displayName: "Mara Quinn" },
                                             { serverUrl: "https://hearth.example.org", handle: "mq", displayName: "" }] });
        const spy = createTemporaryObject(spyComponent, testCase, { target: page, signalName: "accountChosen" });
        verify(findChild(page, "knownAccounts").visible);
        const second = findChild(page, "account_mq");
        verify(second.Accessible.name.indexOf("Continue as mq on https://hearth.example.org") >= 0);
        mouseClick(second);
        compare(spy.count, 1);
        compare(spy.signalArguments[0][0], "https://hearth.example.org");
        compare(spy.signalArguments[0][1], "mq");
    }

    function test_createAccountShowsNoErrorBeforeTyping() {
        const page = createPage({ serverUrl: "http://127.0.0.1:8080" });
        // The handle field had the focus and was left untouched when the mode changes.
        page.handleField.input.forceActiveFocus();
        mouseClick(findChild(page, "modeToggle"));
        verify(page.createAccount);
        compare(message(page.handleField), "", "no red hint before anything is typed");
        compare(message(page.passwordField), "At least 8 characters.", "only the hint");
        page.handleField.input.forceActiveFocus();
        keyClick(Qt.Key_A);
        keyClick(Qt.Key_Backspace);
        compare(message(page.handleField), "Enter your handle.", "once typed in, the field says what it needs");
    }

    function test_theCardDoesNotJump() {
        const page = createPage({ serverUrl: "http://127.0.0.1:8080" });
        const card = findChild(page, "signInCard");
        const title = findChild(page, "pageTitle");
        const top = title.mapToItem(page, 0, 0).y;
        const fieldY = page.passwordField.mapToItem(page, 0, 0).y;
        page.handleField.input.forceActiveFocus();
        keyClick(Qt.Key_A);
        keyClick(Qt.Key_Backspace); // the handle's error appears
        compare(message(page.handleField), "Enter your handle.");
        compare(title.mapToItem(page, 0, 0).y, top, "the card stays where it is");
        compare(page.passwordField.mapToItem(page, 0, 0).y, fieldY, "the fields below do not move");
        mouseClick(findChild(page, "modeToggle"));
        compare(title.mapToItem(page, 0, 0).y, top, "nor when the form grows for a new account");
        verify(card !== null);
    }
}
