package main

import (
	"errors"
	"fmt"
)

type S struct {
	A int
	b string
	C []byte
	D map[string]any
	E *S
	F error
	G fmt.Stringer
	H [2]uint16
	I any
}

type Str int

func (s Str) String() string { return fmt.Sprint("Str", int(s)) }

type PStr struct{ n int }

func (p *PStr) String() string { return fmt.Sprint("PStr", p.n) }

type Boom int

func (Boom) Error() string { panic(errors.New("kaboom")) }

type Named []int
type NamedMap map[Str]bool
type Gs struct{ x int }

func (g Gs) GoString() string { return "Gs!" }

func main() {
	vals := []any{
		S{}, S{A: 1, b: "x", C: []byte("hi"), D: map[string]any{"k": 1, "a": nil}, G: Str(2), H: [2]uint16{3, 4}, I: Str(5)},
		&S{A: 2}, []*S{nil}, []any{Str(1), PStr{3}, nil, Boom(1)}, Named{1, 2}, NamedMap{1: true, 0: false},
		map[any]int{1: 1, "a": 2, 2.5: 3, true: 4, nil: 5, Str(0): 6}, [3]Str{1, 2, 3}, 
		Gs{1}, []Gs{{2}}, (*PStr)(nil), (*S)(nil), map[string][]int{"z": {1}, "a": nil},
		int8(-128), uint64(1<<64 - 1), 'a', "str", []string{}, [0]int{}, struct{}{}, complex(1, -2), float32(-0.5),
		Boom(2),
	}
	verbs := []string{"%v", "%+v", "%#v", "%s", "%d", "%x", "%q", "%T", "%10v", "%-8v|", "%t"}
	for i, v := range vals {
		for _, verb := range verbs {
			if verb == "%#v" && i < 3 {
				continue // contains pointers printed as addresses
			}
			fmt.Printf("%d %s: "+verb+"\n", i, verb, v)
		}
		fmt.Println(i, v)
		fmt.Print(i, v, "|", v, v, "\n")
	}
}
