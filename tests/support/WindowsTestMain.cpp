// On Windows every test's own main (QTEST_MAIN), and that of the helper programs tests
// start, is compiled as hookscribe_test_main (hookscribe_end_like_our_programs), and this
// main runs it, then ends the process the way our programs end there
// (ProcessEnd::afterCleanUp: TerminateProcess once main's objects are gone), so a test does
// not hang in MinGW-w64's DLL detach after it has passed.
#include "app/ProcessEnd.h"

int hookscribe_test_main(int argc, char *argv[]);

int main(int argc, char *argv[])
{
    return ProcessEnd::afterCleanUp(hookscribe_test_main(argc, argv));
}
