#include "PostGisConnectionDialog.h"

#include "ConnectionString.h"
#include "PostGisSessionPasswords.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace planmap {
namespace {

constexpr const char* kRecentKey = "postgis/recentConnections";
constexpr int kMaxRecent = 8;
constexpr int kDefaultPort = 5432;
// "Test connection" may wait a little longer than opening a project: the planner asked for it and
// sees it running, and a slow VPN deserves a chance.
constexpr int kTestTimeoutSeconds = 5;

enum Column { ColSchema, ColTable, ColTitle, ColGeometry, ColType, ColSrid, ColRows, ColCount };

}  // namespace

PostGisConnectionDialog::PostGisConnectionDialog(QWidget* parent, bool rememberRecent)
    : QDialog(parent), remember_(rememberRecent) {
  setWindowTitle(tr("Add PostGIS layers"));
  auto* layout = new QVBoxLayout(this);

  auto* form = new QFormLayout();
  recent_ = new QComboBox(this);
  form->addRow(tr("Recent:"), recent_);
  service_ = new QLineEdit(this);
  service_->setPlaceholderText(tr("optional: a name from pg_service.conf"));
  form->addRow(tr("Service:"), service_);
  host_ = new QLineEdit(QStringLiteral("localhost"), this);
  form->addRow(tr("Host:"), host_);
  port_ = new QSpinBox(this);
  port_->setRange(1, 65535);
  port_->setValue(kDefaultPort);
  port_->setGroupSeparatorShown(false);
  port_->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
  port_->setMinimumWidth(90);
  form->addRow(tr("Port:"), port_);
  database_ = new QLineEdit(this);
  form->addRow(tr("Database:"), database_);
  user_ = new QLineEdit(qEnvironmentVariable("USER"), this);
  form->addRow(tr("User:"), user_);
  layout->addLayout(form);

  auto* note = new QLabel(tr("The password is never saved: PlanMap uses ~/.pgpass, the service file or PGPASSWORD, "
                             "and asks once per session if the server still wants one."),
                          this);
  note->setWordWrap(true);
  note->setEnabled(false);  // greyed: a hint, not a field
  layout->addWidget(note);

  auto* testRow = new QHBoxLayout();
  testButton_ = new QPushButton(tr("Test connection"), this);
  testRow->addWidget(testButton_, 0, Qt::AlignTop);
  status_ = new QLabel(tr("Not connected."), this);
  status_->setWordWrap(true);
  status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  testRow->addWidget(status_, 1);
  layout->addLayout(testRow);

  list_ = new QTreeWidget(this);
  list_->setColumnCount(ColCount);
  list_->setHeaderLabels({tr("Schema"), tr("Table"), tr("Title"), tr("Geometry column"), tr("Type"), tr("SRID"), tr("Estimated rows")});
  list_->setRootIsDecorated(false);
  list_->setUniformRowHeights(true);
  list_->setAlternatingRowColors(true);
  list_->header()->setStretchLastSection(false);
  list_->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
  list_->header()->setSectionResizeMode(ColTitle, QHeaderView::Stretch);
  list_->setMinimumHeight(200);
  layout->addWidget(list_, 1);

  buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  buttons_->button(QDialogButtonBox::Ok)->setText(tr("Add layers"));
  buttons_->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
  layout->addWidget(buttons_);

  prompt_ = [this](const QString& display) -> std::optional<QString> {
    bool ok = false;
    const QString password = QInputDialog::getText(this, tr("PostgreSQL password"),
                                                   tr("The server %1 asks for a password.\nIt is kept in memory for this "
                                                      "session only, never saved.").arg(display),
                                                   QLineEdit::Password, QString(), &ok);
    if (!ok) return std::nullopt;
    return password;
  };

  connect(testButton_, &QPushButton::clicked, this, &PostGisConnectionDialog::testConnection);
  connect(list_, &QTreeWidget::itemChanged, this, [this] { updateOkButton(); });
  connect(buttons_, &QDialogButtonBox::accepted, this, [this] {
    const QList<LayerSource> sources = selectedSources();
    if (sources.isEmpty()) return;
    Q_EMIT sourcesChosen(sources);
    accept();
  });
  connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
  // Fields that change the server make the listed tables stale: they would be added with the new
  // connection, which may not have them.
  for (QLineEdit* edit : {service_, host_, database_, user_})
    connect(edit, &QLineEdit::textEdited, this, [this] { updateOkButton(); });
  connect(port_, &QSpinBox::valueChanged, this, [this] { updateOkButton(); });
  // Enter in a field tests the connection; adding layers takes a deliberate click.
  testButton_->setDefault(true);
  buttons_->button(QDialogButtonBox::Ok)->setAutoDefault(false);

  // Names for tests and style sheets.
  recent_->setObjectName(QStringLiteral("recent"));
  service_->setObjectName(QStringLiteral("service"));
  host_->setObjectName(QStringLiteral("host"));
  port_->setObjectName(QStringLiteral("port"));
  database_->setObjectName(QStringLiteral("database"));
  user_->setObjectName(QStringLiteral("user"));
  testButton_->setObjectName(QStringLiteral("testConnection"));
  status_->setObjectName(QStringLiteral("status"));
  list_->setObjectName(QStringLiteral("tables"));

  loadRecent();
  connect(recent_, &QComboBox::activated, this, &PostGisConnectionDialog::applyRecent);
  updateOkButton();
  resize(720, 520);
}

