/* binarytrees: the C version of binarytrees.go — the Benchmarks Game's binary-trees, single thread, every node
   malloc'd and free'd one by one (no pools: this is the allocator baseline); same argument and output. */
#include <stdio.h>
#include <stdlib.h>

typedef struct Node {
    struct Node *left, *right;
} Node;

static Node *bottomUp(int depth) {
    Node *n = malloc(sizeof *n);
    if (!n) {
        perror("malloc");
        exit(1);
    }
    if (depth <= 0) {
        n->left = n->right = NULL;
    } else {
        n->left = bottomUp(depth - 1);
        n->right = bottomUp(depth - 1);
    }
    return n;
}

static long check(const Node *n) {
    if (!n->left)
        return 1;
    return 1 + check(n->left) + check(n->right);
}

static void freeTree(Node *n) {
    if (n->left) {
        freeTree(n->left);
        freeTree(n->right);
    }
    free(n);
}

int main(int argc, char **argv) {
    int n = 10;
    if (argc > 1)
        n = atoi(argv[argc - 1]);
    int minDepth = 4;
    int maxDepth = n;
    if (minDepth + 2 > maxDepth)
        maxDepth = minDepth + 2;

    int stretch = maxDepth + 1;
    Node *s = bottomUp(stretch);
    printf("stretch tree of depth %d\t check: %ld\n", stretch, check(s));
    freeTree(s);

    Node *longLived = bottomUp(maxDepth);

    for (int depth = minDepth; depth <= maxDepth; depth += 2) {
        long iterations = 1L << (maxDepth - depth + minDepth);
        long sum = 0;
        for (long i = 0; i < iterations; i++) {
            Node *t = bottomUp(depth);
            sum += check(t);
            freeTree(t);
        }
        printf("%ld\t trees of depth %d\t check: %ld\n", iterations, depth, sum);
    }
    printf("long lived tree of depth %d\t check: %ld\n", maxDepth, check(longLived));
    freeTree(longLived);
    return 0;
}
