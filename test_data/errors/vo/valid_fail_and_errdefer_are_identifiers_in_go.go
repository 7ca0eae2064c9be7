// In .go files fail and errdefer are ordinary identifiers (LANGUAGE.md: Go programs use those names), while
// `?`, `~>` and assert work as in .vo files.

package main

import (
	"errors"
	"fmt"
)

type errdefer struct{ fail int }

func fail(msg string) error { return errors.New(msg) }

func run(data any) (string, error) {
	errdefer := errdefer{fail: 1}
	var failures []error
	failures = append(failures, fail("first"))
	assert(errdefer.fail == 1, "errdefer is a struct value here")
	name, err := data~>name
	_ = name
	check := func() error { return err }
	check()?
	return fmt.Sprint(len(failures)), nil
}

func main() {
	_, _ = run(map[string]any{"name": "vo"})
}
