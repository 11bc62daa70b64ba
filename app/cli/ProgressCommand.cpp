// `planmap progress import FILE [--sheet S] [--column KEY=HEADER]… [--layout long|wide] --project P
// [--dry-run] [--json]`: figures from a statistics bureau's spreadsheet into a project's progress
// records, all or nothing, one undo step, the project saved atomically.
#include "CliCommand.h"
#include "CliOutput.h"
#include "CliProject.h"
#include "PlanEditCommands.h"
#include "PostGisPlanStore.h"
#include "ProgressImporter.h"
#include "TeamPlanSync.h"

#include <QJsonArray>
#include <QJsonObject>

namespace planmap {
namespace {

const char* kUsage =
    "usage: planmap progress import FILE [--sheet S] [--column KEY=HEADER]... [--layout long|wide] --project P [--dry-run] [--json]";

QJsonObject recordJson(const ProgressRecord& r) {
  QJsonObject o{{QStringLiteral("target"), r.target}, {QStringLiteral("year"), r.year}, {QStringLiteral("scope"), r.scope}};
  o.insert(QStringLiteral("value"), r.value ? QJsonValue(*r.value) : QJsonValue());
  if (r.achieved) o.insert(QStringLiteral("achieved"), true);
  if (!r.source.isEmpty()) o.insert(QStringLiteral("source"), r.source);
  if (!r.note.isEmpty()) o.insert(QStringLiteral("note"), r.note);
  return o;
}

QJsonObject resultJson(const ProgressImportResult& result, bool dryRun, bool written) {
  QJsonArray sheets;
  for (const auto& [name, m] : result.sheets) {
    QJsonObject columns;
    for (const auto& [key, column] : m.columns) columns.insert(progressColumnKey(key), m.describeColumn(column));
    QJsonArray years;
    for (const auto& [column, year] : m.yearColumns) years.append(QJsonObject{{QStringLiteral("column"), m.describeColumn(column)}, {QStringLiteral("year"), year}});
    QJsonObject s{{QStringLiteral("name"), name}, {QStringLiteral("layout"), progressLayoutToString(m.layout)},
                  {QStringLiteral("headerRows"), m.headerRows}, {QStringLiteral("columns"), columns}};
    if (!years.isEmpty()) s.insert(QStringLiteral("yearColumns"), years);
    sheets.append(s);
  }
  QJsonArray rows;
  for (const ProgressImportRow& r : result.rows) {
    QJsonObject o = recordJson(r.record);
    o.insert(QStringLiteral("sheet"), r.sheet);
    o.insert(QStringLiteral("row"), r.row);
    o.insert(QStringLiteral("change"), r.change == ProgressImportRow::Change::New ? QStringLiteral("new") : QStringLiteral("unchanged"));
    if (!r.conversion.isEmpty()) o.insert(QStringLiteral("conversion"), r.conversion);
    rows.append(o);
  }
  QJsonArray errors;
  for (const ProgressImportIssue& e : result.errors)
    errors.append(QJsonObject{{QStringLiteral("file"), e.file}, {QStringLiteral("sheet"), e.sheet}, {QStringLiteral("row"), e.row},
                              {QStringLiteral("column"), e.column}, {QStringLiteral("message"), e.message},
                              {QStringLiteral("text"), e.toString()}});
  QJsonObject root{{QStringLiteral("format"), QStringLiteral("planmap-progress-import")},
                   {QStringLiteral("version"), 1},
                   {QStringLiteral("file"), result.file},
                   {QStringLiteral("ok"), result.ok()},
                   {QStringLiteral("dryRun"), dryRun},
                   {QStringLiteral("written"), written},
                   {QStringLiteral("imported"), result.ok() ? int(result.records.size()) : 0},
                   {QStringLiteral("new"), int(result.records.size())},
                   {QStringLiteral("unchanged"), result.unchangedCount()},
                   {QStringLiteral("sheets"), sheets},
                   {QStringLiteral("rows"), rows},
                   {QStringLiteral("errors"), errors}};
  if (!result.encoding.isEmpty()) root.insert(QStringLiteral("encoding"), result.encoding);
  return root;
}

int runImport(QStringList rest) {
  const bool json = CliProject::takeFlag(rest, QStringLiteral("--json"));
  const bool dryRun = CliProject::takeFlag(rest, QStringLiteral("--dry-run"));
  const QString sheet = CliProject::takeOption(rest, QStringLiteral("--sheet"));
  ProgressImportOptions options;
  const QString layout = CliProject::takeOption(rest, QStringLiteral("--layout"));
  if (!layout.isEmpty()) {
    options.layout = progressLayoutFromString(layout);
    if (!options.layout) return CliOutput::error(QStringLiteral("--layout must be long or wide, got \"%1\"").arg(layout), 2);
  }
  bool found = true;
  for (QString c = CliProject::takeOption(rest, QStringLiteral("--column"), &found); found;
       c = CliProject::takeOption(rest, QStringLiteral("--column"), &found)) {
    const qsizetype eq = c.indexOf(QLatin1Char('='));
    if (eq <= 0 || !progressColumnFromKey(c.left(eq)))
      return CliOutput::error(QStringLiteral("--column wants KEY=HEADER with KEY one of target, year, value, scope, unit, source, note; got \"%1\"").arg(c), 2);
    options.columns.insert(c.left(eq).trimmed().toLower(), c.mid(eq + 1).trimmed());
  }
  if (!rest.contains(QStringLiteral("--project"))) return CliOutput::error(QStringLiteral("progress import needs --project P\n") + QLatin1String(kUsage), 2);
  auto loaded = CliProject::load(rest);
  if (!loaded) return CliOutput::error(loaded.error());
  Project& project = *loaded.value();
  if (rest.size() != 1) return CliOutput::error(rest.isEmpty() ? QString::fromLatin1(kUsage) : QStringLiteral("progress import: expected one FILE, got %1").arg(rest.join(QLatin1Char(' '))), 2);
  const QString file = rest.first();

  // A team-store project: its progress lives in the store; import against what the store holds
  // and let TeamPlanSync send each new record, like any other edit.
  std::unique_ptr<TeamPlanSync> sync;
  QStringList storeProblems;
  if (project.planStore().isSet()) {
    auto store = PostGisPlanStore::open(project.planStore().connection, project.planStore().schema);
    if (!store) return CliOutput::error(QStringLiteral("team store %1: %2; nothing imported").arg(project.planStore().schema, store.error()));
    if (!dryRun && !store.value()->canEdit())
      return CliOutput::error(QStringLiteral("team store %1: role %2 may not edit progress; nothing imported").arg(project.planStore().schema, store.value()->role()));
    sync = std::make_unique<TeamPlanSync>(project, std::shared_ptr<PostGisPlanStore>(std::move(store.value())));
    for (auto signal : {&TeamPlanSync::conflict, &TeamPlanSync::refused, &TeamPlanSync::queued})
      QObject::connect(sync.get(), signal, sync.get(), [&storeProblems](const QString& m) { storeProblems << m; });
  }

  auto result = ProgressImporter::importFile(file, project.catalog(), project.progress(), options, sheet);
  if (!result) return CliOutput::error(result.error());
  const ProgressImportResult& r = result.value();
  bool written = false;
  if (r.ok() && !dryRun && !r.records.empty()) {
    project.undoStack().push(PlanEditCommand::importProgress(project, r.records, r.file));
    if (Status st = project.save(); !st) return CliOutput::error(QStringLiteral("%1; nothing written").arg(st.error()));
    written = true;
  }
  if (json) CliOutput::jsonPretty(QJsonDocument(resultJson(r, dryRun, written)));
  if (!r.ok()) {
    constexpr int kShown = 50;
    for (int i = 0; i < int(r.errors.size()) && i < kShown; ++i) CliOutput::error(r.errors[i].toString(), 0);
    if (int(r.errors.size()) > kShown) CliOutput::error(QStringLiteral("… and %1 more").arg(int(r.errors.size()) - kShown), 0);
    return CliOutput::error(QStringLiteral("%1: %2 problem(s); nothing imported").arg(r.file).arg(r.errors.size()));
  }
  for (const QString& m : storeProblems) CliOutput::error(m, 0);
  if (!json) {
    for (const ProgressImportRow& row : r.rows) {
      QString line = QStringLiteral("%1 row %2: %3 %4 %5 = %6").arg(row.sheet).arg(row.row).arg(row.record.target).arg(row.record.year).arg(row.record.scope,
                         row.record.value ? QString::number(*row.record.value, 'g', 12) : QStringLiteral("achieved"));
      if (!row.conversion.isEmpty()) line += QStringLiteral("  (%1)").arg(row.conversion);
      if (row.change == ProgressImportRow::Change::Unchanged) line += QStringLiteral("  [unchanged]");
      CliOutput::line(line);
    }
    CliOutput::line(QStringLiteral("%1: %2 %3 new record(s), %4 unchanged%5")
                        .arg(r.file, dryRun ? QStringLiteral("would import") : QStringLiteral("imported"))
                        .arg(r.records.size()).arg(r.unchangedCount())
                        .arg(r.encoding.isEmpty() ? QString() : QStringLiteral(" (text read as %1)").arg(r.encoding)));
  }
  return storeProblems.isEmpty() ? 0 : 1;
}

}  // namespace

int runProgressCommand(const QStringList& args) {
  if (args.isEmpty() || args.first() != QLatin1String("import")) return CliOutput::error(QString::fromLatin1(kUsage), 2);
  return runImport(args.mid(1));
}

}  // namespace planmap
