#pragma once

#include <QAbstractTableModel>
#include <memory>

namespace planmap {

class BundledMetadata;
struct VectorLayer;

// One layer's attributes as a table (rows = features, columns = fields). Holds the layer by shared
// pointer so the table stays valid if the layer is removed from the map while the table is open.
// Sorting and filtering happen in a QSortFilterProxyModel on top; SortRole gives typed values.
class AttributeTableModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  AttributeTableModel(std::shared_ptr<const VectorLayer> layer, const BundledMetadata* metadata, QObject* parent = nullptr);

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  const std::shared_ptr<const VectorLayer>& layer() const { return layer_; }
  // RFC 4180 CSV, UTF-8 with a BOM so Excel on a Chinese Windows opens it correctly; `rows` in the
  // given order (all rows when empty).
  QByteArray toCsv(const std::vector<int>& rows = {}) const;

 private:
  std::shared_ptr<const VectorLayer> layer_;
  const BundledMetadata* metadata_;
};

}  // namespace planmap
