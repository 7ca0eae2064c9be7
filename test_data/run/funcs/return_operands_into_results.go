// return with several operands that are constants, nil or variables: each operand goes straight into its result
// when none of them reads a named result; swaps of named results, named results captured by deferred closures,
// shadowed named results, globals and conversions to interfaces must give Go's results.
package main

import (
	"errors"
	"fmt"
)

type T struct{ n int }

func (t *T) String() string {
	if t == nil {
		return "nil T"
	}
	return fmt.Sprint("T", t.n)
}

var g = 40

func locals() (x, y int) {
	a, b := 1, 2
	return b, a
}

func swap() (x, y int) {
	x, y = 1, 2
	return y, x
}

func deferred() (r int, err error) {
	defer func() {
		r *= 2
		if err == nil {
			err = errors.New("set by defer")
		}
	}()
	v := 5
	return v, nil
}

func shadowed(fail bool) (n int, err error) {
	if err := check(fail); err != nil {
		return -1, err
	}
	return g, nil
}

func check(fail bool) error {
	if fail {
		return errors.New("failed")
	}
	return nil
}

func ifaces(which int) (e error, s fmt.Stringer) {
	var p *T
	q := &T{7}
	if which == 0 {
		return nil, p
	}
	return e, q
}

func constants() (a int, b string, c float64, d bool) {
	return 3, "three", 3.5, true
}

func unnamed() (int, error) {
	v := 9
	return v, nil
}

func main() {
	fmt.Println(locals())
	fmt.Println(swap())
	fmt.Println(deferred())
	fmt.Println(shadowed(false))
	fmt.Println(shadowed(true))
	e, s := ifaces(0)
	fmt.Println(e == nil, s != nil, s)
	e, s = ifaces(1)
	fmt.Println(e == nil, s)
	fmt.Println(constants())
	fmt.Println(unnamed())
}
