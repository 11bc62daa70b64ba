#pragma once

#include "Result.h"

#include <QObject>
#include <QString>
#include <functional>

class QWidget;

namespace planmap {

class MapCanvas;
class MessageBar;
class Project;
class ProjectAutosave;

// The window's side of the project file: the title with its unsaved-changes mark, Save / Save As,
// the "save changes?" question before the project is dropped, and autosave to a side file. Saving
// is ProjectWriter's atomic write, so a failed save leaves the old file whole and says why.
class ProjectController : public QObject {
  Q_OBJECT
 public:
  enum class SaveChoice { Save, Discard, Cancel };
  // Asked before unsaved changes would be lost; tests answer without a dialog.
  using SaveQuestion = std::function<SaveChoice(const QString& projectName)>;
  // Asked for a file name on "Save As" (empty = cancelled); tests answer without a dialog.
  using PathQuestion = std::function<QString(const QString& suggestion)>;

  // `autosaveSeconds` 0 = no autosave (tests that don't want side files).
  ProjectController(Project& project, QWidget* window, MapCanvas* canvas, MessageBar* messages,
                    int autosaveSeconds, QObject* parent = nullptr);
  ~ProjectController() override;

  QString displayName() const;
  // Save to the project's file, or ask for one when it has none. False when cancelled or failed
  // (the message bar says why).
  bool save();
  bool saveAs();
  bool saveTo(const QString& path);
  // True when the project may be dropped: it is unchanged, or the planner saved or discarded it.
  bool maybeSave();
  // The planner chose to drop the project (after maybeSave): the autosave side file goes too.
  void discardAutosave();
  ProjectAutosave* autosave() const { return autosave_; }

  void setSaveQuestion(SaveQuestion question) { saveQuestion_ = std::move(question); }
  void setPathQuestion(PathQuestion question) { pathQuestion_ = std::move(question); }

  static QString fileFilter();

 Q_SIGNALS:
  void saved(const QString& path);

 private:
  void updateTitle();

  Project& project_;
  QWidget* window_;
  MapCanvas* canvas_;
  MessageBar* messages_;
  ProjectAutosave* autosave_ = nullptr;
  SaveQuestion saveQuestion_;
  PathQuestion pathQuestion_;
};

}  // namespace planmap
