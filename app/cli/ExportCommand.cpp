// `planmap export`: annotated map PDFs, PNG/TIFF and atlases from a layout template, headless.
#include "AtomicFileWriter.h"
#include "BundledMap.h"
#include "CliCommand.h"
#include "CliOutput.h"
#include "CliProject.h"
#include <QDate>
#include "PlanTargetTable.h"
#include "LayoutExporter.h"
#include "LayerLoader.h"
#include "LayoutJson.h"
#include "LayoutTextLimits.h"
#include "MapDocument.h"
#include "MemoryBudget.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <cmath>

namespace planmap {
namespace {

constexpr const char* kUsage =
    "usage: planmap export [--project P] [--layout NAME|FILE] [--atlas LAYER] [--per-feature] [--format pdf|png|tif]\n"
    "                      [--dpi N] [--title T] [--no-georef] [--progress] [--layer FILE]… [--labels FIELD] -o OUT\n"
    "  Without --project: the bundled Ankang map. --layout: a template of resources/layouts (default\n"
    "  a3_landscape_plan) or a layout JSON file. --atlas: one page per feature of LAYER (counties, parks …)\n"
    "  into one PDF, or with --per-feature one file per feature in the folder OUT. --layer: map these files\n"
    "  (first = bottom) instead of the bundled map, on a3_landscape_simple unless --layout says otherwise.";

// Plain symbols for files without a style, the same blues as QGIS's bench styling so that a PDF of
// the same files compares like with like.
void applyDefaultStyle(VectorLayer& layer) {
  GeometryType type = GeometryType::None;
  for (std::size_t f = 0; f < layer.features->featureCount() && type == GeometryType::None; ++f)
    type = layer.features->geometryType(f);
  Symbol& s = layer.style.symbol;
  if (type == GeometryType::Polygon) {
    s.fill = QColor(166, 206, 227);
    s.stroke = QColor(31, 120, 180);
    s.strokeWidthMm = 0.1;
  } else if (type == GeometryType::Line) {
    s.stroke = QColor(31, 120, 180);
    s.strokeWidthMm = 0.26;
  } else {
    s.fill = QColor(227, 26, 28);
    s.stroke = Qt::transparent;
    s.markerSizeMm = 2;
  }
}

Status loadFiles(MapDocument& document, const QStringList& files) {
  for (const QString& path : files) {
    auto layers = LayerLoader::load(path);
    if (!layers) return Status::fail(layers.error());
    for (const auto& layer : layers.value()) {
      CliOutput::warnings(path, layer->warnings);
      if (layer->title.isEmpty()) layer->title = layer->sourceLayerName.isEmpty() ? QFileInfo(path).completeBaseName() : layer->sourceLayerName;
      layer->id = document.uniqueLayerId(QFileInfo(path).completeBaseName());
      if (layer->features) applyDefaultStyle(*layer);
      if (document.layers().empty() && layer->crs.isValid()) document.setDisplayCrs(layer->crs);
      document.addLayer(layer);
    }
  }
  return Status::ok();
}

}  // namespace

int runExportCommand(const QStringList& commandArguments) {
  // --project goes through the shared CLI project loader (it removes the option from the list).
  QStringList arguments = commandArguments;
  std::unique_ptr<Project> project;
  if (arguments.contains(QStringLiteral("--project"))) {
    auto loaded = CliProject::load(arguments);
    if (!loaded) return CliOutput::error(loaded.error());
    project = std::move(loaded.value());
  }
  QString layoutName, atlasLayer, format, title, out;
  QStringList files;
  QString labelField;
  double dpi = 300;
  bool perFeature = false, georef = true, progress = false;
  for (int i = 0; i < arguments.size(); ++i) {
    const QString& a = arguments[i];
    auto value = [&](QString& target) {
      if (i + 1 >= arguments.size()) return false;
      target = arguments[++i];
      return true;
    };
    QString v;
    if (a == QLatin1String("--layout")) { if (!value(layoutName)) return CliOutput::error(QStringLiteral("--layout needs a name or file"), 2); }
    else if (a == QLatin1String("--atlas")) { if (!value(atlasLayer)) return CliOutput::error(QStringLiteral("--atlas needs a layer id"), 2); }
    else if (a == QLatin1String("--format")) { if (!value(format)) return CliOutput::error(QStringLiteral("--format needs pdf, png or tif"), 2); }
    else if (a == QLatin1String("--title")) {
      if (!value(title)) return CliOutput::error(QStringLiteral("--title needs text"), 2);
      if (title.size() > LayoutTextLimits::kMaxTitleLength)
        return CliOutput::error(QStringLiteral("--title is %1 characters long; at most %2").arg(title.size()).arg(LayoutTextLimits::kMaxTitleLength), 2);
    }
    else if (a == QLatin1String("-o") || a == QLatin1String("--output")) { if (!value(out)) return CliOutput::error(QStringLiteral("-o needs a path"), 2); }
    else if (a == QLatin1String("--dpi")) {
      bool ok = false;
      if (!value(v) || (dpi = v.toDouble(&ok), !ok) || !std::isfinite(dpi) || dpi < 10 || dpi > 2400)
        return CliOutput::error(QStringLiteral("--dpi needs a number between 10 and 2400"), 2);
    }
    else if (a == QLatin1String("--layer")) {
      if (!value(v)) return CliOutput::error(QStringLiteral("--layer needs a file"), 2);
      files << v;
    }
    else if (a == QLatin1String("--labels")) { if (!value(labelField)) return CliOutput::error(QStringLiteral("--labels needs a field"), 2); }
    else if (a == QLatin1String("--per-feature")) perFeature = true;
    else if (a == QLatin1String("--no-georef")) georef = false;
    else if (a == QLatin1String("--progress")) progress = true;
    else if (a == QLatin1String("-h") || a == QLatin1String("--help")) { CliOutput::line(QString::fromUtf8(kUsage)); return 0; }
    else return CliOutput::error(QStringLiteral("export: unknown argument \"%1\"\n%2").arg(a, QString::fromUtf8(kUsage)), 2);
  }
  if (out.isEmpty()) return CliOutput::error(QStringLiteral("export: -o OUT is required\n%1").arg(QString::fromUtf8(kUsage)), 2);

  ExportOptions options;
  options.format = format.isEmpty() ? ExportOptions::formatFromPath(out)
                   : format == QLatin1String("pdf") ? ExportFormat::Pdf
                   : format == QLatin1String("png") ? ExportFormat::Png
                   : (format == QLatin1String("tif") || format == QLatin1String("tiff")) ? ExportFormat::Tiff
                                                                                        : ExportFormat(-1);
  if (int(options.format) < 0) return CliOutput::error(QStringLiteral("--format must be pdf, png or tif, got \"%1\"").arg(format), 2);
  // One file (not a per-feature folder): its extension and the format must agree, so a .pdf never holds PNG bytes.
  const bool intoFolder = !atlasLayer.isEmpty() && (perFeature || options.format != ExportFormat::Pdf);
  if (!intoFolder) {
    const QString suffix = QFileInfo(out).suffix().toLower();
    const bool known = suffix == QLatin1String("pdf") || suffix == QLatin1String("png") || suffix == QLatin1String("tif") ||
                       suffix == QLatin1String("tiff");
    if (!known)
      return CliOutput::error(QStringLiteral("-o %1: unknown extension \"%2\"; use .pdf, .png or .tif").arg(out, suffix), 2);
    if (ExportOptions::formatFromPath(out) != options.format)
      return CliOutput::error(QStringLiteral("-o %1: the extension .%2 does not match --format %3; rename the file or change --format")
                                  .arg(out, suffix, format), 2);
    if (Status s = AtomicFileWriter::checkTarget(out); !s) return CliOutput::error(s.error());
  }
  options.dpi = dpi;
  options.georeference = georef;
  options.atlasSingleFile = !perFeature;
  if (progress)
    options.progress = [](int done, int total, const QString& name) {
      CliOutput::line(QStringLiteral("[%1/%2] %3").arg(done).arg(total).arg(name));
    };

  MapDocument bundled;
  MapDocument& document = project ? project->document() : bundled;
  if (!project && files.isEmpty()) {
    if (Status s = BundledMap::loadInto(document); !s) return CliOutput::error(s.error());
  } else if (!files.isEmpty()) {
    if (project) return CliOutput::error(QStringLiteral("--layer and --project cannot be combined"), 2);
    if (Status s = loadFiles(document, files); !s) return CliOutput::error(s.error());
    if (layoutName.isEmpty()) layoutName = QStringLiteral("a3_landscape_simple");
    if (!labelField.isEmpty() && !document.layers().empty()) {
      // Labels on the top layer, as the QGIS bench labels its last layer.
      document.editLayer(document.layers().back()->id, [&](VectorLayer& top) {
        top.style.labels.enabled = true;
        top.style.labels.field = labelField;
        top.style.labels.sizePt = 8;
      });
    }
  }
  // A layout saved in the project by that name wins over a template of the same name.
  std::optional<Result<Layout>> fromProject;
  if (project && !layoutName.isEmpty())
    for (const QJsonValue& v : project->layouts())
      if (v.toObject().value(QStringLiteral("name")).toString() == layoutName)
        fromProject = LayoutJson::fromJson(v.toObject(), project->filePath() + QStringLiteral(": layout ") + layoutName);
  auto layout = fromProject ? *fromProject : LayoutJson::resolve(layoutName);
  if (!layout) return CliOutput::error(layout.error());
  // A raster's size follows from the page and the dpi: refuse what cannot fit, say what is large.
  if (options.format != ExportFormat::Pdf) {
    const QSizeF mm = layout->page.sizeMm();
    const double w = std::round(mm.width() / 25.4 * dpi), h = std::round(mm.height() / 25.4 * dpi);
    const QString what = QStringLiteral("a %1 × %2 mm page at %3 dpi").arg(mm.width()).arg(mm.height()).arg(dpi);
    if (Status s = MemoryBudget::checkRaster(w, h, what); !s) return CliOutput::error(s.error());
    if (const qint64 bytes = MemoryBudget::rasterBytes(w, h); bytes > (qint64(256) << 20))
      CliOutput::error(QStringLiteral("note: %1 is a %2×%3 pixel raster (%4 in memory)")
                           .arg(what).arg(w, 0, 'f', 0).arg(h, 0, 'f', 0).arg(MemoryBudget::humanBytes(double(bytes))), 0);
  }
  LayoutContext context = LayoutContext::fromDocument(document);
  context.titleOverride = title;
  // A project's tables print its own plan data (catalogs, links, recorded progress).
  if (project)
    context.targets = std::make_shared<const PlanTargetTable>(project->catalog(), project->links(), project->progress(),
                                                              QDate::currentDate().year());
  LayoutExporter exporter(layout.value(), std::move(context));

  const bool atlas = !atlasLayer.isEmpty();
  auto report = atlas ? exporter.exportAtlas(out, options, atlasLayer) : exporter.exportPage(out, options);
  if (!report) return CliOutput::error(report.error());
  QJsonObject json;
  json.insert(QStringLiteral("layout"), layout->name);
  json.insert(QStringLiteral("files"), QJsonArray::fromStringList(report->files));
  json.insert(QStringLiteral("pages"), report->pages);
  json.insert(QStringLiteral("bytes"), report->bytes);
  json.insert(QStringLiteral("seconds"), report->seconds);
  if (!report->warnings.isEmpty()) json.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(report->warnings));
  CliOutput::json(QJsonDocument(json));
  return 0;
}

}  // namespace planmap
