#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QIcon>
#include <QString>
#include <vector>

namespace planmap {

class MapDocument;
struct Symbol;
enum class GeometryType : std::uint8_t;

// The layer tree: groups (行政区划, 秦岭保护区, …, 用户数据) → layers (top of the drawing order first,
// with a visibility checkbox and the feature count) → one legend entry per style class with its
// swatch. Edits are not applied here: the model emits requests and the window turns them into undo
// commands, so every change the tree makes can be undone.
class LayerTreeModel : public QAbstractItemModel {
  Q_OBJECT
 public:
  enum Role { LayerIdRole = Qt::UserRole + 1, NodeKindRole };
  enum class NodeKind { Group, Layer, Legend };

  explicit LayerTreeModel(MapDocument* document, QObject* parent = nullptr);

  QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
  QModelIndex parent(const QModelIndex& child) const override;
  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  bool setData(const QModelIndex& index, const QVariant& value, int role) override;
  Qt::ItemFlags flags(const QModelIndex& index) const override;

  Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
  QStringList mimeTypes() const override;
  QMimeData* mimeData(const QModelIndexList& indexes) const override;
  bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                       const QModelIndex& parent) const override;
  bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                    const QModelIndex& parent) override;

  QModelIndex indexOfLayer(const QString& layerId) const;
  QModelIndex indexOfGroup(const QString& group) const;
  QString layerIdAt(const QModelIndex& index) const;
  NodeKind kindAt(const QModelIndex& index) const;
  QStringList groups() const;  // groups present, in display order
  // Layers of the project whose data could not be opened (id → why): shown marked, with the reason.
  void setMissingLayers(const QHash<QString, QString>& missing);
  bool isMissing(const QString& layerId) const { return missing_.contains(layerId); }

  // A legend swatch for `symbol` drawn as the geometry type draws it.
  static QIcon swatch(const Symbol& symbol, GeometryType type, double opacity = 1.0);
  // Where a layer dropped above (or below) `targetId` lands in the document (bottom-first index).
  static int dropIndex(const MapDocument& document, const QString& movingId, const QString& targetId, bool above);

 Q_SIGNALS:
  void visibilityChangeRequested(const QStringList& layerIds, bool visible);
  void moveRequested(const QString& layerId, int newIndex);

 private:
  struct Node {
    NodeKind kind = NodeKind::Group;
    QString group;
    QString layerId;
    int classIndex = -1;
    int parent = -1;  // node index; 0 = root
    int row = 0;
    std::vector<int> children;
  };
  void rebuild();
  QHash<QString, QString> missing_;
  void onLayerChanged(const QString& id);
  int legendCount(const QString& layerId) const;
  const Node* nodeAt(const QModelIndex& index) const;
  QModelIndex indexOfNode(int node) const;

  MapDocument* document_;
  std::vector<Node> nodes_;
};

}  // namespace planmap
