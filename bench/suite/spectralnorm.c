/* spectralnorm: the C version of spectralnorm.go — the Benchmarks Game's spectral-norm, single thread, sums in
   the same order as the Go version; same argument and output. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static double evalA(long i, long j) {
    return 1.0 / (double)((i + j) * (i + j + 1) / 2 + i + 1);
}

/* timesA sets v = A u. */
static void timesA(double *v, const double *u, long n) {
    for (long i = 0; i < n; i++) {
        double s = 0;
        for (long j = 0; j < n; j++)
            s += evalA(i, j) * u[j];
        v[i] = s;
    }
}

/* timesAt sets v = A^T u. */
static void timesAt(double *v, const double *u, long n) {
    for (long i = 0; i < n; i++) {
        double s = 0;
        for (long j = 0; j < n; j++)
            s += evalA(j, i) * u[j];
        v[i] = s;
    }
}

/* timesAtA sets v = A^T A u, using tmp. */
static void timesAtA(double *v, const double *u, double *tmp, long n) {
    timesA(tmp, u, n);
    timesAt(v, tmp, n);
}

int main(int argc, char **argv) {
    long n = 100;
    if (argc > 1)
        n = atol(argv[argc - 1]);
    double *u = malloc(n * sizeof(double));
    double *v = malloc(n * sizeof(double));
    double *tmp = malloc(n * sizeof(double));
    for (long i = 0; i < n; i++)
        u[i] = 1;
    for (int i = 0; i < 10; i++) {
        timesAtA(v, u, tmp, n);
        timesAtA(u, v, tmp, n);
    }
    double vBv = 0, vv = 0;
    for (long i = 0; i < n; i++) {
        vBv += u[i] * v[i];
        vv += v[i] * v[i];
    }
    printf("%.9f\n", sqrt(vBv / vv));
    free(u);
    free(v);
    free(tmp);
    return 0;
}
