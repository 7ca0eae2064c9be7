// strings.Builder: Write, WriteByte, WriteRune (invalid runes too), WriteString with their results, Len, Cap after
// Grow (Go's growth rule 2*cap+n), Reset, String after further writes, Grow's negative-count panic, the copy check
// ("illegal use of non-zero Builder copied by value"), and use as an io.Writer with fmt.Fprintf.
package main

import (
	"fmt"
	"io"
	"strings"
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", name, r)
		}
	}()
	f()
	fmt.Printf("%s: ok\n", name)
}

func main() {
	var b strings.Builder
	fmt.Println(b.Len(), b.Cap(), b.String() == "")
	n, err := b.WriteString("hello")
	fmt.Println(n, err, b.Len(), b.String())
	fmt.Println(b.WriteByte(' '))
	for _, r := range []rune{'w', 'ö', '☺', '🙂', -1, 0xD800, 0x110000} {
		n, err := b.WriteRune(r)
		fmt.Print(n, err, " ")
	}
	fmt.Println()
	n, err = b.Write([]byte("!\xff"))
	fmt.Println(n, err)
	s1 := b.String()
	b.WriteString(" more")
	fmt.Printf("%q %q %d\n", s1, b.String(), b.Len())

	var g strings.Builder
	g.Grow(10)
	fmt.Println("after Grow(10):", g.Len(), g.Cap())
	g.WriteString("0123456789")
	fmt.Println(g.Len(), g.Cap())
	g.Grow(5)
	fmt.Println("after Grow(5):", g.Len(), g.Cap())
	g.Grow(0)
	fmt.Println("after Grow(0):", g.Len(), g.Cap())
	g.Reset()
	fmt.Println("after Reset:", g.Len(), g.Cap(), g.String() == "")

	try("Grow(-1)", func() {
		var x strings.Builder
		x.Grow(-1)
	})
	try("copy of zero Builder", func() {
		var a strings.Builder
		c := a
		c.WriteString("x")
		a.WriteString("y")
		fmt.Println(a.String(), c.String())
	})
	try("copy of non-zero Builder", func() {
		var a strings.Builder
		a.WriteString("x")
		c := a
		fmt.Println(c.Len(), c.String())
		c.WriteString("y")
	})
	try("copy then Grow", func() {
		var a strings.Builder
		a.WriteByte('x')
		c := a
		c.Grow(100)
	})
	try("copy then Reset", func() {
		var a strings.Builder
		a.WriteByte('x')
		c := a
		c.Reset()
		c.WriteString("fresh")
		fmt.Println(c.String())
	})

	var w io.Writer = &b
	b.Reset()
	fmt.Fprintf(w, "%d-%s-%v", 42, "x", []int{1, 2})
	fmt.Println(b.String())
	var sw io.StringWriter = &b
	sw.WriteString("|")
	var bw io.ByteWriter = &b
	bw.WriteByte('#')
	fmt.Println(b.String())

	// Growth while appending one byte at a time: the capacities Go's append picks.
	var c strings.Builder
	last := -1
	for i := 0; i < 3000; i++ {
		c.WriteByte('a')
		if c.Cap() != last {
			last = c.Cap()
			fmt.Print(last, " ")
		}
	}
	fmt.Println()
	fmt.Println(len(c.String()), strings.Count(c.String(), "a"))
}
