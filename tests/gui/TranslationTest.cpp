#include "GuiFixture.h"

#include "LayerTreeDock.h"
#include "LayerTreeModel.h"

#include <QAction>
#include <QLabel>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QToolBar>

namespace planmap::test {
namespace {

// Words that stay Latin in the Chinese UI: codes, units, product names.
bool acceptableLatin(const QString& text) {
  static const QRegularExpression allowed(
      QStringLiteral("PlanMap|EPSG|Shapefile|GeoPackage|GeoJSON|FlatGeobuf|KML|ZIP|GIS|WKT|PROJ|GDAL|PostGIS|PostgreSQL|Qt|CGCS2000|WGS|UTM|Gauss-Kruger|Pseudo-Mercator|zone|CM|[0-9]+E|km|CSV|PNG|PDF|TIFF|JSON|tk|English|"
                     "Lon|Lat|&[A-Za-z]|\\b[A-Za-z]\\b"));
  QString rest = text;
  rest.remove(allowed);
  return !rest.contains(QRegularExpression(QStringLiteral("[A-Za-z]{2,}")));
}

class TranslationTest : public GuiFixture {};

TEST_F(TranslationTest, NoEnglishLeftInTheChineseUi) {
  QStringList english;
  auto check = [&](const QString& text) {
    if (!text.isEmpty() && !acceptableLatin(text)) english << text;
  };
  std::function<void(QMenu*)> walk = [&](QMenu* menu) {
    check(menu->title());
    for (QAction* a : menu->actions()) {
      if (a->menu()) walk(a->menu());
      else if (!a->isSeparator()) check(a->text());
    }
  };
  for (QAction* a : window->menuBar()->actions())
    if (a->menu()) walk(a->menu());
  for (QToolBar* bar : window->findChildren<QToolBar*>()) {
    check(bar->windowTitle());
    for (QAction* a : bar->actions()) check(a->text());
  }
  for (QDockWidget* dock : window->findChildren<QDockWidget*>()) check(dock->windowTitle());
  for (QWidget* w : window->findChildren<QWidget*>()) {
    // The data credits under the map are source names and licences, not UI words.
    if (w->objectName() == QStringLiteral("attributionBar")) continue;
    check(w->toolTip());
    if (auto* label = qobject_cast<QLabel*>(w)) check(label->text());
  }
  // The layer tree's group names are Chinese too.
  const auto* model = window->layerTree()->model();
  for (int g = 0; g < model->rowCount(); ++g) check(model->index(g, 0).data().toString());
  EXPECT_TRUE(english.isEmpty()) << english.join(QStringLiteral(" | ")).toStdString();
}

}  // namespace
}  // namespace planmap::test
