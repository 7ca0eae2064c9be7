// iface: interface method dispatch over two concrete types, the C version of iface.go: each object starts with a
// pointer to a struct of function pointers (its vtable), and the loop calls through it. Same LCG, same rounds,
// same output.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

enum { kNumShapes = 1000 };
static const int64_t kModulus = 1000000007;

typedef struct Shape Shape;
typedef struct {
  int64_t (*area)(Shape *);
  int64_t (*perimeter)(Shape *);
  void (*grow)(Shape *);
} ShapeVtable;
struct Shape {
  const ShapeVtable *vt;
};

typedef struct {
  Shape base;
  int64_t w, h;
} Rect;
typedef struct {
  Shape base;
  int64_t s;
} Square;

static int64_t rectArea(Shape *p) { Rect *r = (Rect *)p; return r->w * r->h; }
static int64_t rectPerimeter(Shape *p) { Rect *r = (Rect *)p; return 2 * (r->w + r->h); }
static void rectGrow(Shape *p) {
  Rect *r = (Rect *)p;
  r->w++;
  if (r->w > 97) r->w = 1;
}
static const ShapeVtable kRectVtable = {rectArea, rectPerimeter, rectGrow};

static int64_t squareArea(Shape *p) { Square *s = (Square *)p; return s->s * s->s; }
static int64_t squarePerimeter(Shape *p) { Square *s = (Square *)p; return 4 * s->s; }
static void squareGrow(Shape *p) {
  Square *s = (Square *)p;
  s->s++;
  if (s->s > 97) s->s = 1;
}
static const ShapeVtable kSquareVtable = {squareArea, squarePerimeter, squareGrow};

int main(int argc, char **argv) {
  int64_t rounds = argc > 1 ? strtoll(argv[argc - 1], NULL, 10) : 100;

  Shape *shapes[kNumShapes];
  int64_t seed = 42;
  for (int i = 0; i < kNumShapes; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    int64_t d = seed / 65536;
    if (d % 2 == 0) {
      Rect *r = malloc(sizeof *r);
      r->base.vt = &kRectVtable;
      r->w = d % 97 + 1;
      r->h = d / 97 % 97 + 1;
      shapes[i] = &r->base;
    } else {
      Square *s = malloc(sizeof *s);
      s->base.vt = &kSquareVtable;
      s->s = d % 97 + 1;
      shapes[i] = &s->base;
    }
  }

  int64_t check = 0;
  for (int64_t r = 0; r < rounds; r++) {
    int64_t sum = 0;
    for (int i = 0; i < kNumShapes; i++) {
      Shape *s = shapes[i];
      sum += s->vt->area(s) + s->vt->perimeter(s);
      s->vt->grow(s);
    }
    check = (check * 31 + sum) % kModulus;
  }
  int64_t areas = 0;
  for (int i = 0; i < kNumShapes; i++) areas += shapes[i]->vt->area(shapes[i]);
  printf("%lld %lld\n", (long long)check, (long long)areas);
  for (int i = 0; i < kNumShapes; i++) free(shapes[i]);
  return 0;
}
