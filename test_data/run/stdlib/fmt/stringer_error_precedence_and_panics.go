package main

import (
	"errors"
	"fmt"
)

type V struct{ n int }

func (v V) String() string { return fmt.Sprintf("V<%d>", v.n) }

type P struct{ n int }

func (p *P) String() string { return fmt.Sprintf("P<%d>", p.n) }

type E struct{}

func (E) Error() string  { return "E-error" }
func (E) String() string { return "E-string" }

type Panicky struct{}

func (Panicky) String() string { panic("oops") }

type PanErr struct{}

func (*PanErr) Error() string { panic(errors.New("err panic")) }

type wrap struct {
	V V
	P *P
	v V
}

type Num int

func (n Num) String() string { return fmt.Sprintf("Num(%d)", int(n)) }

type List []int

func (l List) String() string { return fmt.Sprintf("List of %d", len(l)) }

func main() {
	fmt.Println(V{1}, &V{2}, P{3}, &P{4})
	fmt.Printf("%v %s %d %x %q %+v %#v\n", V{5}, V{5}, V{5}, V{5}, V{5}, V{5}, V{5})
	fmt.Println(E{}, []E{{}})
	fmt.Printf("%v %s\n", E{}, error(E{}))
	fmt.Println(Panicky{})
	fmt.Printf("[%s] [%d]\n", Panicky{}, Panicky{})
	var pe *PanErr
	fmt.Println(pe)
	fmt.Println(&PanErr{})
	fmt.Printf("%+v\n", wrap{V{1}, &P{2}, V{3}})
	fmt.Println([]any{V{6}, &P{7}, Num(8)}, []Num{1, 2}, map[Num]Num{1: 2})
	fmt.Printf("%d %v %x %s\n", Num(10), Num(10), Num(10), Num(10))
	fmt.Println(List{1, 2, 3}, []List{{1}})
	fmt.Printf("%v %d\n", List{1, 2}, List{1, 2})
	var np *P
	fmt.Println(np)
	fmt.Printf("%s|%v|%d\n", np, np, []*P{nil})
	var s fmt.Stringer = V{9}
	fmt.Println(s)
	fmt.Printf("%10s|%-10v|%.2s\n", V{1}, V{2}, V{3})
}
