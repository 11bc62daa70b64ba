#include "PdfExportDialog.h"

#include "LayoutContext.h"
#include "LayoutJson.h"
#include "MapDocument.h"
#include "VectorLayer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace planmap {

namespace {

QString extensionFor(ExportFormat format) {
  switch (format) {
    case ExportFormat::Png: return QStringLiteral("png");
    case ExportFormat::Tiff: return QStringLiteral("tif");
    case ExportFormat::Pdf: break;
  }
  return QStringLiteral("pdf");
}

}  // namespace

PdfExportDialog::PdfExportDialog(const MapDocument& document, std::shared_ptr<const BasemapRenderer> basemap,
                                 QWidget* parent)
    : QDialog(parent), document_(document), basemap_(std::move(basemap)) {
  setWindowTitle(tr("Export map"));

  template_ = new QComboBox(this);
  for (const QString& name : templateNames()) template_->addItem(name, name);
  template_->setCurrentIndex(qMax(0, template_->findData(LayoutJson::defaultTemplateName())));

  title_ = new QLineEdit(this);
  title_->setPlaceholderText(document_.title());

  format_ = new QComboBox(this);
  format_->addItem(tr("PDF (vector)"), int(ExportFormat::Pdf));
  format_->addItem(tr("PNG image"), int(ExportFormat::Png));
  format_->addItem(tr("TIFF image"), int(ExportFormat::Tiff));

  dpi_ = new QSpinBox(this);
  dpi_->setRange(50, 1200);
  dpi_->setValue(300);
  dpi_->setSuffix(tr(" dpi"));

  atlas_ = new QComboBox(this);
  atlas_->addItem(tr("(none: one page)"), QString());
  for (const auto& layer : document_.layers())
    atlas_->addItem(layer->title.isEmpty() ? layer->id : QStringLiteral("%1 (%2)").arg(layer->title, layer->id), layer->id);
  perFeature_ = new QCheckBox(tr("One file per feature"), this);

  path_ = new QLineEdit(this);
  path_->setText(QDir(QDir::homePath()).filePath(QStringLiteral("planmap.pdf")));
  browse_ = new QPushButton(tr("Browse…"), this);
  auto* pathRow = new QHBoxLayout;
  pathRow->addWidget(path_, 1);
  pathRow->addWidget(browse_);

  progress_ = new QProgressBar(this);
  progress_->setRange(0, 1);
  progress_->setValue(0);
  result_ = new QLabel(this);
  result_->setWordWrap(true);
  result_->setTextInteractionFlags(Qt::TextSelectableByMouse);

  auto* buttons = new QDialogButtonBox(this);
  export_ = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
  cancelButton_ = buttons->addButton(tr("Cancel export"), QDialogButtonBox::ActionRole);
  close_ = buttons->addButton(QDialogButtonBox::Close);
  cancelButton_->setEnabled(false);

  auto* form = new QFormLayout;
  form->addRow(tr("Template:"), template_);
  form->addRow(tr("Title:"), title_);
  form->addRow(tr("Format:"), format_);
  form->addRow(tr("Resolution:"), dpi_);
  form->addRow(tr("Atlas layer:"), atlas_);
  form->addRow(QString(), perFeature_);
  form->addRow(tr("Output:"), pathRow);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(progress_);
  layout->addWidget(result_);
  layout->addWidget(buttons);

  connect(browse_, &QPushButton::clicked, this, &PdfExportDialog::browse);
  connect(export_, &QPushButton::clicked, this, &PdfExportDialog::exportClicked);
  connect(cancelButton_, &QPushButton::clicked, this, &PdfExportDialog::cancelExport);
  connect(close_, &QPushButton::clicked, this, &QDialog::reject);
  connect(format_, &QComboBox::currentIndexChanged, this, &PdfExportDialog::updateFormatWidgets);
  connect(atlas_, &QComboBox::currentIndexChanged, this, &PdfExportDialog::updateFormatWidgets);
  connect(&watcher_, &QFutureWatcherBase::finished, this, &PdfExportDialog::onFinished);
  updateFormatWidgets();
}

