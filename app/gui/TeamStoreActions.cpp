#include "TeamStoreActions.h"

#include "ConnectionString.h"
#include "MessageBar.h"
#include "PostGisEditGate.h"
#include "PostGisPlanStore.h"
#include "PostGisStoreOpener.h"
#include "Project.h"
#include "TeamPlanSync.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace planmap {

TeamStoreActions::TeamStoreActions(Project& project, QWidget* window, MessageBar* messages, PostGisEditGate* gate)
    : QObject(window), project_(project), window_(window), messages_(messages), gate_(gate) {
  opener_ = new PostGisStoreOpener(this);
  connect_ = new QAction(tr("Connect project to &team store…"), this);
  connect_->setStatusTip(tr("Share this project's links and progress with other planners through a PostGIS schema"));
  connect(connect_, &QAction::triggered, this, &TeamStoreActions::openDialog);
  refresh_ = new QAction(tr("Re&fresh from team store"), this);
  refresh_->setShortcut(QKeySequence(Qt::Key_F5));
  refresh_->setStatusTip(tr("Read the links and progress other planners saved to the team store"));
  connect(refresh_, &QAction::triggered, this, &TeamStoreActions::refresh);
  disconnect_ = new QAction(tr("&Disconnect from team store"), this);
  connect(disconnect_, &QAction::triggered, this, &TeamStoreActions::disconnectStore);

  connect(opener_, &PostGisStoreOpener::opened, this, [this](std::shared_ptr<PostGisPlanStore> store) { bind(std::move(store)); });
  connect(opener_, &PostGisStoreOpener::failed, this, [this](const QString& message) {
    updateActions();
    if (gate_) gate_->clear();
    const QString text = tr("The team store could not be opened; links and progress are the copy saved in the project: %1").arg(message);
    lastMessage_ = text;
    if (messages_)
      messages_->showMessage(text, MessageBar::Level::Critical, {{tr("Retry"), [this] { openProjectStore(); }}});
    Q_EMIT storeFailed(message);
  });
  updateActions();
  if (project_.planStore().isSet()) openProjectStore();
}

TeamStoreActions::~TeamStoreActions() = default;

bool TeamStoreActions::isOpening() const { return opener_->isBusy(); }

void TeamStoreActions::show(const QString& text, int level) {
  lastMessage_ = text;
  if (messages_) messages_->showMessage(text, static_cast<MessageBar::Level>(level));
}

void TeamStoreActions::updateActions() {
  refresh_->setEnabled(sync_ != nullptr);
  disconnect_->setEnabled(project_.planStore().isSet());
}

void TeamStoreActions::openProjectStore() {
  const PlanStoreRef ref = project_.planStore();
  if (!ref.isSet()) return;
  // Until the role's rights are known, nothing may be edited (a read-only role must not get a window).
  if (gate_) gate_->setRights(PostGisEditRights{QString(), ref.schema, false, false});
  if (!openedFrom_) openedFrom_ = TeamPlanSync::PlanData{project_.links(), project_.progress()};
  show(tr("Opening the team store %1…").arg(ref.schema), int(MessageBar::Level::Info));
  opener_->open(ref.connection, ref.schema);
}

void TeamStoreActions::connectTo(const PlanStoreRef& store) {
  delete sync_;
  sync_ = nullptr;
  openedFrom_.reset();  // another store: the project's data as it is now is the starting point
  project_.setPlanStore(store);
  updateActions();
  if (store.isSet()) openProjectStore();
  else if (gate_) gate_->clear();
}

void TeamStoreActions::disconnectStore() {
  connectTo(PlanStoreRef{});
  show(tr("The project's links and progress are local again (the last copy read from the team store)."), int(MessageBar::Level::Info));
}

