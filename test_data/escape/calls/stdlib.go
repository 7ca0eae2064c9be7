// Calls into other packages use the summaries of the standard library, analysed before the importing package:
// a parameter the callee only reads does not escape. Go 1.19's output for its own standard library; vo matches it
// only where its own stdlib agrees: strings.Index and utf8.RuneCount are natives in vo (no Go body), which the
// analysis must know retain nothing, and sort.Ints converts to sort.Interface in both; runtime.KeepAlive and
// runtime.ReadMemStats are natives in vo too.
package main

import (
	"errors"
	"os"
	"runtime"
	"sort"
	"strings"
	"unicode/utf8"
)

var sinkErr error

func pure(s, p string) bool { // ERROR "s does not escape$" "p does not escape$"
	return strings.HasPrefix(s, p) && strings.Index(s, p) >= 0
}

func sorting() int {
	s := []int{3, 1, 2} // ERROR "\[\]int{...} escapes to heap$"
	sort.Ints(s)
	return s[0]
}

func runes(b []byte) int { // ERROR "b does not escape$"
	return utf8.RuneCount(b)
}

func local() int {
	buf := make([]byte, 8) // ERROR "make\(\[\]byte, 8\) does not escape$"
	return utf8.RuneCount(buf)
}

func newError() {
	sinkErr = errors.New("x")
}

// strings.Join may return an element itself (a one-element slice): the elements leak to the result.
func joined(xs []string) string { // ERROR "leaking param: xs to result ~r0 level=1$"
	return strings.Join(xs, "-")
}

// os.(*File).Write only reads its operand.
func write(b []byte) int { // ERROR "b does not escape$"
	n, _ := os.Stdout.Write(b)
	return n
}

type T struct{ n int }

// runtime.KeepAlive only marks its operand live; runtime.ReadMemStats writes through its operand.
func keepAlive(p *T) { // ERROR "p does not escape$"
	runtime.KeepAlive(p)
}

func memStats() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.Mallocs
}

func main() {
	_ = pure("ab", "a")
	check(sorting(), 1)
	check(runes(nil), 0)
	check(local(), 8)
	newError()
	check(len(joined([]string{"a", "b"})), 3) // ERROR "\[\]string{...} does not escape$"
	check(write(nil), 0)
	keepAlive(&T{}) // ERROR "&T{} does not escape$"
	_ = memStats()
}

// check panics when a function computed another value than with Go: a wrong escape decision that puts an object
// in a frame it outlives shows up here at run time.
func check(got, want int) {
	if got != want {
		panic("wrong result") // ERROR ".wrong result. escapes to heap$"
	}
}
