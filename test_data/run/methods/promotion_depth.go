package main

import "fmt"

type Base struct{ id int }

func (b Base) ID() int       { return b.id }
func (b *Base) SetID(i int)  { b.id = i }
func (b Base) Name() string  { return "base" }

type Mid struct {
	Base
}

func (m Mid) Name() string { return "mid" } // shadows Base.Name

type Top struct {
	Mid
	extra int
}

func main() {
	var t Top
	t.SetID(7)
	fmt.Println(t.ID(), t.Name(), t.Mid.Base.Name(), t.id)
	type Namer interface{ Name() string }
	var n Namer = t
	fmt.Println(n.Name())
	var ip interface{ SetID(int) } = &t
	ip.SetID(9)
	fmt.Println(t.ID())
}
