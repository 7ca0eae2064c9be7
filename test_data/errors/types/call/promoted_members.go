// Promoted fields and methods through embedded structs and embedded pointers, at any depth; a shallower member
// hides deeper ones. Field selections of addressable values or through pointers are assignable.
package main

type Inner struct{ v int }

func (i *Inner) Inc()    { i.v++ }
func (i Inner) Val() int { return i.v }

type Outer struct {
	*Inner
	name string
}

type Wrap struct {
	Outer
	v string // hides Outer.Inner.v
}

type Named interface{ Val() int }

func main() {
	o := Outer{Inner: &Inner{}}
	o.Inc()
	_ = o.Val()
	o.v = 1
	w := Wrap{Outer: o}
	w.Inc()
	w.Outer.v = 2
	w.v = "hidden"
	var n Named = w
	var _ Named = &w
	_ = n
	inc := w.Inc
	inc()
	var _ func(Wrap) int = Wrap.Val
	var _ func(Wrap) = Wrap.Inc // Inc is promoted through the embedded pointer
	p := &Wrap{}
	p.name = "x"
	_ = &p.Outer.Inner.v
	_ = Outer{}.Inner.v // assignable through the pointer
	Outer{}.Inner.v = 3

	Wrap{}.v = "a" // ERROR "cannot assign to Wrap\{.*\}\.v \(neither addressable nor a map index expression\)"
}
