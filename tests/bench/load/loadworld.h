#pragma once
// What the simulated members know of their communities, shared between them: the posts written
// so far (the newest few hundred, what a member would see in the feed) and the events. Members
// learn of posts as they would from sync; keeping them here spares parsing every page.

#include <QHash>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

struct LoadWorld {
    struct Community {
        QString id;
        QStringList posts; // newest last
        QStringList events;
    };
    QList<Community> communities;

    void addPost(int community, const QString &postId) {
        QStringList &posts = communities[community].posts;
        posts.append(postId);
        if (posts.size() > 300)
            posts.removeFirst();
    }
    // A post people are likely to answer: mostly recent ones.
    QString somePost(int community, QRandomGenerator &random) const {
        const QStringList &posts = communities.at(community).posts;
        if (posts.isEmpty())
            return {};
        const int recent = std::min<int>(int(posts.size()), 30);
        return posts.at(posts.size() - 1 - random.bounded(recent));
    }
};
