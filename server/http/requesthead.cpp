#include "requesthead.h"

#include <algorithm>
#include <cctype>
#include <limits>

namespace hearthd {

namespace {

// Qt's header parser keeps at most this many fields in later versions; more is never needed.
constexpr int MaxFields = 100;

bool isTokenChar(char c) {
    static constexpr QByteArrayView others("!#$%&'*+-.^_`|~");
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           others.contains(c);
}

bool isToken(QByteArrayView v) {
    if (v.isEmpty())
        return false;
    for (char c : v) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

QByteArrayView trimmed(QByteArrayView v) {
    while (!v.isEmpty() && (v.front() == ' ' || v.front() == '\t'))
        v = v.sliced(1);
    while (!v.isEmpty() && (v.back() == ' ' || v.back() == '\t'))
        v.chop(1);
    return v;
}

bool hasListToken(const QByteArray &list, QByteArrayView token) {
    for (const QByteArray &item : list.split(',')) {
        if (trimmed(item).compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// What a message may repeat of the request: enough to recognise it, never all of it.
QString excerpt(QByteArrayView v) {
    constexpr qsizetype Max = 64;
    const QString text = QString::fromLatin1(v.first(std::min(v.size(), Max)));
    return v.size() > Max ? text + QStringLiteral("…") : text;
}

// Appends a field's value the way Qt's parser combines repeated fields.
void combine(QByteArray *into, QByteArrayView value) {
    if (!into->isEmpty())
        into->append(", ");
    into->append(value);
}

std::variant<RequestHead, HttpRefusal> parseRequestLine(QByteArrayView line) {
    const qsizetype first = line.indexOf(' ');
    const qsizetype second = first < 0 ? -1 : line.indexOf(' ', first + 1);
    if (first <= 0 || second < 0 || line.indexOf(' ', second + 1) >= 0)
        return HttpRefusal::badRequest(
            QStringLiteral("the request line must be 'METHOD TARGET HTTP/1.1' with single spaces"));
    RequestHead head;
    const QByteArrayView method = line.first(first);
    const QByteArrayView target = line.sliced(first + 1, second - first - 1);
    const QByteArrayView version = line.sliced(second + 1);
    if (!isToken(method))
        return HttpRefusal::badRequest(
            QStringLiteral("'%1' is not a request method").arg(excerpt(method)));
    if (target.isEmpty())
        return HttpRefusal::badRequest(QStringLiteral("the request line has no target"));
    for (char c : target) {
        if (uchar(c) <= 0x20 || uchar(c) >= 0x7f)
            return HttpRefusal::badRequest(
                QStringLiteral("the request target holds a character that must be encoded"));
    }
    const bool looksLikeVersion = version.size() == 8 && version.startsWith("HTTP/") &&
                                  version[6] == '.' && std::isdigit(uchar(version[5])) &&
                                  std::isdigit(uchar(version[7]));
    if (!looksLikeVersion)
        return HttpRefusal::badRequest(
            QStringLiteral("'%1' is not an HTTP version").arg(excerpt(version)));
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        return HttpRefusal::versionNotSupported(
            QStringLiteral("%1 is not spoken here; use HTTP/1.1").arg(excerpt(version)));
    head.method = method.toByteArray();
    head.target = target.toByteArray();
    head.minorVersion = version[7] - '0';
    return head;
}

} // namespace

std::variant<RequestHead, HttpRefusal> RequestHead::parse(QByteArrayView block) {
    if (!block.endsWith("\r\n\r\n"))
        return HttpRefusal::badRequest(QStringLiteral("the request head is incomplete"));
    for (qsizetype i = 0; i < block.size(); ++i) {
        const bool strayLf = block[i] == '\n' && (i == 0 || block[i - 1] != '\r');
        const bool strayCr = block[i] == '\r' && (i + 1 == block.size() || block[i + 1] != '\n');
        if (strayLf || strayCr)
            return HttpRefusal::badRequest(
                QStringLiteral("every line of the request head must end with CRLF"));
    }

    const qsizetype lineEnd = block.indexOf("\r\n");
    auto parsed = parseRequestLine(block.first(lineEnd));
    if (std::holds_alternative<HttpRefusal>(parsed))
        return parsed;
    RequestHead head = std::get<RequestHead>(std::move(parsed));

    bool lengthSeen = false;
    bool transferEncoding = false;
    int hosts = 0;
    int fields = 0;
    QByteArray connection;
    QByteArray upgrade;
    QByteArray webSocketKey;
    QByteArray webSocketVersion;
    const QByteArrayView fieldBlock = block.sliced(lineEnd + 2, block.size() - lineEnd - 4);
    for (qsizetype at = 0; at < fieldBlock.size();) {
        const qsizetype end = fieldBlock.indexOf("\r\n", at);
        const QByteArrayView line = fieldBlock.sliced(at, end - at);
        at = end + 2;
        if (++fields > MaxFields)
            return HttpRefusal::headersTooLarge(
                QStringLiteral("more than %1 header fields").arg(MaxFields));
        if (line.startsWith(' ') || line.startsWith('\t'))
            return HttpRefusal::badRequest(
                QStringLiteral("folded header lines (starting with a space) are not accepted"));
        const qsizetype colon = line.indexOf(':');
        const QByteArrayView name = colon < 0 ? line : line.first(colon);
        if (colon < 0 || !isToken(name))
            return HttpRefusal::badRequest(
                QStringLiteral("'%1' is not a header field (NAME: value, no space before the "
                               "colon)")
                    .arg(excerpt(line)));
        const QByteArrayView value = trimmed(line.sliced(colon + 1));
        for (char c : value) {
            if ((uchar(c) < 0x20 && c != '\t') || uchar(c) == 0x7f)
                return HttpRefusal::badRequest(
                    QStringLiteral("header field '%1' holds a control character")
                        .arg(excerpt(name)));
        }
        const auto is = [&](const char *field) {
            return name.compare(QByteArrayView(field), Qt::CaseInsensitive) == 0;
        };
        if (is("content-length")) {
            if (value.isEmpty() || !std::all_of(value.begin(), value.end(),
                                                [](char c) { return c >= '0' && c <= '9'; }))
                return HttpRefusal::badRequest(
                    QStringLiteral("Content-Length must be one number of bytes (got '%1')")
                        .arg(excerpt(value)));
            bool ok = false;
            qint64 length = value.size() > 18 ? -1 : value.toLongLong(&ok);
            if (!ok)
                length = std::numeric_limits<qint64>::max(); // refused as too large later
            if (lengthSeen && length != head.contentLength)
                return HttpRefusal::badRequest(
                    QStringLiteral("two different Content-Length values"));
            lengthSeen = true;
            head.contentLength = length;
        } else if (is("transfer-encoding")) {
            transferEncoding = true;
        } else if (is("host")) {
            ++hosts;
        } else if (is("connection")) {
            combine(&connection, value);
        } else if (is("upgrade")) {
            combine(&upgrade, value);
        } else if (is("sec-websocket-key")) {
            combine(&webSocketKey, value);
        } else if (is("sec-websocket-version")) {
            combine(&webSocketVersion, value);
        } else if (is("x-forwarded-for")) {
            head.forwardedFor.append(value.toByteArray());
        } else if (is("forwarded")) {
            head.forwarded.append(value.toByteArray());
        }
    }

    if (transferEncoding && lengthSeen)
        return HttpRefusal::badRequest(
            QStringLiteral("a request with both Content-Length and Transfer-Encoding is "
                           "ambiguous"));
    if (transferEncoding)
        return HttpRefusal::lengthRequired(
            QStringLiteral("send the body with a Content-Length; Transfer-Encoding is not "
                           "accepted"));
    if (hosts > 1 || (head.minorVersion == 1 && hosts == 0))
        return HttpRefusal::badRequest(
            QStringLiteral("an HTTP/1.1 request needs exactly one Host header"));
    head.keepAlive = head.minorVersion == 1 && !hasListToken(connection, "close");
    // As Qt HttpServer decides it: "upgrade" anywhere in Connection, Upgrade: websocket.
    head.webSocketUpgrade = connection.toLower().contains("upgrade") &&
                            QByteArrayView(upgrade).compare("websocket", Qt::CaseInsensitive) == 0;
    if (head.webSocketUpgrade &&
        (head.method != "GET" || head.minorVersion != 1 || head.contentLength != 0))
        return HttpRefusal::badRequest(
            QStringLiteral("a WebSocket upgrade is a GET over HTTP/1.1 without a body"));
    // Qt's WebSocket server would close such a handshake without a word; say what is wrong.
    if (head.webSocketUpgrade &&
        (QByteArray::fromBase64(webSocketKey).size() != 16 || webSocketVersion != "13"))
        return HttpRefusal::badRequest(
            QStringLiteral("a WebSocket upgrade needs a Sec-WebSocket-Key (16 bytes, base64) and "
                           "Sec-WebSocket-Version: 13"));
    return head;
}

} // namespace hearthd
