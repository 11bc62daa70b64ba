// `planmap project new|add|remove|show`: a project file made and changed from scripts, for IT staff
// and batch work. Every change opens the project, applies itself and saves it atomically (the
// project's own save: temporary file, fsync, rename), so a failed step leaves the file as it was.
//   planmap project new P.planmap [--title T] [--empty]
//   planmap project add P.planmap FILE [--title T] [--group G] [--encoding E] [--crs EPSG:N]
//                                       [--constraint NAME:SEVERITY] [--buffer-m N]
//   planmap project remove P.planmap LAYER_ID
//   planmap project show P.planmap [--json]

#include "CliCommand.h"
#include "CliOutput.h"
#include "CliProject.h"
#include "ConstraintMarking.h"
#include "FeatureStore.h"
#include "LayerLoader.h"
#include "Project.h"
#include "ProjectSummary.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <cmath>

namespace planmap {
namespace {

const QString kUsage = QStringLiteral(
    "usage: planmap project new P.planmap [--title T] [--empty]\n"
    "       planmap project add P.planmap FILE [--title T] [--group G] [--encoding E] [--crs EPSG:N] "
    "[--constraint NAME:SEVERITY] [--buffer-m N]\n"
    "       planmap project remove P.planmap LAYER_ID\n"
    "       planmap project show P.planmap [--json]");

int usageError(const QString& what) { return CliOutput::error(what + QStringLiteral("\n") + kUsage, 2); }

// The positional arguments left once the options are taken; an unknown option is an error.
bool positionals(const QStringList& rest, QStringList* out, QString* unknown) {
  for (const QString& a : rest) {
    if (a.startsWith(QLatin1String("--"))) {
      *unknown = a;
      return false;
    }
    *out << a;
  }
  return true;
}

Result<std::unique_ptr<Project>> openProject(const QString& path) {
  auto project = Project::open(path);
  if (project)
    for (const MissingLayer& m : project.value()->missingLayers())
      CliOutput::error(QStringLiteral("warning: layer %1 is missing: %2").arg(m.layerId, m.error), 0);
  return project;
}

int runNew(QStringList args) {
  bool titleGiven = false;
  const QString title = CliProject::takeOption(args, QStringLiteral("--title"), &titleGiven);
  if (titleGiven && title.isEmpty()) return usageError(QStringLiteral("--title needs a text"));
  const bool empty = CliProject::takeFlag(args, QStringLiteral("--empty"));
  QStringList pos;
  QString unknown;
  if (!positionals(args, &pos, &unknown)) return usageError(QStringLiteral("project new: unknown option %1").arg(unknown));
  if (pos.size() != 1) return usageError(QStringLiteral("project new: one project file, e.g. county.planmap"));
  const QString path = pos.front();
  if (QFileInfo::exists(path))
    return CliOutput::error(QStringLiteral("%1: already exists; PlanMap does not overwrite a project with a new one (remove it or pick another name)").arg(path));

  std::unique_ptr<Project> project;
  if (empty) {
    project = std::make_unique<Project>();
  } else {
    auto bundled = Project::createBundled();
    if (!bundled) return CliOutput::error(bundled.error());
    project = std::move(bundled.value());
  }
  if (titleGiven) project->document().setTitle(title);
  else if (project->document().title().isEmpty()) project->document().setTitle(QFileInfo(path).completeBaseName());
  if (Status saved = project->save(path); !saved) return CliOutput::error(saved.error());
  CliOutput::line(QStringLiteral("created %1 (%2, %3 layers)")
                      .arg(path, empty ? QStringLiteral("empty") : QStringLiteral("bundled Ankang map"))
                      .arg(project->document().layers().size()));
  return 0;
}

// A layer id from the file's name: letters, digits, '-' and '_' (CJK kept), unique in the project.
QString layerIdFor(const Project& project, const VectorLayer& layer, const QString& file) {
  QString base = layer.sourceLayerName.isEmpty() ? QFileInfo(file).completeBaseName() : layer.sourceLayerName;
  base.replace(QRegularExpression(QStringLiteral("[^\\w\\-]+")), QStringLiteral("_"));
  if (base.isEmpty()) base = QStringLiteral("layer");
  return project.document().uniqueLayerId(base.left(60));
}

int runAdd(QStringList args) {
  struct Opt {
    const char* name;
    QString value;
    bool given = false;
  };
  Opt title{"--title"}, group{"--group"}, encoding{"--encoding"}, crs{"--crs"}, constraint{"--constraint"}, buffer{"--buffer-m"};
  for (Opt* o : {&title, &group, &encoding, &crs, &constraint, &buffer}) {
    o->value = CliProject::takeOption(args, QString::fromLatin1(o->name), &o->given);
    if (o->given && o->value.isEmpty()) return usageError(QStringLiteral("%1 needs a value").arg(QLatin1String(o->name)));
  }
  QStringList pos;
  QString unknown;
  if (!positionals(args, &pos, &unknown)) return usageError(QStringLiteral("project add: unknown option %1").arg(unknown));
  if (pos.size() != 2) return usageError(QStringLiteral("project add: a project file and one data file"));
  const QString projectPath = pos[0], file = pos[1];

  std::optional<ConstraintMarking> marking;
  if (constraint.given) {
    auto parsed = ConstraintMarking::fromSpec(constraint.value);
    if (!parsed) return CliOutput::error(parsed.error(), 2);
    marking = parsed.value();
  }
  if (buffer.given) {
    if (!marking) return usageError(QStringLiteral("--buffer-m applies to a constraint layer: give --constraint NAME:SEVERITY too"));
    bool ok = false;
    const double metres = buffer.value.toDouble(&ok);
    if (!ok || !std::isfinite(metres) || metres < 0 || metres > 100000)
      return CliOutput::error(QStringLiteral("--buffer-m \"%1\": a distance from 0 to 100000 m").arg(buffer.value.left(40)), 2);
    marking->bufferMeters = metres;
  }
  LoadOptions options;
  options.encodingOverride = encoding.value;
  if (crs.given) {
    auto parsed = Crs::parse(crs.value);
    if (!parsed) return CliOutput::error(QStringLiteral("--crs %1: %2").arg(crs.value.left(80), parsed.error()), 2);
    options.crsOverride = parsed.value();
  }

  auto project = openProject(projectPath);
  if (!project) return CliOutput::error(project.error());
  Project& p = *project.value();
  auto loaded = LayerLoader::load(file, options);
  if (!loaded) return CliOutput::error(loaded.error());
  if (loaded->empty()) return CliOutput::error(QStringLiteral("%1: no layer found").arg(file));
  // Nothing is added unless every layer of the file can be placed on the map.
  for (const auto& layer : loaded.value())
    if (!layer->crs.isValid()) {
      QStringList candidates;
      for (const CrsCandidate& c : layer->crsDecision.candidates)
        if (candidates.size() < 4) candidates << c.crs.authId();
      return CliOutput::error(QStringLiteral("%1: the coordinate system cannot be decided (no usable .prj); give --crs EPSG:N%2")
                                  .arg(file, candidates.isEmpty() ? QString() : QStringLiteral(" (candidates: %1)").arg(candidates.join(QStringLiteral(", ")))));
    }

  QJsonArray added;
  for (const auto& layer : loaded.value()) {
    layer->id = layerIdFor(p, *layer, file);
    layer->title = title.given ? title.value
                   : !layer->title.isEmpty() ? layer->title
                   : layer->sourceLayerName.isEmpty() ? QFileInfo(file).fileName() : layer->sourceLayerName;
    if (title.given && loaded->size() > 1) layer->title = QStringLiteral("%1 (%2)").arg(title.value, layer->sourceLayerName);
    layer->group = group.given ? group.value : QStringLiteral("用户数据");
    LayerSource source;
    source.kind = LayerSource::Kind::File;
    source.path = QFileInfo(file).absoluteFilePath();
    source.layerName = layer->sourceLayerName;
    source.encoding = options.encodingOverride;
    if (options.crsOverride.isValid())
      source.crsOverride = options.crsOverride.authId().isEmpty() ? options.crsOverride.wkt() : options.crsOverride.authId();
    p.addFileLayer(layer, source);
    if (marking) p.setConstraintMarking(layer->id, marking);
    for (const QString& w : layer->warnings) CliOutput::error(QStringLiteral("warning: %1: %2").arg(file, w), 0);
    CliOutput::line(QStringLiteral("added %1\t%2\t%3 features\t%4%5")
                        .arg(layer->id, layer->title)
                        .arg(layer->features ? layer->features->featureCount() : 0)
                        .arg(layer->crs.authId().isEmpty() ? layer->crs.description() : layer->crs.authId(),
                             marking ? QStringLiteral("\tconstraint %1 (%2)").arg(marking->name, severityName(marking->severity)) : QString()));
  }
  if (Status saved = p.save(); !saved) return CliOutput::error(saved.error());
  return 0;
}

int runRemove(QStringList args) {
  QStringList pos;
  QString unknown;
  if (!positionals(args, &pos, &unknown)) return usageError(QStringLiteral("project remove: unknown option %1").arg(unknown));
  if (pos.size() != 2) return usageError(QStringLiteral("project remove: a project file and a layer id"));
  auto project = openProject(pos[0]);
  if (!project) return CliOutput::error(project.error());
  Project& p = *project.value();
  const QString id = pos[1];
  if (!p.document().layer(id)) {
    QStringList ids;
    for (const auto& layer : p.document().layers()) ids << layer->id;
    return CliOutput::error(QStringLiteral("%1: no layer \"%2\" (layers: %3)").arg(pos[0], id, ids.join(QStringLiteral(", "))));
  }
  p.removeLayer(id);
  if (Status saved = p.save(); !saved) return CliOutput::error(saved.error());
  CliOutput::line(QStringLiteral("removed %1").arg(id));
  return 0;
}

int runShow(QStringList args) {
  const bool json = CliProject::takeFlag(args, QStringLiteral("--json"));
  QStringList pos;
  QString unknown;
  if (!positionals(args, &pos, &unknown)) return usageError(QStringLiteral("project show: unknown option %1").arg(unknown));
  if (pos.size() != 1) return usageError(QStringLiteral("project show: one project file"));
  auto project = openProject(pos[0]);
  if (!project) return CliOutput::error(project.error());
  const QJsonObject summary = ProjectSummary::toJson(*project.value());
  if (json) {
    CliOutput::json(QJsonDocument(summary));
    return 0;
  }
  for (const QString& line : ProjectSummary::toText(summary)) CliOutput::line(line);
  return 0;
}

}  // namespace

int runProjectCommand(const QStringList& arguments) {
  if (arguments.isEmpty()) return usageError(QStringLiteral("project: which action?"));
  const QString action = arguments.front();
  const QStringList rest = arguments.mid(1);
  if (action == QLatin1String("new")) return runNew(rest);
  if (action == QLatin1String("add")) return runAdd(rest);
  if (action == QLatin1String("remove")) return runRemove(rest);
  if (action == QLatin1String("show")) return runShow(rest);
  if (action == QLatin1String("-h") || action == QLatin1String("--help")) {
    CliOutput::line(kUsage);
    return 0;
  }
  return usageError(QStringLiteral("project: unknown action \"%1\"").arg(action));
}

}  // namespace planmap
