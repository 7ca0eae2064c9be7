package main

import "fmt"

type Writer interface{ Write(s string) }

type buffer struct{ data []string }

func (b *buffer) Write(s string) { b.data = append(b.data, s) }

type prefixed struct {
	Writer
	prefix string
}

func (p prefixed) Write(s string) { p.Writer.Write(p.prefix + s) }

func main() {
	b := &buffer{}
	var w Writer = prefixed{b, "# "}
	w.Write("one")
	w.Write("two")
	w = b
	w.Write("raw")
	fmt.Println(b.data)
}