PdfExportDialog::~PdfExportDialog() {
  // The worker calls back into this object: it must be gone before we are.
  if (cancel_) cancel_->store(true);
  watcher_.waitForFinished();
}

QStringList PdfExportDialog::templateNames() {
  return QDir(LayoutJson::templatesDir())
      .entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)
      .replaceInStrings(QStringLiteral(".json"), QString());
}

ExportRequest PdfExportDialog::request() const {
  ExportRequest r;
  r.templateName = template_->currentData().toString();
  r.title = title_->text().trimmed();
  r.format = ExportFormat(format_->currentData().toInt());
  r.dpi = dpi_->value();
  r.atlasLayer = atlas_->currentData().toString();
  r.atlasPerFeature = perFeature_->isChecked();
  r.outputPath = path_->text().trimmed();
  return r;
}

void PdfExportDialog::setRequest(const ExportRequest& r) {
  int t = template_->findData(r.templateName);
  if (t < 0 && !r.templateName.isEmpty()) {
    template_->addItem(r.templateName, r.templateName);  // a layout file outside the templates folder
    t = template_->count() - 1;
  }
  if (t >= 0) template_->setCurrentIndex(t);
  title_->setText(r.title);
  format_->setCurrentIndex(qMax(0, format_->findData(int(r.format))));
  dpi_->setValue(qRound(r.dpi));
  atlas_->setCurrentIndex(qMax(0, atlas_->findData(r.atlasLayer)));
  perFeature_->setChecked(r.atlasPerFeature);
  path_->setText(r.outputPath);
}

void PdfExportDialog::updateFormatWidgets() {
  const auto format = ExportFormat(format_->currentData().toInt());
  dpi_->setEnabled(format != ExportFormat::Pdf);
  const bool atlas = !atlas_->currentData().toString().isEmpty();
  // Images are one file per page anyway; only a PDF atlas can be a single file.
  perFeature_->setEnabled(atlas && format == ExportFormat::Pdf);
  // Keep the path's extension in step with the format, so the file opens in the right program.
  const QString path = path_->text();
  const QFileInfo info(path);
  if (!path.isEmpty() && !info.suffix().isEmpty()) {
    const QString wanted = extensionFor(format);
    const QString suffix = info.suffix().toLower();
    const bool matches = suffix == wanted || (wanted == QLatin1String("tif") && suffix == QLatin1String("tiff"));
    if (!matches) path_->setText(path.left(path.size() - info.suffix().size()) + wanted);
  }
}

void PdfExportDialog::browse() {
  const auto format = ExportFormat(format_->currentData().toInt());
  const QString filter = format == ExportFormat::Png    ? tr("PNG images (*.png)")
                         : format == ExportFormat::Tiff ? tr("TIFF images (*.tif *.tiff)")
                                                        : tr("PDF files (*.pdf)");
  const QString chosen = QFileDialog::getSaveFileName(this, tr("Export map to"), path_->text(), filter);
  if (!chosen.isEmpty()) path_->setText(chosen);
}

void PdfExportDialog::reject() {
  if (isRunning()) cancelExport();
  QDialog::reject();
}

void PdfExportDialog::exportClicked() { startExport(request()); }

bool PdfExportDialog::isRunning() const { return watcher_.isRunning() || bool(cancel_); }

void PdfExportDialog::cancelExport() {
  if (!cancel_) return;
  cancel_->store(true);
  result_->setText(tr("Cancelling…"));
  cancelButton_->setEnabled(false);
}

void PdfExportDialog::setBusy(bool busy) {
  for (QWidget* w : {static_cast<QWidget*>(template_), static_cast<QWidget*>(title_), static_cast<QWidget*>(format_),
                     static_cast<QWidget*>(atlas_), static_cast<QWidget*>(path_), static_cast<QWidget*>(browse_),
                     static_cast<QWidget*>(export_)})
    w->setEnabled(!busy);
  if (!busy) updateFormatWidgets();
  else {
    dpi_->setEnabled(false);
    perFeature_->setEnabled(false);
  }
  cancelButton_->setEnabled(busy);
}

