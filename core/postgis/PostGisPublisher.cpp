#include "PostGisPublisher.h"

#include "CatalogJsonWriter.h"
#include "ConnectionString.h"
#include "GdalHandles.h"
#include "PostGisConnection.h"
#include "PostGisSchema.h"
#include "StyleJson.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

namespace planmap {
namespace {

OGRFieldType ogrType(QMetaType::Type type) {
  switch (type) {
    case QMetaType::Int: return OFTInteger;
    case QMetaType::LongLong: return OFTInteger64;
    case QMetaType::Double: return OFTReal;
    case QMetaType::QDate: return OFTDate;
    case QMetaType::QDateTime: return OFTDateTime;
    case QMetaType::Bool: return OFTInteger;
    default: return OFTString;
  }
}

GeometryType dominantType(const FeatureStore& store) {
  int counts[4] = {0, 0, 0, 0};
  for (std::size_t f = 0; f < store.featureCount(); ++f) ++counts[int(store.geometryType(f))];
  int best = 3;
  for (int t = 1; t <= 3; ++t)
    if (counts[t] > counts[best]) best = t;
  return counts[best] ? GeometryType(best) : GeometryType::None;
}

OGRwkbGeometryType ogrGeometryType(GeometryType type) {
  switch (type) {
    case GeometryType::Point: return wkbMultiPoint;
    case GeometryType::Line: return wkbMultiLineString;
    case GeometryType::Polygon: return wkbMultiPolygon;
    default: return wkbUnknown;
  }
}

// Feature f of the store as an OGR multi-geometry (every part kept), or null for an empty feature.
OGRGeometry* toOgr(const FeatureStore& s, std::size_t f) {
  auto ring = [&](std::uint32_t p, OGRSimpleCurve* curve) {
    const std::uint32_t b = s.vertexBegin(p), e = s.vertexEnd(p);
    curve->setNumPoints(int(e - b), FALSE);
    for (std::uint32_t v = b; v < e; ++v) curve->setPoint(int(v - b), s.vertex(v)[0], s.vertex(v)[1]);
  };
  switch (s.geometryType(f)) {
    case GeometryType::Point: {
      auto* multi = new OGRMultiPoint();
      for (std::uint32_t p = s.partBegin(f); p < s.partEnd(f); ++p)
        for (std::uint32_t v = s.vertexBegin(p); v < s.vertexEnd(p); ++v)
          multi->addGeometryDirectly(new OGRPoint(s.vertex(v)[0], s.vertex(v)[1]));
      return multi;
    }
    case GeometryType::Line: {
      auto* multi = new OGRMultiLineString();
      for (std::uint32_t p = s.partBegin(f); p < s.partEnd(f); ++p) {
        auto* line = new OGRLineString();
        ring(p, line);
        multi->addGeometryDirectly(line);
      }
      return multi;
    }
    case GeometryType::Polygon: {
      auto* multi = new OGRMultiPolygon();
      OGRPolygon* polygon = nullptr;
      for (std::uint32_t p = s.partBegin(f); p < s.partEnd(f); ++p) {
        if (s.startsPolygon(p) || !polygon) {
          polygon = new OGRPolygon();
          multi->addGeometryDirectly(polygon);
        }
        auto* r = new OGRLinearRing();
        ring(p, r);
        polygon->addRingDirectly(r);
      }
      return multi;
    }
    default:
      return nullptr;
  }
}

void setField(OGRFeature& feature, int index, const QVariant& v) {
  if (v.isNull() || !v.isValid()) {
    feature.SetFieldNull(index);
    return;
  }
  switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::Bool: feature.SetField(index, v.toInt()); break;
    case QMetaType::LongLong: feature.SetField(index, static_cast<GIntBig>(v.toLongLong())); break;
    case QMetaType::Double: feature.SetField(index, v.toDouble()); break;
    case QMetaType::QDate: {
      const QDate d = v.toDate();
      feature.SetField(index, d.year(), d.month(), d.day());
      break;
    }
    case QMetaType::QDateTime: {
      const QDateTime t = v.toDateTime();
      feature.SetField(index, t.date().year(), t.date().month(), t.date().day(), t.time().hour(), t.time().minute(),
                       float(t.time().second() + t.time().msec() / 1000.0), 100);
      break;
    }
    default: feature.SetField(index, v.toString().toUtf8().constData());
  }
}

Status publishLayer(GDALDataset& ds, PostGisConnection& c, const QString& schema, const VectorLayer& layer,
                    int sortOrder, PublishedLayer* out) {
  const QString table = PostGisPublisher::tableNameFor(layer.id);
  const QString context = QStringLiteral("layer %1 → %2.%3").arg(layer.id, schema, table);
  if (!layer.features) return Status::fail(QStringLiteral("%1: the layer has no features loaded").arg(context));
  const FeatureStore& store = *layer.features;
  const AttributeTable& attrs = store.attributes();

  OGRSpatialReference srs;
  srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  int srid = layer.crs.epsg();
  if (srid > 0) srs.importFromEPSG(srid);
  else if (layer.crs.isValid()) srs.importFromWkt(layer.crs.wkt().toUtf8().constData());
  const bool hasSrs = srid > 0 || layer.crs.isValid();

  gdal::ErrorCapture errors;
  const QByteArray schemaOpt = ("SCHEMA=" + schema).toUtf8();
  const char* const options[] = {"GEOMETRY_NAME=geom", "SPATIAL_INDEX=GIST", "OVERWRITE=YES", "FID=fid",
                                 "LAUNDER=NO", "PRECISION=NO", "DIM=2", schemaOpt.constData(), nullptr};
  const GeometryType type = dominantType(store);
  OGRLayer* ogr = ds.CreateLayer(table.toUtf8().constData(), hasSrs ? &srs : nullptr, ogrGeometryType(type),
                                 const_cast<char**>(options));
  if (!ogr) return Status::fail(QStringLiteral("%1: cannot create the table (%2)").arg(context, errors.message()));

  // Every attribute, then the provenance columns each feature should carry when the data lacks them.
  std::vector<int> fieldIndex;
  for (const FieldDefinition& fd : attrs.fields()) {
    OGRFieldDefn defn(fd.name.toUtf8().constData(), ogrType(fd.type));
    if (fd.type == QMetaType::Bool) defn.SetSubType(OFSTBoolean);
    if (ogr->CreateField(&defn) != OGRERR_NONE)
      return Status::fail(QStringLiteral("%1: cannot add column %2 (%3)").arg(context, fd.name, errors.message()));
    fieldIndex.push_back(ogr->GetLayerDefn()->GetFieldIndex(defn.GetNameRef()));
  }
  struct Extra {
    QString name;
    QString value;
    int index = -1;
  };
  std::vector<Extra> extras = {{QStringLiteral("source"), layer.source},
                               {QStringLiteral("licence"), layer.licence},
                               {QStringLiteral("accuracy"), QString()}};
  for (Extra& e : extras) {
    if (attrs.fieldIndex(e.name) >= 0) continue;
    OGRFieldDefn defn(e.name.toUtf8().constData(), OFTString);
    if (ogr->CreateField(&defn) != OGRERR_NONE)
      return Status::fail(QStringLiteral("%1: cannot add column %2 (%3)").arg(context, e.name, errors.message()));
    e.index = ogr->GetLayerDefn()->GetFieldIndex(defn.GetNameRef());
  }

  if (ogr->StartTransaction() != OGRERR_NONE)
    return Status::fail(QStringLiteral("%1: cannot start a transaction (%2)").arg(context, errors.message()));
  for (std::size_t f = 0; f < store.featureCount(); ++f) {
    gdal::FeaturePtr feature(OGRFeature::CreateFeature(ogr->GetLayerDefn()));
    feature->SetFID(store.fid(f) >= 0 ? store.fid(f) : GIntBig(f) + 1);
    if (OGRGeometry* g = toOgr(store, f)) feature->SetGeometryDirectly(g);
    for (int i = 0; i < attrs.fieldCount(); ++i) setField(*feature, fieldIndex[i], attrs.value(f, i));
    for (const Extra& e : extras)
      if (e.index >= 0) {
        if (e.value.isEmpty()) feature->SetFieldNull(e.index);
        else feature->SetField(e.index, e.value.toUtf8().constData());
      }
    if (ogr->CreateFeature(feature.get()) != OGRERR_NONE) {
      ogr->RollbackTransaction();
      return Status::fail(QStringLiteral("%1: feature %2 was refused (%3)").arg(context).arg(store.fid(f)).arg(errors.message()));
    }
  }
  if (ogr->CommitTransaction() != OGRERR_NONE)
    return Status::fail(QStringLiteral("%1: commit failed (%2)").arg(context, errors.message()));
  ogr->SyncToDisk();  // GDAL creates the deferred GiST index here

  if (srid <= 0) {
    auto r = c.exec(QStringLiteral("SELECT Find_SRID($1, $2, 'geom')"), {schema, table});
    if (r && r->rowCount() == 1) srid = r->text(0, 0).toInt();
  }
  const QString qualified = PostGisConnection::quoteQualified(schema, table);
  if (auto a = c.exec(QStringLiteral("ANALYZE %1").arg(qualified)); !a) return Status::fail(a.error());
  auto meta = c.exec(
      QStringLiteral("INSERT INTO %1.planmap_layers (table_name, layer_id, title_zh, title_en, layer_group, key_field, srid, "
                     "geometry_type, feature_count, source, licence, attribution, style, sort_order) "
                     "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13::jsonb, $14) "
                     "ON CONFLICT (table_name) DO UPDATE SET layer_id = EXCLUDED.layer_id, title_zh = EXCLUDED.title_zh, "
                     "title_en = EXCLUDED.title_en, layer_group = EXCLUDED.layer_group, key_field = EXCLUDED.key_field, "
                     "srid = EXCLUDED.srid, geometry_type = EXCLUDED.geometry_type, feature_count = EXCLUDED.feature_count, "
                     "source = EXCLUDED.source, licence = EXCLUDED.licence, attribution = EXCLUDED.attribution, "
                     "style = EXCLUDED.style, sort_order = EXCLUDED.sort_order, published_at = now(), "
                     "published_by = current_user")
          .arg(PostGisConnection::quoteIdentifier(schema)),
      {table, layer.id, layer.title, layer.titleEn, layer.group, layer.keyField, srid,
       QString::fromLatin1(OGRGeometryTypeToName(ogrGeometryType(type))), qlonglong(store.featureCount()), layer.source,
       layer.licence, layer.attribution,
       QString::fromUtf8(QJsonDocument(StyleJson::write(layer.style)).toJson(QJsonDocument::Compact)), sortOrder});
  if (!meta) return Status::fail(meta.error());
  out->layerId = layer.id;
  out->table = schema + QLatin1Char('.') + table;
  out->featureCount = qlonglong(store.featureCount());
  out->srid = srid;
  return Status::ok();
}

Status publishCatalog(PostGisConnection& c, const QString& s, const PlanCatalog& catalog, PublishReport& report) {
  for (const CatalogDocument& doc : catalog.documents()) {
    const QString name = QFileInfo(doc.path).fileName();
    QFile file(doc.path);
    QByteArray bytes;
    if (file.open(QIODevice::ReadOnly)) bytes = file.readAll();
    // The catalog file as written (jsonb keeps it queryable); a catalog not on disk keeps its metadata.
    if (QJsonDocument::fromJson(bytes).isNull())
      bytes = QJsonDocument(QJsonObject{{QStringLiteral("title"), doc.title}, {QStringLiteral("source"), doc.source}}).toJson();
    auto r = c.exec(QStringLiteral("INSERT INTO %1.planmap_catalogs (name, title, document) VALUES ($1, $2, $3::jsonb) "
                                   "ON CONFLICT (name) DO UPDATE SET title = EXCLUDED.title, document = EXCLUDED.document").arg(s),
                    {name, doc.title, QString::fromUtf8(bytes)});
    if (!r) return Status::fail(r.error());
    if (auto d = c.exec(QStringLiteral("DELETE FROM %1.planmap_plan_items WHERE catalog = $1").arg(s), {name}); !d)
      return Status::fail(d.error());
    ++report.catalogs;
  }
  for (const PlanItem& item : catalog.items()) {
    const QString name = QFileInfo(item.sourceFile).fileName();
    const QJsonObject json = CatalogJsonWriter::itemToJson(item);
    auto r = c.exec(
        QStringLiteral("INSERT INTO %1.planmap_plan_items (id, catalog, kind, chapter_number, section_number, name, text, "
                       "indicator, value, unit, deadline, item) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::jsonb) "
                       "ON CONFLICT (id) DO UPDATE SET catalog = EXCLUDED.catalog, kind = EXCLUDED.kind, "
                       "chapter_number = EXCLUDED.chapter_number, section_number = EXCLUDED.section_number, "
                       "name = EXCLUDED.name, text = EXCLUDED.text, indicator = EXCLUDED.indicator, value = EXCLUDED.value, "
                       "unit = EXCLUDED.unit, deadline = EXCLUDED.deadline, item = EXCLUDED.item").arg(s),
        {item.id, name, planItemKindToString(item.kind), item.chapterNumber, item.sectionNumber, item.name, item.text,
         item.indicator.isEmpty() ? QVariant() : QVariant(item.indicator), item.value ? QVariant(*item.value) : QVariant(),
         item.unit.isEmpty() ? QVariant() : QVariant(item.unit), item.deadline ? QVariant(*item.deadline) : QVariant(),
         QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact))});
    if (!r) return Status::fail(r.error());
    ++report.planItems;
  }
  return Status::ok();
}

