#pragma once
// Believable-enough post text for search and feed benchmarks: words drawn from a Zipf
// distribution over a made-up vocabulary, so some terms are very common, some mid-frequency and
// most rare, as in real writing. Deterministic for a given seed.

#include "protocol/entities.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>

namespace hearth::bench {

class SyntheticPosts {
public:
    explicit SyntheticPosts(quint32 seed = 42, int vocabulary = 20000);

    // The word of frequency rank `rank` (0 = most common).
    QString word(int rank) const { return m_words.at(rank); }
    int vocabularySize() const { return int(m_words.size()); }
    protocol::Post post(int index, const QString &communityId);

private:
    QString sentence(int words);

    QStringList m_words;
    QList<double> m_cumulative;
    QRandomGenerator m_random;
};

} // namespace hearth::bench
