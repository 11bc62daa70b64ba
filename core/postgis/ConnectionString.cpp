#include "ConnectionString.h"

#include "PgHandles.h"
#include "PostGisSessionPasswords.h"

#include <QRegularExpression>
#include <algorithm>

namespace planmap {
namespace {

QString quotedValue(const QString& value) {
  QString v = value;
  v.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
  return QLatin1Char('\'') + v + QLatin1Char('\'');
}

}  // namespace

QString ConnectionString::quoteValue(const QString& value) { return quotedValue(value); }

QString ConnectionString::compose(const std::vector<std::pair<QString, QString>>& options) {
  QStringList parts;
  for (const auto& [k, v] : options)
    if (!v.trimmed().isEmpty()) parts << k + QLatin1Char('=') + quotedValue(v.trimmed());
  return parts.join(QLatin1Char(' '));
}

Result<ConnectionString> ConnectionString::parse(const QString& text, int defaultConnectTimeout) {
  using R = Result<ConnectionString>;
  QString s = text.trimmed();
  if (s.startsWith(QLatin1String("PG:"), Qt::CaseInsensitive)) s = s.mid(3).trimmed();
  // GDAL's own options are not libpq's; the layer/table is given separately.
  static const QRegularExpression gdalOptions(QStringLiteral("\\b(tables|schemas|active_schema)\\s*=\\s*('[^']*'|\\S+)"),
                                              QRegularExpression::CaseInsensitiveOption);
  s.remove(gdalOptions);
  s = s.trimmed();
  if (s.isEmpty()) return R::fail(QStringLiteral("no PostgreSQL connection given (e.g. \"service=ankang\" or \"host=… dbname=…\")"));
  char* error = nullptr;
  PQconninfoOption* options = PQconninfoParse(s.toUtf8().constData(), &error);
  if (!options) {
    const QString why = QString::fromUtf8(error ? error : "out of memory").trimmed();
    PQfreemem(error);
    return R::fail(QStringLiteral("connection \"%1\": %2").arg(s, why));
  }
  ConnectionString out;
  bool hasPassword = false;
  for (PQconninfoOption* o = options; o->keyword; ++o) {
    if (!o->val || !*o->val) continue;
    const QString key = QString::fromUtf8(o->keyword);
    if (key == QLatin1String("password")) {
      hasPassword = true;
      continue;
    }
    out.options_.emplace_back(key, QString::fromUtf8(o->val));
  }
  PQconninfoFree(options);
  // An unreachable server should say so in seconds, not after the system's TCP timeout.
  out.explicitTimeout_ = !out.value(QStringLiteral("connect_timeout")).isEmpty();
  if (!out.explicitTimeout_)
    out.options_.emplace_back(QStringLiteral("connect_timeout"), QString::number(std::max(2, defaultConnectTimeout)));
  if (hasPassword)
    return R::fail(QStringLiteral("the connection must not contain a password: put it in ~/.pgpass, a pg_service.conf "
                                  "service or PGPASSWORD"));
  return R::ok(std::move(out));
}

QString ConnectionString::conninfo() const {
  QStringList parts;
  for (const auto& [k, v] : options_) parts << k + QLatin1Char('=') + quotedValue(v);
  return parts.join(QLatin1Char(' '));
}

QString ConnectionString::gdal(const QString& table) const {
  QString s = QStringLiteral("PG:") + conninfo();
  if (!table.isEmpty()) s += QStringLiteral(" tables=") + table;
  return s;
}

QString ConnectionString::gdalWithSessionPassword(const QString& table) const {
  const QString password = PostGisSessionPasswords::lookup(*this);
  if (password.isEmpty()) return gdal(table);
  QString s = QStringLiteral("PG:") + conninfo() + QStringLiteral(" password=") + quotedValue(password);
  if (!table.isEmpty()) s += QStringLiteral(" tables=") + table;
  return s;
}

ConnectionString ConnectionString::withDefaultConnectTimeout(int seconds) const {
  if (explicitTimeout_) return *this;
  ConnectionString out = *this;
  for (auto& [k, v] : out.options_)
    if (k == QLatin1String("connect_timeout")) v = QString::number(std::max(2, seconds));  // libpq's minimum is 2
  return out;
}

QString ConnectionString::value(const QString& key) const {
  for (const auto& [k, v] : options_)
    if (k == key) return v;
  return {};
}

QString ConnectionString::display() const {
  if (!value(QStringLiteral("service")).isEmpty() && value(QStringLiteral("dbname")).isEmpty())
    return QStringLiteral("service %1").arg(value(QStringLiteral("service")));
  QString s;
  if (!value(QStringLiteral("user")).isEmpty()) s += value(QStringLiteral("user")) + QLatin1Char('@');
  s += value(QStringLiteral("host")).isEmpty() ? QStringLiteral("localhost") : value(QStringLiteral("host"));
  if (!value(QStringLiteral("port")).isEmpty()) s += QLatin1Char(':') + value(QStringLiteral("port"));
  s += QLatin1Char('/') + value(QStringLiteral("dbname"));
  return s;
}

}  // namespace planmap
