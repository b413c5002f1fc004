#include "webhook/WebhookReceiver.h"

#ifdef Q_OS_WIN
#include "app/ThreadExit.h"
#endif
#include "webhook/WebhookHttpServer.h"
#include "webhook/WebhookLogging.h"

#include <QThread>

using namespace Qt::StringLiterals;

WebhookReceiver::WebhookReceiver(QObject *parent)
    : QObject(parent)
    , m_tokenSlot(std::make_shared<WebhookTokenSlot>())
    , m_events(std::make_shared<WebhookEventQueue>())
#ifdef Q_OS_WIN
    , m_threadExit(std::make_unique<ThreadExit>())
#endif
{
    qRegisterMetaType<DeliveryRecord>();
    m_drainTimer.setSingleShot(true);
    m_drainTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_drainTimer, &QTimer::timeout, this, &WebhookReceiver::drainEvents);
}

WebhookReceiver::~WebhookReceiver()
{
    stop();
}

void WebhookReceiver::setToken(const WebhookToken &token)
{
    m_tokenSlot->set(token);
}

bool WebhookReceiver::start(const WebhookReceiverConfig &config, QString *errorMessage)
{
    if (m_thread) {
        if (errorMessage)
            *errorMessage = WebhookReceiver::tr("The webhook receiver is already running.");
        return false;
    }

    WebhookServerSettings settings;
    settings.address = config.address;
    settings.port = config.port;
    settings.headerName = config.headerName;
    settings.maxBodyBytes = config.maxBodyBytes;
    settings.counters = m_acceptCounters;
    // Room for the head and for a body somewhat over the limit, which still gets its 413.
    settings.limits.maxRequestBytes = qint64(config.maxBodyBytes) + 32 * 1024;
    settings.limits.requestTimeoutMs = config.idleTimeoutMs;
    settings.limits.maxConnections = config.maxConnections;

    silenceQtHttpServerDebug();
    m_thread = new QThread(this);
    m_thread->setObjectName(u"hookscribe-webhook"_s);
    m_threadContext = new QObject;
    m_threadContext->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_threadContext, &QObject::deleteLater);
    m_thread->start();

    bool started = false;
    QString message;
    QHostAddress address;
    quint16 port = 0;
    int cap = 0;
    WebhookHttpServer *server = nullptr;
    const std::shared_ptr<const WebhookTokenSlot> tokenSlot = m_tokenSlot;
    // Runs on the server's thread; wakes this thread once per batch.
    const auto sink = [this, events = m_events](WebhookEvent event) {
        if (events->push(std::move(event)))
            QMetaObject::invokeMethod(this, &WebhookReceiver::wake, Qt::QueuedConnection);
    };
    QMetaObject::invokeMethod(
        m_threadContext,
        [&] {
#ifdef Q_OS_WIN
            m_threadExit->captureCurrentThread();
#endif
            // Created in the worker thread, so the server, its QTcpServer and every socket
            // live there.
            server = new WebhookHttpServer(settings, tokenSlot, sink);
            started = server->start(&message);
            if (started) {
                address = server->boundAddress();
                port = server->boundPort();
                cap = server->connectionCap();
            } else {
                delete server;
                server = nullptr;
            }
        },
        Qt::BlockingQueuedConnection);

    if (!started) {
        qCWarning(lcWebhook).noquote() << message;
        if (errorMessage)
            *errorMessage = message;
        m_thread->quit();
        m_thread->wait();
#ifdef Q_OS_WIN
        m_threadExit->waitForExit(5000);
#endif
        delete m_thread;
        m_thread = nullptr;
        m_threadContext = nullptr;
        return false;
    }
    m_server = server;
    m_address = address;
    m_port = port;
    m_connectionCap = cap;
    m_listening = true;
    qCInfo(lcWebhook).noquote() << "listening on" << m_address.toString() << "port" << m_port
                                << "for at most" << cap << "connections";
    emit listeningChanged(true);
    return true;
}

void WebhookReceiver::wake()
{
    // A flood wakes this thread at most about once per millisecond: while the last drain
    // is that recent, the queue is left to fill (a push to a queue that is not empty wakes
    // nobody, and accepted deliveries for one job merge there) and is taken whole a moment
    // later. A lone delivery is drained at once.
    constexpr qint64 MinGapNs = 1000 * 1000;
    if (!m_lastDrain.isValid() || m_lastDrain.nsecsElapsed() >= MinGapNs)
        drainEvents();
    else if (!m_drainTimer.isActive())
        m_drainTimer.start(1);
}

void WebhookReceiver::drainEvents()
{
    m_drainTimer.stop();
    m_lastDrain.start();
    const QList<WebhookEvent> events = m_events->takeAll();
    for (const WebhookEvent &event : events) {
        if (event.hasRecord)
            emit deliveryLogged(event.record);
        if (event.accepted) {
            emit webhookReceived(event.record.id, event.record.jobId, event.record.transcriptionId,
                                 event.record.payloadStatus);
        }
        if (event.probed)
            emit healthProbed(event.nonce);
    }
}

void WebhookReceiver::stop()
{
    if (!m_thread)
        return;
    if (m_server) {
        WebhookHttpServer *server = m_server;
        QMetaObject::invokeMethod(
            m_threadContext, [server] { delete server; }, Qt::BlockingQueuedConnection);
        m_server = nullptr;
    }
    m_thread->quit();
    m_thread->wait();
#ifdef Q_OS_WIN
    // QThread::wait() does not wait for the thread's exit work there (app/ThreadExit.h).
    m_threadExit->waitForExit(5000);
#endif
    delete m_thread; // m_threadContext was deleted when the thread finished
    m_thread = nullptr;
    m_threadContext = nullptr;
    drainEvents(); // what was answered before the stop still reaches its listeners
    m_port = 0;
    if (m_listening) {
        m_listening = false;
        emit listeningChanged(false);
    }
}
