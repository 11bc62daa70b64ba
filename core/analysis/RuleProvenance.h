#pragma once

#include <QString>
#include <optional>

namespace planmap {

// Where a compliance rule comes from, so a report can say why it binds a site:
//   plan            - the plan says so: the item id and the exact words of its sentence;
//   regulation      - a regulation, cited exactly (name and article);
//   planmap-default - a choice PlanMap made (a buffer width, a circle round an unverified point),
//                     with the reason; such a rule never yields "prohibited";
//   planner         - a constraint layer the planner supplied or marked (the file or layer named).
// A small value: rules carry it, conflicts copy it, reports print it.
struct RuleProvenance {
  enum class Kind { Plan, Regulation, PlanmapDefault, Planner };

  Kind kind = Kind::Planner;
  QString planItem;  // Plan: the catalog item id
  QString citation;  // Plan: the sentence, verbatim; Regulation: 《name》第N条; else the reason / source

  static RuleProvenance plan(const QString& item, const QString& sentence) { return {Kind::Plan, item, sentence}; }
  static RuleProvenance regulation(const QString& citation) { return {Kind::Regulation, {}, citation}; }
  static RuleProvenance planmapDefault(const QString& reason) { return {Kind::PlanmapDefault, {}, reason}; }
  static RuleProvenance planner(const QString& source) { return {Kind::Planner, {}, source}; }

  static QString kindName(Kind kind);  // "plan", "regulation", "planmap-default", "planner"
  static std::optional<Kind> kindFromString(const QString& text);

  QString name() const { return kindName(kind); }
  QString labelZh() const;       // 规划原文 / 法规 / PlanMap 默认 / 规划人员指定
  QString citationText() const;  // plan: c12s1-m06：“…”; otherwise the citation as given
  // A PlanMap default only restricts: it may never give a "prohibited" verdict.
  bool mayProhibit() const { return kind != Kind::PlanmapDefault; }

  friend bool operator==(const RuleProvenance&, const RuleProvenance&) = default;
};

}  // namespace planmap
