#pragma once

#include <QFrame>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

class QLabel;
class QHBoxLayout;
class QPushButton;
class QTimer;

namespace planmap {

// A non-blocking message strip above the map (QGIS's message bar): "encoding was guessed as GBK —
// Change…". It never takes focus away from the map and closes by itself after a while unless it
// offers an action.
class MessageBar : public QFrame {
  Q_OBJECT
 public:
  enum class Level { Info, Warning, Critical };

  explicit MessageBar(QWidget* parent = nullptr);
  // Replaces any current message. Buttons are created for `actions` (text → callback).
  struct Action {
    QString text;
    std::function<void()> callback;
  };
  void showMessage(const QString& text, Level level = Level::Info, const QList<Action>& actions = {});
  QString text() const;
  QStringList actionTexts() const;
  // Triggers the action button with this index (for tests and keyboard users).
  void trigger(int action);

 private:
  QLabel* icon_;
  QLabel* label_;
  QHBoxLayout* buttons_;
  QList<QPushButton*> actionButtons_;
  QTimer* hideTimer_;
};

}  // namespace planmap