PostGisConnectionDialog::~PostGisConnectionDialog() = default;

void PostGisConnectionDialog::setConnection(const QString& text) {
  auto parsed = ConnectionString::parse(text);
  if (!parsed) {
    status_->setText(parsed.error());
    return;
  }
  const ConnectionString& c = parsed.value();
  service_->setText(c.value(QStringLiteral("service")));
  host_->setText(c.value(QStringLiteral("host")));
  const int port = c.value(QStringLiteral("port")).toInt();
  port_->setValue(port > 0 ? port : kDefaultPort);
  database_->setText(c.value(QStringLiteral("dbname")));
  user_->setText(c.value(QStringLiteral("user")));
  updateOkButton();
}

QString PostGisConnectionDialog::connectionText() const {
  std::vector<std::pair<QString, QString>> options;
  options.emplace_back(QStringLiteral("service"), service_->text());
  options.emplace_back(QStringLiteral("host"), host_->text());
  // With a service and no host, the port comes from the service file too.
  if (!host_->text().trimmed().isEmpty() || service_->text().trimmed().isEmpty())
    options.emplace_back(QStringLiteral("port"), QString::number(port_->value()));
  options.emplace_back(QStringLiteral("dbname"), database_->text());
  options.emplace_back(QStringLiteral("user"), user_->text());
  return ConnectionString::compose(options);
}

QString PostGisConnectionDialog::statusText() const { return status_->text(); }

void PostGisConnectionDialog::testConnection() { start(false); }

void PostGisConnectionDialog::start(bool afterPrompt) {
  const QString text = connectionText();
  auto parsed = ConnectionString::parse(text);
  if (!parsed) {
    status_->setText(parsed.error());
    Q_EMIT testFinished(false, parsed.error());
    return;
  }
  const int generation = ++generation_;
  setBusy(true);
  status_->setText(tr("Connecting to %1…").arg(parsed->display()));
  auto* watcher = new QFutureWatcher<PostGisServerProbe::Report>(this);
  connect(watcher, &QFutureWatcher<PostGisServerProbe::Report>::finished, this, [this, watcher, generation, afterPrompt, text] {
    watcher->deleteLater();
    if (generation != generation_) return;  // superseded by a later test
    PostGisServerProbe::Report report = watcher->result();
    listedConnection_ = text;
    finish(report, afterPrompt);
  });
  // The worker gets copies only: the dialog may be closed before the server answers.
  watcher->setFuture(QtConcurrent::run([cs = parsed.value()] { return PostGisServerProbe::run(cs, kTestTimeoutSeconds); }));
}

QString PostGisConnectionDialog::failureText(const PostGisServerProbe::Report& report) const {
  using F = PostGisServerProbe::Failure;
  QString headline;
  switch (report.failure) {
    case F::Unreachable:
      headline = tr("The server %1 does not answer: is it running, and are host and port right?").arg(report.display);
      break;
    case F::NeedsPassword:
      headline = tr("The server %1 asks for a password and none was given.").arg(report.display);
      break;
    case F::AuthFailed:
      headline = tr("The server %1 refused the user name or password.").arg(report.display);
      break;
    case F::NoPostGis:
      headline = tr("The database %1 has no PostGIS extension (an administrator can add it with CREATE EXTENSION postgis).")
                     .arg(report.display);
      return headline;  // the core message says the same in English
    default:
      headline = tr("Cannot use %1.").arg(report.display);
      break;
  }
  return headline + QLatin1Char('\n') + report.message;
}

void PostGisConnectionDialog::finish(const PostGisServerProbe::Report& report, bool afterPrompt) {
  using F = PostGisServerProbe::Failure;
  setBusy(false);
  auto cs = ConnectionString::parse(listedConnection_);
  if (report.failure == F::NeedsPassword && !afterPrompt && prompt_ && cs) {
    // Asked once per attempt; an empty answer or Cancel ends it with the server's message.
    std::optional<QString> password = prompt_(report.display);
    if (password && !password->isEmpty()) {
      PostGisSessionPasswords::remember(cs.value(), *password);
      start(true);
      return;
    }
  }
  if (report.failure == F::AuthFailed && cs) PostGisSessionPasswords::forget(cs.value());  // ask again next time
  tables_.clear();
  if (!report.ok()) {
    list_->clear();
    const QString text = failureText(report);
    status_->setText(text);
    status_->setStyleSheet(QStringLiteral("color: #b3261e;"));
    updateOkButton();
    Q_EMIT testFinished(false, text);
    return;
  }
  tables_ = report.tables;
  showTables();
  status_->setStyleSheet(QString());
  const QString text = tables_.empty()
                           ? tr("Connected to %1 as %2 (PostGIS %3), but it has no spatial tables this role may read.")
                                 .arg(report.display, report.role, report.postgisVersion)
                           : tr("Connected to %1 as %2 (PostGIS %3): %n spatial table(s).", nullptr, int(tables_.size()))
                                 .arg(report.display, report.role, report.postgisVersion);
  status_->setText(text);
  if (remember_) rememberRecent();
  Q_EMIT testFinished(true, text);
}

