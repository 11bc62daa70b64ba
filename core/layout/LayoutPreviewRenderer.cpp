#include "LayoutPreviewRenderer.h"

#include <QElapsedTimer>
#include <QPainter>
#include <QtConcurrent/QtConcurrentRun>

namespace planmap {

namespace {

LayoutPreviewFrame renderPage(Layout layout, LayoutContext context, double dpi, int generation,
                              std::shared_ptr<std::atomic<bool>> cancel) {
  QElapsedTimer timer;
  timer.start();
  LayoutPreviewFrame frame;
  frame.generation = generation;
  frame.dpi = dpi;
  frame.renderThread = QThread::currentThreadId();
  if (cancel->load()) {
    frame.error = QStringLiteral("cancelled");
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
  auto page = LayoutRenderer::paint(painter, layout, context, dpi, cancel.get());
  painter.end();
  if (!page) {
    frame.error = page.error();
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

LayoutPreviewRenderer::~LayoutPreviewRenderer() {
  if (cancel_) cancel_->store(true);
  for (auto* w : watchers_) {
    w->disconnect(this);
    w->waitForFinished();
    delete w;
  }
}

int LayoutPreviewRenderer::request(const Layout& layout, const LayoutContext& context, double dpi) {
  if (cancel_) cancel_->store(true);  // the previous render stops at its next check
  cancel_ = std::make_shared<std::atomic<bool>>(false);
  const int generation = ++generation_;
  auto* watcher = new QFutureWatcher<LayoutPreviewFrame>;
  watchers_.push_back(watcher);
  ++running_;
  auto cancel = cancel_;
  connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, cancel] {
    --running_;
    watchers_.erase(std::remove(watchers_.begin(), watchers_.end(), watcher), watchers_.end());
    LayoutPreviewFrame frame = watcher->result();
    watcher->deleteLater();
    if (frame.generation != generation_) {
      emit discarded(frame.generation, cancel->load() && !frame.error.isEmpty());
      return;
    }
    emit rendered(frame);
  });
  watcher->setFuture(QtConcurrent::run(renderPage, layout, context, dpi, generation, cancel));
  return generation;
}

}  // namespace planmap
