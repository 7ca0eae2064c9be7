// The values recover() returns for run-time panics: their dynamic types (%T), texts (%v, Error()), that they
// are runtime.Error values, and errors.As into *runtime.TypeAssertionError.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

type T struct{ x int }

func (t T) Value() int { return t.x }

type Valuer interface{ Value() int }

type Namer interface{ Name() string }

type U int

func (U) F() {}

type Fer interface{ F() }

var (
	nilU *U
	fer  Fer = nilU
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		re, isRuntime := r.(runtime.Error)
		err, isError := r.(error)
		fmt.Printf("%-22s %T | %v | runtime.Error=%v error=%v\n", name, r, r, isRuntime, isError)
		if isRuntime {
			fmt.Printf("%-22s Error()=%q\n", "", re.Error())
		}
		var tae *runtime.TypeAssertionError
		if isError && errors.As(err, &tae) {
			fmt.Printf("%-22s errors.As TypeAssertionError: %s\n", "", tae.Error())
		}
	}()
	f()
}

var sink int

func main() {
	s := []int{1, 2, 3}
	i, j, k := 5, -1, 2
	var m map[string]int
	var p *T
	var e any = "str"
	var ev any = T{1}
	var nilIface any
	var ch chan int
	closed := make(chan int)
	close(closed)
	zero := 0
	shift := -1
	arr := [3]int{}
	str := "abc"

	try("index", func() { sink = s[i] })
	try("index negative", func() { sink = s[j] })
	try("array index", func() { sink = arr[i%8] })
	try("string index", func() { sink = int(str[i]) })
	try("slice hi cap", func() { _ = s[:i] })
	try("slice lo>hi", func() { _ = s[k:1] })
	try("slice negative lo", func() { _ = s[j:] })
	try("slice3 max", func() { _ = s[1:2:i] })
	try("slice3 hi>max", func() { _ = s[1:k+1:k] })
	try("slice3 lo>hi", func() { _ = s[k:1:3] })
	try("string slice", func() { _ = str[1:i] })
	try("slice to array ptr", func() { _ = (*[4]int)(s) })
	try("divide", func() { sink = 1 / zero })
	try("modulo", func() { sink = 1 % zero })
	try("shift", func() { sink = 1 << shift })
	try("nil map write", func() { m["a"] = 1 })
	try("nil deref", func() { sink = p.x })
	try("nil value method", func() { fer.F() })
	try("assert concrete", func() { sink = e.(int) })
	try("assert nil", func() { sink = nilIface.(int) })
	try("assert iface missing", func() { _ = ev.(Namer) })
	try("assert iface nil", func() { _ = nilIface.(Namer) })
	try("close nil chan", func() { close(ch) })
	try("close closed chan", func() { close(closed) })
	try("send closed chan", func() { closed <- 1 })
	try("unhashable key", func() {
		mm := map[any]int{}
		mm[[]int{1}] = 1
	})
	try("uncomparable", func() {
		var a, b any = []int{1}, []int{1}
		fmt.Println(a == b)
	})
	try("makeslice", func() { _ = make([]int, j) })
	try("user panic", func() { panic(fmt.Sprintf("user %d", 1)) })
	try("user error", func() { panic(errors.New("plain error")) })
}
