#include "PostgresServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <pwd.h>
#include <signal.h>
#include <unistd.h>

namespace planmap::test {

Result<QString> PostgresServer::run(const QString& program, const QStringList& arguments, int timeoutMs) const {
  QProcess p;
  QString exe = program;
  QStringList args = arguments;
  if (asPostgresUser_) {
    args.prepend(program);
    args = QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--")} + args;
    exe = QStringLiteral("runuser");
  }
  p.setProcessChannelMode(QProcess::MergedChannels);
  p.setWorkingDirectory(dir_->path());  // readable by the postgres user, unlike a root-only cwd
  p.start(exe, args);
  if (!p.waitForStarted(10000)) return Result<QString>::fail(QStringLiteral("%1: cannot be started (%2)").arg(exe, p.errorString()));
  if (!p.waitForFinished(timeoutMs)) {
    p.kill();
    p.waitForFinished(2000);
    return Result<QString>::fail(QStringLiteral("%1: timed out").arg(QFileInfo(program).fileName()));
  }
  const QString output = QString::fromLocal8Bit(p.readAll()).trimmed();
  if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
    return Result<QString>::fail(QStringLiteral("%1 failed (exit %2): %3").arg(QFileInfo(program).fileName()).arg(p.exitCode()).arg(output));
  return Result<QString>::ok(output);
}

Status PostgresServer::pgCtl(const QStringList& arguments) const {
  QStringList args{QStringLiteral("-D"), dataDir_, QStringLiteral("-w")};
  if (arguments.value(0) == QLatin1String("start"))
    args << QStringLiteral("-l") << dir_->filePath(QStringLiteral("server.log")) << QStringLiteral("-o")
         << QStringLiteral("-p %1 -k %2 -c listen_addresses='' -c fsync=off -c full_page_writes=off -c log_statement=all").arg(port_).arg(socketDir_);
  auto r = run(binDir() + QStringLiteral("/pg_ctl"), args + arguments);
  if (!r && arguments.value(0) == QLatin1String("start")) {
    QFile log(dir_->filePath(QStringLiteral("server.log")));
    if (log.open(QIODevice::ReadOnly)) return Status::fail(r.error() + QStringLiteral("\nserver log:\n") + QString::fromLocal8Bit(log.readAll()));
  }
  return r ? Status::ok() : Status::fail(r.error());
}

Result<std::unique_ptr<PostgresServer>> PostgresServer::start(const QString& database) {
  using R = Result<std::unique_ptr<PostgresServer>>;
  if (!QFileInfo(binDir() + QStringLiteral("/initdb")).isExecutable())
    return R::fail(QStringLiteral("%1/initdb not found: install postgresql-15-postgis-3 (scripts/setup.sh)").arg(binDir()));
  std::unique_ptr<PostgresServer> s(new PostgresServer());
  s->database_ = database;
  s->dir_ = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/planmap-pg-XXXXXX"));
  if (!s->dir_->isValid()) return R::fail(QStringLiteral("cannot create a temporary folder: %1").arg(s->dir_->errorString()));
  s->dataDir_ = s->dir_->filePath(QStringLiteral("data"));
  s->socketDir_ = s->dir_->path();
  // Unix-socket only, so the port only names the socket file; vary it anyway for readable logs.
  s->port_ = 40000 + int(getpid() % 20000);
  if (geteuid() == 0) {
    const passwd* pw = getpwnam("postgres");
    if (!pw) return R::fail(QStringLiteral("running as root but there is no `postgres` user to run the server as "
                                           "(install postgresql-15)"));
    if (chown(QFile::encodeName(s->socketDir_).constData(), pw->pw_uid, pw->pw_gid) != 0)
      return R::fail(QStringLiteral("cannot hand %1 to the postgres user").arg(s->socketDir_));
    s->asPostgresUser_ = true;
  }
  auto init = s->run(binDir() + QStringLiteral("/initdb"),
                     {QStringLiteral("-D"), s->dataDir_, QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-U"),
                      QStringLiteral("postgres"), QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"),
                      QStringLiteral("-N")});
  if (!init) return R::fail(init.error());
  if (Status st = s->pgCtl({QStringLiteral("start")}); !st) return R::fail(st.error());
  s->running_ = true;
  if (Status st = s->sql(QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8'").arg(database), QStringLiteral("postgres")); !st)
    return R::fail(st.error());
  if (Status st = s->sql(QStringLiteral("CREATE EXTENSION postgis")); !st)
    return R::fail(QStringLiteral("CREATE EXTENSION postgis: %1").arg(st.error()));
  return R::ok(std::move(s));
}

Status PostgresServer::stop() {
  if (!running_) return Status::ok();
  running_ = false;
  return pgCtl({QStringLiteral("stop"), QStringLiteral("-m"), QStringLiteral("fast")});
}

Status PostgresServer::restart() {
  if (Status s = stop(); !s) return s;
  if (Status s = pgCtl({QStringLiteral("start")}); !s) return s;
  running_ = true;
  return Status::ok();
}

Status PostgresServer::sql(const QString& statements, const QString& db) const {
  auto r = run(binDir() + QStringLiteral("/psql"),
               {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                QStringLiteral("-h"), socketDir_, QStringLiteral("-p"), QString::number(port_), QStringLiteral("-U"),
                QStringLiteral("postgres"), QStringLiteral("-d"), db.isEmpty() ? database_ : db, QStringLiteral("-c"), statements});
  return r ? Status::ok() : Status::fail(r.error());
}

Status PostgresServer::addPasswordRole(const QString& role, const QString& password) {
  // Names and password are the test's own constants; psql -c takes no parameters.
  if (Status s = sql(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1') THEN CREATE ROLE %1 LOGIN; END IF; END $$;"
                                    "SET password_encryption = 'scram-sha-256'; ALTER ROLE %1 PASSWORD '%2';")
                         .arg(role, password));
      !s)
    return s;
  QFile hba(dataDir_ + QStringLiteral("/pg_hba.conf"));
  if (!hba.open(QIODevice::ReadOnly)) return Status::fail(QStringLiteral("%1: cannot be read").arg(hba.fileName()));
  QByteArray text = hba.readAll();
  hba.close();
  const QByteArray line = QStringLiteral("local all %1 scram-sha-256\n").arg(role).toUtf8();
  if (!text.contains(line)) {
    text.prepend(line);  // first match wins: before initdb's "local all all trust"
    if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate) || hba.write(text) != text.size())
      return Status::fail(QStringLiteral("%1: cannot be written").arg(hba.fileName()));
    hba.close();
  }
  // The postmaster rereads pg_hba.conf asynchronously after the signal; give it a moment.
  return sql(QStringLiteral("SELECT pg_reload_conf(); SELECT pg_sleep(0.3)"));
}

