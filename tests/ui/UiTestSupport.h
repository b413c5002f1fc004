#pragma once

#include "Services.h"
#include "config/Settings.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>
#include <functional>

#include <memory>

// Shared by the GUI tests: a started Services in a temporary folder, with its own keychain
// service name so tests never see each other's secrets.
namespace UiTest {

inline Services::Options options(const QTemporaryDir &dir, const QString &apiBaseUrl = {},
                                 const QString &apiKey = {})
{
    Services::Options o;
    o.dataDir = dir.path();
    o.secretService =
        QStringLiteral("HookscribeUiTest-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    o.apiBaseUrl = apiBaseUrl;
    o.apiKey = apiKey;
    o.listenPort = 0; // any free port: tests run side by side
    return o;
}

// Starts the services and waits for ready(); nullptr (with a failed check) otherwise.
inline std::unique_ptr<Services> start(const Services::Options &o)
{
    auto services = std::make_unique<Services>(o);
    QSignalSpy ready(services.get(), &Services::ready);
    QSignalSpy failed(services.get(), &Services::startFailed);
    services->start();
    if (!QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, 20000))
        return nullptr;
    if (!failed.isEmpty()) {
        qWarning("start failed: %s", qPrintable(failed.constFirst().constFirst().toString()));
        return nullptr;
    }
    return services;
}

// A file with exactly this content (empty too).
inline QString writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(content);
    return path;
}

// A small non-empty file with an audio extension (the fake server does not decode audio),
// its content naming it, so no two are the same audio.
inline QString writeFile(const QString &path)
{
    return writeFile(path, "RIFF fake audio of " + path.toUtf8());
}

// MainWindow::addPaths() and waits (bounded) for the jobs it made.
template<typename Window>
inline QStringList addAndWait(Window &window, const QStringList &paths, int timeoutMs = 30000)
{
    QSignalSpy added(&window, &Window::pathsAdded);
    window.addPaths(paths);
    if (!added.wait(timeoutMs) && added.isEmpty())
        return {};
    return added.constFirst().constFirst().toStringList();
}

// Runs `answer` on the first modal dialog of type T that opens within timeoutMs (a dialog
// shown with exec() from the code under test). True once it ran; see answered().
template<typename T>
class ModalAnswer
{
public:
    ModalAnswer(std::function<void(T *)> answer, int timeoutMs = 10000)
        : m_answer(std::move(answer))
    {
        m_deadline.setRemainingTime(timeoutMs);
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
                m_timer.stop();
                m_answered = true;
                m_answer(dialog);
            } else if (m_deadline.hasExpired()) {
                m_timer.stop();
            }
        });
        m_timer.start();
    }
    bool answered() const { return m_answered; }

private:
    std::function<void(T *)> m_answer;
    QDeadlineTimer m_deadline;
    QTimer m_timer;
    bool m_answered = false;
};

} // namespace UiTest
