#include "ComplianceReportPdf.h"

#include "AtomicFileWriter.h"

#include "CoordinateTransform.h"
#include "FeatureDisplayName.h"
#include "GeometryOps.h"
#include "MapDocument.h"
#include "MapPainter.h"
#include "MapSettings.h"
#include "PlanItem.h"
#include "VectorLayer.h"

#include <QDate>
#include <QFileInfo>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QBuffer>
#include <QPdfWriter>
#include <QTextOption>
#include <ogr_geometry.h>

namespace planmap {

namespace {

// Appends `geometry` (lon/lat) to `path` in page coordinates.
void addToPath(const OGRGeometry& geometry, const CoordinateTransform& toMap, const MapSettings& settings,
               QPainterPath& path, double pointRadius) {
  auto toPixel = [&](double x, double y) {
    toMap.transformPoint(x, y);
    return settings.toPixel(x, y);
  };
  const OGRwkbGeometryType type = wkbFlatten(geometry.getGeometryType());
  if (OGR_GT_IsSubClassOf(type, wkbGeometryCollection)) {
    for (const OGRGeometry* part : *geometry.toGeometryCollection()) addToPath(*part, toMap, settings, path, pointRadius);
  } else if (type == wkbPolygon) {
    for (const OGRLinearRing* ring : *geometry.toPolygon()) {
      QPolygonF polygon;
      for (const OGRPoint& p : *ring) polygon << toPixel(p.getX(), p.getY());
      path.addPolygon(polygon);
      path.closeSubpath();
    }
  } else if (type == wkbLineString) {
    QPolygonF line;
    for (const OGRPoint& p : *geometry.toLineString()) line << toPixel(p.getX(), p.getY());
    if (!line.isEmpty()) {
      path.moveTo(line.first());
      for (int i = 1; i < line.size(); ++i) path.lineTo(line[i]);
    }
  } else if (type == wkbPoint) {
    const QPointF c = toPixel(geometry.toPoint()->getX(), geometry.toPoint()->getY());
    path.addEllipse(c, pointRadius, pointRadius);
  }
}

QPainterPath pathOf(const QString& wktLonLat, const CoordinateTransform& toMap, const MapSettings& settings,
                    double pointRadius) {
  QPainterPath path;
  path.setFillRule(Qt::OddEvenFill);
  auto g = GeometryOps::fromWkt(wktLonLat);
  if (g && g.value()) addToPath(*g.value(), toMap, settings, path, pointRadius);
  return path;
}

QColor severityColor(Severity s) {
  switch (s) {
    case Severity::Prohibited: return QColor(200, 30, 30);
    case Severity::Restricted: return QColor(230, 130, 0);
    case Severity::Note: return QColor(40, 100, 190);
  }
  return Qt::black;
}

}  // namespace

Status ComplianceReportPdf::write(const ComplianceReport& report,
                                  const std::vector<std::shared_ptr<const VectorLayer>>& layers, const QString& path) {
  if (Status s = AtomicFileWriter::checkTarget(path); !s) return s;
  // In memory, then AtomicFileWriter: QPdfWriter does not report failed writes.
  QByteArray bytes;
  QBuffer buffer(&bytes);
  buffer.open(QIODevice::WriteOnly);
  QPdfWriter writer(&buffer);
  writer.setPageSize(QPageSize(QPageSize::A4));
  writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
  writer.setResolution(200);
  writer.setTitle(QStringLiteral("选址合规性检查 — %1").arg(report.siteName));
  writer.setCreator(QStringLiteral("PlanMap"));
  QPainter painter;
  if (!painter.begin(&writer)) return Status::fail(QStringLiteral("cannot write %1: the PDF cannot be created").arg(path));

  const double dpi = writer.resolution();
  const auto mm = [dpi](double v) { return v * dpi / 25.4; };
  const QRectF page(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
  // Latin letters and digits from DejaVu Sans: Noto CJK's Latin glyphs get no text mapping in Qt's
  // PDF, so ids and figures came back from pdftotext as blanks (as in the evaluation report).
  const QStringList families{QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")};
  QFont title, body, small;
  for (QFont* f : {&title, &body, &small}) f->setFamilies(families);
  title.setPointSizeF(15);
  title.setBold(true);
  body.setPointSizeF(9.5);
  small.setPointSizeF(8);
  double y = 0;

  auto drawWrapped = [&](const QString& text, const QFont& font, const QColor& color, double indent = 0) {
    painter.setFont(font);
    painter.setPen(color);
    const QRectF box(indent, y, page.width() - indent, page.height());
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    const QRectF used = QFontMetricsF(font, &writer).boundingRect(box, Qt::TextWordWrap, text);
    if (y + used.height() > page.height()) {
      writer.newPage();
      y = 0;
    }
    painter.drawText(QRectF(indent, y, page.width() - indent, used.height() + 2), text, option);
    y += used.height() + mm(1);
  };

  drawWrapped(QStringLiteral("建设项目选址合规性检查报告"), title, Qt::black);
  drawWrapped(QStringLiteral("场地：%1%2    检查日期：%3")
                  .arg(report.siteName,
                       report.siteFile.isEmpty() ? QString() : QStringLiteral("（%1）").arg(QFileInfo(report.siteFile).fileName()),
                       QDate::currentDate().toString(Qt::ISODate)),
              body, Qt::black);
  QString measure;
  if (report.siteKind == ComplianceReport::SiteKind::Polygon)
    measure = QStringLiteral("面积 %1 m²（%2 公顷，%3 亩）")
                  .arg(report.areaM2, 0, 'f', 1)
                  .arg(report.areaM2 / 1e4, 0, 'f', 4)
                  .arg(report.areaM2 / ConstraintConflict::kSquareMetresPerMu, 0, 'f', 2);
  else if (report.siteKind == ComplianceReport::SiteKind::Line)
    measure = QStringLiteral("长度 %1 m").arg(report.lengthM, 0, 'f', 1);
  else
    measure = QStringLiteral("点位 %1 个").arg(report.pointCount);
  drawWrapped(QStringLiteral("%1；所在县区：%2；河流缓冲 %3 m")
                  .arg(measure,
                       report.counties.empty() ? QStringLiteral("（安康市域外）") : report.countyNames().join(QStringLiteral("、")))
                  .arg(report.bufferM, 0, 'f', 0),
              body, Qt::black);
  if (report.repaired) drawWrapped(QStringLiteral("几何已修复：%1").arg(report.repairNote), body, QColor(150, 60, 0));
  const QString verdict = report.conflicts.empty()
                              ? (report.city == ComplianceReport::CityCoverage::Outside ? QStringLiteral("结论：场地在安康市域外，未检查")
                                                                                         : QStringLiteral("结论：未发现冲突"))
                              : QStringLiteral("结论：%1（禁止 %2 项，限制 %3 项，提示 %4 项）%5")
                                    .arg(severityLabelZh(severityFromString(report.verdict()).value_or(Severity::Note)))
                                    .arg(report.count(Severity::Prohibited))
                                    .arg(report.count(Severity::Restricted))
                                    .arg(report.count(Severity::Note))
                                    .arg(report.verdictIsCaveat() ? QStringLiteral("；仅涉及示意性范围，需核实") : QString());
  QFont bold = body;
  bold.setBold(true);
  drawWrapped(verdict, bold, report.conflicts.empty() ? QColor(0, 120, 0) : severityColor(severityFromString(report.verdict()).value_or(Severity::Note)));
  y += mm(2);

  // The map: constraint layers under the site and its overlaps, in the display CRS (EPSG:4545).
  const Crs mapCrs = MapDocument::defaultDisplayCrs();
  auto toMap = CoordinateTransform::create(Crs::fromEpsg(4326), mapCrs);
  if (toMap) {
    MapSettings settings;
    settings.destinationCrs = mapCrs;
    const QRectF mapRect(0, y, page.width(), mm(95));
    settings.outputSize = mapRect.size().toSize();
    settings.dpi = dpi;
    auto siteGeometry = GeometryOps::fromWkt(report.siteWkt);
    Extent extent;
    if (siteGeometry && siteGeometry.value()) extent = toMap->transformBounds(GeometryOps::envelope(*siteGeometry.value()));
    // Enough surroundings to see which zone boundary or river the site meets.
    const double margin = std::max({3000.0, extent.width(), extent.height()});
    settings.extent = extent.buffered(margin);
    const QStringList drawn{QStringLiteral("counties"), QStringLiteral("qinling_zones"), QStringLiteral("national_parks"),
                            QStringLiteral("lakes"), QStringLiteral("rivers"), QStringLiteral("mines")};
    for (const QString& id : drawn)
      for (const auto& layer : layers)
        if (layer && layer->id == id && layer->features) settings.layers.push_back(LayerRenderSnapshot::of(*layer));
    for (const auto& layer : layers)  // user constraint layers on top
      if (layer && layer->id.startsWith(QLatin1String("user-")) && layer->features)
        settings.layers.push_back(LayerRenderSnapshot::of(*layer));

    painter.save();
    painter.translate(mapRect.topLeft());
    painter.setClipRect(QRectF(QPointF(0, 0), mapRect.size()));
    MapPainter::paint(painter, settings);
    painter.setRenderHint(QPainter::Antialiasing);
    for (const ConstraintConflict& c : report.conflicts) {
      if (c.overlapWkt.isEmpty()) continue;
      QColor fill = severityColor(c.severity);
      fill.setAlpha(110);
      painter.setPen(QPen(severityColor(c.severity), mm(0.4)));
      painter.setBrush(fill);
      painter.drawPath(pathOf(c.overlapWkt, toMap.value(), settings, mm(1.6)));
    }
    painter.setPen(QPen(Qt::black, mm(0.6)));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(pathOf(report.siteWkt, toMap.value(), settings, mm(1.2)));
    painter.restore();
    painter.setPen(QPen(Qt::darkGray, mm(0.2)));
    painter.drawRect(mapRect);
    y = mapRect.bottom() + mm(1);
    drawWrapped(QStringLiteral("图：黑线为场地，色块为重叠部分（红 禁止 / 橙 限制 / 蓝 提示）；坐标系 %1；面积按 %2 计算。")
                    .arg(mapCrs.description(), report.equalAreaCrs),
                small, Qt::darkGray);
  }
  y += mm(2);

  for (const ConstraintConflict& c : report.conflicts) {
    QString overlap;
    if (report.siteKind == ComplianceReport::SiteKind::Polygon)
      overlap = QStringLiteral("重叠 %1 m²（%2 公顷，%3 亩），占场地 %4%")
                    .arg(c.overlapM2, 0, 'f', 1)
                    .arg(c.overlapHa(), 0, 'f', 4)
                    .arg(c.overlapMu(), 0, 'f', 2)
                    .arg(c.share * 100, 0, 'f', 2);
    else if (report.siteKind == ComplianceReport::SiteKind::Line)
      overlap = QStringLiteral("重叠长度 %1 m，占线路 %2%").arg(c.overlapLengthM, 0, 'f', 1).arg(c.share * 100, 0, 'f', 2);
    else
      overlap = QStringLiteral("%1 个点位于范围内").arg(c.pointsInside);
    drawWrapped(QStringLiteral("【%1】%2 — %3（%4）")
                    .arg(severityLabelZh(c.severity), c.constraint,
                         FeatureDisplayName::decorate(c.name, c.accuracy, FeatureDisplayName::Language::Chinese), c.feature),
                bold,
                severityColor(c.severity));
    drawWrapped(overlap + (c.bufferM > 0 ? QStringLiteral("；缓冲 %1 m").arg(c.bufferM, 0, 'f', 0) : QString()), body,
                Qt::black, mm(4));
    if (c.caveat) drawWrapped(QStringLiteral("⚠ %1（精度：%2）").arg(c.caveatText, c.accuracy), body, QColor(150, 60, 0), mm(4));
    if (!c.summary.isEmpty()) drawWrapped(QStringLiteral("规则：%1").arg(c.summary), body, Qt::black, mm(4));
    drawWrapped(QStringLiteral("依据（%1 / %2）：%3").arg(c.provenance.labelZh(), c.provenance.name(), c.provenance.citationText()), body,
                Qt::black, mm(4));
    for (const QString& text : PlanItem::readableText(c.ruleText).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
      drawWrapped(QStringLiteral("规划原文：“%1”").arg(text), small, QColor(60, 60, 60), mm(4));
    if (!c.planItems.isEmpty())
      drawWrapped(QStringLiteral("规划条目：%1").arg(c.planItems.join(QStringLiteral("、"))), small, QColor(60, 60, 60), mm(4));
    y += mm(1.5);
  }
  drawWrapped(QStringLiteral("说明：示意性或未核实的范围仅供参考，不作为审批结论；以主管部门公布的正式边界为准。"), small, Qt::darkGray);
  if (!painter.end()) return Status::fail(QStringLiteral("cannot write %1: the PDF could not be finished").arg(path));
  if (bytes.isEmpty()) return Status::fail(QStringLiteral("cannot write %1: the PDF is empty").arg(path));
  return AtomicFileWriter::write(path, bytes);
}

}  // namespace planmap
