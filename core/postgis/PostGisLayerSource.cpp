#include "PostGisLayerSource.h"

#include "LayerLoader.h"
#include "LayerOpeners.h"
#include "PostGisConnection.h"
#include "PostGisSessionPasswords.h"
#include "StyleJson.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QMutexLocker>

namespace planmap {
namespace {

// Servers found unreachable lately: conninfo → (when, message). Layers load on workers too.
struct UnreachableMemo {
  QMutex mutex;
  QHash<QString, std::pair<qint64, QString>> entries;
};

UnreachableMemo& memo() {
  static UnreachableMemo m;
  return m;
}

QString recentFailure(const QString& key) {
  QMutexLocker lock(&memo().mutex);
  auto it = memo().entries.constFind(key);
  if (it == memo().entries.constEnd()) return {};
  const qint64 age = QDateTime::currentMSecsSinceEpoch() - it->first;
  if (age > qint64(PostGisLayerSource::kUnreachableMemoSeconds) * 1000) return {};
  return it->second;
}

void rememberFailure(const QString& key, const QString& message) {
  QMutexLocker lock(&memo().mutex);
  memo().entries.insert(key, {QDateTime::currentMSecsSinceEpoch(), message});
}

void forgetFailure(const QString& key) {
  QMutexLocker lock(&memo().mutex);
  memo().entries.remove(key);
}

// GDAL was handed the session password; none of its words may carry it back out.
QString scrub(QString text, const QString& password) {
  if (!password.isEmpty()) text.replace(password, QStringLiteral("********"));
  return text;
}

Result<std::shared_ptr<VectorLayer>> loadLayer(const QString& connection, const QString& table, const LoadOptions& options,
                                               bool useMemo, PostGisConnection::ConnectFailure* failure);

}  // namespace

Result<std::shared_ptr<VectorLayer>> PostGisLayerSource::load(const QString& connection, const QString& table,
                                                              const LoadOptions& options,
                                                              PostGisConnection::ConnectFailure* failure) {
  return loadLayer(connection, table, options, true, failure);
}

Result<std::shared_ptr<VectorLayer>> PostGisLayerSource::retry(const QString& connection, const QString& table,
                                                               const LoadOptions& options,
                                                               PostGisConnection::ConnectFailure* failure) {
  return loadLayer(connection, table, options, false, failure);
}

std::pair<QString, QString> PostGisLayerSource::splitTable(const QString& table) {
  const int dot = table.indexOf(QLatin1Char('.'));
  if (dot < 0) return {QStringLiteral("public"), table};
  return {table.left(dot), table.mid(dot + 1)};
}

namespace {

Result<std::shared_ptr<VectorLayer>> loadLayer(const QString& connection, const QString& table, const LoadOptions& options,
                                               bool useMemo, PostGisConnection::ConnectFailure* failure) {
  using R = Result<std::shared_ptr<VectorLayer>>;
  PostGisConnection::ConnectFailure ignored = PostGisConnection::ConnectFailure::None;
  if (!failure) failure = &ignored;
  *failure = PostGisConnection::ConnectFailure::None;
  if (table.trimmed().isEmpty()) return R::fail(QStringLiteral("no PostGIS table given (schema.table)"));
  auto parsed = ConnectionString::parse(connection, PostGisLayerSource::kOpenTimeoutSeconds);
  if (!parsed) return R::fail(parsed.error());
  const QString key = parsed->conninfo();
  if (useMemo) {
    const QString earlier = recentFailure(key);
    if (!earlier.isEmpty()) {
      *failure = PostGisConnection::ConnectFailure::Unreachable;
      return R::fail(earlier);
    }
  }
  PostGisConnection::ConnectFailure why = PostGisConnection::ConnectFailure::None;
  auto conn = PostGisConnection::open(parsed.value(), &why);
  *failure = why;
  if (!conn) {
    if (why == PostGisConnection::ConnectFailure::Unreachable) rememberFailure(key, conn.error());
    return R::fail(conn.error());
  }
  forgetFailure(key);
  PostGisConnection& c = *conn.value();
  const auto [schema, name] = PostGisLayerSource::splitTable(table);
  const QString where = QStringLiteral("PostGIS server %1").arg(c.connectionString().display());
  auto exists = c.tableExists(PostGisConnection::quoteQualified(schema, name));
  if (!exists) return R::fail(exists.error());
  if (!exists.value()) return R::fail(QStringLiteral("%1: table %2.%3 does not exist").arg(where, schema, name));

  const QString gdalTable = schema + QLatin1Char('.') + name;
  const QString password = PostGisSessionPasswords::lookup(c.connectionString());
  auto layers = LayerLoader::load(c.connectionString().gdalWithSessionPassword(gdalTable), options);
  if (!layers) return R::fail(scrub(QStringLiteral("%1: table %2: %3").arg(where, gdalTable, layers.error()), password));
  if (layers->empty()) return R::fail(QStringLiteral("%1: table %2 has no geometry column").arg(where, gdalTable));
  std::shared_ptr<VectorLayer> layer = layers->front();
  layer->sourcePath = c.connectionString().conninfo();
  layer->sourceLayerName = gdalTable;
  layer->id = name;
  layer->title = name;
  layer->encoding.note = QStringLiteral("PostgreSQL sends text as UTF-8");
  for (QString& w : layer->warnings) w = scrub(w, password);

  // What PlanMap wrote when it published the table (absent for tables made by other tools).
  auto meta = c.tableExists(PostGisConnection::quoteQualified(schema, QStringLiteral("planmap_layers")));
  if (meta && meta.value()) {
    auto rows = c.exec(QStringLiteral("SELECT layer_id, title_zh, title_en, layer_group, key_field, source, licence, "
                                      "attribution, style::text AS style FROM %1.planmap_layers WHERE table_name = $1")
                           .arg(PostGisConnection::quoteIdentifier(schema)),
                       {name});
    if (rows && rows->rowCount() == 1) {
      layer->id = rows->text(0, QStringLiteral("layer_id"));
      layer->title = rows->text(0, QStringLiteral("title_zh"));
      layer->titleEn = rows->text(0, QStringLiteral("title_en"));
      layer->group = rows->text(0, QStringLiteral("layer_group"));
      layer->keyField = rows->text(0, QStringLiteral("key_field"));
      layer->source = rows->text(0, QStringLiteral("source"));
      layer->licence = rows->text(0, QStringLiteral("licence"));
      layer->attribution = rows->text(0, QStringLiteral("attribution"));
      const QString styleText = rows->text(0, QStringLiteral("style"));
      if (!styleText.isEmpty()) {
        auto style = StyleJson::read(QJsonDocument::fromJson(styleText.toUtf8()).object(),
                                     QStringLiteral("%1.planmap_layers %2 style").arg(schema, name));
        if (style) layer->style = style.value();
        else layer->warnings << style.error();
      }
    } else if (!rows) {
      layer->warnings << rows.error();
    }
  }
  return R::ok(std::move(layer));
}

}  // namespace

void PostGisLayerSource::installProjectOpener() {
  LayerOpeners::install(LayerSource::Kind::PostGis, [](const LayerSource& source, const LoadOptions& options) {
    return load(source.connection, source.layerName, options);
  });
}

}  // namespace planmap
