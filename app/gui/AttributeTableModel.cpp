#include "AttributeTableModel.h"

#include "BundledMetadata.h"
#include "FeatureDisplayName.h"
#include "VectorLayer.h"

#include <QLocale>

namespace planmap {
namespace {

QString csvField(const QString& text) {
  if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')) &&
      !text.contains(QLatin1Char('\r')))
    return text;
  QString quoted = text;
  quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
  return QLatin1Char('"') + quoted + QLatin1Char('"');
}

}  // namespace

AttributeTableModel::AttributeTableModel(std::shared_ptr<const VectorLayer> layer, const BundledMetadata* metadata, QObject* parent)
    : QAbstractTableModel(parent), layer_(std::move(layer)), metadata_(metadata) {}

int AttributeTableModel::rowCount(const QModelIndex& parent) const {
  if (parent.isValid() || !layer_->features) return 0;
  return int(layer_->features->featureCount());
}

int AttributeTableModel::columnCount(const QModelIndex& parent) const {
  if (parent.isValid() || !layer_->features) return 0;
  return layer_->features->attributes().fieldCount();
}

QVariant AttributeTableModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid()) return {};
  const AttributeTable& table = layer_->features->attributes();
  switch (role) {
    case Qt::DisplayRole: {
      // The name column shows the display name: a sketched feature says so here as on the map.
      const FeatureDisplayName names(table, layer_->style.labels.field);
      if (index.column() == names.primaryNameField()) return names.displayName(std::size_t(index.row()));
      return table.text(std::size_t(index.row()), index.column());
    }
    case Qt::EditRole: return table.value(std::size_t(index.row()), index.column());
    case Qt::TextAlignmentRole: {
      const auto type = table.fields()[size_t(index.column())].type;
      const bool number = type == QMetaType::Int || type == QMetaType::LongLong || type == QMetaType::Double;
      return int(number ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    }
    default: return {};
  }
}

QVariant AttributeTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
  if (orientation == Qt::Vertical) return section + 1;
  const AttributeTable& table = layer_->features->attributes();
  if (section < 0 || section >= table.fieldCount()) return {};
  const QString field = table.fields()[size_t(section)].name;
  if (role == Qt::ToolTipRole) return field;
  const bool zh = QLocale().name().startsWith(QStringLiteral("zh"));
  return metadata_ ? metadata_->fieldLabel(field, zh) : field;
}

QByteArray AttributeTableModel::toCsv(const std::vector<int>& rows) const {
  const AttributeTable& table = layer_->features->attributes();
  QString out;
  QStringList header;
  for (const FieldDefinition& f : table.fields()) header << csvField(f.name);
  out += header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
  auto writeRow = [&](std::size_t r) {
    QStringList cells;
    for (int c = 0; c < table.fieldCount(); ++c) cells << csvField(table.text(r, c));
    out += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
  };
  if (rows.empty())
    for (std::size_t r = 0; r < table.rowCount(); ++r) writeRow(r);
  else
    for (int r : rows) writeRow(std::size_t(r));
  return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

}  // namespace planmap
