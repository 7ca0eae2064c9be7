/* mapstring: the C version of mapstring.go (same work, same output); see there. Keys are built in a stack
 * buffer; the map is a simple open-addressing hash table of owned key copies: FNV-1a hashes kept in
 * the slots, power-of-two capacity, linear probing, tombstones for deleted slots, grown (or rebuilt without
 * tombstones) when live plus dead slots pass 3/4 of the capacity. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MODULUS 1000000007LL

typedef struct {
    char *key; /* NULL: empty; tomb: deleted */
    size_t len;
    uint64_t hash;
    int64_t val;
} Slot;

static char tombMark;
#define TOMB (&tombMark)

typedef struct {
    Slot *slots;
    size_t cap;  /* a power of two */
    size_t live; /* entries */
    size_t used; /* entries plus tombstones */
} Map;

static uint64_t hashOf(const char *s, size_t len) {
    uint64_t h = 0xcbf29ce484222325ULL;
    for (size_t i = 0; i < len; i++) {
        h ^= (unsigned char)s[i];
        h *= 0x100000001b3ULL;
    }
    return h;
}

static void mapInit(Map *m, size_t cap) {
    m->slots = calloc(cap, sizeof(Slot));
    if (!m->slots) exit(1);
    m->cap = cap;
    m->live = m->used = 0;
}

static void mapRehash(Map *m) {
    Map old = *m;
    size_t cap = old.cap;
    if ((old.live + 1) * 2 > old.cap) cap *= 2; /* more than half full of live entries: double */
    mapInit(m, cap);
    for (size_t i = 0; i < old.cap; i++) {
        Slot *o = &old.slots[i];
        if (o->key == NULL || o->key == TOMB) continue;
        size_t s = o->hash & (m->cap - 1);
        while (m->slots[s].key != NULL) s = (s + 1) & (m->cap - 1);
        m->slots[s] = *o;
    }
    m->live = m->used = old.live;
    free(old.slots);
}

static int matches(const Slot *sl, const char *k, size_t len, uint64_t h) {
    return sl->key != TOMB && sl->hash == h && sl->len == len && memcmp(sl->key, k, len) == 0;
}

/* mapFind returns the slot holding k, or NULL. */
static Slot *mapFind(Map *m, const char *k, size_t len) {
    uint64_t h = hashOf(k, len);
    size_t s = h & (m->cap - 1);
    for (;;) {
        Slot *sl = &m->slots[s];
        if (sl->key == NULL) return NULL;
        if (matches(sl, k, len, h)) return sl;
        s = (s + 1) & (m->cap - 1);
    }
}

/* mapSlot returns the slot holding k, inserting a copy of k with value 0 if absent. */
static Slot *mapSlot(Map *m, const char *k, size_t len) {
    if ((m->used + 1) * 4 > m->cap * 3) mapRehash(m);
    uint64_t h = hashOf(k, len);
    size_t s = h & (m->cap - 1);
    Slot *tomb = NULL;
    for (;;) {
        Slot *sl = &m->slots[s];
        if (sl->key == NULL) break;
        if (matches(sl, k, len, h)) return sl;
        if (sl->key == TOMB && !tomb) tomb = sl;
        s = (s + 1) & (m->cap - 1);
    }
    Slot *sl = tomb ? tomb : &m->slots[s];
    if (!tomb) m->used++;
    m->live++;
    sl->key = malloc(len);
    if (!sl->key) exit(1);
    memcpy(sl->key, k, len);
    sl->len = len;
    sl->hash = h;
    sl->val = 0;
    return sl;
}

static void mapDelete(Map *m, const char *k, size_t len) {
    Slot *sl = mapFind(m, k, len);
    if (!sl) return;
    free(sl->key);
    sl->key = TOMB;
    m->live--;
}

/* key writes "k" followed by j·48271 mod (2^31 - 1) in decimal to buf (at least 12 bytes) and returns its
 * length. The digits are produced by hand, as Go's strconv.Itoa does, rather than by snprintf, whose format
 * parsing would cost more than the hashing measured here. */
static size_t key(char *buf, int64_t j) {
    uint64_t v = (uint64_t)(j * 48271 % 2147483647);
    char digits[20];
    size_t n = 0;
    do {
        digits[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v != 0);
    buf[0] = 'k';
    for (size_t i = 0; i < n; i++) buf[1 + i] = digits[n - 1 - i];
    return n + 1;
}

int main(int argc, char **argv) {
    int64_t n = 10000;
    if (argc > 1) n = atoll(argv[argc - 1]);
    char buf[32];
    size_t len;
    Map m;
    mapInit(&m, 8);
    for (int64_t j = 1; j <= n; j++) {
        len = key(buf, j);
        mapSlot(&m, buf, len)->val = j;
    }
    printf("inserted %zu\n", m.live);

    int64_t hits = 0, sum = 0;
    for (int64_t j = 1; j <= 2 * n; j++) {
        len = key(buf, j);
        Slot *sl = mapFind(&m, buf, len);
        if (sl) {
            hits++;
            sum = (sum + sl->val) % MODULUS;
        }
    }
    printf("lookup hits %lld sum %lld\n", (long long)hits, (long long)sum);

    for (int64_t j = 1; j <= n; j += 2) {
        len = key(buf, j);
        mapDelete(&m, buf, len);
    }
    printf("after delete %zu\n", m.live);
    for (int64_t j = n + 1; j <= n + n / 2; j++) {
        len = key(buf, j);
        mapSlot(&m, buf, len)->val = j;
    }
    for (int64_t j = 1; j <= n; j += 3) {
        len = key(buf, j);
        mapSlot(&m, buf, len)->val++;
    }
    printf("after insert and update %zu\n", m.live);

    hits = 0, sum = 0;
    for (int64_t j = 1; j <= 2 * n; j++) {
        len = key(buf, j);
        Slot *sl = mapFind(&m, buf, len);
        if (sl) {
            hits++;
            sum = (sum + sl->val) % MODULUS;
        }
    }
    printf("lookup hits %lld sum %lld\n", (long long)hits, (long long)sum);

    sum = 0;
    for (size_t i = 0; i < m.cap; i++) {
        Slot *sl = &m.slots[i];
        if (sl->key == NULL || sl->key == TOMB) continue;
        sum = (sum + (int64_t)sl->len * sl->val + (unsigned char)sl->key[sl->len - 1]) % MODULUS;
        free(sl->key);
    }
    printf("range %lld\n", (long long)sum);
    free(m.slots);
    return 0;
}
