#pragma once

#include "ComplianceChecker.h"
#include "VectorLayer.h"

#include <QJsonObject>
#include <QString>
#include <QVariant>
#include <memory>
#include <vector>

namespace planmap::test {

// One synthetic feature: its rings/lines as x,y lists (first ring = exterior) and its attributes.
struct SyntheticFeature {
  GeometryType type = GeometryType::Polygon;
  std::vector<std::vector<double>> parts;
  std::vector<QVariant> attributes;  // in the order of the layer's field names
};

// A VectorLayer built in memory (no file), the way loaders build theirs.
std::shared_ptr<VectorLayer> makeLayer(const QString& id, const Crs& crs, const QStringList& fields,
                                       const std::vector<SyntheticFeature>& features);
// An axis-aligned square ring, closed.
std::vector<double> square(double minX, double minY, double maxX, double maxY);
// WKT of the same square.
QString squareWkt(double minX, double minY, double maxX, double maxY);

QString testData(const QString& relative);   // tests/data/<relative>
QString geodata(const QString& relative);    // geodata/<relative>
QString testSource(const QString& relative); // tests/analysis/<relative>

// Runs tests/analysis/independent_overlap.py; empty object when python3-gdal is unavailable.
QJsonObject independentOverlap(const QString& siteFile, const QString& layerFile, const QString& field,
                               const QString& value);

// The bundled checker, loaded once for the whole test program.
const ComplianceChecker& bundledChecker();

}  // namespace planmap::test