Status publishLinksAndProgress(PostGisConnection& c, const QString& s, const PublishInput& input, PublishReport& report) {
  if (input.links)
    for (const FeatureLink& l : input.links->links()) {
      auto r = c.exec(QStringLiteral("INSERT INTO %1.planmap_links (layer, feature, item, role) VALUES ($1, $2, $3, $4) "
                                     "ON CONFLICT DO NOTHING").arg(s),
                      {l.layer, l.feature, l.item, linkRoleToString(l.role)});
      if (!r) return Status::fail(r.error());
      (r->affected ? report.linksAdded : report.linksAlreadyThere)++;
    }
  if (input.progress)
    for (const ProgressRecord& p : input.progress->records()) {
      auto r = c.exec(QStringLiteral("INSERT INTO %1.planmap_progress (target, year, scope, value, achieved, source, note) "
                                     "VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (target, year, scope) DO NOTHING").arg(s),
                      {p.target, p.year, p.scope, p.value ? QVariant(*p.value) : QVariant(), p.achieved, p.source, p.note});
      if (!r) return Status::fail(r.error());
      (r->affected ? report.progressAdded : report.progressKept)++;
    }
  return Status::ok();
}

}  // namespace

QString PostGisPublisher::tableNameFor(const QString& layerId) {
  QString t = layerId.toLower();
  t.replace(QRegularExpression(QStringLiteral("[^a-z0-9_]")), QStringLiteral("_"));
  if (t.isEmpty() || t.front().isDigit()) t.prepend(QStringLiteral("layer_"));
  if (t.startsWith(QLatin1String("planmap_"))) t.prepend(QStringLiteral("layer_"));  // the PlanMap tables' prefix
  return t.left(63);
}

