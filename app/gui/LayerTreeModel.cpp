#include "LayerTreeModel.h"

#include "FeatureDisplayName.h"
#include "GroupNames.h"
#include "MapDocument.h"

#include <QApplication>
#include <QStyle>
#include <QFont>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>
#include <QPainter>
#include <QPalette>
#include <QPainterPath>
#include <cmath>
#include <QPixmap>

namespace planmap {
namespace {

const QString kMime = QStringLiteral("application/x-planmap-layer-id");

bool englishUi() { return !QLocale().name().startsWith(QStringLiteral("zh")); }

GeometryType geometryOf(const VectorLayer& layer) {
  if (!layer.features) return GeometryType::None;
  for (std::size_t f = 0; f < layer.features->featureCount() && f < 50; ++f)
    if (layer.features->geometryType(f) != GeometryType::None) return layer.features->geometryType(f);
  return GeometryType::None;
}

QString classLabel(const StyleClass& c) {
  if (englishUi() && !c.labelEn.isEmpty()) return c.labelEn;
  if (!c.labelZh.isEmpty()) return c.labelZh;
  if (!c.labelEn.isEmpty()) return c.labelEn;
  if (c.value.isValid()) return c.value.toString();
  return QStringLiteral("%1 – %2").arg(c.lower).arg(c.upper);
}

}  // namespace

LayerTreeModel::LayerTreeModel(MapDocument* document, QObject* parent) : QAbstractItemModel(parent), document_(document) {
  rebuild();
  connect(document_, &MapDocument::layersChanged, this, [this] {
    beginResetModel();
    rebuild();
    endResetModel();
  });
  connect(document_, &MapDocument::layerChanged, this, &LayerTreeModel::onLayerChanged);
}

void LayerTreeModel::rebuild() {
  nodes_.clear();
  nodes_.push_back(Node{});  // root
  QStringList groups = GroupNames::order();
  // Groups the data names but the UI does not know go after the known ones, before 用户数据.
  for (const auto& layer : document_->layers())
    if (!groups.contains(layer->group) && !layer->group.isEmpty()) groups.insert(groups.size() - 1, layer->group);
  for (const QString& group : groups) {
    std::vector<std::shared_ptr<const VectorLayer>> members;
    const auto& layers = document_->layers();
    for (auto it = layers.rbegin(); it != layers.rend(); ++it) {  // top of the drawing order first
      const QString g = (*it)->group.isEmpty() ? GroupNames::userData() : (*it)->group;
      if (g == group) members.push_back(*it);
    }
    if (members.empty()) continue;
    const int groupNode = int(nodes_.size());
    Node gn;
    gn.kind = NodeKind::Group;
    gn.group = group;
    gn.parent = 0;
    gn.row = int(nodes_[0].children.size());
    nodes_.push_back(gn);
    nodes_[0].children.push_back(groupNode);
    for (const auto& layer : members) {
      const int layerNode = int(nodes_.size());
      Node ln;
      ln.kind = NodeKind::Layer;
      ln.group = group;
      ln.layerId = layer->id;
      ln.parent = groupNode;
      ln.row = int(nodes_[groupNode].children.size());
      nodes_.push_back(ln);
      nodes_[groupNode].children.push_back(layerNode);
      const int classes = layer->style.renderer == RendererKind::Single ? 0 : int(layer->style.classes.size());
      for (int c = 0; c < classes; ++c) {
        Node cn;
        cn.kind = NodeKind::Legend;
        cn.group = group;
        cn.layerId = layer->id;
        cn.classIndex = c;
        cn.parent = layerNode;
        cn.row = c;
        nodes_[layerNode].children.push_back(int(nodes_.size()));
        nodes_.push_back(cn);
      }
    }
  }
}

int LayerTreeModel::legendCount(const QString& layerId) const {
  const auto layer = document_->layer(layerId);
  if (!layer || layer->style.renderer == RendererKind::Single) return 0;
  return int(layer->style.classes.size());
}

void LayerTreeModel::onLayerChanged(const QString& id) {
  const QModelIndex idx = indexOfLayer(id);
  if (!idx.isValid() || rowCount(idx) != legendCount(id)) {
    beginResetModel();
    rebuild();
    endResetModel();
    return;
  }
  emit dataChanged(idx, idx);
  if (rowCount(idx) > 0) emit dataChanged(index(0, 0, idx), index(rowCount(idx) - 1, 0, idx));
  emit dataChanged(idx.parent(), idx.parent());  // the group's tri-state checkbox
}

const LayerTreeModel::Node* LayerTreeModel::nodeAt(const QModelIndex& index) const {
  const quintptr id = index.isValid() ? index.internalId() : 0;
  return id < nodes_.size() ? &nodes_[id] : nullptr;
}

QModelIndex LayerTreeModel::indexOfNode(int node) const {
  if (node <= 0 || node >= int(nodes_.size())) return {};
  return createIndex(nodes_[node].row, 0, quintptr(node));
}

QModelIndex LayerTreeModel::index(int row, int column, const QModelIndex& parent) const {
  const Node* p = nodeAt(parent);
  if (!p || column != 0 || row < 0 || row >= int(p->children.size())) return {};
  return createIndex(row, 0, quintptr(p->children[row]));
}

QModelIndex LayerTreeModel::parent(const QModelIndex& child) const {
  const Node* n = nodeAt(child);
  if (!n || n->parent <= 0) return {};
  return indexOfNode(n->parent);
}

int LayerTreeModel::rowCount(const QModelIndex& parent) const {
  const Node* p = nodeAt(parent);
  return p ? int(p->children.size()) : 0;
}

int LayerTreeModel::columnCount(const QModelIndex&) const { return 1; }

QVariant LayerTreeModel::data(const QModelIndex& index, int role) const {
  const Node* n = nodeAt(index);
  if (!n || !index.isValid()) return {};
  if (role == NodeKindRole) return int(n->kind);
  if (role == LayerIdRole) return n->layerId;
  if (n->kind == NodeKind::Group) {
    if (role == Qt::DisplayRole) return GroupNames::display(n->group);
    if (role == Qt::FontRole) {
      QFont font = QApplication::font();
      font.setBold(true);
      return font;
    }
    if (role == Qt::CheckStateRole) {
      int visible = 0;
      for (int child : n->children)
        if (const auto layer = document_->layer(nodes_[child].layerId); layer && layer->visible) ++visible;
      if (visible == 0) return Qt::Unchecked;
      return visible == int(n->children.size()) ? Qt::Checked : Qt::PartiallyChecked;
    }
    return {};
  }
  const auto layer = document_->layer(n->layerId);
  if (!layer) return {};
  const GeometryType geometry = geometryOf(*layer);
  if (n->kind == NodeKind::Layer) {
    switch (role) {
      case Qt::DisplayRole: {
        const QString title = englishUi() && !layer->titleEn.isEmpty() ? layer->titleEn : layer->title;
        if (missing_.contains(layer->id))
          return QCoreApplication::translate("planmap::LayerTreeModel", "%1 (missing)").arg(title);
        const long long count = layer->features ? (long long)layer->features->featureCount() : 0;
        return QStringLiteral("%1 (%2)").arg(title).arg(count);
      }
      case Qt::EditRole: return layer->title;
      case Qt::CheckStateRole: return layer->visible ? Qt::Checked : Qt::Unchecked;
      case Qt::DecorationRole:
        if (missing_.contains(layer->id)) return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        if (layer->style.renderer == RendererKind::Single || layer->style.classes.empty())
          return swatch(layer->style.symbol, geometry, layer->opacity);
        return {};
      case Qt::ToolTipRole: {
        QStringList lines;
        lines << layer->title;
        if (missing_.contains(layer->id))
          lines << QCoreApplication::translate("planmap::LayerTreeModel", "Data not found: %1").arg(missing_.value(layer->id))
                << QCoreApplication::translate("planmap::LayerTreeModel", "Right-click → Relink… to point it at the moved file.");
        if (!layer->sourcePath.isEmpty()) lines << QCoreApplication::translate("planmap::LayerTreeModel", "Source: %1").arg(layer->sourcePath);
        lines << QCoreApplication::translate("planmap::LayerTreeModel", "CRS: %1").arg(layer->crs.description());
        if (!layer->warnings.isEmpty()) lines << layer->warnings;
        if (layer->opacity < 1.0) lines << QCoreApplication::translate("planmap::LayerTreeModel", "Opacity: %1%").arg(qRound(layer->opacity * 100));
        return lines.join(QLatin1Char('\n'));
      }
      case Qt::ForegroundRole:
        if (missing_.contains(layer->id)) return QColor(190, 40, 30);
        return layer->visible ? QVariant() : QVariant(QApplication::palette().color(QPalette::Disabled, QPalette::Text));
      default: return {};
    }
  }
  // Legend entry.
  if (n->classIndex < 0 || n->classIndex >= int(layer->style.classes.size())) return {};
  const StyleClass& c = layer->style.classes[size_t(n->classIndex)];
  if (role == Qt::DisplayRole) {
    // A class that is one feature (categorized by the key, e.g. a basin) carries that feature's mark.
    if (layer->features && !layer->keyField.isEmpty() && layer->style.field == layer->keyField) {
      const std::int64_t row = layer->rowOfKey(c.value.toString());
      if (row >= 0)
        return FeatureDisplayName::decorate(classLabel(c), FeatureDisplayName(layer->features->attributes()).accuracy(std::size_t(row)));
    }
    return classLabel(c);
  }
  if (role == Qt::DecorationRole) return swatch(c.symbol, geometry, layer->opacity);
  return {};
}

bool LayerTreeModel::setData(const QModelIndex& index, const QVariant& value, int role) {
  const Node* n = nodeAt(index);
  if (!n || role != Qt::CheckStateRole) return false;
  const bool visible = value.toInt() == Qt::Checked;
  QStringList ids;
  if (n->kind == NodeKind::Layer) ids << n->layerId;
  else if (n->kind == NodeKind::Group)
    for (int child : n->children) ids << nodes_[child].layerId;
  if (ids.isEmpty()) return false;
  emit visibilityChangeRequested(ids, visible);
  return true;
}

Qt::ItemFlags LayerTreeModel::flags(const QModelIndex& index) const {
  const Node* n = nodeAt(index);
  if (!n || !index.isValid()) return Qt::ItemIsDropEnabled;
  switch (n->kind) {
    case NodeKind::Group: return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsDropEnabled;
    case NodeKind::Layer:
      return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled |
             Qt::ItemIsDropEnabled;
    case NodeKind::Legend: return Qt::ItemIsEnabled;
  }
  return {};
}

QStringList LayerTreeModel::mimeTypes() const { return {kMime}; }

QMimeData* LayerTreeModel::mimeData(const QModelIndexList& indexes) const {
  for (const QModelIndex& index : indexes) {
    const Node* n = nodeAt(index);
    if (n && n->kind == NodeKind::Layer) {
      auto* mime = new QMimeData;
      mime->setData(kMime, n->layerId.toUtf8());
      return mime;
    }
  }
  return nullptr;
}

bool LayerTreeModel::canDropMimeData(const QMimeData* data, Qt::DropAction, int, int, const QModelIndex& parent) const {
  if (!data || !data->hasFormat(kMime)) return false;
  const Node* target = nodeAt(parent);
  const auto moving = document_->layer(QString::fromUtf8(data->data(kMime)));
  if (!target || !moving || !parent.isValid()) return false;
  // Reordering happens within a group: the groups are the planner's way of reading the legend.
  const QString movingGroup = moving->group.isEmpty() ? GroupNames::userData() : moving->group;
  return target->kind != NodeKind::Legend && target->group == movingGroup;
}

bool LayerTreeModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                  const QModelIndex& parent) {
  if (!canDropMimeData(data, action, row, column, parent)) return false;
  const QString movingId = QString::fromUtf8(data->data(kMime));
  const Node* target = nodeAt(parent);
  QString targetId;
  bool above = true;
  if (target->kind == NodeKind::Layer) {
    targetId = target->layerId;  // dropped onto a layer: take its place, above it
  } else {
    if (target->children.empty()) return false;
    if (row < 0 || row >= int(target->children.size())) {
      targetId = nodes_[target->children.back()].layerId;  // after the group's last (lowest) layer
      above = false;
    } else {
      targetId = nodes_[target->children[size_t(row)]].layerId;
    }
  }
  if (targetId == movingId) return false;
  emit moveRequested(movingId, dropIndex(*document_, movingId, targetId, above));
  // false: the document moves the layer and the model resets; the view must not delete rows itself.
  return false;
}

