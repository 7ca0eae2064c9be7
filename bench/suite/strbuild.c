/* strbuild: the C version of strbuild.go (same work, same output); see there. The builder is a growable byte
 * buffer (capacity doubling with realloc, started empty and freed each round as Go's strings.Builder is);
 * numbers are formatted with snprintf and parsed with strtoll. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MODULUS 1000000007LL
#define PER_ROUND 1000

typedef struct {
    char *buf;
    size_t len, cap;
} Builder;

static void builderWrite(Builder *b, const char *s, size_t n) {
    if (b->len + n > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 8;
        while (cap < b->len + n) cap *= 2;
        b->buf = realloc(b->buf, cap);
        if (!b->buf) exit(1);
        b->cap = cap;
    }
    memcpy(b->buf + b->len, s, n);
    b->len += n;
}

static int64_t value(int64_t i) { return i * 7919 % 2000003 - 1000001; }

int main(int argc, char **argv) {
    int64_t rounds = 50;
    if (argc > 1) rounds = atoll(argv[argc - 1]);
    int64_t total = 0, count = 0, mismatches = 0, hash = 0;
    char num[32];
    for (int64_t r = 0; r < rounds; r++) {
        Builder b = {NULL, 0, 0};
        for (int64_t i = 0; i < PER_ROUND; i++) {
            int n = snprintf(num, sizeof num, "%lld", (long long)value(r * PER_ROUND + i));
            builderWrite(&b, num, (size_t)n);
            builderWrite(&b, " ", 1);
        }
        const char *s = b.buf;
        total += (int64_t)b.len;
        size_t start = 0;
        for (size_t i = 0; i < b.len; i++) {
            if (s[i] != ' ') continue;
            char *end;
            errno = 0;
            long long v = strtoll(s + start, &end, 10);
            if (errno != 0 || end != s + i) {
                printf("parse error at %zu\n", start);
                return 1;
            }
            int n = snprintf(num, sizeof num, "%lld", v);
            if ((size_t)n != i - start || memcmp(num, s + start, (size_t)n) != 0) mismatches++;
            count++;
            hash = (hash * 31 + v % MODULUS + MODULUS) % MODULUS;
            start = i + 1;
        }
        free(b.buf);
    }
    printf("length %lld numbers %lld mismatches %lld\n", (long long)total, (long long)count, (long long)mismatches);
    printf("hash %lld\n", (long long)hash);
    return 0;
}
