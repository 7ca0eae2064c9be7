// closures: calls of closures that capture variables, the C version of closures.go: a closure is a struct whose
// first field is the function pointer, followed by its captured variables (values copied in, variables captured
// by reference as pointers). Same closures, same steps, same output.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static const int64_t kModulus = 1000000007;

// IntFunc is a func(int) int: fn receives the closure itself as its environment.
typedef struct IntFunc IntFunc;
struct IntFunc {
  int64_t (*fn)(IntFunc *self, int64_t x);
};

typedef struct {
  IntFunc base;
  int64_t k;
} Offset;
static int64_t offsetFn(IntFunc *self, int64_t x) { return x + ((Offset *)self)->k; }
static IntFunc *offset(int64_t k) {
  Offset *c = malloc(sizeof *c);
  c->base.fn = offsetFn;
  c->k = k;
  return &c->base;
}

typedef struct {
  IntFunc base;
  int64_t a, b;
} Affine;
static int64_t affineFn(IntFunc *self, int64_t x) {
  Affine *c = (Affine *)self;
  return c->a * x + c->b;
}
static IntFunc *affine(int64_t a, int64_t b) {
  Affine *c = malloc(sizeof *c);
  c->base.fn = affineFn;
  c->a = a;
  c->b = b;
  return &c->base;
}

typedef struct {
  IntFunc base;
  int64_t *calls;
} Count;
static int64_t countFn(IntFunc *self, int64_t x) {
  Count *c = (Count *)self;
  ++*c->calls;
  return x + *c->calls;
}
static IntFunc *count(int64_t *calls) {
  Count *c = malloc(sizeof *c);
  c->base.fn = countFn;
  c->calls = calls;
  return &c->base;
}

typedef struct {
  IntFunc base;
  int64_t lim;
} Clamp;
static int64_t clampFn(IntFunc *self, int64_t x) {
  Clamp *c = (Clamp *)self;
  return x > c->lim ? c->lim : x;
}
static IntFunc *clamp(int64_t lim) {
  Clamp *c = malloc(sizeof *c);
  c->base.fn = clampFn;
  c->lim = lim;
  return &c->base;
}

// Emit is main's func(int) closure over sum and emitted.
typedef struct Emit Emit;
struct Emit {
  void (*fn)(Emit *self, int64_t v);
  int64_t *sum, *emitted, numFuncs;
};
static void emitFn(Emit *self, int64_t v) {
  *self->sum += v;
  ++*self->emitted;
  if (*self->emitted == self->numFuncs) {
    *self->sum %= kModulus;
    *self->emitted = 0;
  }
}

static void run(IntFunc **fs, int numFuncs, Emit *emit, int64_t n) {
  for (int64_t i = 0; i < n; i++)
    for (int j = 0; j < numFuncs; j++) emit->fn(emit, fs[j]->fn(fs[j], i));
}

int main(int argc, char **argv) {
  int64_t n = argc > 1 ? strtoll(argv[argc - 1], NULL, 10) : 10000;
  int64_t calls = 0;
  IntFunc *fs[4] = {offset(3), affine(5, 1), count(&calls), clamp(1000)};
  int64_t sum = 0, emitted = 0;
  Emit *emit = malloc(sizeof *emit);
  emit->fn = emitFn;
  emit->sum = &sum;
  emit->emitted = &emitted;
  emit->numFuncs = 4;
  run(fs, 4, emit, n);
  printf("%lld %lld\n", (long long)sum, (long long)calls);
  for (int j = 0; j < 4; j++) free(fs[j]);
  free(emit);
  return 0;
}
