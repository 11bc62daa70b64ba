#include "TargetChartView.h"

#include "EvaluationReport.h"
#include "Project.h"
#include "TargetChartPainter.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDate>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>

namespace planmap {
namespace {

// QChartView releases the chart it showed without deleting it.
void replaceChart(QChartView* view, QChart* chart) {
  QChart* old = view->chart();
  view->setChart(chart);
  delete old;
}

}  // namespace

TargetChartView::TargetChartView(Project& project, QWidget* parent)
    : QWidget(parent), project_(project), year_(QDate::currentDate().year()) {
  trend_ = new QChartView(this);
  trend_->setRenderHint(QPainter::Antialiasing);
  trend_->setMinimumHeight(220);
  counties_ = new QChartView(this);
  counties_->setRenderHint(QPainter::Antialiasing);
  counties_->setMinimumHeight(180);
  explanation_ = new QLabel(this);
  explanation_->setWordWrap(true);
  auto* box = new QVBoxLayout(this);
  box->setContentsMargins(0, 0, 0, 0);
  box->addWidget(explanation_);
  box->addWidget(trend_, 1);
  box->addWidget(counties_, 1);
  connect(&project_, &Project::progressChanged, this, &TargetChartView::refresh);
  connect(&project_, &Project::warningThresholdsChanged, this, &TargetChartView::refresh);
  refresh();
}

void TargetChartView::setTarget(const QString& targetId) {
  targetId_ = targetId;
  refresh();
}

void TargetChartView::setCurrentYear(int year) {
  year_ = year;
  refresh();
}

void TargetChartView::refresh() {
  auto* trend = new QChart;
  auto* bars = new QChart;
  trend->legend()->setAlignment(Qt::AlignBottom);
  bars->legend()->hide();
  const PlanItem* item = project_.catalog().itemById(targetId_);
  counties_->setVisible(false);
  if (!item || !item->isTarget()) {
    explanation_->setText(tr("Choose a target to see its progress chart."));
    replaceChart(trend_, trend);
    replaceChart(counties_, bars);
    return;
  }
  EvaluationReport::Target t;
  t.verdict = TargetReview::judge(project_.catalog(), *item, project_.progress(), year_, project_.warningThresholds());
  for (const ProgressRecord& r : project_.progress().recordsFor(item->id, t.verdict.scope))
    if (r.year <= year_) t.records.push_back(r);
  explanation_->setText(QStringLiteral("%1 %2 — %3：%4")
                            .arg(item->id, item->indicator.isEmpty() ? item->name : item->indicator,
                                 reportStatusLabel(t.verdict.assessment.status), t.verdict.explanation));
  trend->setTitle(item->unit.isEmpty() ? QString() : tr("Unit: %1").arg(item->unit));
  const TargetChartSeries s = TargetChartSeries::of(t);
  auto* actual = new QLineSeries;
  actual->setName(tr("Actual"));
  auto* dots = new QScatterSeries;
  dots->setMarkerSize(8);
  dots->setColor(reportStatusColor(t.verdict.assessment.status));
  dots->setName(tr("Recorded figures"));
  for (const QPointF& p : s.actual) {
    actual->append(p);
    dots->append(p);
  }
  trend->addSeries(actual);
  trend->addSeries(dots);
  if (s.hasPlan) {
    auto* plan = new QLineSeries;
    plan->setName(tr("Planned pace"));
    plan->append(s.planStart);
    plan->append(s.planEnd);
    QPen pen(Qt::gray);
    pen.setStyle(Qt::DashLine);
    pen.setWidthF(1.5);
    plan->setPen(pen);
    trend->addSeries(plan);
  }
  trend->createDefaultAxes();
  for (QAbstractAxis* axis : trend->axes(Qt::Horizontal))
    if (auto* v = qobject_cast<QValueAxis*>(axis)) {
      v->setLabelFormat(QStringLiteral("%d"));
      v->setTickType(QValueAxis::TicksDynamic);
      v->setTickInterval(1);
      v->setTickAnchor(2020);
    }
  replaceChart(trend_, trend);

  // Counties with figures of their own.
  auto* set = new QBarSet(tr("Latest"));
  QStringList names;
  for (const ProgressRecord& r : project_.progress().records()) {
    if (r.target != item->id || r.scope == QLatin1String("city") || r.year > year_ || names.contains(r.scope)) continue;
    const TargetVerdict v = TargetReview::judge(project_.catalog(), *item, project_.progress(), year_, project_.warningThresholds(), r.scope);
    if (!v.assessment.latest) continue;
    names << r.scope;
    *set << *v.assessment.latest;
  }
  if (!names.isEmpty()) {
    auto* series = new QBarSeries;
    series->append(set);
    bars->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(names);
    bars->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new QValueAxis;
    y->setMin(0);
    bars->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    bars->setTitle(tr("Latest figure by county"));
    counties_->setVisible(true);
  } else {
    delete set;
  }
  replaceChart(counties_, bars);
}

}  // namespace planmap
