#include "DesktopApp.h"

#include "ImageFile.h"

#include "MainWindow.h"
#include "MapCanvas.h"
#include "ThreadGuard.h"
#include "WindowSettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QDir>
#include <QFont>
#include <QFontDatabase>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QScreen>
#include <QSettings>
#include <QTimer>
#include <QTranslator>
#include <cstdio>

namespace planmap {

void DesktopApp::installLanguage(const QString& language) {
  const bool chinese = language.startsWith(QStringLiteral("zh"));
  // The locale first: windows rebuilt on the LanguageChange below read it.
  QLocale::setDefault(chinese ? QLocale(QLocale::Chinese, QLocale::China) : QLocale(QLocale::English, QLocale::UnitedStates));
  // Switching at run time: the previous language's translators go (each removal is a LanguageChange).
  static QPointer<QTranslator> ours;
  static QPointer<QTranslator> qt;
  for (QPointer<QTranslator>* t : {&ours, &qt}) {
    if (*t) {
      QCoreApplication::removeTranslator(t->data());
      delete t->data();
    }
  }
  if (!chinese) {
    // English is the source language; its translator only has the plural forms ("%n county(ies)").
    ours = new QTranslator(qApp);
    if (ours->load(QStringLiteral(":/i18n/planmap_en.qm"))) {
      QCoreApplication::installTranslator(ours);
    } else {
      // Windows must still hear that the language changed.
      QEvent change(QEvent::LanguageChange);
      QCoreApplication::sendEvent(qApp, &change);
    }
    return;
  }
  // Our strings (compiled in), then Qt's own (file dialogs, standard buttons) when installed.
  ours = new QTranslator(qApp);
  if (ours->load(QStringLiteral(":/i18n/planmap_zh_CN.qm"))) QCoreApplication::installTranslator(ours);
  qt = new QTranslator(qApp);
  if (qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
    QCoreApplication::installTranslator(qt);
}

int DesktopApp::run(int argc, char** argv) {
  QApplication app(argc, argv);
  QCoreApplication::setOrganizationName(QStringLiteral("PlanMap"));
  QCoreApplication::setApplicationName(QStringLiteral("planmap"));
  QCoreApplication::setApplicationVersion(QStringLiteral(PLANMAP_VERSION));
  QGuiApplication::setDesktopFileName(QStringLiteral("planmap"));

  QCommandLineParser parser;
  parser.setApplicationDescription(QStringLiteral("PlanMap: Ankang 14th Five-Year Plan map"));
  parser.addHelpOption();
  parser.addVersionOption();
  QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("UI language: zh_CN (default) or en."), QStringLiteral("language"));
  QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                QStringLiteral("Save the window to FILE once the map is drawn, then quit."), QStringLiteral("file"));
  QCommandLineOption fresh(QStringLiteral("fresh"), QStringLiteral("Ignore saved window layout and view."));
  parser.addOption(lang);
  parser.addOption(screenshot);
  QCommandLineOption identify(QStringLiteral("identify"),
                              QStringLiteral("With --screenshot: identify at LON,LAT first (to show the panel)."), QStringLiteral("lon,lat"));
  QCommandLineOption dock(QStringLiteral("dock"),
                          QStringLiteral("With --screenshot: show and raise the dock of that object name first."), QStringLiteral("name"));
  parser.addOption(fresh);
  parser.addOption(identify);
  parser.addOption(dock);
  parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("Vector data to open."), QStringLiteral("[FILE...]"));
  parser.process(app);

  QString language = parser.value(lang);
  if (language.isEmpty()) language = WindowSettings::language();
  installLanguage(language);
  // Chinese names appear in both languages; Noto Sans CJK renders them (and Latin) consistently.
  if (QFontDatabase::families().contains(QStringLiteral("Noto Sans CJK SC"))) {
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPointSizeF(9.5);
    QApplication::setFont(font);
  }

  const bool takeScreenshot = parser.isSet(screenshot);
  const bool persistent = !takeScreenshot && !parser.isSet(fresh);
  // A project file among the arguments opens that project; other files are added as layers.
  QStringList dataFiles;
  QString projectFile;
  for (const QString& file : parser.positionalArguments()) {
    const QString path = QDir::current().absoluteFilePath(file);
    if (path.endsWith(QStringLiteral(".planmap"), Qt::CaseInsensitive) && projectFile.isEmpty()) projectFile = path;
    else dataFiles << path;
  }
  // Windows delete themselves on close: opening another project replaces the window.
  MainWindow* start = nullptr;
  if (!projectFile.isEmpty()) {
    auto project = Project::open(projectFile);
    if (!project) {
      std::fprintf(stderr, "planmap: %s\n", qPrintable(project.error()));
      return 2;
    }
    start = new MainWindow(std::move(project).value(), persistent);
  } else {
    start = new MainWindow(persistent);
  }
  start->setAttribute(Qt::WA_DeleteOnClose);
  // A screenshot shows what a first start looks like on this screen.
  if (takeScreenshot && start->screen()) start->setGeometry(WindowSettings::firstStartGeometry(start->screen()->availableGeometry()));
  start->show();
  if (projectFile.isEmpty()) start->loadBundledMap();
  else start->showProject();
  // After a crash: offer the autosaved copy (never in screenshot runs, which must not wait for a click).
  QPointer<MainWindow> window = persistent ? start->offerRecovery() : start;
  // From here on this thread only runs the window: painting (and, in debug builds, anything else
  // that asserts it) must happen on workers.
  ThreadGuard::markUiThread();
  for (const QString& file : dataFiles) window->openPath(file);

  if (takeScreenshot) {
    const QString path = parser.value(screenshot);
    const QStringList at = parser.value(identify).split(QLatin1Char(','));
    if (at.size() == 2)
      QTimer::singleShot(0, window, [window, at] { window->identifyLonLat(at[0].toDouble(), at[1].toDouble()); });
    if (parser.isSet(dock)) {
      if (auto* d = window->findChild<QDockWidget*>(parser.value(dock))) {
        d->show();
        d->raise();
      } else {
        std::fprintf(stderr, "screenshot: no dock named %s\n", qPrintable(parser.value(dock)));
      }
    }
    // Once the canvas has drawn with nothing pending, grab the whole window (widgets, docks, map).
    auto grab = [window, path] {
      QImage image = window->grab().toImage();
      const Status saved = ImageFile::save(image, path);
      const bool ok = saved.isOk();
      std::fprintf(ok ? stdout : stderr, "screenshot: %s\n", qPrintable(ok ? path : saved.error()));
      QCoreApplication::exit(ok ? 0 : 1);
    };
    auto* poll = new QTimer(window);
    poll->setInterval(200);
    QObject::connect(poll, &QTimer::timeout, window, [window, poll, grab] {
      if (window->canvas()->finishedRenders() > 0 && !window->canvas()->isRendering() && !window->currentLoad()) {
        poll->stop();
        QTimer::singleShot(300, window, grab);
      }
    });
    poll->start();
    QTimer::singleShot(60000, window, [] {
      std::fprintf(stderr, "screenshot: map did not finish drawing within 60 s\n");
      QCoreApplication::exit(1);
    });
  }
  return app.exec();
}

}  // namespace planmap