int LayerTreeModel::dropIndex(const MapDocument& document, const QString& movingId, const QString& targetId, bool above) {
  const int from = document.indexOf(movingId);
  int target = document.indexOf(targetId);
  if (from < target) --target;  // index of the target once the moving layer is taken out
  return above ? target + 1 : target;
}

QModelIndex LayerTreeModel::indexOfLayer(const QString& layerId) const {
  for (int i = 1; i < int(nodes_.size()); ++i)
    if (nodes_[i].kind == NodeKind::Layer && nodes_[i].layerId == layerId) return indexOfNode(i);
  return {};
}

QModelIndex LayerTreeModel::indexOfGroup(const QString& group) const {
  for (int child : nodes_[0].children)
    if (nodes_[child].group == group) return indexOfNode(child);
  return {};
}

QString LayerTreeModel::layerIdAt(const QModelIndex& index) const {
  const Node* n = nodeAt(index);
  return n && index.isValid() ? n->layerId : QString();
}

LayerTreeModel::NodeKind LayerTreeModel::kindAt(const QModelIndex& index) const {
  const Node* n = nodeAt(index);
  return n && index.isValid() ? n->kind : NodeKind::Group;
}

QStringList LayerTreeModel::groups() const {
  QStringList out;
  for (int child : nodes_[0].children) out << nodes_[child].group;
  return out;
}