void PostGisConnectionDialog::showTables() {
  const QSignalBlocker block(list_);
  list_->clear();
  const QLocale locale;
  for (const SpatialTableInfo& t : tables_) {
    auto* item = new QTreeWidgetItem(list_);
    item->setText(ColSchema, t.schema);
    item->setText(ColTable, t.table);
    item->setText(ColTitle, t.title);
    item->setText(ColGeometry, t.geometryColumn);
    item->setText(ColType, t.geometryType);
    item->setText(ColSrid, t.srid > 0 ? QString::number(t.srid) : tr("unknown"));
    // reltuples is -1 until the table is first analysed (PostgreSQL 14+).
    item->setText(ColRows, t.estimatedRows >= 0 ? locale.toString(t.estimatedRows) : QStringLiteral("—"));
    item->setTextAlignment(ColSrid, Qt::AlignRight | Qt::AlignVCenter);
    item->setTextAlignment(ColRows, Qt::AlignRight | Qt::AlignVCenter);
    item->setData(ColSchema, Qt::UserRole, t.qualifiedName());
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(ColSchema, Qt::Unchecked);
    item->setToolTip(ColTable, t.qualifiedName());
  }
  updateOkButton();
}

bool PostGisConnectionDialog::setTableChecked(const QString& qualifiedName, bool checked) {
  for (int i = 0; i < list_->topLevelItemCount(); ++i) {
    QTreeWidgetItem* item = list_->topLevelItem(i);
    if (item->data(ColSchema, Qt::UserRole).toString() == qualifiedName) {
      item->setCheckState(ColSchema, checked ? Qt::Checked : Qt::Unchecked);
      return true;
    }
  }
  return false;
}

QList<LayerSource> PostGisConnectionDialog::selectedSources() const {
  QList<LayerSource> out;
  // The tables belong to the connection they were listed from, not to fields edited since.
  if (listedConnection_ != connectionText()) return out;
  for (int i = 0; i < list_->topLevelItemCount(); ++i) {
    const QTreeWidgetItem* item = list_->topLevelItem(i);
    if (item->checkState(ColSchema) != Qt::Checked) continue;
    LayerSource s;
    s.kind = LayerSource::Kind::PostGis;
    s.connection = listedConnection_;
    s.layerName = item->data(ColSchema, Qt::UserRole).toString();
    out << s;
  }
  return out;
}

void PostGisConnectionDialog::setBusy(bool busy) {
  busy_ = busy;
  testButton_->setEnabled(!busy);
  if (busy) setCursor(Qt::BusyCursor);
  else unsetCursor();
  updateOkButton();
}

void PostGisConnectionDialog::updateOkButton() {
  buttons_->button(QDialogButtonBox::Ok)->setEnabled(!busy_ && !selectedSources().isEmpty());
}

void PostGisConnectionDialog::loadRecent() {
  recent_->clear();
  const QStringList items = remember_ ? QSettings().value(QLatin1String(kRecentKey)).toStringList() : QStringList();
  recent_->addItem(items.isEmpty() ? tr("(none yet)") : tr("Choose a recent connection…"));
  for (const QString& text : items) {
    auto parsed = ConnectionString::parse(text);
    if (parsed) recent_->addItem(parsed->display(), text);
  }
  recent_->setEnabled(recent_->count() > 1);
  if (!items.isEmpty()) setConnection(items.front());
}

void PostGisConnectionDialog::applyRecent(int index) {
  if (index <= 0) return;
  setConnection(recent_->itemData(index).toString());
}

void PostGisConnectionDialog::rememberRecent() {
  QSettings settings;
  QStringList items = settings.value(QLatin1String(kRecentKey)).toStringList();
  items.removeAll(listedConnection_);
  items.prepend(listedConnection_);  // never holds a password: ConnectionString::parse refuses one
  while (items.size() > kMaxRecent) items.removeLast();
  settings.setValue(QLatin1String(kRecentKey), items);
  const QSignalBlocker block(recent_);
  recent_->clear();
  recent_->addItem(tr("Choose a recent connection…"));
  for (const QString& text : items)
    if (auto parsed = ConnectionString::parse(text)) recent_->addItem(parsed->display(), text);
  recent_->setEnabled(recent_->count() > 1);
}

}  // namespace planmap
