// Promotion through embedded fields at any depth, through pointers, and the method sets of T and *T
// (Go spec "Selectors", "Method sets", "Struct types").
package main

import "fmt"

type Base struct {
	ID   int
	name string
}

func (b Base) Name() string      { return b.name }
func (b *Base) SetName(n string) { b.name = n }

type Middle struct {
	Base
	Level int
}

type Top struct {
	*Middle
	Extra string
}

type Deep struct {
	Top
}

type Namer interface{ Name() string }
type SetNamer interface {
	Namer
	SetName(string)
}

// Shadowing: the shallower ID wins over Base.ID.
type Shadow struct {
	Middle
	ID string
}

func (d Deep) String() string { return fmt.Sprint(d.ID, d.Level, d.Extra) }

func main() {
	d := Deep{Top{&Middle{Base{1, "x"}, 2}, "e"}}
	fmt.Println(d.ID, d.name, d.Level, d.Extra, d.Name())
	d.SetName("y") // Top holds *Middle: SetName is promoted through the pointer
	var _ Namer = d
	var _ SetNamer = d // Deep's method set has SetName: the path goes through *Middle
	var _ SetNamer = &d
	var _ fmt.Stringer = d

	var m Middle
	m.SetName("z") // m is addressable
	var _ Namer = m
	var _ SetNamer = &m

	var s Shadow
	var id string = s.ID
	var baseID int = s.Middle.ID
	fmt.Println(id, baseID)

	f := Base.Name
	g := (*Base).SetName
	h := d.Name
	_, _, _ = f, g, h
}
