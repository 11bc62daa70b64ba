#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace planmap {

enum class PlanItemKind { Project, Target, Measure };

QString planItemKindToString(PlanItemKind kind);
std::optional<PlanItemKind> planItemKindFromString(const QString& text);
// "汉阴县" and "汉阴" are the same county to a planner; the plan mostly writes the short form.
// Drops one trailing 县/区/市/镇 from names longer than two characters.
QString withoutAdminSuffix(QString name);

// One entry of the plan catalog: a project (a thing to build or do), a target (a promise, with a
// number when quantitative) or a measure (a policy or action). Plain data: the catalog owns the
// list, the map links to items by id, the renderer never sees this type.
struct PlanItem {
  // A target stated as "5—10个": both ends are kept; the direction decides which one counts.
  struct Range {
    double min = 0;
    double max = 0;
  };
  // The value a target starts from. The plan excerpt states none; progress data may add one.
  struct Baseline {
    int year = 0;
    double value = 0;
  };

  QString id;  // stable: never renumbered once published
  PlanItemKind kind = PlanItemKind::Measure;
  QString chapter;  // "第十二章"
  int chapterNumber = 0;
  QString section;  // "第二节"
  int sectionNumber = 0;
  QString sectionTitle;
  QString topic;  // the paragraph lead, e.g. "加强流域生态治理与修复"; may be empty
  QString name;   // short label for lists and map tooltips
  QString text;   // the plan's own sentence, verbatim
  QStringList places;
  QString note;

  // Targets only.
  QString indicator;
  bool quantitative = false;
  std::optional<double> value;
  std::optional<Range> range;
  QString comparator;  // the plan's own word: 达到, 以上, 保持, 全覆盖, 以内 ...
  QString direction;   // optional override: "at_least" or "at_most"; empty = from comparator
  QString unit;
  std::optional<int> deadline;
  QStringList scope;  // {"city"} or the counties named
  std::optional<Baseline> baseline;

  QString sourceFile;  // the catalog file this item was read from

  bool isTarget() const { return kind == PlanItemKind::Target; }
  // The sentence as a reader sees it: the seed's "**纺织丝绸**" bold markers dropped (the catalog
  // keeps `text` verbatim, so it stays an exact substring of the source). Use wherever text is shown.
  QString displayText() const { return readableText(text); }
  static QString readableText(QString verbatim) { return verbatim.remove(QStringLiteral("**")); }
  bool isCityScope() const { return scope.isEmpty() || scope.contains(QStringLiteral("city")); }
  // True when `place` names one of this item's places, ignoring a trailing 县/区/市/镇 on the query
  // and accepting a place that contains the name ("白河" finds "白河硫铁矿").
  bool mentionsPlace(const QString& place) const;
};

}  // namespace planmap
