#include "LayoutPreviewRenderer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPainter>

namespace planmap {

namespace {

LayoutPreviewFrame renderPage(Layout layout, LayoutContext context, double dpi, const TaskControl& control) {
  Q_ASSERT_X(QThread::currentThread() != QCoreApplication::instance()->thread(), "LayoutPreviewRenderer",
             "layout previews are painted on a worker, never on the UI thread");
  QElapsedTimer timer;
  timer.start();
  LayoutPreviewFrame frame;
  frame.generation = control.generation();
  frame.dpi = dpi;
  frame.renderThread = QThread::currentThreadId();
  if (control.isCancelled()) {
    frame.error = QStringLiteral("cancelled");
    frame.cancelled = true;
    return frame;
  }
  // Slow figures for county_stats items are computed here, once; the designer keeps them.
  if (Status s = context.ensureCountyStatistics(layout); !s) frame.page.warnings << s.error();
  frame.countyStatistics = context.countyStatistics;
  const QSizeF mm = layout.page.sizeMm();
  if (mm.isEmpty()) {
    frame.error = QStringLiteral("layout %1: unknown page size").arg(layout.name);
    return frame;
  }
  QImage image(QSize(qMax(1, qRound(mm.width() / 25.4 * dpi)), qMax(1, qRound(mm.height() / 25.4 * dpi))),
               QImage::Format_ARGB32_Premultiplied);
  image.setDotsPerMeterX(qRound(dpi / 0.0254));
  image.setDotsPerMeterY(qRound(dpi / 0.0254));
  image.fill(Qt::white);
  QPainter painter(&image);
  auto page = LayoutRenderer::paint(painter, layout, context, dpi, control.cancelFlag());
  painter.end();
  if (!page) {
    frame.error = page.error();
    frame.cancelled = control.isCancelled();
    return frame;
  }
  const QStringList warnings = frame.page.warnings;
  frame.page = std::move(page.value());
  frame.page.warnings << warnings;
  frame.image = std::move(image);
  frame.milliseconds = timer.nsecsElapsed() / 1e6;
  return frame;
}

}  // namespace

LayoutPreviewRenderer::LayoutPreviewRenderer(QObject* parent) : QObject(parent) {
  qRegisterMetaType<planmap::LayoutPreviewFrame>();
}

LayoutPreviewRenderer::~LayoutPreviewRenderer() = default;  // the task cancels and waits

int LayoutPreviewRenderer::request(const Layout& layout, const LayoutContext& context, double dpi) {
  // Starting a run cancels the previous one, which stops at its next check.
  return task_.start(
      [layout, context, dpi](const TaskControl& control) { return renderPage(layout, context, dpi, control); },
      [this](LayoutPreviewFrame frame) { emit rendered(frame); }, {},
      [this](LayoutPreviewFrame frame) { emit discarded(frame.generation, frame.cancelled); });
}

}  // namespace planmap
