#pragma once

// How our programs end, once main's work is done and everything it owned is closed.
//
// On Windows with MinGW-w64, a worker thread's exit can fail inside libwinpthread's
// THREAD_DETACH TLS callback (an access violation, seen under Wine with WINEDEBUG=+relay
// after Qt and emutls destructors ran) and leave winpthreads' lock held; the process then
// hangs for ever in ExitProcess, where libstdc++'s DLL detach waits for that lock. The CLI
// printed its "done" event and never exited. So on Windows the programs end with
// TerminateProcess once main's objects are gone (the store closed, settings written,
// output flushed): what is skipped is only the DLLs' detach work. Elsewhere: the code.
namespace ProcessEnd {
int afterCleanUp(int exitCode);
}
