#pragma once

#include <QLabel>
#include <QStringList>

namespace planmap {

// The credits of what the map shows, as one compact line along the map's lower edge, outside the
// map (it never covers a feature). Elided to the width; the full credits show on hover and on
// click. Exports print the full credits themselves (layouts' attribution item).
class AttributionBar : public QLabel {
  Q_OBJECT
 public:
  explicit AttributionBar(QWidget* parent = nullptr);

  void setCredits(const QStringList& credits);
  const QStringList& credits() const { return credits_; }
  // The full credits, one per line (the tooltip).
  QString fullText() const;

 protected:
  void resizeEvent(QResizeEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;

 private:
  void updateText();

  QStringList credits_;
};

}  // namespace planmap
