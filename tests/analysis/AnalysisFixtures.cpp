#include "AnalysisFixtures.h"

#include "FeatureStoreBuilder.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <gtest/gtest.h>

namespace planmap::test {

std::shared_ptr<VectorLayer> makeLayer(const QString& id, const Crs& crs, const QStringList& fields,
                                       const std::vector<SyntheticFeature>& features) {
  std::vector<FieldDefinition> defs;
  for (const QString& f : fields) defs.push_back({f, QMetaType::QString});
  FeatureStoreBuilder builder(defs);
  std::int64_t fid = 0;
  for (const SyntheticFeature& feature : features) {
    builder.beginFeature(fid++, feature.type);
    bool first = true;
    for (const auto& part : feature.parts) {
      builder.addPart(part.data(), part.size() / 2, feature.type == GeometryType::Polygon && first);
      first = false;
    }
    std::vector<QVariant> values = feature.attributes;
    values.resize(fields.size());
    builder.endFeature(values);
  }
  auto layer = std::make_shared<VectorLayer>();
  layer->id = id;
  layer->title = id;
  layer->crs = crs;
  layer->keyField = fields.contains(QStringLiteral("pm_id")) ? QStringLiteral("pm_id") : QString();
  layer->features = builder.finish();
  return layer;
}

std::vector<double> square(double minX, double minY, double maxX, double maxY) {
  return {minX, minY, maxX, minY, maxX, maxY, minX, maxY, minX, minY};
}

QString squareWkt(double minX, double minY, double maxX, double maxY) {
  return QStringLiteral("POLYGON ((%1 %2, %3 %2, %3 %4, %1 %4, %1 %2))")
      .arg(minX, 0, 'f', 6)
      .arg(minY, 0, 'f', 6)
      .arg(maxX, 0, 'f', 6)
      .arg(maxY, 0, 'f', 6);
}

QString testData(const QString& relative) { return QStringLiteral(PLANMAP_TEST_DATA "/") + relative; }
QString geodata(const QString& relative) { return QStringLiteral(PLANMAP_TEST_DATA "/../../geodata/") + relative; }
QString testSource(const QString& relative) { return QStringLiteral(PLANMAP_TEST_SOURCE "/") + relative; }

QJsonObject independentOverlap(const QString& siteFile, const QString& layerFile, const QString& field,
                               const QString& value) {
  // Debian's interpreter, where python3-gdal lives (a pyenv python on PATH would lack it).
  const QString python = QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                                            : QStringLiteral("python3");
  QProcess process;
  process.start(python, {testSource(QStringLiteral("independent_overlap.py")), siteFile, layerFile, field, value});
  if (!process.waitForFinished(60000) || process.exitCode() != 0) return {};
  return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

const ComplianceChecker& bundledChecker() {
  static const ComplianceChecker* checker = [] {
    auto loaded = ComplianceChecker::forBundledMap();
    if (!loaded) {
      ADD_FAILURE() << loaded.error().toStdString();
      return static_cast<ComplianceChecker*>(nullptr);
    }
    return new ComplianceChecker(std::move(loaded.value()));
  }();
  if (!checker) std::abort();
  return *checker;
}

}  // namespace planmap::test
