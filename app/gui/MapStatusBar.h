#pragma once

#include <QObject>
#include <QPointF>
#include <QString>

class QComboBox;
class QLabel;
class QLineEdit;
class QStatusBar;
class QWidget;

namespace planmap {

class Crs;
class MapCanvas;
class MapDocument;
class MessageBar;

// The window's status bar: cursor position (lon/lat and display CRS), measurement, render time,
// the editable map scale and the display coordinate system. `permanent` widgets (load progress,
// the team-store badge…) go before the scale.
class MapStatusBar : public QObject {
  Q_OBJECT
 public:
  MapStatusBar(QStatusBar* bar, MapDocument& document, MapCanvas* canvas, MessageBar* messages,
               const QList<QWidget*>& permanent, QObject* parent);

  QString scaleText() const;
  // Sets the document's display CRS and shows it in the chooser (adding it when it is not listed).
  void setDisplayCrs(const Crs& crs);

  // "1:250000", "1 : 250 000", "1:250,000", "250000", "1:25万" → 250000; 0 when it is no scale.
  static double parseScale(QString text);
  // Three significant digits with the locale's thousands separator: "1:251,000" / "1:251,000".
  static QString formatScale(double denominator);

 private:
  void updateCoordinates(const QPointF& mapPoint);
  void updateScale();
  void applyScaleText();
  void chooseCrs(int index);

  MapDocument& document_;
  MapCanvas* canvas_;
  MessageBar* messages_;
  QLabel* lonLatLabel_;
  QLabel* xyLabel_;
  QLabel* measureLabel_;
  QLabel* renderLabel_;
  QLineEdit* scaleEdit_;
  QComboBox* crsCombo_;
};

}  // namespace planmap
