#pragma once

#include "LayerSource.h"
#include "PostGisServerProbe.h"

#include <QDialog>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;
class QDialogButtonBox;

namespace planmap {

// "Add PostGIS layers": host, port, database, user or a pg_service.conf service name; "Test
// connection" connects, checks PostGIS and lists the spatial tables on a worker thread (the dialog
// stays responsive; a later test supersedes a running one), and the planner ticks the tables to
// add. The password is never stored: libpq finds it in ~/.pgpass, a service file or PGPASSWORD;
// when the server still asks for one the dialog prompts once and keeps it in memory for the session
// only (PostGisSessionPasswords), so the layers it returns can be opened and retried without asking
// again. Recent connections (without passwords) are kept in QSettings "postgis/recentConnections"
// when `rememberRecent` is true.
//
// The window: `PostGisConnectionDialog d(this); if (d.exec() == QDialog::Accepted) for (auto& s :
// d.selectedSources()) load s` — each LayerSource has kind PostGis, `connection` (no password) and
// `layerName` "schema.table"; PostGisLayerSource::load(s.connection, s.layerName) opens it.
class PostGisConnectionDialog : public QDialog {
  Q_OBJECT
 public:
  explicit PostGisConnectionDialog(QWidget* parent = nullptr, bool rememberRecent = true);
  ~PostGisConnectionDialog() override;

  // Fills the fields from a connection text ("host=… dbname=…", "service=…", "postgresql://…").
  void setConnection(const QString& text);
  // The connection the fields describe, without password ("host='db' port='5432' dbname='plan' …").
  QString connectionText() const;

  // The ticked tables as project layer sources.
  QList<LayerSource> selectedSources() const;
  // What the last successful test listed (empty before it).
  const std::vector<SpatialTableInfo>& tables() const { return tables_; }
  // Ticks the table "schema.table"; false when it is not in the list.
  bool setTableChecked(const QString& qualifiedName, bool checked);
  // The status line under the fields (the result of the last test, or the error).
  QString statusText() const;
  bool isBusy() const { return busy_; }

  // Asks for the password when the server wants one; returns nothing when the planner cancels.
  // Default: a QInputDialog in password mode. Tests replace it.
  using PasswordPrompt = std::function<std::optional<QString>(const QString& display)>;
  void setPasswordPrompt(PasswordPrompt prompt) { prompt_ = std::move(prompt); }

 public slots:
  // Connects and lists the tables off the UI thread; the result arrives as testFinished().
  void testConnection();

 signals:
  // After each test: ok, and the status line (tables found, or why it failed).
  void testFinished(bool ok, const QString& message);
  // On OK, the same list selectedSources() returns.
  void sourcesChosen(const QList<planmap::LayerSource>& sources);

 private:
  void start(bool afterPrompt);
  void finish(const PostGisServerProbe::Report& report, bool afterPrompt);
  void setBusy(bool busy);
  void showTables();
  void updateOkButton();
  void loadRecent();
  void rememberRecent();
  void applyRecent(int index);
  QString failureText(const PostGisServerProbe::Report& report) const;

  QComboBox* recent_ = nullptr;
  QLineEdit* service_ = nullptr;
  QLineEdit* host_ = nullptr;
  QSpinBox* port_ = nullptr;
  QLineEdit* database_ = nullptr;
  QLineEdit* user_ = nullptr;
  QPushButton* testButton_ = nullptr;
  QLabel* status_ = nullptr;
  QTreeWidget* list_ = nullptr;
  QDialogButtonBox* buttons_ = nullptr;

  PasswordPrompt prompt_;
  std::vector<SpatialTableInfo> tables_;
  QString listedConnection_;  // the connection the listed tables came from
  bool remember_ = true;
  bool busy_ = false;
  int generation_ = 0;
};

}  // namespace planmap
