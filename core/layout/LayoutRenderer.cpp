#include "LayoutRenderer.h"

#include "CoordinateTransform.h"
#include "CountyStatistics.h"
#include "FrameContents.h"
#include "LayoutText.h"
#include "MapPainter.h"
#include "BasemapRenderer.h"
#include "MapSettings.h"
#include "NiceNumbers.h"
#include "SymbolPainter.h"
#include "TargetStatus.h"

#include <QHash>
#include <QPainterPath>
#include <QPolygonF>
#include <algorithm>
#include <array>
#include <optional>
#include <cmath>

namespace planmap {
namespace {

const QColor kInk(34, 34, 34);
const QColor kGridColor(60, 60, 60, 150);

// A map frame resolved for this page: its settings and what it shows.
struct ResolvedFrame {
  const LayoutItem* item = nullptr;
  QRectF rectPx;
  MapSettings settings;
  Extent visible;
  FrameContents contents;
  bool skipped = false;
};

class PagePainter {
 public:
  PagePainter(QPainter& painter, const Layout& layout, const LayoutContext& context, double dpi,
              const std::atomic<bool>* cancel)
      : p_(painter), layout_(layout), context_(context), text_(dpi), dpi_(dpi), cancel_(cancel) {}

  Result<PageResult> run();

 private:
  double px(double mm) const { return mm * dpi_ / 25.4; }
  QRectF pxRect(const QRectF& mm) const { return QRectF(px(mm.x()), px(mm.y()), px(mm.width()), px(mm.height())); }
  bool cancelled() const { return cancel_ && cancel_->load(std::memory_order_relaxed); }

  Result<ResolvedFrame> resolveFrame(const LayoutItem& item);
  Extent layersExtent(const QStringList& ids, const Crs& crs) const;
  std::vector<std::shared_ptr<const VectorLayer>> frameLayers(const LayoutItem& item);
  const ResolvedFrame* frame(const QString& id) const;

  void paintFrame(const ResolvedFrame& f);
  void paintGrid(const ResolvedFrame& f);
  void paintOverviewBox(const ResolvedFrame& inset, const ResolvedFrame& of);
  void paintText(const LayoutItem& item);
  void paintLegend(const LayoutItem& item);
  void paintSwatch(const QRectF& box, const LegendEntry& entry);
  void paintScaleBar(const LayoutItem& item);
  void paintNorthArrow(const LayoutItem& item);
  void paintCallout(const LayoutItem& item);
  void paintTargets(const LayoutItem& item);
  void paintFooter(const LayoutItem& item);
  void paintCountyStats(const LayoutItem& item);
  void paintItemFrame(const LayoutItem& item);
  QPointF mapToPage(const ResolvedFrame& f, double x, double y) const {
    return f.rectPx.topLeft() + f.settings.toPixel(x, y);
  }
  double scaleOf(const ResolvedFrame& f) const;

