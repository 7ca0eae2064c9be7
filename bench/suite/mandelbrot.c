/* mandelbrot: the C version of mandelbrot.go (same algorithm, same output); see there. */
#include <stdio.h>
#include <stdlib.h>

#define MODULUS 1000000007LL

int main(int argc, char **argv) {
    int n = 200;
    if (argc > 1) n = atoi(argv[argc - 1]);
    long long hash = 0, set = 0;
    for (int y = 0; y < n; y++) {
        double ci = 2.0 * (double)y / (double)n - 1.0;
        long long acc = 0;
        int bits = 0;
        for (int x = 0; x < n; x++) {
            double cr = 2.0 * (double)x / (double)n - 1.5;
            double zr = 0, zi = 0, tr = 0, ti = 0;
            for (int i = 0; i < 50; i++) {
                zi = 2.0 * zr * zi + ci;
                zr = tr - ti + cr;
                tr = zr * zr;
                ti = zi * zi;
                if (tr + ti > 4.0) break;
            }
            acc *= 2;
            if (tr + ti <= 4.0) {
                acc++;
                set++;
            }
            bits++;
            if (bits == 8) {
                hash = (hash * 31 + acc) % MODULUS;
                acc = 0;
                bits = 0;
            }
        }
        if (bits > 0) {
            while (bits < 8) {
                acc *= 2;
                bits++;
            }
            hash = (hash * 31 + acc) % MODULUS;
        }
    }
    printf("P4\n%d %d\n", n, n);
    printf("set %lld hash %lld\n", set, hash);
    return 0;
}
