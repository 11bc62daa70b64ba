#pragma once

#include "LabelStyle.h"
#include "StyleClass.h"
#include "Symbol.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace planmap {

class AttributeTable;

enum class RendererKind { Single, Categorized, Graduated };

// A layer's style as data (mapnik's "styles are data; the renderer interprets them").
struct LayerStyle {
  RendererKind renderer = RendererKind::Single;
  QString field;                   // categorized / graduated field
  Symbol symbol;                   // single symbol; fallback for values no class matches
  std::vector<StyleClass> classes;
  LabelStyle labels;
  // Features whose `schematicField` holds one of `schematicValues` are drawn with `schematicDash`
  // outlines, so a guessed outline never looks surveyed.
  QString schematicField = QStringLiteral("accuracy");
  QStringList schematicValues = {QStringLiteral("schematic"), QStringLiteral("unverified")};
  Qt::PenStyle schematicDash = Qt::DashLine;
  // Among them, features holding `unverifiedValue` (a guessed position nobody has checked) look
  // different again — `unverifiedDash` outlines and a faded fill — so "sketched" and "unverified"
  // never look alike on the map.
  QString unverifiedValue = QStringLiteral("unverified");
  Qt::PenStyle unverifiedDash = Qt::DotLine;

  // The symbol for row `row` of `attributes` (resolves the class); `classIndex` gets -1 for the fallback.
  const Symbol& symbolFor(const AttributeTable& attributes, std::size_t row, int* classIndex = nullptr) const;
  bool isSchematic(const AttributeTable& attributes, std::size_t row) const;
  bool isUnverified(const AttributeTable& attributes, std::size_t row) const;

  // Graduated classes in `count` equal-interval or quantile steps over `values`, coloured from `from` to `to`.
  static std::vector<StyleClass> graduatedClasses(std::vector<double> values, int count, bool quantiles,
                                                  const QColor& from, const QColor& to, const Symbol& base);

  bool operator==(const LayerStyle&) const = default;
};

}  // namespace planmap
