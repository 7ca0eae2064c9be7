/* mapint: the C version of mapint.go (same work, same output); see there. The map is a simple open-addressing
 * hash table: power-of-two capacity, Fibonacci hashing, linear probing, tombstones for deleted slots, grown
 * (or rebuilt without tombstones) when live plus dead slots pass 3/4 of the capacity. Keys are ≥ 1, so key 0
 * marks an empty slot and key -1 a tombstone. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define MODULUS 1000000007LL
#define EMPTY 0
#define TOMB (-1)

typedef struct {
    int64_t key;
    int64_t val;
} Slot;

typedef struct {
    Slot *slots;
    size_t cap;   /* a power of two */
    int shift;    /* 64 - log2(cap) */
    size_t live;  /* entries */
    size_t used;  /* entries plus tombstones */
} Map;

static size_t slotOf(const Map *m, int64_t k) {
    return (size_t)(((uint64_t)k * 0x9E3779B97F4A7C15ULL) >> m->shift);
}

static void mapInit(Map *m, size_t cap, int shift) {
    m->slots = calloc(cap, sizeof(Slot));
    if (!m->slots) exit(1);
    m->cap = cap;
    m->shift = shift;
    m->live = m->used = 0;
}

static void mapRehash(Map *m) {
    Map old = *m;
    size_t cap = old.cap;
    int shift = old.shift;
    if ((old.live + 1) * 2 > old.cap) { /* more than half full of live entries: double */
        cap *= 2;
        shift--;
    }
    mapInit(m, cap, shift);
    for (size_t i = 0; i < old.cap; i++) {
        int64_t k = old.slots[i].key;
        if (k == EMPTY || k == TOMB) continue;
        size_t s = slotOf(m, k);
        while (m->slots[s].key != EMPTY) s = (s + 1) & (m->cap - 1);
        m->slots[s] = old.slots[i];
    }
    m->live = m->used = old.live;
    free(old.slots);
}

/* mapFind returns the slot holding k, or NULL. */
static Slot *mapFind(Map *m, int64_t k) {
    size_t s = slotOf(m, k);
    for (;;) {
        int64_t sk = m->slots[s].key;
        if (sk == k) return &m->slots[s];
        if (sk == EMPTY) return NULL;
        s = (s + 1) & (m->cap - 1);
    }
}

/* mapSlot returns the slot holding k, inserting k with value 0 if absent. */
static Slot *mapSlot(Map *m, int64_t k) {
    if ((m->used + 1) * 4 > m->cap * 3) mapRehash(m);
    size_t s = slotOf(m, k);
    Slot *tomb = NULL;
    for (;;) {
        Slot *sl = &m->slots[s];
        if (sl->key == k) return sl;
        if (sl->key == EMPTY) break;
        if (sl->key == TOMB && !tomb) tomb = sl;
        s = (s + 1) & (m->cap - 1);
    }
    Slot *sl = tomb ? tomb : &m->slots[s];
    if (!tomb) m->used++;
    m->live++;
    sl->key = k;
    sl->val = 0;
    return sl;
}

static void mapDelete(Map *m, int64_t k) {
    Slot *sl = mapFind(m, k);
    if (!sl) return;
    sl->key = TOMB;
    m->live--;
}

static int64_t key(int64_t j) { return j * 48271 % 2147483647; }

int main(int argc, char **argv) {
    int64_t n = 20000;
    if (argc > 1) n = atoll(argv[argc - 1]);
    Map m;
    mapInit(&m, 8, 61);
    for (int64_t j = 1; j <= n; j++) mapSlot(&m, key(j))->val = j;
    printf("inserted %zu\n", m.live);

    int64_t hits = 0, sum = 0;
    for (int64_t j = 1; j <= 2 * n; j++) {
        Slot *sl = mapFind(&m, key(j));
        if (sl) {
            hits++;
            sum = (sum + sl->val) % MODULUS;
        }
    }
    printf("lookup hits %lld sum %lld\n", (long long)hits, (long long)sum);

    for (int64_t j = 1; j <= n; j += 2) mapDelete(&m, key(j));
    printf("after delete %zu\n", m.live);
    for (int64_t j = n + 1; j <= n + n / 2; j++) mapSlot(&m, key(j))->val = j;
    for (int64_t j = 1; j <= n; j += 3) mapSlot(&m, key(j))->val++;
    printf("after insert and update %zu\n", m.live);

    hits = 0, sum = 0;
    for (int64_t j = 1; j <= 2 * n; j++) {
        Slot *sl = mapFind(&m, key(j));
        if (sl) {
            hits++;
            sum = (sum + sl->val) % MODULUS;
        }
    }
    printf("lookup hits %lld sum %lld\n", (long long)hits, (long long)sum);

    sum = 0;
    for (size_t i = 0; i < m.cap; i++) {
        Slot *sl = &m.slots[i];
        if (sl->key != EMPTY && sl->key != TOMB) sum = (sum + sl->key % 1000 * sl->val) % MODULUS;
    }
    printf("range %lld\n", (long long)sum);
    free(m.slots);
    return 0;
}
