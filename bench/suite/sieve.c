/* sieve: the C version of sieve.go (same algorithm, same output); see there. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

#define MAX_LIMIT 1000000

int main(int argc, char **argv) {
    int passes = 2;
    if (argc > 1) passes = atoi(argv[argc - 1]);
    bool *flags = calloc(MAX_LIMIT + 1, sizeof(bool));
    if (!flags) return 1;
    long long count = 0, total = 0;
    for (int pass = 0; pass < passes; pass++) {
        long long limit = MAX_LIMIT - pass % 64;
        for (long long i = 2; i <= limit; i++) flags[i] = true;
        count = 0;
        for (long long i = 2; i <= limit; i++) {
            if (flags[i]) {
                count++;
                for (long long k = i * i; k <= limit; k += i) flags[k] = false;
            }
        }
        total += count;
    }
    printf("primes %lld total %lld\n", count, total);
    free(flags);
    return 0;
}
