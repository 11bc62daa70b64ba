#pragma once

#include "EvaluationReport.h"

#include <QPainter>
#include <QRectF>
#include <QString>

namespace planmap {

// The report's charts drawn with QPainter as vector graphics (lines, rectangles and real text), so
// in a PDF the words stay searchable and the lines sharp at any zoom. The window draws the same
// series with Qt Charts; both take their numbers from TargetChartSeries.
struct TargetChartSeries {
  std::vector<QPointF> actual;  // (year, value), oldest first
  QPointF planStart;            // baseline (year, value)
  QPointF planEnd;              // (deadline, target)
  bool hasPlan = false;
  QString unit;

  static TargetChartSeries of(const EvaluationReport::Target& target);
};

class TargetChartPainter {
 public:
  // The report's font: DejaVu Sans for Latin letters and digits, Noto Sans CJK SC for the rest.
  // Noto CJK's Latin glyphs reach the PDF without a ToUnicode entry (ids like c11s5-t02 would
  // not be searchable); DejaVu's do.
  static QFont font(double pt);
  // Actual values (dots joined by a line) against the planned straight line from the baseline to
  // the target at the deadline, years on x. `fontFamily` for the axis text.
  static void paintTrend(QPainter& painter, const QRectF& rect, const EvaluationReport::Target& target,
                         const QString& fontFamily, double fontPt);
  // One bar per county (latest value), coloured by the county's status.
  static void paintCountyBars(QPainter& painter, const QRectF& rect, const EvaluationReport::Target& target,
                              const QString& fontFamily, double fontPt);
};

}  // namespace planmap