QIcon LayerTreeModel::swatch(const Symbol& symbol, GeometryType type, double opacity) {
  const int size = 16;
  QPixmap pixmap(size * 2, size * 2);  // drawn at 2x so it stays crisp on HiDPI screens
  pixmap.setDevicePixelRatio(2.0);
  pixmap.fill(Qt::transparent);
  QPainter p(&pixmap);
  p.setRenderHint(QPainter::Antialiasing);
  p.setOpacity(opacity);
  QPen pen(symbol.stroke, type == GeometryType::Line ? 2.0 : 1.0, symbol.dash);
  switch (type) {
    case GeometryType::Line:
      p.setPen(pen);
      p.drawLine(QPointF(1, size - 4), QPointF(size - 1, 4));
      break;
    case GeometryType::Point: {
      p.setPen(QPen(symbol.stroke, 1));
      p.setBrush(symbol.fill);
      const QRectF r(3, 3, size - 6, size - 6);
      QPainterPath path;
      switch (symbol.marker) {
        case MarkerShape::Square: path.addRect(r); break;
        case MarkerShape::Triangle:
          path.moveTo(r.center().x(), r.top());
          path.lineTo(r.bottomRight());
          path.lineTo(r.bottomLeft());
          path.closeSubpath();
          break;
        case MarkerShape::Diamond:
          path.moveTo(r.center().x(), r.top());
          path.lineTo(r.right(), r.center().y());
          path.lineTo(r.center().x(), r.bottom());
          path.lineTo(r.left(), r.center().y());
          path.closeSubpath();
          break;
        case MarkerShape::Star: {
          const QPointF c = r.center();
          for (int i = 0; i < 10; ++i) {
            const double radius = (i % 2 == 0) ? r.width() / 2 + 1 : r.width() / 4;
            const double angle = -M_PI / 2 + i * M_PI / 5;
            const QPointF pt(c.x() + radius * std::cos(angle), c.y() + radius * std::sin(angle));
            if (i == 0) path.moveTo(pt);
            else path.lineTo(pt);
          }
          path.closeSubpath();
          break;
        }
        case MarkerShape::Cross:
          path.moveTo(r.left(), r.center().y());
          path.lineTo(r.right(), r.center().y());
          path.moveTo(r.center().x(), r.top());
          path.lineTo(r.center().x(), r.bottom());
          p.setPen(QPen(symbol.stroke.isValid() ? symbol.stroke : symbol.fill, 2));
          break;
        case MarkerShape::Circle:
        default: path.addEllipse(r); break;
      }
      p.drawPath(path);
      break;
    }
    default: {
      p.setPen(pen);
      p.setBrush(symbol.fill);
      const QRectF r(1.5, 2.5, size - 3, size - 5);
      p.drawRect(r);
      if (symbol.hatch != Qt::NoBrush && symbol.hatch != Qt::SolidPattern) {
        p.setBrush(QBrush(symbol.hatchColor, symbol.hatch));
        p.setPen(pen);
        p.drawRect(r);
      }
      break;
    }
  }
  return QIcon(pixmap);
}

void LayerTreeModel::setMissingLayers(const QHash<QString, QString>& missing) {
  if (missing == missing_) return;
  missing_ = missing;
  rebuild();
}

}  // namespace planmap