Result<PublishReport> PostGisPublisher::publish(const QString& connection, const QString& schema, const PublishInput& input) {
  using R = Result<PublishReport>;
  auto log = [&](const QString& step) {
    if (input.log) input.log(step);
  };
  if (schema.isEmpty() || schema.contains(QLatin1Char('"')) || schema.startsWith(QLatin1String("pg_")))
    return R::fail(QStringLiteral("schema name \"%1\" is not usable (empty, quoted or reserved)").arg(schema));
  auto opened = PostGisConnection::open(connection);
  if (!opened) return R::fail(opened.error());
  PostGisConnection& c = *opened.value();
  PublishReport report;
  report.schema = schema;
  if (auto ext = c.exec(QStringLiteral("SELECT 1 FROM pg_extension WHERE extname = 'postgis'")); !ext) {
    return R::fail(ext.error());
  } else if (ext->rowCount() == 0) {
    return R::fail(QStringLiteral("PostGIS server %1: the postgis extension is not installed in this database "
                                  "(CREATE EXTENSION postgis)").arg(c.connectionString().display()));
  }
  log(QStringLiteral("schema %1: PlanMap tables (version %2)").arg(schema).arg(PostGisSchema::latestVersion()));
  if (Status s = PostGisSchema::migrate(c, schema); !s) return R::fail(s.error());
  report.schemaVersion = PostGisSchema::latestVersion();

  if (!input.layers.empty()) {
    gdal::ensureRegistered();
    gdal::ErrorCapture errors;
    const QByteArray gdalName = c.connectionString().gdalWithSessionPassword().toUtf8();
    const char* const drivers[] = {"PostgreSQL", nullptr};
    gdal::DatasetPtr ds(GDALDataset::Open(gdalName.constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, drivers));
    if (!ds) return R::fail(QStringLiteral("PostGIS server %1: GDAL cannot open it for writing (%2)")
                                .arg(c.connectionString().display(), errors.message()));
    int order = 0;
    for (const auto& layer : input.layers) {
      log(QStringLiteral("layer %1 (%2 features)").arg(layer->id).arg(layer->features ? layer->features->featureCount() : 0));
      PublishedLayer published;
      if (Status s = publishLayer(*ds, c, schema, *layer, order++, &published); !s) return R::fail(s.error());
      report.layers.push_back(published);
    }
  }

  const QString s = PostGisConnection::quoteIdentifier(schema);
  if (Status st = c.execScript(QStringLiteral("BEGIN")); !st) return R::fail(st.error());
  Status plan = Status::ok();
  if (input.catalog) {
    log(QStringLiteral("plan catalog (%1 items)").arg(input.catalog->size()));
    plan = publishCatalog(c, s, *input.catalog, report);
  }
  if (plan) {
    log(QStringLiteral("links and progress"));
    plan = publishLinksAndProgress(c, s, input, report);
  }
  if (plan) plan = c.execScript(QStringLiteral("COMMIT"));
  if (!plan) {
    c.execScript(QStringLiteral("ROLLBACK"));
    return R::fail(plan.error());
  }
  return R::ok(std::move(report));
}

}  // namespace planmap
