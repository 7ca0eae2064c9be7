// golden: by hand — errors.Join is Go 1.20 (https://pkg.go.dev/errors@go1.20#Join and Go 1.20's src/errors/join.go
// and wrap.go: Join drops nil errors, returns nil when none is left, prints the errors' texts one per line, and
// Is/As look through its Unwrap() []error).
package main

import (
	"errors"
	"fmt"
)

var (
	errA = errors.New("a failed")
	errB = errors.New("b failed")
	errC = errors.New("c failed")
)

type pathErr struct{ path string }

func (e *pathErr) Error() string { return "bad path " + e.path }

func main() {
	fmt.Println("none:", errors.Join() == nil, errors.Join(nil) == nil, errors.Join(nil, nil) == nil)

	j := errors.Join(errA, nil, errB)
	fmt.Printf("%v\n---\n", j)
	fmt.Printf("%q\n", j.Error())
	fmt.Println("Is:", errors.Is(j, errA), errors.Is(j, errB), errors.Is(j, errC))
	fmt.Println("Unwrap (single) is nil:", errors.Unwrap(j) == nil)
	if u, ok := j.(interface{ Unwrap() []error }); ok {
		errs := u.Unwrap()
		fmt.Println("parts:", len(errs), errs[0] == errA, errs[1] == errB)
	}

	one := errors.Join(errC)
	fmt.Printf("one: %q same=%v is=%v\n", one.Error(), one == errC, errors.Is(one, errC))

	nested := fmt.Errorf("ctx: %w", errors.Join(errA, errors.Join(errB, &pathErr{"/x"})))
	fmt.Printf("nested: %q\n", nested.Error())
	fmt.Println("nested Is:", errors.Is(nested, errA), errors.Is(nested, errB), errors.Is(nested, errC))
	var pe *pathErr
	fmt.Println("nested As:", errors.As(nested, &pe), pe.path)

	var collected error
	for i := 0; i < 3; i++ {
		collected = errors.Join(collected, fmt.Errorf("step %d", i))
	}
	fmt.Printf("collected: %q\n", collected.Error())
}
