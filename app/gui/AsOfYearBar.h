#pragma once

#include <QToolBar>

class QLabel;
class QSlider;

namespace planmap {

// The "as of" year of the whole window (2021…2030): target statuses, the target-status map theme,
// the progress editor and the evaluation report are judged at it. Starts at this year, clamped.
class AsOfYearBar : public QToolBar {
  Q_OBJECT
 public:
  static constexpr int kFirstYear = 2021;
  static constexpr int kLastYear = 2030;

  explicit AsOfYearBar(QWidget* parent = nullptr);
  int year() const;
  void setYear(int year);

 Q_SIGNALS:
  void yearChanged(int year);

 private:
  QSlider* slider_;
  QLabel* value_;
};

}  // namespace planmap
