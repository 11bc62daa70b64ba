#include "PostGisSessionPasswords.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

namespace planmap {
namespace {

QMutex g_mutex;

QHash<QString, QString>& passwords() {
  static QHash<QString, QString> map;
  return map;
}

QString key(const ConnectionString& c) {
  QStringList parts;
  for (const char* k : {"service", "host", "hostaddr", "port", "dbname", "user"}) {
    QString v = c.value(QString::fromLatin1(k));
    // "postgresql://li@db/plan" and "host=db port=5432 …" are the same server.
    if (v.isEmpty() && qstrcmp(k, "port") == 0 && c.value(QStringLiteral("service")).isEmpty()) v = QStringLiteral("5432");
    parts << v;
  }
  return parts.join(QChar(0x1f));
}

}  // namespace

void PostGisSessionPasswords::remember(const ConnectionString& connection, const QString& password) {
  QMutexLocker lock(&g_mutex);
  if (password.isEmpty()) passwords().remove(key(connection));
  else passwords().insert(key(connection), password);
}

QString PostGisSessionPasswords::lookup(const ConnectionString& connection) {
  QMutexLocker lock(&g_mutex);
  return passwords().value(key(connection));
}

void PostGisSessionPasswords::forget(const ConnectionString& connection) {
  QMutexLocker lock(&g_mutex);
  passwords().remove(key(connection));
}

void PostGisSessionPasswords::clear() {
  QMutexLocker lock(&g_mutex);
  passwords().clear();
}

}  // namespace planmap
