/* fannkuch: the C version of fannkuch.go — the Benchmarks Game's fannkuch-redux, single thread, same
   permutation order; same argument and output. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void fannkuch(int n, long *checksumOut, int *maxFlipsOut) {
    int *perm1 = malloc(n * sizeof(int));
    int *perm = malloc(n * sizeof(int));
    int *count = malloc(n * sizeof(int));
    for (int i = 0; i < n; i++)
        perm1[i] = i;
    long checksum = 0, permCount = 0;
    int maxFlips = 0;
    int r = n;
    for (;;) {
        for (; r != 1; r--)
            count[r - 1] = r;

        memcpy(perm, perm1, n * sizeof(int));
        int flips = 0;
        for (int k = perm[0]; k != 0; k = perm[0]) {
            for (int i = 0, j = k; i < j; i++, j--) {
                int t = perm[i];
                perm[i] = perm[j];
                perm[j] = t;
            }
            flips++;
        }
        if (flips > maxFlips)
            maxFlips = flips;
        if (permCount % 2 == 0)
            checksum += flips;
        else
            checksum -= flips;

        /* Next permutation: rotate the first r+1 elements left until a count does not run out. */
        for (;;) {
            if (r == n) {
                free(perm1);
                free(perm);
                free(count);
                *checksumOut = checksum;
                *maxFlipsOut = maxFlips;
                return;
            }
            int p0 = perm1[0];
            for (int i = 0; i < r; i++)
                perm1[i] = perm1[i + 1];
            perm1[r] = p0;
            count[r]--;
            if (count[r] > 0)
                break;
            r++;
        }
        permCount++;
    }
}

int main(int argc, char **argv) {
    int n = 7;
    if (argc > 1)
        n = atoi(argv[argc - 1]);
    long checksum;
    int maxFlips;
    fannkuch(n, &checksum, &maxFlips);
    printf("%ld\nPfannkuchen(%d) = %d\n", checksum, n, maxFlips);
    return 0;
}
