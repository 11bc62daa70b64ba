#include "LayerStyle.h"

#include "AttributeTable.h"

#include <algorithm>
#include <cmath>

namespace planmap {

const Symbol& LayerStyle::symbolFor(const AttributeTable& attributes, std::size_t row, int* classIndex) const {
  if (classIndex) *classIndex = -1;
  if (renderer == RendererKind::Single || classes.empty()) return symbol;
  const int field = attributes.fieldIndex(this->field);
  if (field < 0) return symbol;
  const QVariant& v = attributes.value(row, field);
  if (v.isNull()) return symbol;
  if (renderer == RendererKind::Categorized) {
    const QString text = v.toString();
    for (std::size_t i = 0; i < classes.size(); ++i)
      if (classes[i].matches(text)) {
        if (classIndex) *classIndex = static_cast<int>(i);
        return classes[i].symbol;
      }
    return symbol;
  }
  bool ok = false;
  const double d = v.toDouble(&ok);
  if (!ok || std::isnan(d)) return symbol;
  for (std::size_t i = 0; i < classes.size(); ++i) {
    const bool last = i + 1 == classes.size();
    if (d >= classes[i].lower && (d < classes[i].upper || (last && d <= classes[i].upper))) {
      if (classIndex) *classIndex = static_cast<int>(i);
      return classes[i].symbol;
    }
  }
  return symbol;
}

bool LayerStyle::isUnverified(const AttributeTable& attributes, std::size_t row) const {
  if (schematicField.isEmpty() || unverifiedValue.isEmpty() || !schematicValues.contains(unverifiedValue)) return false;
  const int field = attributes.fieldIndex(schematicField);
  return field >= 0 && attributes.text(row, field) == unverifiedValue;
}

bool LayerStyle::isSchematic(const AttributeTable& attributes, std::size_t row) const {
  if (schematicField.isEmpty() || schematicValues.isEmpty()) return false;
  const int field = attributes.fieldIndex(schematicField);
  return field >= 0 && schematicValues.contains(attributes.text(row, field));
}

std::vector<StyleClass> LayerStyle::graduatedClasses(std::vector<double> values, int count, bool quantiles,
                                                     const QColor& from, const QColor& to, const Symbol& base) {
  std::vector<StyleClass> out;
  values.erase(std::remove_if(values.begin(), values.end(), [](double v) { return !std::isfinite(v); }), values.end());
  if (values.empty() || count < 1) return out;
  std::sort(values.begin(), values.end());
  std::vector<double> breaks{values.front()};
  for (int i = 1; i <= count; ++i) {
    if (quantiles) {
      const std::size_t idx = std::min(values.size() - 1, values.size() * static_cast<std::size_t>(i) / count);
      breaks.push_back(i == count ? values.back() : values[idx]);
    } else {
      breaks.push_back(values.front() + (values.back() - values.front()) * i / count);
    }
  }
  for (int i = 0; i < count; ++i) {
    if (i > 0 && breaks[i + 1] <= breaks[i]) continue;  // quantiles of repeated values collapse
    StyleClass c;
    c.lower = breaks[i];
    c.upper = breaks[i + 1];
    const double t = count == 1 ? 0.0 : double(i) / (count - 1);
    c.symbol = base;
    c.symbol.fill = QColor::fromRgbF(from.redF() + t * (to.redF() - from.redF()),
                                     from.greenF() + t * (to.greenF() - from.greenF()),
                                     from.blueF() + t * (to.blueF() - from.blueF()),
                                     from.alphaF() + t * (to.alphaF() - from.alphaF()));
    c.labelZh = c.labelEn = QStringLiteral("%1 – %2").arg(c.lower, 0, 'g', 6).arg(c.upper, 0, 'g', 6);
    out.push_back(c);
  }
  return out;
}

}  // namespace planmap
