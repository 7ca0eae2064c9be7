/* fib: the C version of fib.go — doubly recursive fib(n); same argument and output. */
#include <stdio.h>
#include <stdlib.h>

static long fib(long n) {
    if (n < 2)
        return n;
    return fib(n - 1) + fib(n - 2);
}

int main(int argc, char **argv) {
    long n = 25;
    if (argc > 1)
        n = atol(argv[argc - 1]);
    printf("fib(%ld) = %ld\n", n, fib(n));
    return 0;
}
