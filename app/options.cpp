#include "options.h"

#include "net/session.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QUrl>

#include <cstdio>
#include <cstdlib>

namespace hearth::app {

namespace {

[[noreturn]] void fail(QCommandLineParser &parser, const QString &message) {
    std::fprintf(stderr, "hearth: %s\n\n%s", qPrintable(message), qPrintable(parser.helpText()));
    std::exit(2);
}

} // namespace

bool Options::asksForHelpOrVersion(int argc, char **argv) {
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-?" || arg == "-v" ||
            arg == "--version")
            return true;
    }
    return false;
}

Options Options::parse(const QCoreApplication &app) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "hearth",
        "Hearth: a desktop home for micro communities.\n"
        "\n"
        "Development options:\n"
        "  --auto-sign-in signs in with --server, --handle and the password in the\n"
        "  environment variable HEARTH_PASSWORD (used by `./dev run` for the demo account).\n"
        "  HEARTH_PASSWORD is ignored without --auto-sign-in. An account that is already\n"
        "  signed in (token in the keychain) is restored instead."));
    parser.addHelpOption();
    parser.addVersionOption();

    const QCommandLineOption server(
        QStringLiteral("server"),
        QCoreApplication::translate("hearth",
                                    "Pre-fill the sign-in form with this server address."),
        QStringLiteral("URL"));
    const QCommandLineOption handle(
        QStringLiteral("handle"),
        QCoreApplication::translate("hearth", "Pre-fill the sign-in form with this handle."),
        QStringLiteral("NAME"));
    const QCommandLineOption autoSignIn(
        QStringLiteral("auto-sign-in"),
        QCoreApplication::translate("hearth",
                                    "Sign in at start with --server, --handle and the password in "
                                    "HEARTH_PASSWORD (development and demos)."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("hearth",
                                    "Once the window has loaded its content, save it as an image "
                                    "to FILE (PNG) and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption screens(
        QStringLiteral("screens"),
        QCoreApplication::translate("hearth",
                                    "Photograph every main screen, in the light and the dark "
                                    "theme, into DIR (PNG files), then exit. For the demo server."),
        QStringLiteral("DIR"));
    const QCommandLineOption screenList(
        QStringLiteral("screen-list"),
        QCoreApplication::translate("hearth",
                                    "With --screens: only these screens (comma-separated names)."),
        QStringLiteral("NAMES"));
    parser.addOptions({server, handle, autoSignIn, screenshot, screens, screenList});
    parser.addPositionalArgument(
        QStringLiteral("link"),
        QCoreApplication::translate("hearth",
                                    "A hearth://invite/CODE link to join with (a running Hearth "
                                    "takes it over)."),
        QStringLiteral("[link]"));
    parser.process(app);

    Options options;
    // One hearth://invite/CODE link (what the desktop passes for %u), nothing else.
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 ||
        (positional.size() == 1 && !positional.constFirst().trimmed().startsWith(
                                       QStringLiteral("hearth:"), Qt::CaseInsensitive)))
        fail(parser, QCoreApplication::translate("hearth", "unexpected argument: %1")
                         .arg(positional.constFirst()));
    if (positional.size() == 1)
        options.inviteLink = positional.constFirst().trimmed();

    options.serverUrl = parser.value(server).trimmed();
    options.handle = parser.value(handle).trimmed();
    options.screenshotPath = parser.value(screenshot);
    options.autoSignIn = parser.isSet(autoSignIn);
    options.screensPath = parser.value(screens);
    for (const QString &name : parser.value(screenList).split(QLatin1Char(','), Qt::SkipEmptyParts))
        options.screenNames.append(name.trimmed());

    if (!options.serverUrl.isEmpty()) {
        // Accepts what the sign-in form accepts: "host:port" gets http://, as there.
        options.serverUrl = net::Session::normalizeServerUrl(options.serverUrl);
        const QUrl url(options.serverUrl, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") ||
            url.host().isEmpty())
            fail(parser,
                 QCoreApplication::translate("hearth", "--server needs a server address such as "
                                                       "http://127.0.0.1:8787, not \"%1\".")
                     .arg(parser.value(server)));
    }
    if (parser.isSet(screenshot) && options.screenshotPath.isEmpty())
        fail(parser, QCoreApplication::translate("hearth", "--screenshot needs a file name."));
    if (parser.isSet(screens) && options.screensPath.isEmpty())
        fail(parser, QCoreApplication::translate("hearth", "--screens needs a folder."));
    if (parser.isSet(screenList) && options.screensPath.isEmpty())
        fail(parser, QCoreApplication::translate("hearth", "--screen-list needs --screens."));

    if (options.autoSignIn) {
        options.password = qEnvironmentVariable("HEARTH_PASSWORD");
        if (options.serverUrl.isEmpty() || options.handle.isEmpty() || options.password.isEmpty())
            fail(parser, QCoreApplication::translate("hearth",
                                                     "--auto-sign-in needs --server, --handle and "
                                                     "the environment variable HEARTH_PASSWORD."));
    }
    return options;
}

} // namespace hearth::app