  QPainter& p_;
  const Layout& layout_;
  const LayoutContext& context_;
  LayoutText text_;
  double dpi_;
  const std::atomic<bool>* cancel_;
  std::vector<ResolvedFrame> frames_;
  PageResult result_;
};

const ResolvedFrame* PagePainter::frame(const QString& id) const {
  for (const ResolvedFrame& f : frames_)
    if (f.item->id == id && !f.skipped) return &f;
  return nullptr;
}

std::vector<std::shared_ptr<const VectorLayer>> PagePainter::frameLayers(const LayoutItem& item) {
  std::vector<std::shared_ptr<const VectorLayer>> out;
  if (item.layers.isEmpty()) {
    for (const auto& l : context_.layers)
      if (l->visible) out.push_back(l);
    return out;
  }
  for (const QString& id : item.layers) {
    if (auto l = context_.layer(id)) out.push_back(l);
    else result_.warnings << QStringLiteral("%1: the map has no layer \"%2\"").arg(item.id, id);
  }
  return out;
}

Extent PagePainter::layersExtent(const QStringList& ids, const Crs& crs) const {
  Extent e;
  for (const auto& l : context_.layers) {
    if (!l->features || (ids.isEmpty() ? !l->visible : !ids.contains(l->id))) continue;
    auto t = CoordinateTransform::create(l->crs, crs);
    if (!t) continue;
    e.include(t->isIdentity() ? l->features->extent() : t->transformBounds(l->features->extent()));
  }
  return e;
}

Result<ResolvedFrame> PagePainter::resolveFrame(const LayoutItem& item) {
  ResolvedFrame f;
  f.item = &item;
  f.rectPx = pxRect(item.rectMm);
  Crs crs = item.crs.isEmpty() ? context_.displayCrs : Crs::fromUserInput(item.crs);
  if (!crs.isValid()) crs = Crs::fromEpsg(4545);
  if (!crs.isValid())
    return Result<ResolvedFrame>::fail(QStringLiteral("map item %1: field 'crs' is not a CRS: \"%2\"").arg(item.id, item.crs));

  Extent extent;
  auto atlasLayer = context_.layer(context_.atlasLayer);
  if (item.atlasDriven && atlasLayer && context_.atlasRow >= 0) {
    const Extent b = atlasLayer->features->bounds(std::size_t(context_.atlasRow));
    auto t = CoordinateTransform::create(atlasLayer->crs, crs);
    if (t) {
      extent = t->isIdentity() ? b : t->transformBounds(b);
      extent = extent.buffered(std::max(extent.width(), extent.height()) * layout_.atlas.marginFraction);
    }
  } else if (!item.extent.isEmpty()) {
    extent = item.extent;
    if (!item.extentCrs.isEmpty()) {
      const Crs from = Crs::fromUserInput(item.extentCrs);
      if (!from.isValid())
        return Result<ResolvedFrame>::fail(
            QStringLiteral("map item %1: field 'extent_crs' is not a CRS: \"%2\"").arg(item.id, item.extentCrs));
      auto t = CoordinateTransform::create(from, crs);
      if (!t) return Result<ResolvedFrame>::fail(QStringLiteral("map item %1: %2").arg(item.id, t.error()));
      extent = t->transformBounds(extent);
    }
  }
  if (extent.isEmpty()) extent = layersExtent(item.layers, crs).scaled(1.03);
  if (extent.isEmpty()) extent = Extent::fromCorners(0, 0, 1, 1);
  if (item.scale > 0) {
    // Fixed scale: the frame's size on paper times the scale, around the extent's centre.
    const double unitsPerMetre = 1.0 / MapSettings::metresPerMapUnit(crs, extent.centerY());
    const double w = item.rectMm.width() / 1000 * item.scale * unitsPerMetre;
    const double h = item.rectMm.height() / 1000 * item.scale * unitsPerMetre;
    extent = Extent::fromCorners(extent.centerX() - w / 2, extent.centerY() - h / 2, extent.centerX() + w / 2,
                                 extent.centerY() + h / 2);
  }
  const double aspect = item.rectMm.width() / item.rectMm.height();
  // Geographic frames are drawn in plate carrée; widen by latitude so the map is not squashed.
  f.visible = extent.expandedToAspect(aspect);
  f.settings.extent = f.visible;
  f.settings.destinationCrs = crs;
  f.settings.outputSize = QSize(std::max(1, qRound(f.rectPx.width())), std::max(1, qRound(f.rectPx.height())));
  f.settings.dpi = dpi_;
  f.settings.background = item.background.isValid() ? item.background : QColor(Qt::white);
  f.settings.drawLabels = item.labels;
  f.settings.basemap = context_.basemap;
  f.visible = f.settings.visibleExtent();

  const auto layers = frameLayers(item);
  for (const auto& l : layers) {
    LayerRenderSnapshot s = LayerRenderSnapshot::of(*l);
    if (item.atlasDriven && atlasLayer && l.get() == atlasLayer.get() && context_.atlasRow >= 0)
      s.highlighted.push_back(std::uint32_t(context_.atlasRow));
    f.settings.layers.push_back(std::move(s));
  }
  f.contents = FrameContents::scan(layers, crs, f.visible, context_.targets.get(), item.atlasDriven ? atlasLayer : nullptr,
                                   item.atlasDriven ? context_.atlasRow : -1);
  f.skipped = item.skipIfEmpty && f.contents.layerIds.isEmpty();
  return Result<ResolvedFrame>::ok(std::move(f));
}

double PagePainter::scaleOf(const ResolvedFrame& f) const {
  const double metres = f.visible.width() * MapSettings::metresPerMapUnit(f.settings.destinationCrs, f.visible.centerY());
  return metres / (f.item->rectMm.width() / 1000.0);
}

void PagePainter::paintItemFrame(const LayoutItem& item) {
  if (!item.frame) return;
  p_.save();
  p_.setPen(QPen(kInk, px(0.25)));
  p_.setBrush(Qt::NoBrush);
  p_.drawRect(pxRect(item.rectMm));
  p_.restore();
}

void PagePainter::paintFrame(const ResolvedFrame& f) {
  p_.save();
  p_.translate(f.rectPx.topLeft());
  RenderStats stats = MapPainter::paint(p_, f.settings, cancel_, context_.reprojectionCache.get());
  p_.restore();
  for (const QString& e : stats.errors) result_.warnings << QStringLiteral("%1: %2").arg(f.item->id, e);
  if (f.item->grid != GridKind::None) paintGrid(f);
  if (!f.item->overviewOf.isEmpty())
    if (const ResolvedFrame* of = frame(f.item->overviewOf)) paintOverviewBox(f, *of);
  if (!f.item->text.isEmpty()) {
    // Inset caption, top-left inside the frame on a white plate.
    TextStyle style{std::max(6.0, f.item->fontSizePt), true, kInk};
    const QString caption = context_.expand(f.item->text, layout_.title);
    const double w = text_.width(caption, style) + px(2);
    const QRectF plate(f.rectPx.left(), f.rectPx.top(), w, text_.lineHeight(style) + px(1));
    p_.fillRect(plate, QColor(255, 255, 255, 230));
    text_.draw(p_, QPointF(plate.left() + px(1), plate.top() + px(0.5) + text_.ascent(style)), caption, style);
  }
  paintItemFrame(*f.item);
}

// Densified transform of a polyline from `from` to the frame; points that fail are dropped.
QPolygonF projectedLine(const std::vector<std::pair<double, double>>& points, const CoordinateTransform& t,
                        const ResolvedFrame& f) {
  QPolygonF out;
  for (auto [x, y] : points)
    if (t.transformPoint(x, y)) out << f.rectPx.topLeft() + f.settings.toPixel(x, y);
  return out;
}

// Where a polyline first crosses the vertical line x = edge or horizontal line y = edge.
std::optional<QPointF> crossing(const QPolygonF& line, double edge, bool vertical) {
  for (qsizetype i = 1; i < line.size(); ++i) {
    const QPointF a = line[i - 1], b = line[i];
    const double va = vertical ? a.x() : a.y(), vb = vertical ? b.x() : b.y();
    if ((va - edge) * (vb - edge) <= 0 && va != vb) {
      const double t = (edge - va) / (vb - va);
      return a + (b - a) * t;
    }
  }
  return std::nullopt;
}

void PagePainter::paintGrid(const ResolvedFrame& f) {
  const Crs& crs = f.settings.destinationCrs;
  const bool graticule = f.item->grid == GridKind::Graticule;
  const Crs lineCrs = graticule ? Crs::fromEpsg(4326) : crs;
  auto toFrame = CoordinateTransform::create(lineCrs, crs);
  auto toLines = CoordinateTransform::create(crs, lineCrs);
  if (!toFrame || !toLines) return;
  const Extent bounds = toLines->isIdentity() ? f.visible : toLines->transformBounds(f.visible);
  const double spanX = bounds.width(), spanY = bounds.height();
  const double stepX = graticule ? NiceNumbers::graticuleStep(spanX, 4) : NiceNumbers::gridStep(spanX, 4);
  const double stepY = graticule ? NiceNumbers::graticuleStep(spanY, 4) : NiceNumbers::gridStep(spanY, 4);
  if (!(stepX > 0) || !(stepY > 0)) return;
  auto label = [&](double v, bool isX) {
    if (graticule) return NiceNumbers::degreesMinutes(v, isX);
    return NiceNumbers::km(v / 1000) + QStringLiteral(" km");
  };

  p_.save();
  p_.setClipRect(f.rectPx);
  p_.setPen(QPen(kGridColor, px(0.15)));
  const TextStyle style{6, false, QColor(40, 40, 40)};
  const double pad = px(0.8);
  constexpr int kSteps = 48;
  // Lines of constant x (meridians): labelled where they leave the frame at the bottom and top.
  for (double x = std::ceil(bounds.minX / stepX) * stepX; x <= bounds.maxX; x += stepX) {
    std::vector<std::pair<double, double>> pts;
    for (int i = 0; i <= kSteps; ++i) pts.emplace_back(x, bounds.minY + spanY * i / kSteps);
    const QPolygonF line = projectedLine(pts, toFrame.value(), f);
    p_.drawPolyline(line);
    const QString text = label(x, true);
    const double w = text_.width(text, style);
    if (auto c = crossing(line, f.rectPx.bottom(), false))
      text_.drawWithHalo(p_, QPointF(c->x() - w / 2, f.rectPx.bottom() - pad - text_.descent(style)), text, style, Qt::white, px(0.4));
    if (auto c = crossing(line, f.rectPx.top(), false))
      text_.drawWithHalo(p_, QPointF(c->x() - w / 2, f.rectPx.top() + pad + text_.ascent(style)), text, style, Qt::white, px(0.4));
  }
  // Lines of constant y (parallels): labelled at the left and right edges.
  for (double y = std::ceil(bounds.minY / stepY) * stepY; y <= bounds.maxY; y += stepY) {
    std::vector<std::pair<double, double>> pts;
    for (int i = 0; i <= kSteps; ++i) pts.emplace_back(bounds.minX + spanX * i / kSteps, y);
    const QPolygonF line = projectedLine(pts, toFrame.value(), f);
    p_.drawPolyline(line);
    const QString text = label(y, false);
    const double w = text_.width(text, style);
    const double mid = (text_.ascent(style) - text_.descent(style)) / 2;
    if (auto c = crossing(line, f.rectPx.left(), true))
      text_.drawWithHalo(p_, QPointF(f.rectPx.left() + pad, c->y() + mid), text, style, Qt::white, px(0.4));
    if (auto c = crossing(line, f.rectPx.right(), true))
      text_.drawWithHalo(p_, QPointF(f.rectPx.right() - pad - w, c->y() + mid), text, style, Qt::white, px(0.4));
  }
  p_.restore();
}

void PagePainter::paintOverviewBox(const ResolvedFrame& inset, const ResolvedFrame& of) {
  auto t = CoordinateTransform::create(of.settings.destinationCrs, inset.settings.destinationCrs);
  if (!t) return;
  const Extent e = of.visible;
  std::vector<std::pair<double, double>> ring;
  constexpr int n = 16;
  for (int i = 0; i < n; ++i) ring.emplace_back(e.minX + e.width() * i / n, e.minY);
  for (int i = 0; i < n; ++i) ring.emplace_back(e.maxX, e.minY + e.height() * i / n);
  for (int i = 0; i < n; ++i) ring.emplace_back(e.maxX - e.width() * i / n, e.maxY);
  for (int i = 0; i <= n; ++i) ring.emplace_back(e.minX, e.maxY - e.height() * i / n);
  const QPolygonF box = projectedLine(ring, t.value(), inset);
  p_.save();
  p_.setClipRect(inset.rectPx);
  p_.setPen(QPen(QColor(214, 39, 40), px(0.5)));
  p_.setBrush(QColor(214, 39, 40, 40));
  p_.drawPolygon(box);
  p_.restore();
}

void PagePainter::paintText(const LayoutItem& item) {
  if (item.background.isValid()) p_.fillRect(pxRect(item.rectMm), item.background);
  const TextStyle style{item.fontSizePt, item.bold, item.color};
  const QString text = context_.expand(item.text.isEmpty() && item.kind == LayoutItemKind::Title ? QStringLiteral("{title}") : item.text,
                                       layout_.title);
  const QRectF r = pxRect(item.rectMm).adjusted(px(1), 0, -px(1), 0);
  // Titles shrink to fit their box rather than overflow onto the map.
  TextStyle fitted = style;
  while (fitted.sizePt > 5 && text_.drawBlock(p_, r, text, fitted, item.align, false) > r.height() * 1.02) fitted.sizePt *= 0.92;
  text_.drawBlock(p_, r, text, fitted, item.align);
  paintItemFrame(item);
}

void PagePainter::paintSwatch(const QRectF& box, const LegendEntry& entry) {
  const Symbol& s = entry.symbol;
  QPen pen(s.stroke, std::max(px(s.strokeWidthMm), 0.5));
  pen.setStyle(entry.outline != Qt::SolidLine ? entry.outline : s.dash);
  if (s.stroke.alpha() == 0 || s.strokeWidthMm <= 0) pen = Qt::NoPen;
  p_.save();
  switch (entry.geometry) {
    case GeometryType::Line: {
      p_.setPen(pen);
      QPainterPath path;
      path.moveTo(box.left(), box.center().y() + box.height() * 0.2);
      path.cubicTo(box.left() + box.width() * 0.4, box.top(), box.left() + box.width() * 0.6, box.bottom(), box.right(),
                   box.center().y() - box.height() * 0.2);
      p_.drawPath(path);
      break;
    }
    case GeometryType::Point: {
      QPen markerPen(s.stroke, std::max(px(s.strokeWidthMm), 0.5));
      p_.setPen(s.stroke.alpha() ? markerPen : QPen(Qt::NoPen));
      p_.setBrush(s.fill);
      SymbolPainter::drawMarker(p_, box.center(), s.marker, std::min(px(s.markerSizeMm), box.height()));
      break;
    }
    default: {
      const QRectF r = box.adjusted(px(0.3), px(0.3), -px(0.3), -px(0.3));
      p_.setPen(Qt::NoPen);
      if (s.fill.alpha()) p_.fillRect(r, s.fill);
      if (s.hatch != Qt::NoBrush && s.hatch != Qt::SolidPattern) {
        QBrush hatch(s.hatchColor, s.hatch);
        hatch.setTransform(QTransform::fromScale(dpi_ / 96.0, dpi_ / 96.0));
        p_.fillRect(r, hatch);
      }
      p_.setPen(pen);
      p_.setBrush(Qt::NoBrush);
      p_.drawRect(r);
      break;
    }
  }
  p_.restore();
}

void PagePainter::paintLegend(const LayoutItem& item) {
  const ResolvedFrame* f = frame(item.mapId);
  if (!f) return;
  const QRectF r = pxRect(item.rectMm);
  if (item.background.isValid()) p_.fillRect(r, item.background);
  const QString title = item.text.isEmpty() ? QStringLiteral("图例") : context_.expand(item.text, layout_.title);
  const std::vector<LegendEntry>& entries = f->contents.legend;
  // Shrink the type until every entry fits in as many columns as the box allows: the legend is
  // complete or it is wrong.
  double size = item.fontSizePt;
  int columns = 1, perColumn = 1;
  double rowH = 0, titleH = 0;
  const double inner = px(2);
  for (;; size *= 0.92) {
    const TextStyle s{size, false, kInk};
    rowH = std::max(text_.lineHeight(s), px(size * 0.5)) * 1.15;
    titleH = text_.lineHeight(TextStyle{size * 1.25, true, kInk}) * 1.3;
    perColumn = std::max(1, int((r.height() - 2 * inner - titleH) / rowH));
    columns = int((entries.size() + std::size_t(perColumn) - 1) / std::size_t(perColumn));
    double widest = 0;
    for (const LegendEntry& e : entries)
      widest = std::max(widest, text_.width(e.text, TextStyle{size, e.kind == LegendEntry::Kind::LayerHeading, kInk}));
    const double columnW = widest + px(size * 0.55) + px(2);
    if ((columns * columnW <= r.width() - 2 * inner && columns >= 1) || size < 4.5) break;
  }
  const TextStyle titleStyle{size * 1.25, true, kInk};
  text_.draw(p_, QPointF(r.left() + inner, r.top() + inner + text_.ascent(titleStyle)), title, titleStyle);
  const double columnW = (r.width() - 2 * inner) / std::max(1, columns);
  const double swatchW = px(size * 0.55), swatchH = px(size * 0.36);
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const LegendEntry& e = entries[i];
    const int column = int(i) / perColumn, row = int(i) % perColumn;
    const double x = r.left() + inner + column * columnW;
    const double y = r.top() + inner + titleH + row * rowH;
    const bool heading = e.kind == LegendEntry::Kind::LayerHeading;
    const TextStyle s{size, heading, kInk};
    const double baseline = y + (rowH + text_.ascent(s) - text_.descent(s)) / 2;
    if (heading) {
      text_.draw(p_, QPointF(x, baseline), text_.elided(e.text, s, columnW - px(1)), s);
      continue;
    }
    paintSwatch(QRectF(x, y + (rowH - swatchH) / 2, swatchW, swatchH), e);
    text_.draw(p_, QPointF(x + swatchW + px(1.5), baseline), text_.elided(e.text, s, columnW - swatchW - px(2.5)), s);
  }
  paintItemFrame(item);
}

void PagePainter::paintScaleBar(const LayoutItem& item) {
  const ResolvedFrame* f = frame(item.mapId);
  if (!f) return;
  const QRectF r = pxRect(item.rectMm);
  const double scale = scaleOf(*f);
  const TextStyle s{item.fontSizePt, false, kInk};
  const QString unit = QStringLiteral("km");
  const double labelRoom = text_.width(QStringLiteral("0000 km"), s);
  const NiceNumbers::ScaleBar bar = NiceNumbers::scaleBar(scale, (item.rectMm.width() - labelRoom * 25.4 / dpi_ - 2), 4);
  if (bar.segments <= 0) return;
  const double segPx = px(bar.segmentMm);
  const double barH = px(1.6);
  const double x0 = r.left() + px(1);
  const double labelBase = r.top() + text_.ascent(s) + px(0.5);
  const double y0 = labelBase + text_.descent(s) + px(0.8);
  p_.save();
  p_.setPen(QPen(kInk, px(0.2)));
  for (int i = 0; i < bar.segments; ++i) {
    p_.setBrush(i % 2 == 0 ? kInk : QColor(Qt::white));
    p_.drawRect(QRectF(x0 + i * segPx, y0, segPx, barH));
  }
  p_.restore();
  for (int i = 0; i <= bar.segments; ++i) {
    QString label = NiceNumbers::km(bar.segmentKm * i);
    const double w = text_.width(label, s);
    text_.draw(p_, QPointF(x0 + i * segPx - w / 2, labelBase), label, s);
  }
  text_.draw(p_, QPointF(x0 + bar.segments * segPx + px(1.5) + text_.width(NiceNumbers::km(bar.segmentKm * bar.segments), s) / 2,
                         y0 + barH), unit, s);
  const QString ratio = NiceNumbers::scaleText(scale);
  text_.draw(p_, QPointF(x0, y0 + barH + px(1) + text_.ascent(s)), ratio, s);
  paintItemFrame(item);
}

void PagePainter::paintNorthArrow(const LayoutItem& item) {
  const ResolvedFrame* f = frame(item.mapId);
  const QRectF r = pxRect(item.rectMm);
  // True north at the frame's centre: on a Gauss-Krüger frame it leans by the meridian convergence.
  double angle = 0;
  if (f) {
    auto toGeo = CoordinateTransform::create(f->settings.destinationCrs, Crs::fromEpsg(4326));
    auto fromGeo = CoordinateTransform::create(Crs::fromEpsg(4326), f->settings.destinationCrs);
    double x = f->visible.centerX(), y = f->visible.centerY();
    if (toGeo && fromGeo && toGeo->transformPoint(x, y)) {
      double x1 = x, y1 = y + 0.05, x0 = x, y0 = y;
      if (fromGeo->transformPoint(x0, y0) && fromGeo->transformPoint(x1, y1)) {
        const QPointF a = f->settings.toPixel(x0, y0), b = f->settings.toPixel(x1, y1);
        angle = std::atan2(b.x() - a.x(), a.y() - b.y()) * 180 / M_PI;
      }
    }
  }
  const TextStyle s{item.fontSizePt > 0 ? item.fontSizePt : 10, true, kInk};
  const double letterH = text_.lineHeight(s);
  const double h = r.height() - letterH;
  const double w = std::min(r.width() * 0.5, h * 0.45);
  p_.save();
  p_.translate(r.center().x(), r.top() + letterH + h / 2);
  p_.rotate(angle);
  QPolygonF left, right;
  left << QPointF(0, -h / 2) << QPointF(-w / 2, h / 2) << QPointF(0, h * 0.28);
  right << QPointF(0, -h / 2) << QPointF(w / 2, h / 2) << QPointF(0, h * 0.28);
  p_.setPen(QPen(kInk, px(0.25), Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
  p_.setBrush(kInk);
  p_.drawPolygon(left);
  p_.setBrush(Qt::white);
  p_.drawPolygon(right);
  p_.restore();
  const double nw = text_.width(QStringLiteral("N"), s);
  text_.draw(p_, QPointF(r.center().x() - nw / 2, r.top() + text_.ascent(s)), QStringLiteral("N"), s);
  paintItemFrame(item);
}

void PagePainter::paintCallout(const LayoutItem& item) {
  const ResolvedFrame* f = frame(item.mapId);
  if (!f) return;
  const Crs anchorCrs = item.anchorCrs.isEmpty() ? Crs::fromEpsg(4326) : Crs::fromUserInput(item.anchorCrs);
  auto t = CoordinateTransform::create(anchorCrs, f->settings.destinationCrs);
  double x = item.anchorX, y = item.anchorY;
  const bool anchored = t && t->transformPoint(x, y) && f->visible.contains(x, y);
  const QRectF box = pxRect(item.rectMm);
  const TextStyle s{item.fontSizePt, item.bold, item.color};
  const QString text = context_.expand(item.text, layout_.title);
  const QRectF inner = box.adjusted(px(1.2), px(0.8), -px(1.2), -px(0.8));
  const double needed = text_.drawBlock(p_, inner, text, s, Qt::AlignLeft, false);
  const QRectF plate(box.left(), box.top(), box.width(), std::max(box.height(), needed + px(1.6)));
  p_.save();
  if (anchored) {
    const QPointF anchor = mapToPage(*f, x, y);
    // The leader leaves the plate at the point of its outline nearest to the anchor.
    const QPointF from(std::clamp(anchor.x(), plate.left(), plate.right()), std::clamp(anchor.y(), plate.top(), plate.bottom()));
    p_.setPen(QPen(kInk, px(0.3)));
    p_.drawLine(from, anchor);
    p_.setBrush(kInk);
    p_.drawEllipse(anchor, px(0.7), px(0.7));
  }
  p_.setPen(QPen(kInk, px(0.25)));
  p_.setBrush(item.background.isValid() ? item.background : QColor(255, 255, 255, 235));
  p_.drawRect(plate);
  p_.restore();
  text_.drawBlock(p_, plate.adjusted(px(1.2), px(0.8), -px(1.2), -px(0.8)), text, s, Qt::AlignLeft);
}

QColor statusColor(const QString& key) {
  return QColor::fromRgba(targetStatusRgba(targetStatusFromString(key).value_or(TargetStatus::NoData)));
}

void PagePainter::paintTargets(const LayoutItem& item) {
  const ResolvedFrame* f = frame(item.mapId);
  if (!f) return;
  const QRectF r = pxRect(item.rectMm);
  std::vector<TargetRow> rows;
  if (context_.targets) rows = context_.targets->rowsFor(f->contents.features);
  result_.targetRows = int(rows.size());
  const TextStyle s{item.fontSizePt, false, kInk};
  const TextStyle head{item.fontSizePt, true, kInk};
  const TextStyle titleStyle{item.fontSizePt * 1.2, true, kInk};
  const double rowH = text_.lineHeight(s) * 1.25;
  const QString title = item.text.isEmpty() ? QStringLiteral("规划目标（与图中要素关联）") : context_.expand(item.text, layout_.title);
  double y = r.top();
  text_.draw(p_, QPointF(r.left(), y + text_.ascent(titleStyle)), title, titleStyle);
  y += text_.lineHeight(titleStyle) * 1.2;
  static const double widths[] = {0.36, 0.19, 0.09, 0.19, 0.17};
  static const char* headers[] = {"指标", "目标值", "期限", "最新进展", "状态"};
  auto columnX = [&](int c) {
    double x = r.left();
    for (int i = 0; i < c; ++i) x += widths[i] * r.width();
    return x;
  };
  p_.fillRect(QRectF(r.left(), y, r.width(), rowH), QColor(235, 235, 235));
  for (int c = 0; c < 5; ++c)
    text_.draw(p_, QPointF(columnX(c) + px(0.8), y + (rowH + text_.ascent(head) - text_.descent(head)) / 2),
               QString::fromUtf8(headers[c]), head);
  y += rowH;
  if (rows.empty()) {
    text_.draw(p_, QPointF(r.left() + px(0.8), y + (rowH + text_.ascent(s) - text_.descent(s)) / 2),
               QStringLiteral("图中要素暂无关联的量化目标"), TextStyle{item.fontSizePt, false, QColor(110, 110, 110)});
    paintItemFrame(item);
    return;
  }
  const int fit = std::max(1, int((r.bottom() - y) / rowH));
  int shown = std::min({int(rows.size()), item.maxRows, fit});
  if (shown < int(rows.size()) && shown == fit) shown = std::max(0, fit - 1);  // keep a line for "另有 N 项"
  p_.save();
  p_.setPen(QPen(QColor(200, 200, 200), px(0.15)));
  for (int i = 0; i < shown; ++i) {
    const TargetRow& row = rows[std::size_t(i)];
    const double baseline = y + (rowH + text_.ascent(s) - text_.descent(s)) / 2;
    const QString cells[] = {row.indicator, row.value, row.deadline, row.latest, row.status};
    for (int c = 0; c < 5; ++c) {
      const double w = widths[c] * r.width() - px(1.6);
      double x = columnX(c) + px(0.8);
      if (c == 4) {
        p_.save();
        p_.setPen(Qt::NoPen);
        p_.setBrush(statusColor(row.statusKey));
        p_.drawEllipse(QPointF(x + px(1), y + rowH / 2), px(1), px(1));
        p_.restore();
        x += px(2.8);
      }
      text_.draw(p_, QPointF(x, baseline), text_.elided(cells[c], s, w - (c == 4 ? px(2.8) : 0)), s);
    }
    y += rowH;
    p_.drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
  }
  p_.restore();
  if (shown < int(rows.size()))
    text_.draw(p_, QPointF(r.left() + px(0.8), y + (rowH + text_.ascent(s) - text_.descent(s)) / 2),
               QStringLiteral("另有 %1 项关联目标未列出").arg(int(rows.size()) - shown),
               TextStyle{item.fontSizePt, false, QColor(110, 110, 110)});
  paintItemFrame(item);
}

void PagePainter::paintFooter(const LayoutItem& item) {
  const QRectF r = pxRect(item.rectMm);
  QStringList layerIds;
  bool schematic = false;
  for (const ResolvedFrame& f : frames_) {
    if (f.skipped) continue;
    for (const QString& id : f.contents.layerIds)
      if (!layerIds.contains(id)) layerIds << id;
    schematic = schematic || f.contents.hasSchematic;
  }
  result_.hasSchematic = schematic;
  QStringList first;
  if (!item.organisation.isEmpty()) first << QStringLiteral("编制单位：") + context_.expand(item.organisation, layout_.title);
  first << QStringLiteral("编制日期：") +
               (item.date.isEmpty() ? context_.date.toString(QStringLiteral("yyyy年M月d日")) : context_.expand(item.date, layout_.title));
  if (!item.approvalNumber.isEmpty()) first << QStringLiteral("审图号：") + item.approvalNumber;
  QString text = first.join(QStringLiteral("    "));
  QStringList sources;
  if (context_.attribution) sources = context_.attribution->linesFor(layerIds);
  // Layers the attribution file does not know (user data) bring their own line.
  for (const auto& l : context_.layers)
    if (layerIds.contains(l->id) && !l->attribution.isEmpty() && !sources.contains(l->attribution) &&
        (!context_.attribution || context_.attribution->sourcesOfLayer(l->id).isEmpty()))
      sources << l->attribution;
  if (context_.basemap && !context_.basemap->attribution().isEmpty()) sources << context_.basemap->attribution();
  if (!sources.isEmpty()) text += QStringLiteral("\n数据来源：") + sources.join(QStringLiteral("；"));
  if (schematic) text += QStringLiteral("\n注：图中示意性(schematic)要素位置与范围仅为示意，不作为权属或审批依据。");
  TextStyle s{item.fontSizePt, false, QColor(60, 60, 60)};
  const QRectF inner = r.adjusted(px(0.5), px(0.5), -px(0.5), -px(0.5));
  while (s.sizePt > 4 && text_.drawBlock(p_, inner, text, s, Qt::AlignLeft, false) > inner.height()) s.sizePt *= 0.93;
  text_.drawBlock(p_, inner, text, s, Qt::AlignLeft | Qt::AlignTop);
  paintItemFrame(item);
}

QString zoneName(const QString& zone) {
  if (zone == QLatin1String("core")) return QStringLiteral("秦岭核心保护区");
  if (zone == QLatin1String("key")) return QStringLiteral("秦岭重点保护区");
  if (zone == QLatin1String("general")) return QStringLiteral("秦岭一般保护区");
  return QStringLiteral("秦岭") + zone;
}

// The county statistics page type: one row per county with its Qinling zone areas, parks, mines,
// rivers and the status of its linked targets, a total row, and a note on how areas were computed.
// All text goes through LayoutText, so the PDF keeps it as searchable Chinese text.
void PagePainter::paintCountyStats(const LayoutItem& item) {
  const QRectF r = pxRect(item.rectMm);
  if (item.background.isValid()) p_.fillRect(r, item.background);
  const QString title = item.text.isEmpty() ? QStringLiteral("各县（市、区）规划统计") : context_.expand(item.text, layout_.title);
  const CountyStatistics* stats = context_.countyStatistics.get();
  std::optional<CountyStatistics> local;
  if (!stats) {
    // A caller that did not prepare them (a one-off paint): compute here, on the painting thread.
    LayoutContext copy = context_;
    if (Status s = copy.ensureCountyStatistics(layout_); !s) result_.warnings << QStringLiteral("%1: %2").arg(item.id, s.error());
    if (copy.countyStatistics) local = *copy.countyStatistics;
    stats = local ? &*local : nullptr;
  }
  if (cancelled()) return;
  const TextStyle grey{item.fontSizePt, false, QColor(110, 110, 110)};
  if (!stats || stats->rows().empty()) {
    const TextStyle titleStyle{item.fontSizePt * 1.3, true, kInk};
    text_.draw(p_, QPointF(r.left(), r.top() + text_.ascent(titleStyle)), title, titleStyle);
    text_.draw(p_, QPointF(r.left(), r.top() + text_.lineHeight(titleStyle) * 1.3 + text_.ascent(grey)),
               QStringLiteral("县区统计不可用（缺少县界图层）"), grey);
    paintItemFrame(item);
    return;
  }
  for (const QString& w : stats->warnings()) result_.warnings << QStringLiteral("%1: %2").arg(item.id, w);

  // The atlas county, if this page is one, is highlighted in the table.
  QString atlasCounty;
  if (auto l = context_.layer(context_.atlasLayer); l && l->features && context_.atlasRow >= 0) {
    const int field = l->features->attributes().fieldIndex(QStringLiteral("name_zh"));
    if (field >= 0) atlasCounty = l->features->attributes().text(std::size_t(context_.atlasRow), field);
  }

  static const char* kStatusKeys[] = {"achieved", "on_track", "at_risk", "behind", "no_data"};

  QStringList zones;
  for (const auto& [zone, km2] : stats->rows().front().zoneAreaKm2) zones << zone;
  struct Column {
    QString name, unit;
    bool number = true;
  };
  std::vector<Column> columns{{QStringLiteral("县（市、区）"), QString(), false}, {QStringLiteral("面积"), QStringLiteral("km²")}};
  for (const QString& z : zones) columns.push_back({zoneName(z), QStringLiteral("km²")});
  columns.push_back({QStringLiteral("国家公园"), QStringLiteral("km²")});
  columns.push_back({QStringLiteral("公园"), QStringLiteral("个")});
  columns.push_back({QStringLiteral("飞地园区"), QStringLiteral("个")});
  columns.push_back({QStringLiteral("矿山修复"), QStringLiteral("处")});
  columns.push_back({QStringLiteral("河流长度"), QStringLiteral("km")});
  columns.push_back({QStringLiteral("汉江干流"), QStringLiteral("km")});
  columns.push_back({QStringLiteral("关联规划事项"), QStringLiteral("项")});
  columns.push_back({QStringLiteral("关联目标及状态"), QString(), false});
  const int nCols = int(columns.size());
  const int statusCol = nCols - 1;

  auto fmt = [](double v, int decimals) { return QString::number(v, 'f', decimals); };
  std::vector<QStringList> cells;
  std::vector<std::array<int, 5>> statusCounts;
  CountyStatistics::Row total;
  total.county = QStringLiteral("合计");
  std::vector<double> zoneTotals(std::size_t(zones.size()), 0);
  std::array<int, 5> totalStatus{};
  auto rowCells = [&](const CountyStatistics::Row& row, const std::vector<double>& zoneKm2, int items) {
    QStringList c{row.county, fmt(row.areaKm2, 1)};
    for (double v : zoneKm2) c << fmt(v, 1);
    c << fmt(row.nationalParkKm2, 1) << QString::number(row.parkCount) << QString::number(row.enclaveParkCount)
      << QString::number(row.mineCount) << fmt(row.riverLengthKm, 1) << fmt(row.hanRiverLengthKm, 1) << QString::number(items);
    return c;
  };
  int totalItems = 0;
  for (const CountyStatistics::Row& row : stats->rows()) {
    std::vector<double> zoneKm2;
    for (int z = 0; z < zones.size(); ++z) {
      double v = 0;
      for (const auto& [zone, km2] : row.zoneAreaKm2)
        if (zone == zones[z]) v = km2;
      zoneKm2.push_back(v);
      zoneTotals[std::size_t(z)] += v;
    }
    std::array<int, 5> counts{};
    for (const CountyStatistics::LinkedItem& li : row.items)
      for (int k = 0; k < 5; ++k)
        if (li.status == QLatin1String(kStatusKeys[k])) ++counts[std::size_t(k)];
    for (int k = 0; k < 5; ++k) totalStatus[std::size_t(k)] += counts[std::size_t(k)];
    QStringList c = rowCells(row, zoneKm2, int(row.items.size()));
    c << QString::number(row.targetCount());
    cells.push_back(c);
    statusCounts.push_back(counts);
    total.areaKm2 += row.areaKm2;
    total.nationalParkKm2 += row.nationalParkKm2;
    total.parkCount += row.parkCount;
    total.enclaveParkCount += row.enclaveParkCount;
    total.mineCount += row.mineCount;
    total.riverLengthKm += row.riverLengthKm;
    total.hanRiverLengthKm += row.hanRiverLengthKm;
    totalItems += int(row.items.size());
  }
  const int shownRows = std::min(int(cells.size()), item.maxRows);

  // Type size: the largest (up to the item's) at which header, rows, total and the note fit.
  double size = item.fontSizePt;
  std::vector<double> widths(std::size_t(nCols), 0);
  double rowH = 0, headH = 0, titleH = 0, noteH = 0;
  for (;; size *= 0.93) {
    const TextStyle s{size, false, kInk}, b{size, true, kInk};
    rowH = text_.lineHeight(s) * 1.45;
    headH = text_.lineHeight(b) * 2.3;
    titleH = text_.lineHeight(TextStyle{size * 1.3, true, kInk}) * 1.35;
    noteH = text_.lineHeight(grey) * 2.4;
    double sum = 0;
    for (int c = 0; c < nCols; ++c) {
      double w = std::max(text_.width(columns[std::size_t(c)].name, b), text_.width(columns[std::size_t(c)].unit, s));
      if (c == statusCol) {
        w = std::max(w, text_.width(QStringLiteral("00  ●00 ●00 ●00 ●00 ●00"), s));
      } else {
        for (const QStringList& row : cells) w = std::max(w, text_.width(row[c], c == 0 ? b : s));
      }
      widths[std::size_t(c)] = w + px(4);
      sum += widths[std::size_t(c)];
    }
    const double height = titleH + headH + rowH * (shownRows + 1) + noteH;
    if ((sum <= r.width() && height <= r.height()) || size < 4.5) {
      // Spare width goes to the columns evenly, so the table spans its box.
      const double extra = std::max(0.0, r.width() - sum) / nCols;
      for (double& w : widths) w += extra;
      break;
    }
  }
  const TextStyle s{size, false, kInk}, b{size, true, kInk};
  const TextStyle titleStyle{size * 1.3, true, kInk};
  const TextStyle unitStyle{size * 0.85, false, QColor(90, 90, 90)};
  const TextStyle noteStyle{std::max(4.0, size * 0.85), false, QColor(90, 90, 90)};
  double y = r.top();
  text_.draw(p_, QPointF(r.left(), y + text_.ascent(titleStyle)), title, titleStyle);
  y += titleH;
  auto columnX = [&](int c) {
    double x = r.left();
    for (int i = 0; i < c; ++i) x += widths[std::size_t(i)];
    return x;
  };
  auto drawCell = [&](int c, double top, double h, const QString& text, const TextStyle& style, bool number) {
    const double w = widths[std::size_t(c)];
    const QString shown = text_.elided(text, style, w - px(3));
    const double tw = text_.width(shown, style);
    const double x = number ? columnX(c) + w - px(2) - tw : columnX(c) + px(2);
    text_.draw(p_, QPointF(x, top + (h + text_.ascent(style) - text_.descent(style)) / 2), shown, style);
  };
  // Header: name over unit, on a grey band.
  p_.fillRect(QRectF(r.left(), y, r.width(), headH), QColor(232, 236, 240));
  for (int c = 0; c < nCols; ++c) {
    const Column& col = columns[std::size_t(c)];
    if (col.unit.isEmpty()) {
      drawCell(c, y, headH, col.name, b, col.number);
    } else {
      drawCell(c, y, headH * 0.58, col.name, b, col.number);
      drawCell(c, y + headH * 0.45, headH * 0.55, col.unit, unitStyle, col.number);
    }
  }
  y += headH;
  auto drawStatus = [&](double top, int targets, const std::array<int, 5>& counts, const TextStyle& style) {
    double x = columnX(statusCol) + px(2);
    const double mid = top + rowH / 2;
    const QString n = QString::number(targets);
    text_.draw(p_, QPointF(x, top + (rowH + text_.ascent(style) - text_.descent(style)) / 2), n, style);
    x += text_.width(QStringLiteral("00"), style) + px(2);
    for (int k = 0; k < 5; ++k) {
      if (counts[std::size_t(k)] == 0) continue;
      p_.save();
      p_.setPen(Qt::NoPen);
      p_.setBrush(statusColor(QString::fromLatin1(kStatusKeys[k])));
      const double radius = text_.ascent(s) * 0.32;
      p_.drawEllipse(QPointF(x + radius, mid), radius, radius);
      p_.restore();
      x += radius * 2 + px(0.5);
      const QString count = QString::number(counts[std::size_t(k)]);
      text_.draw(p_, QPointF(x, top + (rowH + text_.ascent(style) - text_.descent(style)) / 2), count, style);
      x += text_.width(count, style) + px(1.5);
    }
  };
  p_.save();
  for (int i = 0; i < shownRows; ++i) {
    const QStringList& row = cells[std::size_t(i)];
    const bool highlight = !atlasCounty.isEmpty() && row[0] == atlasCounty;
    if (highlight) p_.fillRect(QRectF(r.left(), y, r.width(), rowH), QColor(255, 240, 180));
    else if (i % 2 == 1) p_.fillRect(QRectF(r.left(), y, r.width(), rowH), QColor(246, 247, 249));
    for (int c = 0; c < statusCol; ++c) drawCell(c, y, rowH, row[c], c == 0 || highlight ? b : s, columns[std::size_t(c)].number);
    drawStatus(y, row[statusCol].toInt(), statusCounts[std::size_t(i)], highlight ? b : s);
    y += rowH;
  }
  // Total row between two rules.
  p_.setPen(QPen(kInk, px(0.25)));
  p_.drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
  {
    QStringList c = rowCells(total, zoneTotals, totalItems);
    int targets = 0;
    for (const QStringList& row : cells) targets += row[statusCol].toInt();
    for (int col = 0; col < statusCol; ++col) drawCell(col, y, rowH, c[col], b, columns[std::size_t(col)].number);
    drawStatus(y, targets, totalStatus, b);
  }
  y += rowH;
  p_.drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
  p_.setPen(QPen(kInk, px(0.35)));
  p_.drawLine(QPointF(r.left(), r.top() + titleH), QPointF(r.right(), r.top() + titleH));
  p_.restore();

  // Note: the status colours and how the figures were computed.
  y += text_.lineHeight(noteStyle) * 0.4;
  double x = r.left();
  const double base = y + text_.ascent(noteStyle);
  text_.draw(p_, QPointF(x, base), QStringLiteral("目标状态："), noteStyle);
  x += text_.width(QStringLiteral("目标状态："), noteStyle);
  for (int k = 0; k < 5; ++k) {
    const double radius = text_.ascent(noteStyle) * 0.32;
    p_.save();
    p_.setPen(Qt::NoPen);
    p_.setBrush(statusColor(QString::fromLatin1(kStatusKeys[k])));
    p_.drawEllipse(QPointF(x + radius, base - text_.ascent(noteStyle) * 0.35), radius, radius);
    p_.restore();
    x += radius * 2 + px(0.6);
    const QString name = targetStatusZh(targetStatusFromString(QString::fromLatin1(kStatusKeys[k])).value_or(TargetStatus::NoData));
    text_.draw(p_, QPointF(x, base), name, noteStyle);
    x += text_.width(name, noteStyle) + px(2.5);
  }
  QString note = QStringLiteral("面积与长度在以本市为中心的 Lambert 等积投影中计算（椭球面真值）；秦岭分区、国家公园等示意性范围的统计值仅供规划参考。");
  if (shownRows < int(cells.size())) note += QStringLiteral("另有 %1 个县区未列出。").arg(int(cells.size()) - shownRows);
  text_.draw(p_, QPointF(r.left(), base + text_.lineHeight(noteStyle) * 1.1), note, noteStyle);
  paintItemFrame(item);
}

Result<PageResult> PagePainter::run() {
  // Frames first, so legends, tables and the footer know what the frames show.
  for (const LayoutItem& item : layout_.items) {
    if (item.kind != LayoutItemKind::Map) continue;
    auto f = resolveFrame(item);
    if (!f) return Result<PageResult>::fail(f.error());
    frames_.push_back(std::move(f.value()));
  }
  p_.save();
  p_.setRenderHint(QPainter::Antialiasing, true);
  p_.setRenderHint(QPainter::TextAntialiasing, true);
  for (const LayoutItem& item : layout_.items) {
    if (cancelled()) break;
    switch (item.kind) {
      case LayoutItemKind::Map:
        if (const ResolvedFrame* f = frame(item.id)) paintFrame(*f);
        break;
      case LayoutItemKind::Title:
      case LayoutItemKind::Subtitle:
      case LayoutItemKind::Text: paintText(item); break;
      case LayoutItemKind::Legend: paintLegend(item); break;
      case LayoutItemKind::ScaleBar: paintScaleBar(item); break;
      case LayoutItemKind::NorthArrow: paintNorthArrow(item); break;
      case LayoutItemKind::Callout: paintCallout(item); break;
      case LayoutItemKind::TargetsTable: paintTargets(item); break;
      case LayoutItemKind::Footer: paintFooter(item); break;
      case LayoutItemKind::CountyStats: paintCountyStats(item); break;
    }
  }
  p_.restore();
  for (const ResolvedFrame& f : frames_) {
    if (f.skipped) continue;
    result_.frames.push_back({f.item->rectMm, f.visible, f.settings.destinationCrs, f.item->id});
    result_.hasSchematic = result_.hasSchematic || f.contents.hasSchematic;
  }
  std::stable_sort(result_.frames.begin(), result_.frames.end(), [](const PdfGeoFrame& a, const PdfGeoFrame& b) {
    return a.rectMm.width() * a.rectMm.height() > b.rectMm.width() * b.rectMm.height();
  });
  if (cancelled()) return Result<PageResult>::fail(QStringLiteral("cancelled"));
  return Result<PageResult>::ok(std::move(result_));
}

}  // namespace

Result<PageResult> LayoutRenderer::paint(QPainter& painter, const Layout& layout, const LayoutContext& context, double dpi,
                                         const std::atomic<bool>* cancel) {
  PagePainter page(painter, layout, context, dpi, cancel);
  return page.run();
}

}  // namespace planmap
