#include "TargetChartPainter.h"

#include "TargetExplanation.h"

#include <QFontMetricsF>
#include <QPainterPath>
#include <cmath>

namespace planmap {

QFont TargetChartPainter::font(double pt) {
  QFont f;
  f.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")});
  f.setPointSizeF(pt);
  return f;
}

TargetChartSeries TargetChartSeries::of(const EvaluationReport::Target& target) {
  TargetChartSeries s;
  const PlanItem& item = *target.verdict.target;
  s.unit = item.unit;
  for (const ProgressRecord& r : target.records)
    if (r.value) s.actual.emplace_back(r.year, *r.value);
  const TargetAssessment& a = target.verdict.assessment;
  if (a.threshold) {
    std::optional<QPointF> base;
    if (item.baseline) base = QPointF(item.baseline->year, item.baseline->value);
    else if (!s.actual.empty()) base = s.actual.front();
    if (base) {
      s.planStart = *base;
      s.planEnd = QPointF(a.deadline, *a.threshold);
      s.hasPlan = a.deadline > base->x();
    }
  }
  return s;
}

namespace {

// 4–6 round steps covering [lo, hi].
double niceStep(double span) {
  if (span <= 0) return 1;
  const double raw = span / 5;
  const double mag = std::pow(10, std::floor(std::log10(raw)));
  for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
    if (raw <= m * mag) return m * mag;
  return 10 * mag;
}

struct Axes {
  QRectF plot;
  double x0, x1, y0, y1;
  QPointF map(double x, double y) const {
    return {plot.left() + (x - x0) / (x1 - x0) * plot.width(), plot.bottom() - (y - y0) / (y1 - y0) * plot.height()};
  }
};

void drawFrame(QPainter& p, const Axes& ax, double yStep, const QFont& font, bool yearTicks) {
  const QFontMetricsF fm(font, p.device());
  p.setFont(font);
  const double unit = fm.height();
  for (double y = ax.y0; y <= ax.y1 + yStep * 1e-6; y += yStep) {
    const QPointF a = ax.map(ax.x0, y), b = ax.map(ax.x1, y);
    p.setPen(QPen(QColor(225, 225, 225), unit * 0.05));
    p.drawLine(a, b);
    p.setPen(QColor(90, 90, 90));
    const QString label = TargetExplanation::figure(y, QString());
    p.drawText(QRectF(ax.plot.left() - unit * 4.2, a.y() - unit / 2, unit * 4, unit), Qt::AlignRight | Qt::AlignVCenter, label);
  }
  p.setPen(QPen(QColor(90, 90, 90), unit * 0.06));
  p.drawLine(ax.plot.bottomLeft(), ax.plot.bottomRight());
  p.drawLine(ax.plot.bottomLeft(), ax.plot.topLeft());
  if (!yearTicks) return;
  const int span = int(ax.x1 - ax.x0);
  const int every = span > 12 ? 2 : 1;
  for (int year = int(std::ceil(ax.x0)); year <= int(ax.x1); year += every) {
    const QPointF at = ax.map(year, ax.y0);
    p.drawLine(at, at + QPointF(0, unit * 0.25));
    p.drawText(QRectF(at.x() - unit * 2, at.y() + unit * 0.3, unit * 4, unit), Qt::AlignHCenter | Qt::AlignTop, QString::number(year));
  }
}

}  // namespace

void TargetChartPainter::paintTrend(QPainter& p, const QRectF& rect, const EvaluationReport::Target& target,
                                    const QString& fontFamily, double fontPt) {
  const TargetChartSeries s = TargetChartSeries::of(target);
  QFont font = TargetChartPainter::font(fontPt);
  Q_UNUSED(fontFamily);
  const double unit = QFontMetricsF(font, p.device()).height();
  p.save();
  p.setRenderHint(QPainter::Antialiasing);
  double x0 = 1e9, x1 = -1e9, y0 = 0, y1 = -1e300;
  const auto grow = [&](const QPointF& pt) {
    x0 = std::min(x0, pt.x());
    x1 = std::max(x1, pt.x());
    y0 = std::min(y0, pt.y());
    y1 = std::max(y1, pt.y());
  };
  for (const QPointF& pt : s.actual) grow(pt);
  if (s.hasPlan) {
    grow(s.planStart);
    grow(s.planEnd);
  }
  if (x1 < x0) {
    p.restore();
    return;
  }
  if (x1 - x0 < 4) x1 = x0 + 4;
  if (y1 <= y0) y1 = y0 + 1;
  const double step = niceStep(y1 - y0);
  y1 = std::ceil(y1 / step) * step;
  y0 = std::floor(y0 / step) * step;
  Axes ax{rect.adjusted(unit * 4.6, unit * 1.4, -unit * 0.8, -unit * 1.6), x0 - 0.3, x1 + 0.3, y0, y1};
  drawFrame(p, ax, step, font, true);
  p.setFont(font);
  p.setPen(QColor(60, 60, 60));
  p.drawText(QRectF(rect.left(), rect.top(), rect.width(), unit * 1.2), Qt::AlignLeft | Qt::AlignTop,
             s.unit.isEmpty() ? QString() : QStringLiteral("单位：%1").arg(s.unit));

  if (s.hasPlan) {
    QPen plan(QColor(120, 120, 120), unit * 0.08, Qt::DashLine);
    p.setPen(plan);
    p.drawLine(ax.map(s.planStart.x(), s.planStart.y()), ax.map(s.planEnd.x(), s.planEnd.y()));
  }
  const QColor colour = reportStatusColor(target.verdict.assessment.status);
  const QColor line = colour.lightness() > 200 ? QColor(60, 90, 160) : colour.darker(130);
  if (s.actual.size() > 1) {
    QPainterPath path(ax.map(s.actual.front().x(), s.actual.front().y()));
    for (std::size_t i = 1; i < s.actual.size(); ++i) path.lineTo(ax.map(s.actual[i].x(), s.actual[i].y()));
    p.setPen(QPen(line, unit * 0.12));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
  }
  p.setPen(QPen(line, unit * 0.06));
  p.setBrush(colour);
  for (const QPointF& pt : s.actual) p.drawEllipse(ax.map(pt.x(), pt.y()), unit * 0.22, unit * 0.22);

  // Legend, top right.
  const QRectF legend(rect.right() - unit * 11, rect.top(), unit * 11, unit * 1.2);
  p.setPen(QPen(QColor(120, 120, 120), unit * 0.08, Qt::DashLine));
  p.drawLine(QPointF(legend.left(), legend.center().y()), QPointF(legend.left() + unit * 1.5, legend.center().y()));
  p.setPen(QColor(60, 60, 60));
  p.drawText(legend.adjusted(unit * 1.8, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("规划进度"));
  p.setPen(QPen(line, unit * 0.12));
  p.drawLine(QPointF(legend.left() + unit * 5.5, legend.center().y()), QPointF(legend.left() + unit * 7, legend.center().y()));
  p.setPen(QColor(60, 60, 60));
  p.drawText(legend.adjusted(unit * 7.3, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("实际值"));
  p.restore();
}

void TargetChartPainter::paintCountyBars(QPainter& p, const QRectF& rect, const EvaluationReport::Target& target,
                                         const QString& fontFamily, double fontPt) {
  std::vector<const EvaluationReport::CountyVerdict*> bars;
  for (const auto& c : target.counties)
    if (c.latest) bars.push_back(&c);
  if (bars.empty()) return;
  QFont font = TargetChartPainter::font(fontPt);
  Q_UNUSED(fontFamily);
  const double unit = QFontMetricsF(font, p.device()).height();
  p.save();
  double y1 = target.verdict.assessment.threshold.value_or(0), y0 = 0;
  for (const auto* c : bars) {
    y1 = std::max(y1, *c->latest);
    y0 = std::min(y0, *c->latest);
  }
  if (y1 <= y0) y1 = y0 + 1;
  const double step = niceStep(y1 - y0);
  y1 = std::ceil(y1 / step) * step;
  Axes ax{rect.adjusted(unit * 4.6, unit * 1.4, -unit * 0.8, -unit * 1.6), 0, double(bars.size()), y0, y1};
  drawFrame(p, ax, step, font, false);
  p.setFont(font);
  p.setPen(QColor(60, 60, 60));
  p.drawText(QRectF(rect.left(), rect.top(), rect.width(), unit * 1.2), Qt::AlignLeft | Qt::AlignTop,
             QStringLiteral("各区县最新值%1").arg(target.verdict.target->unit.isEmpty() ? QString() : QStringLiteral("（%1）").arg(target.verdict.target->unit)));
  const double slot = ax.plot.width() / double(bars.size());
  for (std::size_t i = 0; i < bars.size(); ++i) {
    const auto* c = bars[i];
    const QPointF top = ax.map(double(i) + 0.2, *c->latest), bottom = ax.map(double(i) + 0.8, std::max(0.0, y0));
    p.setPen(QPen(QColor(80, 80, 80), unit * 0.04));
    p.setBrush(reportStatusColor(c->verdict.assessment.status));
    p.drawRect(QRectF(top, bottom).normalized());
    p.setPen(QColor(40, 40, 40));
    p.drawText(QRectF(ax.plot.left() + slot * double(i), ax.plot.bottom() + unit * 0.3, slot, unit), Qt::AlignHCenter | Qt::AlignTop, c->county);
    p.drawText(QRectF(ax.plot.left() + slot * double(i), top.y() - unit * 1.1, slot, unit), Qt::AlignHCenter | Qt::AlignBottom,
               TargetExplanation::figure(*c->latest, QString()));
  }
  if (const auto t = target.verdict.assessment.threshold) {
    p.setPen(QPen(QColor(200, 40, 40), unit * 0.08, Qt::DashLine));
    p.drawLine(ax.map(0, *t), ax.map(double(bars.size()), *t));
  }
  p.restore();
}

}  // namespace planmap
