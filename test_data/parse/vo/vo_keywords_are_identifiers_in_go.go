package main

import (
	"fmt"
	"strconv"
)

type step struct {
	fail     bool
	errdefer string
}

func fail(msg string) error { return fmt.Errorf("fail: %s", msg) }

func double(s string) (int, error) {
	n := strconv.Atoi(s)?
	assert(n >= 0, "negative input", n)
	return n * 2, nil
}

func main() {
	errdefer := []step{{fail: true, errdefer: "cleanup"}}
	for _, s := range errdefer {
		if s.fail {
			fmt.Println(fail(s.errdefer))
		}
	}
	fmt.Println(double("21"))
}
