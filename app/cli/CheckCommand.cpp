// `planmap check SITE_FILE [--buffer-m N] [--activity A] [--constraint FILE[:SEVERITY]]… [--rules FILE]
//  [--crs EPSG:N] [--json] [-o REPORT.json|REPORT.pdf]`: checks a planned site (polygon, line or point,
// any format and CRS) against the constraint layers of the project (--project P; else the bundled
// Ankang map): the bundled rules' layers it still has — Qinling zones, national parks, river
// corridors, basins, mine remediation areas, 飞地 counties — and every layer the planner marked as a
// constraint, hidden or not; quotes the plan text that applies and lists the layers it read. Exit 0 when the check ran (conflicts or not); 1 with a one-line error
// for bad input; 2 for bad usage.

#include "AtomicFileWriter.h"
#include "CliCommand.h"
#include "CliOutput.h"
#include "CliProject.h"
#include "AnalysisInputs.h"
#include "ComplianceChecker.h"
#include "ConstraintMarking.h"
#include "FeatureDisplayName.h"
#include "ComplianceReportPdf.h"
#include "LayerLoader.h"
#include "PlanCatalog.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <cmath>

namespace planmap {
namespace {

struct CheckArgs {
  QString site;
  bool json = false;
  QString output;
  QString rulesFile;
  QStringList constraintFiles;
  ComplianceOptions options;
  LoadOptions load;
};

const QString kUsage = QStringLiteral(
    "usage: planmap check SITE_FILE [--buffer-m N] [--activity mining|quarrying|industry] "
    "[--constraint FILE[:prohibited|restricted|note]]… [--rules FILE] [--crs EPSG:N] [--json] [-o REPORT.json|.pdf]");

constexpr double kMaxBufferMeters = 100000;

// The activities the rules distinguish ("mining" …), for refusing an unknown --activity.
QStringList knownActivities(const ConstraintRuleSet& rules) {
  QStringList out;
  for (const ConstraintRule& r : rules.rules())
    for (auto it = r.activitySeverity.cbegin(); it != r.activitySeverity.cend(); ++it)
      if (!out.contains(it.key())) out << it.key();
  for (const QString& usual : constraintActivities())
    if (!out.contains(usual)) out << usual;
  out.sort();
  return out;
}

int parseArgs(const QStringList& arguments, CheckArgs& args) {
  for (int i = 0; i < arguments.size(); ++i) {
    const QString& a = arguments[i];
    auto next = [&](QString* value) {
      if (i + 1 >= arguments.size()) return false;
      *value = arguments[++i];
      return true;
    };
    QString value;
    if (a == QLatin1String("--json")) {
      args.json = true;
    } else if (a == QLatin1String("--buffer-m")) {
      bool ok = false;
      const double b = next(&value) ? value.toDouble(&ok) : 0;
      // NaN and inf parse as numbers; a buffer wider than a province is a typo, not a question.
      if (!ok || !std::isfinite(b) || b < 0 || b > kMaxBufferMeters)
        return CliOutput::error(QStringLiteral("--buffer-m needs a distance in metres from 0 to %1, got \"%2\"; ").arg(kMaxBufferMeters).arg(value) + kUsage, 2);
      args.options.bufferMeters = b;
    } else if (a == QLatin1String("--activity")) {
      if (!next(&value) || value.isEmpty()) return CliOutput::error(QStringLiteral("--activity needs a word; ") + kUsage, 2);
      args.options.activity = value;
    } else if (a == QLatin1String("--constraint")) {
      if (!next(&value) || value.isEmpty()) return CliOutput::error(QStringLiteral("--constraint needs a file; ") + kUsage, 2);
      args.constraintFiles << value;
    } else if (a == QLatin1String("--rules")) {
      if (!next(&value) || value.isEmpty()) return CliOutput::error(QStringLiteral("--rules needs a file; ") + kUsage, 2);
      args.rulesFile = value;
    } else if (a == QLatin1String("--crs")) {
      if (!next(&value)) return CliOutput::error(QStringLiteral("--crs needs a CRS, e.g. EPSG:4545; ") + kUsage, 2);
      auto crs = Crs::parse(value);
      if (!crs) return CliOutput::error(QStringLiteral("--crs: %1").arg(crs.error()), 2);
      args.load.crsOverride = crs.value();
    } else if (a == QLatin1String("-o") || a == QLatin1String("--output")) {
      if (!next(&value) || value.isEmpty()) return CliOutput::error(QStringLiteral("-o needs a file; ") + kUsage, 2);
      args.output = value;
    } else if (a.startsWith(QLatin1Char('-')) && a.size() > 1) {
      return CliOutput::error(QStringLiteral("unknown option %1; ").arg(a) + kUsage, 2);
    } else if (args.site.isEmpty()) {
      args.site = a;
    } else {
      return CliOutput::error(QStringLiteral("one SITE_FILE at a time; ") + kUsage, 2);
    }
  }
  if (args.site.isEmpty()) return CliOutput::error(kUsage, 2);
  if (!args.output.isEmpty()) {
    const QString suffix = QFileInfo(args.output).suffix().toLower();
    if (suffix != QLatin1String("json") && suffix != QLatin1String("pdf"))
      return CliOutput::error(QStringLiteral("-o %1: the report must be .json or .pdf").arg(args.output), 2);
  }
  return 0;
}

QString formatNumber(double v, int decimals) { return QString::number(v, 'f', decimals); }

void printText(const ComplianceReport& report) {
  CliOutput::line(QStringLiteral("场地 %1 (%2)").arg(report.siteName, ComplianceReport::siteKindName(report.siteKind)));
  if (report.siteKind == ComplianceReport::SiteKind::Polygon)
    CliOutput::line(QStringLiteral("  面积 %1 m² = %2 公顷 = %3 亩")
                        .arg(formatNumber(report.areaM2, 1), formatNumber(report.areaM2 / 1e4, 4),
                             formatNumber(report.areaM2 / ConstraintConflict::kSquareMetresPerMu, 2)));
  else if (report.siteKind == ComplianceReport::SiteKind::Line)
    CliOutput::line(QStringLiteral("  长度 %1 m").arg(formatNumber(report.lengthM, 1)));
  CliOutput::line(QStringLiteral("  所在县区 %1").arg(report.countyNames().isEmpty() ? QStringLiteral("（安康市域外）")
                                                                                 : report.countyNames().join(QStringLiteral("、"))));
  if (report.repaired) CliOutput::line(QStringLiteral("  几何已修复: %1").arg(report.repairNote));
  for (const QString& w : report.warnings) CliOutput::line(QStringLiteral("  注意: %1").arg(w));
  const QString verdict = report.conflicts.empty()
                              ? (report.city == ComplianceReport::CityCoverage::Outside ? QStringLiteral("场地在安康市域外，未检查")
                                                                                         : QStringLiteral("未发现冲突"))
                              : severityLabelZh(severityFromString(report.verdict()).value_or(Severity::Note));
  CliOutput::line(QStringLiteral("结论 %1%2 (禁止 %3, 限制 %4, 提示 %5)")
                      .arg(verdict, report.verdictIsCaveat() ? QStringLiteral("（仅示意范围，需核实）") : QString())
                      .arg(report.count(Severity::Prohibited))
                      .arg(report.count(Severity::Restricted))
                      .arg(report.count(Severity::Note)));
  QStringList used;
  for (const ComplianceReport::LayerUsed& l : report.layersUsed) used << QStringLiteral("%1 (%2)").arg(l.title, l.id);
  CliOutput::line(QStringLiteral("  检查的约束图层 %1: %2").arg(report.layersUsed.size()).arg(used.isEmpty() ? QStringLiteral("无") : used.join(QStringLiteral("、"))));
  for (const ConstraintConflict& c : report.conflicts) {
    QString measure;
    if (report.siteKind == ComplianceReport::SiteKind::Polygon)
      measure = QStringLiteral("%1 m² / %2 公顷 / %3 亩")
                    .arg(formatNumber(c.overlapM2, 1), formatNumber(c.overlapHa(), 4), formatNumber(c.overlapMu(), 2));
    else if (report.siteKind == ComplianceReport::SiteKind::Line)
      measure = QStringLiteral("%1 m").arg(formatNumber(c.overlapLengthM, 1));
    else
      measure = QStringLiteral("%1 点位于范围内").arg(c.pointsInside);
    CliOutput::line(QStringLiteral("- [%1] %2 — %3 (%4): %5, 占场地 %6%")
                        .arg(severityLabelZh(c.severity), c.constraint,
                             FeatureDisplayName::decorate(c.name, c.accuracy, FeatureDisplayName::Language::Chinese), c.feature, measure,
                             formatNumber(c.share * 100.0, 2)));
    if (c.caveat) CliOutput::line(QStringLiteral("    ⚠ %1（精度: %2）").arg(c.caveatText, c.accuracy));
    if (!c.summary.isEmpty()) CliOutput::line(QStringLiteral("    规则: %1 (%2, 图层 %3)").arg(c.summary, c.ruleId, c.layer));
    else CliOutput::line(QStringLiteral("    规则: %1 (图层 %2)").arg(c.ruleId, c.layer));
    CliOutput::line(QStringLiteral("    依据 (%1): %2").arg(c.provenance.name(), c.provenance.citationText()));
    for (const QString& text : PlanItem::readableText(c.ruleText).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
      CliOutput::line(QStringLiteral("    规划原文: “%1”").arg(text));
    if (!c.planItems.isEmpty()) CliOutput::line(QStringLiteral("    条目: %1").arg(c.planItems.join(QStringLiteral(", "))));
  }
}

}  // namespace

int runCheckCommand(const QStringList& arguments) {
  // The project's own layers (bundled, files, PostGIS), its catalogs and its marked constraint
  // layers; without --project the default project, the bundled Ankang map.
  QStringList rest = arguments;
  auto project = CliProject::load(rest);
  if (!project) return CliOutput::error(project.error());
  CheckArgs args;
  if (int code = parseArgs(rest, args); code != 0) return code;

  if (!args.output.isEmpty())
    if (Status s = AtomicFileWriter::checkTarget(args.output); !s) return CliOutput::error(s.error());
  auto site = ComplianceSite::fromFile(args.site, args.load);
  if (!site) return CliOutput::error(site.error());

  AnalysisInputs inputs = project.value()->analysisInputs();
  auto rules = ConstraintRuleSet::readFile(args.rulesFile.isEmpty() ? ConstraintRuleSet::bundledPath() : args.rulesFile);
  if (!rules) return CliOutput::error(rules.error());
  if (Status valid = rules->validateAgainst(*inputs.catalog); !valid) return CliOutput::error(valid.error());
  // A rules file of the planner's own names the project's layers by id, bundled or not.
  if (!args.rulesFile.isEmpty())
    for (const auto& layer : inputs.layers) inputs.bundledLayerIds.insert(layer->id);
  auto checker = inputs.checker(rules.value());
  if (!checker) return CliOutput::error(checker.error());
  ComplianceChecker c = std::move(checker.value());
  if (!args.options.activity.isEmpty()) {
    const QStringList known = knownActivities(c.rules());
    if (!known.contains(args.options.activity))
      return CliOutput::error(QStringLiteral("--activity: unknown activity \"%1\"; allowed: %2")
                                  .arg(args.options.activity, known.join(QStringLiteral(", "))), 2);
  }
  for (const QString& spec : args.constraintFiles) {
    QString path = spec;
    Severity severity = Severity::Restricted;
    if (const int colon = spec.lastIndexOf(QLatin1Char(':')); colon > 1) {
      if (auto s = severityFromString(spec.mid(colon + 1))) {
        severity = *s;
        path = spec.left(colon);
      } else if (!QFileInfo::exists(spec) && QFileInfo::exists(spec.left(colon))) {
        return CliOutput::error(QStringLiteral("--constraint %1: unknown severity \"%2\"; allowed: prohibited, restricted, note")
                                    .arg(spec, spec.mid(colon + 1)), 2);
      }
    }
    auto layers = LayerLoader::load(path);
    if (!layers) return CliOutput::error(layers.error());
    int n = 0;
    for (auto& layer : layers.value()) {
      CliOutput::warnings(path, layer->warnings);
      layer->id = QStringLiteral("user-%1-%2").arg(QFileInfo(path).completeBaseName()).arg(++n);
      if (layer->title.isEmpty()) layer->title = QFileInfo(path).fileName();
      // Name features by PlanMap's stable key when the file carries one, else by FID.
      if (layer->keyField.isEmpty() && layer->features &&
          layer->features->attributes().fieldIndex(QStringLiteral("pm_id")) >= 0)
        layer->keyField = QStringLiteral("pm_id");
      ConstraintRule rule;
      rule.severity = severity;
      rule.summary = QStringLiteral("用户约束图层 %1").arg(QFileInfo(path).fileName());
      rule.provenance = RuleProvenance::planner(QFileInfo(path).fileName());
      c.addConstraintLayer(layer, rule);
    }
  }

  auto report = c.check(site.value(), args.options);
  if (!report) return CliOutput::error(report.error());

  if (!args.output.isEmpty()) {
    if (args.output.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
      const Status written = ComplianceReportPdf::write(report.value(), c.layers(), args.output);
      if (!written) return CliOutput::error(written.error());
    } else {
      const Status written = AtomicFileWriter::write(args.output, QJsonDocument(report->toJson()).toJson(QJsonDocument::Indented));
      if (!written) return CliOutput::error(written.error());
    }
  }
  if (args.json) CliOutput::json(QJsonDocument(report->toJson()));
  else printText(report.value());
  return 0;
}

}  // namespace planmap
