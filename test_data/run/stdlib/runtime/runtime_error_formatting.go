// Run-time error values under fmt's verbs and as map keys / comparisons: %v %s %q %+v %#v of the recovered
// values, and equality between two recovered values of the same failure.
package main

import (
	"fmt"
	"runtime"
)

func recovered(f func()) (r any) {
	defer func() { r = recover() }()
	f()
	return nil
}

func main() {
	s := []int{1, 2, 3}
	n := 7
	zero := 0
	var e any = 1.5

	idx := recovered(func() { _ = s[n] })
	idx2 := recovered(func() { _ = s[n] })
	div := recovered(func() { _ = n / zero })
	div2 := recovered(func() { _ = 1 / zero })
	as := recovered(func() { _ = e.(string) })

	for _, v := range []any{idx, div, as} {
		fmt.Printf("%v|%s|%q\n", v, v, v)
	}
	fmt.Printf("%+v\n", idx)
	fmt.Printf("%#v\n", idx)
	fmt.Printf("%#v\n", div)
	fmt.Println("bounds equal:", idx == idx2)
	fmt.Println("divide equal:", div == div2)
	fmt.Println(fmt.Sprint(idx), fmt.Sprintln(div))
	err := idx.(error)
	fmt.Println(err.Error())
	if re, ok := as.(runtime.Error); ok {
		re.RuntimeError()
		fmt.Println("assertion:", re)
	}
	wrapped := fmt.Errorf("wrapped: %w", err)
	fmt.Println(wrapped)
}
