#pragma once

#include <QDialog>

class QLabel;
class QSpinBox;

namespace planmap {

// Settings → Geometry cache: where big layers' geometry caches live, how much they take, the size
// cap (least recently opened files are deleted beyond it) and a button to clear them (LayerCache).
class GeometryCacheDialog : public QDialog {
  Q_OBJECT
 public:
  explicit GeometryCacheDialog(QWidget* parent = nullptr);

 private:
  void refresh();
  QLabel* used_;
  QSpinBox* cap_;
};

}  // namespace planmap
