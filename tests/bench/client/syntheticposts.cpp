#include "syntheticposts.h"

#include <algorithm>
#include <cmath>

namespace hearth::bench {

namespace {
const char *const syllables[] = {"ka",  "lo",  "mi",  "ren", "sa", "to",  "vel", "dor", "ni", "qua",
                                 "bel", "ith", "mor", "pa",  "zu", "xen", "ul",  "fer", "go", "ta"};
}

SyntheticPosts::SyntheticPosts(quint32 seed, int vocabulary)
    : m_random(seed) {
    m_words.reserve(vocabulary);
    for (int i = 0; i < vocabulary; ++i) {
        // Distinct pseudo-words: the digits of i in base 20, one syllable each (at least two).
        QString w;
        int n = i;
        do {
            w += QLatin1StringView(syllables[n % 20]);
            n /= 20;
        } while (n > 0);
        if (w.size() < 4)
            w += QLatin1StringView("na");
        m_words.append(w);
    }
    double total = 0;
    m_cumulative.reserve(vocabulary);
    for (int r = 1; r <= vocabulary; ++r) {
        total += 1.0 / std::pow(double(r), 1.07);
        m_cumulative.append(total);
    }
    for (double &c : m_cumulative)
        c /= total;
}

QString SyntheticPosts::sentence(int words) {
    QString out;
    for (int i = 0; i < words; ++i) {
        const double u = m_random.generateDouble();
        const auto it = std::lower_bound(m_cumulative.cbegin(), m_cumulative.cend(), u);
        if (i)
            out += QLatin1Char(' ');
        out += m_words.at(qMin(qsizetype(it - m_cumulative.cbegin()), m_words.size() - 1));
    }
    return out;
}

protocol::Post SyntheticPosts::post(int index, const QString &communityId) {
    protocol::Post p;
    p.id = QStringLiteral("post-%1").arg(index, 7, 10, QLatin1Char('0'));
    p.communityId = communityId;
    p.authorId = QStringLiteral("author-%1").arg(index % 40);
    p.authorName = QStringLiteral("Member %1").arg(index % 40);
    p.title = sentence(6);
    p.body = sentence(40);
    p.createdAt = 1700000000000 + qint64(index) * 60000;
    return p;
}

} // namespace hearth::bench