void TeamStoreActions::bind(std::shared_ptr<PostGisPlanStore> store) {
  delete sync_;
  const TeamPlanSync::PlanData edited{project_.links(), project_.progress()};
  sync_ = new TeamPlanSync(project_, store, this);
  connect(sync_, &TeamPlanSync::conflict, this, [this](const QString& message) {
    lastMessage_ = tr("Not saved to the team store: %1").arg(message);
    if (messages_)
      messages_->showMessage(lastMessage_, MessageBar::Level::Warning, {{tr("Refresh"), [this] { refresh(); }}});
  });
  connect(sync_, &TeamPlanSync::refused, this, [this](const QString& message) {
    show(tr("Not saved to the team store: %1").arg(message), int(MessageBar::Level::Warning));
  });
  connect(sync_, &TeamPlanSync::queued, this, [this](const QString& message) {
    lastMessage_ = tr("The team store is unreachable; the edit is kept and will be sent on refresh: %1").arg(message);
    if (messages_)
      messages_->showMessage(lastMessage_, MessageBar::Level::Warning, {{tr("Retry now"), [this] { refresh(); }}});
  });
  if (gate_) gate_->setRights(store->editRights());
  updateActions();

  const int pending = int(store->pendingEdits().size() + store->pendingLinkEdits().size());
  QString text = tr("Team store %1: %2 links and %3 progress records shared with other planners.")
                     .arg(store->schema())
                     .arg(store->links().size())
                     .arg(store->progressRecords().size());
  if (pending > 0) text += QLatin1Char(' ') + tr("%n edit(s) from an earlier session are waiting to be sent (Refresh sends them).", nullptr, pending);
  const QString readOnly = store->editRights().readOnlyMessage();
  if (!readOnly.isEmpty()) text += QLatin1Char(' ') + readOnly;
  show(text, int(MessageBar::Level::Info));
  if (openedFrom_) {
    // After the summary, so a conflict among them is what the message bar shows last.
    const QString before = sync_->lastMessage();
    const int replayed = sync_->replayEdits(*openedFrom_, edited);
    if (replayed > 0 && sync_->lastMessage() == before)
      show(text + QLatin1Char(' ') + tr("%n edit(s) made while the store was opening were sent to it.", nullptr, replayed),
           int(MessageBar::Level::Info));
  }
  openedFrom_.reset();
  Q_EMIT storeOpened();
}

void TeamStoreActions::refresh() {
  if (!sync_) {
    openProjectStore();  // not open yet (or failed): try again
    return;
  }
  Status s = sync_->refresh();
  if (!s) {
    show(tr("Could not refresh from the team store: %1").arg(s.error()), int(MessageBar::Level::Warning));
    Q_EMIT refreshed(false);
    return;
  }
  show(tr("Refreshed from the team store %1: %2 progress records.").arg(sync_->store().schema()).arg(sync_->store().progressRecords().size()),
       int(MessageBar::Level::Info));
  Q_EMIT refreshed(true);
}

void TeamStoreActions::openDialog() {
  QDialog dialog(window_);
  dialog.setWindowTitle(tr("Connect project to team store"));
  auto* form = new QFormLayout(&dialog);
  auto* intro = new QLabel(tr("The project's links and progress will be read from and saved to this PostGIS schema, "
                              "so other planners see them. The password is never stored: use ~/.pgpass, PGPASSWORD or a service file."),
                           &dialog);
  intro->setWordWrap(true);
  form->addRow(intro);
  auto* connection = new QLineEdit(project_.planStore().connection, &dialog);
  connection->setObjectName(QStringLiteral("teamStoreConnection"));
  connection->setPlaceholderText(QStringLiteral("service=ankang  /  host=db dbname=plan user=li"));
  form->addRow(tr("Connection:"), connection);
  auto* schema = new QLineEdit(project_.planStore().schema, &dialog);
  schema->setObjectName(QStringLiteral("teamStoreSchema"));
  schema->setPlaceholderText(QStringLiteral("ankang"));
  form->addRow(tr("Schema:"), schema);
  auto* error = new QLabel(&dialog);
  error->setObjectName(QStringLiteral("teamStoreError"));
  error->setWordWrap(true);
  form->addRow(error);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
  buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
  buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
  form->addRow(buttons);
  connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
  connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
    if (schema->text().trimmed().isEmpty()) {
      error->setText(tr("Name the schema the team store was published to."));
      return;
    }
    // The same check as the project file: a password in the text is refused here, not saved.
    auto parsed = ConnectionString::parse(connection->text().trimmed());
    if (!parsed) {
      error->setText(parsed.error());
      return;
    }
    dialog.accept();
  });
  if (dialog.exec() != QDialog::Accepted) return;
  connectTo(PlanStoreRef{connection->text().trimmed(), schema->text().trimmed()});
}

}  // namespace planmap
