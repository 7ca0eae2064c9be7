// Named results and locals changed by deferred closures (also after a recover), deferred pointer-method calls on
// locals, defer inside loops, and panics whose values refer to locals.
package main

import (
	"errors"
	"fmt"
)

type Acc struct {
	Sum  int
	Log  []string
	Done bool
}

func (a *Acc) Close() { a.Done = true; a.Log = append(a.Log, "closed") }
func (a *Acc) Add(n int) { a.Sum += n; a.Log = append(a.Log, fmt.Sprint("add ", n)) }

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	q = a / b
	return
}

func withAcc() (acc Acc) {
	defer acc.Close()
	for i := 1; i <= 3; i++ {
		acc.Add(i)
	}
	return
}

func deferLoop() (out []int) {
	for i := 0; i < 3; i++ {
		v := i * 10
		defer func() { out = append(out, v) }()
	}
	return nil
}

type Bad struct{ Code int }

func panicsWithPointer() (code int) {
	defer func() {
		if r := recover(); r != nil {
			code = r.(*Bad).Code
		}
	}()
	b := Bad{Code: 7}
	panic(&b)
}

func counter() (n int) {
	defer func() { n *= 2 }()
	local := Acc{}
	defer func() { n += local.Sum }()
	local.Add(5)
	return 1
}

func nested() (s string) {
	defer func() {
		r := recover()
		s = fmt.Sprint("outer saw: ", r)
	}()
	func() {
		defer func() {
			r := recover()
			panic(fmt.Sprint("re-panic of ", r))
		}()
		var p *Acc
		p.Add(1)
	}()
	return "unreachable"
}

var errSentinel = errors.New("sentinel")

func wraps() (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("wrapped: %w", err)
		}
	}()
	return errSentinel
}

func main() {
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	a := withAcc()
	fmt.Println(a.Sum, a.Done, a.Log)
	fmt.Println(deferLoop())
	fmt.Println(panicsWithPointer())
	fmt.Println(counter())
	fmt.Println(nested())
	err := wraps()
	fmt.Println(err, errors.Is(err, errSentinel))
	for i := 0; i < 3; i++ {
		func() {
			st := Acc{}
			defer func() {
				if r := recover(); r != nil {
					fmt.Println("iteration", i, "recovered", r, st.Sum)
				}
			}()
			st.Add(i)
			if i == 1 {
				panic("one")
			}
		}()
	}
}
