// plain_receiver: the alternative an engineer would write first with Qt — a plain
// QHttpServer route that checks the bearer header and parses the JSON body, nothing else
// (no guard, no limits, no engine). scripts/bench.sh runs wrk against it beside the real
// receiver. The token comes from BENCH_TOKEN; prints its port on stdout; ends when stdin
// closes.
#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTcpServer>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QByteArray expected = "Bearer "_ba + qgetenv("BENCH_TOKEN");
    QHttpServer server;
    server.route(u"/webhook"_s, QHttpServerRequest::Method::Post,
                 [expected](const QHttpServerRequest &request) {
                     if (request.value("Authorization"_ba) != expected)
                         return QHttpServerResponse(QHttpServerResponse::StatusCode::Unauthorized);
                     const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
                     if (!body.value("id"_L1).isString() || !body.value("status"_L1).isString())
                         return QHttpServerResponse(QHttpServerResponse::StatusCode::BadRequest);
                     return QHttpServerResponse("application/json"_ba,
                                                R"({"status":"success"})"_ba);
                 });
    auto *tcp = new QTcpServer;
    if (!tcp->listen(QHostAddress::LocalHost, 0)) {
        std::fprintf(stderr, "plain_receiver: cannot listen\n");
        return 1;
    }
    server.bind(tcp);
    std::printf("%u\n", unsigned(tcp->serverPort()));
    std::fflush(stdout);
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char byte;
        if (::read(STDIN_FILENO, &byte, 1) <= 0)
            QCoreApplication::quit();
    });
    return app.exec();
}
