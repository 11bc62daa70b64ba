// Publishing the bundled map to PostGIS and reading it back: the same features, attributes
// (Chinese intact), coordinates and CRS; GiST indexes; versioned PlanMap tables; plan data.

#include "PostGisTestEnvironment.h"

#include "BundledMap.h"
#include "DataPaths.h"
#include "LayerLoader.h"
#include "MapDocument.h"
#include "PlanCatalog.h"
#include "PostGisConnection.h"
#include "PostGisLayerSource.h"
#include "PostGisPublisher.h"
#include "PostGisSchema.h"
#include "PostGisViewportQuery.h"

#include <QRegularExpression>
#include <gtest/gtest.h>

namespace planmap {
namespace {

using test::PostGisTestEnvironment;

std::unique_ptr<PostGisConnection> superuser() {
  auto c = PostGisConnection::open(PostGisTestEnvironment::connection());
  EXPECT_TRUE(c) << c.error().toStdString();
  return c ? std::move(c).value() : nullptr;
}

MapDocument& bundledDocument() {
  static MapDocument* document = [] {
    auto* d = new MapDocument();
    Status s = BundledMap::loadInto(*d);
    EXPECT_TRUE(s) << s.error().toStdString();
    return d;
  }();
  return *document;
}

TEST(PostGisPublish, EveryBundledLayerComesBackWithTheSameFeaturesAttributesAndCrs) {
  REQUIRE_SERVER();
  const QString schema = PostGisTestEnvironment::publishedSchema();
  const MapDocument& original = bundledDocument();
  ASSERT_GE(original.layers().size(), 10u);
  for (const auto& layer : original.layers()) {
    SCOPED_TRACE(layer->id.toStdString());
    auto back = PostGisLayerSource::load(PostGisTestEnvironment::connection(),
                                         schema + QLatin1Char('.') + PostGisPublisher::tableNameFor(layer->id));
    ASSERT_TRUE(back) << back.error().toStdString();
    const FeatureStore& a = *layer->features;
    const FeatureStore& b = *back.value()->features;
    ASSERT_EQ(a.featureCount(), b.featureCount());
    EXPECT_EQ(a.vertexCount(), b.vertexCount());
    EXPECT_EQ(back.value()->crs.epsg(), layer->crs.epsg());
    EXPECT_EQ(back.value()->crs.epsg(), 4326);
    EXPECT_EQ(back.value()->title, layer->title);  // Chinese title from planmap_layers
    EXPECT_EQ(back.value()->keyField, layer->keyField);
    EXPECT_EQ(back.value()->style.renderer, layer->style.renderer);
    // Rows come back in FID order, as they were written.
    for (std::size_t f = 0; f < a.featureCount(); ++f) {
      ASSERT_EQ(a.fid(f), b.fid(f));
      ASSERT_EQ(a.geometryType(f), b.geometryType(f));
      for (int i = 0; i < a.attributes().fieldCount(); ++i) {
        const QString name = a.attributes().fields()[i].name;
        const int j = b.attributes().fieldIndex(name);
        ASSERT_GE(j, 0) << "column " << name.toStdString() << " missing";
        const QVariant va = a.attributes().value(f, i), vb = b.attributes().value(f, j);
        if (va.typeId() == QMetaType::Double)
          EXPECT_DOUBLE_EQ(va.toDouble(), vb.toDouble()) << name.toStdString();
        else
          EXPECT_EQ(va.toString(), vb.toString()) << name.toStdString();
      }
      // First, middle and last vertex of the feature.
      const std::uint32_t v0 = a.vertexBegin(a.partBegin(f)), v1 = a.vertexEnd(a.partEnd(f) - 1) - 1;
      for (std::uint32_t v : {v0, (v0 + v1) / 2, v1}) {
        EXPECT_NEAR(a.vertex(v)[0], b.vertex(v)[0], 1e-12);
        EXPECT_NEAR(a.vertex(v)[1], b.vertex(v)[1], 1e-12);
      }
    }
    // Every table carries provenance columns.
    for (const char* column : {"source", "licence", "accuracy"})
      EXPECT_GE(b.attributes().fieldIndex(QString::fromLatin1(column)), 0) << column;
  }
}

TEST(PostGisPublish, ChineseNamesSurviveTheRoundTrip) {
  REQUIRE_SERVER();
  const QString schema = PostGisTestEnvironment::publishedSchema();
  auto counties = PostGisLayerSource::load(PostGisTestEnvironment::connection(), schema + QStringLiteral(".counties"));
  ASSERT_TRUE(counties) << counties.error().toStdString();
  const AttributeTable& t = counties.value()->features->attributes();
  QStringList names;
  for (std::size_t r = 0; r < t.rowCount(); ++r) names << t.text(r, t.fieldIndex(QStringLiteral("name_zh")));
  EXPECT_TRUE(names.contains(QStringLiteral("汉滨区")));
  EXPECT_TRUE(names.contains(QStringLiteral("旬阳市")) || names.contains(QStringLiteral("旬阳县")));
  EXPECT_EQ(counties.value()->features->featureCount(), 10u);
  // And the server itself holds the characters, not mojibake.
  auto c = superuser();
  ASSERT_TRUE(c);
  auto rows = c->exec(QStringLiteral("SELECT count(*) FROM ankang.counties WHERE name_zh = $1"), {QStringLiteral("汉滨区")});
  ASSERT_TRUE(rows) << rows.error().toStdString();
  EXPECT_EQ(rows->text(0, 0), QStringLiteral("1"));
}

TEST(PostGisPublish, TablesHaveGistIndexesSridsAndTheSchemaIsVersioned) {
  REQUIRE_SERVER();
  const QString schema = PostGisTestEnvironment::publishedSchema();
  auto c = superuser();
  ASSERT_TRUE(c);
  auto tables = c->listSpatialTables();
  ASSERT_TRUE(tables) << tables.error().toStdString();
  int published = 0;
  for (const SpatialTableInfo& t : tables.value()) {
    if (t.schema != schema) continue;
    ++published;
    EXPECT_EQ(t.srid, 4326) << t.table.toStdString();
    EXPECT_EQ(t.geometryColumn, QStringLiteral("geom"));
    auto gist = c->exec(QStringLiteral("SELECT count(*) FROM pg_indexes WHERE schemaname = $1 AND tablename = $2 "
                                       "AND indexdef ILIKE '%USING gist%'"),
                        {schema, t.table});
    ASSERT_TRUE(gist) << gist.error().toStdString();
    EXPECT_EQ(gist->text(0, 0), QStringLiteral("1")) << t.table.toStdString() << " has no GiST index";
  }
  EXPECT_EQ(published, int(bundledDocument().layers().size()));
  auto version = PostGisSchema::installedVersion(*c, schema);
  ASSERT_TRUE(version) << version.error().toStdString();
  EXPECT_EQ(version.value(), PostGisSchema::latestVersion());
  auto migrations = c->exec(QStringLiteral("SELECT count(*) FROM ankang.planmap_migrations"));
  ASSERT_TRUE(migrations);
  EXPECT_EQ(migrations->text(0, 0).toInt(), int(PostGisSchema::migrations().size()));
}

TEST(PostGisPublish, PlanCatalogAndLinksAreOnTheServer) {
  REQUIRE_SERVER();
  PostGisTestEnvironment::publishedSchema();
  auto catalog = PlanCatalog::loadBundled();
  auto links = LinkStore::load(DataPaths::geodataFile(QStringLiteral("plan/bundled_links.json")));
  ASSERT_TRUE(catalog && links);
  auto c = superuser();
  ASSERT_TRUE(c);
  auto items = c->exec(QStringLiteral("SELECT count(*), count(*) FILTER (WHERE kind = 'target') FROM ankang.planmap_plan_items"));
  ASSERT_TRUE(items) << items.error().toStdString();
  EXPECT_EQ(items->text(0, 0).toInt(), catalog->size());
  EXPECT_EQ(items->text(0, 1).toInt(), int(catalog->itemsOfKind(PlanItemKind::Target).size()));
  auto text = c->exec(QStringLiteral("SELECT text FROM ankang.planmap_plan_items WHERE id = $1"), {catalog->items().front().id});
  ASSERT_TRUE(text);
  ASSERT_EQ(text->rowCount(), 1);
  EXPECT_EQ(text->text(0, 0), catalog->items().front().text);
  auto linkCount = c->exec(QStringLiteral("SELECT count(*) FROM ankang.planmap_links"));
  ASSERT_TRUE(linkCount);
  EXPECT_EQ(linkCount->text(0, 0).toInt(), links->size());
}

TEST(PostGisPublish, RepublishingKeepsProgressTheTeamEntered) {
  REQUIRE_SERVER();
  ProgressStore local;
  local.add(ProgressRecord{QStringLiteral("c12s2-t01"), 2023, 100.0, false, QStringLiteral("city"), QStringLiteral("local file"), QString()});
  PublishInput input;
  input.progress = &local;
  auto first = PostGisPublisher::publish(PostGisTestEnvironment::connection(), QStringLiteral("republish"), input);
  ASSERT_TRUE(first) << first.error().toStdString();
  EXPECT_EQ(first->progressAdded, 1);
  auto c = superuser();
  ASSERT_TRUE(c);
  ASSERT_TRUE(c->exec(QStringLiteral("UPDATE republish.planmap_progress SET value = 97, version = version + 1")));
  auto second = PostGisPublisher::publish(PostGisTestEnvironment::connection(), QStringLiteral("republish"), input);
  ASSERT_TRUE(second) << second.error().toStdString();
  EXPECT_EQ(second->progressAdded, 0);
  EXPECT_EQ(second->progressKept, 1);
  auto value = c->exec(QStringLiteral("SELECT value FROM republish.planmap_progress"));
  ASSERT_TRUE(value);
  EXPECT_EQ(value->text(0, 0), QStringLiteral("97"));
}

TEST(PostGisSchemaTest, ASchemaFromANewerPlanMapIsRefused) {
  REQUIRE_SERVER();
  auto c = superuser();
  ASSERT_TRUE(c);
  ASSERT_TRUE(PostGisSchema::migrate(*c, QStringLiteral("future")));
  ASSERT_TRUE(c->exec(QStringLiteral("UPDATE future.planmap_meta SET schema_version = 99")));
  Status again = PostGisSchema::migrate(*c, QStringLiteral("future"));
  ASSERT_FALSE(again);
  EXPECT_TRUE(again.error().contains(QStringLiteral("newer"))) << again.error().toStdString();
  Status compatible = PostGisSchema::checkCompatible(*c, QStringLiteral("future"));
  EXPECT_FALSE(compatible);
  Status none = PostGisSchema::checkCompatible(*c, QStringLiteral("no_such_schema"));
  ASSERT_FALSE(none);
  EXPECT_TRUE(none.error().contains(QStringLiteral("publish"))) << none.error().toStdString();
}

TEST(PostGisLayerLoading, LayerLoaderOpensAPgPathLikeAFile) {
  REQUIRE_SERVER();
  const QString schema = PostGisTestEnvironment::publishedSchema();
  auto conn = ConnectionString::parse(PostGisTestEnvironment::connection());
  ASSERT_TRUE(conn);
  auto layers = LayerLoader::load(conn->gdal(schema + QStringLiteral(".parks")));
  ASSERT_TRUE(layers) << layers.error().toStdString();
  ASSERT_EQ(layers->size(), 1u);
  EXPECT_EQ(layers->front()->crs.epsg(), 4326);
  EXPECT_EQ(layers->front()->features->featureCount(), bundledDocument().layer(QStringLiteral("parks"))->features->featureCount());
  EXPECT_EQ(layers->front()->driverName, QStringLiteral("PostgreSQL"));
}

TEST(PostGisLayerLoading, AMissingTableIsNamedInTheError) {
  REQUIRE_SERVER();
  auto missing = PostGisLayerSource::load(PostGisTestEnvironment::connection(), QStringLiteral("ankang.no_such_table"));
  ASSERT_FALSE(missing);
  EXPECT_TRUE(missing.error().contains(QStringLiteral("ankang.no_such_table does not exist"))) << missing.error().toStdString();
}

TEST(PostGisLayerLoading, APasswordInTheConnectionIsRefused) {
  auto parsed = ConnectionString::parse(QStringLiteral("host=db dbname=plan user=li password=secret"));
  ASSERT_FALSE(parsed);
  EXPECT_TRUE(parsed.error().contains(QStringLiteral(".pgpass")));
  auto uri = ConnectionString::parse(QStringLiteral("postgresql://li:secret@db/plan"));
  EXPECT_FALSE(uri);
  auto ok = ConnectionString::parse(QStringLiteral("postgresql://li@db:5433/plan"));
  ASSERT_TRUE(ok) << ok.error().toStdString();
  EXPECT_EQ(ok->display(), QStringLiteral("li@db:5433/plan"));
  EXPECT_TRUE(ok->gdal(QStringLiteral("s.t")).startsWith(QStringLiteral("PG:")));
}

TEST(PostGisViewport, TheBoundingBoxFilterRunsOnTheServer) {
  REQUIRE_SERVER();
  const QString schema = PostGisTestEnvironment::publishedSchema();
  auto query = PostGisViewportQuery::open(PostGisTestEnvironment::connection(), schema + QStringLiteral(".seats"));
  ASSERT_TRUE(query) << query.error().toStdString();
  EXPECT_EQ(query.value()->crs().epsg(), 4326);
  const Extent all = query.value()->tableExtent();
  ASSERT_FALSE(all.isEmpty());
  // The western half of the county seats.
  const Extent west = Extent::fromCorners(all.minX - 0.01, all.minY - 0.01, all.centerX(), all.maxY + 0.01);
  auto features = query.value()->query(west);
  ASSERT_TRUE(features) << features.error().toStdString();
  auto c = superuser();
  ASSERT_TRUE(c);
  auto expected = c->exec(QStringLiteral("SELECT count(*), (SELECT count(*) FROM ankang.seats) FROM ankang.seats "
                                         "WHERE geom && ST_MakeEnvelope($1, $2, $3, $4, 4326)"),
                          {west.minX, west.minY, west.maxX, west.maxY});
  ASSERT_TRUE(expected) << expected.error().toStdString();
  const std::size_t inWest = expected->text(0, 0).toULongLong(), total = expected->text(0, 1).toULongLong();
  EXPECT_EQ(features.value()->featureCount(), inWest);
  EXPECT_GT(inWest, 0u);
  EXPECT_LT(inWest, total);
  for (std::size_t f = 0; f < features.value()->featureCount(); ++f) EXPECT_TRUE(west.intersects(features.value()->bounds(f)));
  // The filter reached the server as a bounding-box operator on the geometry column (GiST-indexable),
  // rather than every row being sent and filtered here.
  const QString log = PostGisTestEnvironment::server()->serverLog();
  EXPECT_TRUE(log.contains(QRegularExpression(QStringLiteral("FROM \"ankang\"\\.\"seats\" WHERE \"geom\" && "))))
      << "no bbox query on ankang.seats in the server log";
  // The same query object answers a second viewport (the connection stays open).
  auto everything = query.value()->query(all.buffered(0.1));
  ASSERT_TRUE(everything);
  EXPECT_EQ(everything.value()->featureCount(), total);
}

}  // namespace
}  // namespace planmap
