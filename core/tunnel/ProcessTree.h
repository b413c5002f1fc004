#pragma once

#include <QObject>

class QProcess;

// Ties a child process, and whatever it starts in turn, to the life of this process, so a
// tunnel program never outlives Hookscribe, even when Hookscribe is killed:
// - Windows: the child is created suspended, put into a job object that kills every process
//   in it when its last handle closes (JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE), then resumed.
//   The handle is ours alone, so it closes when this object goes or when the system reaps
//   a killed Hookscribe. kill() ends the whole tree at once.
// - Linux: the child gets SIGTERM when its parent dies (PR_SET_PDEATHSIG); kill() is the
//   QProcess's own.
// - Elsewhere: nothing beyond QProcess.
//
// A child of the QProcess, so it lives exactly as long as the process object:
//
//     auto *tree = new ProcessTree(process);   // before process->start()
//     process->start(program, args);           // the tree adopts it on QProcess::started
class ProcessTree : public QObject
{
    Q_OBJECT

public:
    explicit ProcessTree(QProcess *process);
    ~ProcessTree() override; // Windows: ends every process still in the tree

    // Ends the child and everything it started, now.
    void kill();
    // Windows: whether the child runs inside the job (false where job objects fail).
    bool isContained() const { return m_contained; }

private:
    void adopt();

    QProcess *m_process;
    void *m_job = nullptr;         // HANDLE on Windows
    void *m_processInfo = nullptr; // PROCESS_INFORMATION * of the QProcess, Windows only
    bool m_contained = false;
};
