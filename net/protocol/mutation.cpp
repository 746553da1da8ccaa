#include "mutation.h"

#include "jsonfields.h"

#include <QJsonArray>

namespace hearth::protocol {

namespace {
template<typename T> std::optional<T> failWith(const JsonFields &f, QString *error) {
    if (error)
        *error = f.error();
    return std::nullopt;
}
} // namespace

QJsonObject Mutation::toJson() const {
    return {
        {QStringLiteral("id"), id}, {QStringLiteral("name"), name}, {QStringLiteral("args"), args}};
}

std::optional<Mutation> Mutation::fromJson(const QJsonObject &json, QString *error) {
    JsonFields f(json);
    Mutation m;
    m.id = f.string(QStringLiteral("id"));
    m.name = f.string(QStringLiteral("name"));
    m.args = f.object(QStringLiteral("args"), false);
    f.rejectUnknown(
        {QLatin1StringView("id"), QLatin1StringView("name"), QLatin1StringView("args")});
    if (f.ok() && (m.id.isEmpty() || m.id.size() > 64))
        f.fail(QStringLiteral("field 'id' must be 1 to 64 characters"));
    if (!f.ok())
        return failWith<Mutation>(f, error);
    return m;
}

QJsonObject MutationBatch::toJson() const {
    QJsonArray list;
    for (const auto &m : mutations)
        list.append(m.toJson());
    return {{QStringLiteral("clientId"), clientId}, {QStringLiteral("mutations"), list}};
}

std::optional<MutationBatch> MutationBatch::fromJson(const QJsonObject &json, QString *error) {
    JsonFields f(json);
    MutationBatch b;
    b.clientId = f.string(QStringLiteral("clientId"));
    const QJsonArray list = f.array(QStringLiteral("mutations"));
    f.rejectUnknown({QLatin1StringView("clientId"), QLatin1StringView("mutations")});
    if (f.ok() && (b.clientId.isEmpty() || b.clientId.size() > 64))
        f.fail(QStringLiteral("field 'clientId' must be 1 to 64 characters"));
    for (qsizetype i = 0; f.ok() && i < list.size(); ++i) {
        if (!list.at(i).isObject()) {
            f.fail(QStringLiteral("mutations[%1] must be an object").arg(i));
            break;
        }
        QString e;
        auto m = Mutation::fromJson(list.at(i).toObject(), &e);
        if (!m)
            f.fail(QStringLiteral("mutations[%1]: %2").arg(i).arg(e));
        else
            b.mutations.append(std::move(*m));
    }
    if (!f.ok())
        return failWith<MutationBatch>(f, error);
    return b;
}

QJsonObject MutationResult::toJson() const {
    QJsonObject o{{QStringLiteral("id"), id}, {QStringLiteral("status"), status}};
    if (applied()) {
        o.insert(QStringLiteral("result"), result);
    } else {
        o.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), errorCode},
                                                      {QStringLiteral("message"), errorMessage}});
        if (!current.isEmpty())
            o.insert(QStringLiteral("current"), current);
    }
    return o;
}

std::optional<MutationResult> MutationResult::fromJson(const QJsonObject &json, QString *error) {
    JsonFields f(json);
    MutationResult r;
    r.id = f.string(QStringLiteral("id"));
    r.status = f.string(QStringLiteral("status"));
    r.result = f.object(QStringLiteral("result"), false);
    r.current = f.object(QStringLiteral("current"), false);
    const QJsonObject e = f.object(QStringLiteral("error"), !r.applied() && f.ok());
    JsonFields ef(e);
    r.errorCode = ef.string(QStringLiteral("code"), !r.applied());
    r.errorMessage = ef.string(QStringLiteral("message"), false);
    if (f.ok() && !ef.ok())
        f.fail(ef.error());
    if (!f.ok())
        return failWith<MutationResult>(f, error);
    return r;
}

QJsonObject MutationResponse::toJson() const {
    QJsonArray list;
    for (const auto &r : results)
        list.append(r.toJson());
    return {{QStringLiteral("results"), list}};
}

std::optional<MutationResponse> MutationResponse::fromJson(const QJsonObject &json,
                                                           QString *error) {
    JsonFields f(json);
    MutationResponse resp;
    const QJsonArray list = f.array(QStringLiteral("results"));
    for (qsizetype i = 0; f.ok() && i < list.size(); ++i) {
        QString e;
        auto r = MutationResult::fromJson(list.at(i).toObject(), &e);
        if (!r)
            f.fail(QStringLiteral("results[%1]: %2").arg(i).arg(e));
        else
            resp.results.append(std::move(*r));
    }
    if (!f.ok())
        return failWith<MutationResponse>(f, error);
    return resp;
}

} // namespace hearth::protocol
