#include "PostGisLayerSource.h"

#include "LayerLoader.h"
#include "PostGisConnection.h"
#include "StyleJson.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace planmap {

std::pair<QString, QString> PostGisLayerSource::splitTable(const QString& table) {
  const int dot = table.indexOf(QLatin1Char('.'));
  if (dot < 0) return {QStringLiteral("public"), table};
  return {table.left(dot), table.mid(dot + 1)};
}

Result<std::shared_ptr<VectorLayer>> PostGisLayerSource::load(const QString& connection, const QString& table,
                                                              const LoadOptions& options) {
  using R = Result<std::shared_ptr<VectorLayer>>;
  if (table.trimmed().isEmpty()) return R::fail(QStringLiteral("no PostGIS table given (schema.table)"));
  auto conn = PostGisConnection::open(connection);
  if (!conn) return R::fail(conn.error());
  PostGisConnection& c = *conn.value();
  const auto [schema, name] = splitTable(table);
  const QString where = QStringLiteral("PostGIS server %1").arg(c.connectionString().display());
  auto exists = c.tableExists(PostGisConnection::quoteQualified(schema, name));
  if (!exists) return R::fail(exists.error());
  if (!exists.value()) return R::fail(QStringLiteral("%1: table %2.%3 does not exist").arg(where, schema, name));

  const QString gdalTable = schema + QLatin1Char('.') + name;
  auto layers = LayerLoader::load(c.connectionString().gdal(gdalTable), options);
  if (!layers) return R::fail(QStringLiteral("%1: table %2: %3").arg(where, gdalTable, layers.error()));
  if (layers->empty()) return R::fail(QStringLiteral("%1: table %2 has no geometry column").arg(where, gdalTable));
  std::shared_ptr<VectorLayer> layer = layers->front();
  layer->sourcePath = c.connectionString().conninfo();
  layer->sourceLayerName = gdalTable;
  layer->id = name;
  layer->title = name;
  layer->encoding.note = QStringLiteral("PostgreSQL sends text as UTF-8");

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

}  // namespace planmap