bool PdfExportDialog::startExport(const ExportRequest& req) {
  auto refuse = [this](const QString& message) {
    result_->setText(message);
    emit finished(false, message);
    return false;
  };
  if (isRunning()) return refuse(tr("An export is already running."));
  if (req.outputPath.isEmpty()) return refuse(tr("Choose an output file first."));
  auto layout = LayoutJson::resolve(req.templateName);
  if (!layout) return refuse(layout.error());
  const bool atlas = !req.atlasLayer.isEmpty();
  if (atlas && !document_.layer(req.atlasLayer)) return refuse(tr("The atlas layer \"%1\" is not in the map.").arg(req.atlasLayer));

  // Snapshot on the UI thread: the worker sees shared, immutable layers and never the document.
  LayoutContext context = LayoutContext::fromDocument(document_);
  context.titleOverride = req.title;
  if (targets_) context.targets = targets_;
  // The chosen basemap is drawn under every map frame and credited in the footer; its credit is
  // also offered to text items as {basemap_attribution}.
  context.basemap = basemap_;
  if (basemap_) context.variables.insert(QStringLiteral("basemap_attribution"), basemap_->attribution());

  running_ = req;
  lastReport_ = {};
  cancel_ = std::make_shared<std::atomic<bool>>(false);
  ExportOptions options;
  options.format = req.format;
  options.dpi = req.dpi;
  options.georeference = req.georeference;
  options.atlasSingleFile = !req.atlasPerFeature;
  options.cancel = cancel_.get();
  // The exporter calls this on the worker; widgets may only be touched on the UI thread. The
  // destructor waits for the worker, so `this` outlives every queued call that is still delivered.
  options.progress = [this](int done, int total, const QString& name) {
    QMetaObject::invokeMethod(this, [this, done, total, name] { onProgress(done, total, name); }, Qt::QueuedConnection);
  };

  progress_->setRange(0, 0);  // busy until the first page reports the total
  result_->setText(tr("Exporting…"));
  setBusy(true);
  auto cancel = cancel_;  // keeps the flag alive for the worker
  watcher_.setFuture(QtConcurrent::run(
      [exporter = LayoutExporter(layout.value(), std::move(context)), options, req, atlas, cancel]() {
        return atlas ? exporter.exportAtlas(req.outputPath, options, req.atlasLayer)
                     : exporter.exportPage(req.outputPath, options);
      }));
  return true;
}

void PdfExportDialog::onProgress(int done, int total, const QString& name) {
  if (!cancel_) return;  // a late call after the export ended
  progress_->setRange(0, qMax(1, total));
  progress_->setValue(done);
  result_->setText(name.isEmpty() ? tr("Page %1 of %2").arg(done).arg(total)
                                  : tr("Page %1 of %2: %3").arg(done).arg(total).arg(name));
  emit progressChanged(done, total, name);
}

void PdfExportDialog::onFinished() {
  const Result<ExportReport> outcome = watcher_.result();
  const bool cancelled = cancel_ && cancel_->load();
  cancel_.reset();
  setBusy(false);
  QString message;
  bool ok = false;
  if (outcome) {
    lastReport_ = outcome.value();
    ok = true;
    progress_->setRange(0, 1);
    progress_->setValue(1);
    const QString where = lastReport_.files.size() == 1
                              ? QDir::toNativeSeparators(lastReport_.files.first())
                              : tr("%n file(s) in %1", nullptr, int(lastReport_.files.size()))
                                    .arg(QDir::toNativeSeparators(QFileInfo(running_.outputPath).absolutePath()));
    message = tr("Exported %n page(s) to %1 in %2 s.", nullptr, lastReport_.pages)
                  .arg(where)
                  .arg(lastReport_.seconds, 0, 'f', 1);
    if (!lastReport_.warnings.isEmpty()) message += QLatin1Char('\n') + lastReport_.warnings.join(QLatin1Char('\n'));
  } else {
    progress_->setRange(0, 1);
    progress_->setValue(0);
    message = cancelled ? tr("Export cancelled: %1").arg(outcome.error()) : tr("Export failed: %1").arg(outcome.error());
  }
  result_->setText(message);
  emit finished(ok, message);
}

}  // namespace planmap