namespace {

Result<int> postmasterPid(const QString& dataDir) {
  QFile file(dataDir + QStringLiteral("/postmaster.pid"));
  if (!file.open(QIODevice::ReadOnly)) return Result<int>::fail(QStringLiteral("%1: cannot be read").arg(file.fileName()));
  const int pid = QString::fromLatin1(file.readLine()).trimmed().toInt();
  if (pid <= 0) return Result<int>::fail(QStringLiteral("%1: no pid").arg(file.fileName()));
  return Result<int>::ok(pid);
}

}  // namespace

Status PostgresServer::pause() {
  auto pid = postmasterPid(dataDir_);
  if (!pid) return Status::fail(pid.error());
  return ::kill(pid.value(), SIGSTOP) == 0 ? Status::ok() : Status::fail(QStringLiteral("cannot stop the postmaster"));
}

Status PostgresServer::resume() {
  auto pid = postmasterPid(dataDir_);
  if (!pid) return Status::fail(pid.error());
  return ::kill(pid.value(), SIGCONT) == 0 ? Status::ok() : Status::fail(QStringLiteral("cannot continue the postmaster"));
}

Status PostgresServer::createPlainDatabase(const QString& name) {
  // Separate statements: psql -c sends one string, and CREATE DATABASE refuses a transaction block.
  if (Status s = sql(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name), QStringLiteral("postgres")); !s) return s;
  return sql(QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8'").arg(name), QStringLiteral("postgres"));
}

QString PostgresServer::connection(const QString& user) const {
  return QStringLiteral("host=%1 port=%2 dbname=%3 user=%4").arg(socketDir_).arg(port_).arg(database_, user);
}

QString PostgresServer::serverLog() const {
  QFile log(dir_->filePath(QStringLiteral("server.log")));
  return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
}

PostgresServer::~PostgresServer() {
  if (running_) (void)stop();
  // QTemporaryDir removes the folder (root may delete the postgres-owned files).
}

}  // namespace planmap::test
