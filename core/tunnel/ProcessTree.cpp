#include "tunnel/ProcessTree.h"

#include "tunnel/TunnelLogging.h"

#include <QProcess>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif
#ifdef Q_OS_WIN
#include <windows.h>
#endif

ProcessTree::ProcessTree(QProcess *process)
    : QObject(process)
    , m_process(process)
{
#ifdef Q_OS_WIN
    m_job = CreateJobObjectW(nullptr, nullptr);
    if (m_job) {
        JOBOBJECT_EXTENDED_LIMIT_INFORMATION limits = {};
        limits.BasicLimitInformation.LimitFlags = JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE;
        if (!SetInformationJobObject(m_job, JobObjectExtendedLimitInformation, &limits,
                                     sizeof limits)) {
            CloseHandle(m_job);
            m_job = nullptr;
        }
    }
    if (!m_job) {
        qCWarning(lcTunnel, "no job object (error %lu): the tunnel may outlive a killed app",
                  GetLastError());
        return;
    }
    // Suspended until it is in the job, so nothing it starts can escape the job.
    process->setCreateProcessArgumentsModifier([this](QProcess::CreateProcessArguments *args) {
        args->flags |= CREATE_SUSPENDED;
        m_processInfo = args->processInformation;
    });
    connect(process, &QProcess::started, this, &ProcessTree::adopt);
#elif defined(Q_OS_LINUX)
    process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
}

ProcessTree::~ProcessTree()
{
#ifdef Q_OS_WIN
    if (m_job)
        CloseHandle(m_job); // KILL_ON_JOB_CLOSE: every process still in it ends
#endif
}

void ProcessTree::adopt()
{
#ifdef Q_OS_WIN
    auto *info = static_cast<PROCESS_INFORMATION *>(m_processInfo);
    if (!info || !info->hThread)
        return;
    m_contained = AssignProcessToJobObject(m_job, info->hProcess) != 0;
    if (!m_contained)
        qCWarning(lcTunnel, "the tunnel could not join its job object (error %lu)", GetLastError());
    ResumeThread(info->hThread); // in the job or not, it must run
#endif
}

void ProcessTree::kill()
{
#ifdef Q_OS_WIN
    if (m_contained && TerminateJobObject(m_job, 1))
        return;
#endif
    if (m_process->state() != QProcess::NotRunning)
        m_process->kill();
}
