package main

import (
	"errors"
	"fmt"
	"time"
)

type Base struct{ id int }

func (b Base) String() string { return fmt.Sprintf("Base#%d", b.id) }

type Derived struct {
	Base
	Extra int
}

type PBase struct{ id int }

func (b *PBase) String() string { return "PBase" }

type HasP struct {
	PBase
}

type HasPP struct {
	*PBase
}

type ErrBase struct{}

func (ErrBase) Error() string { return "errbase" }

type WrapsErr struct {
	ErrBase
	N int
}

type MyErr struct{ msg string }

func (e *MyErr) Error() string { return e.msg }

type BadFormat struct{}

func (BadFormat) Format(s fmt.State, c rune) { panic("format boom") }

type NilFormat struct{ x int }

func (n *NilFormat) Format(s fmt.State, c rune) { fmt.Fprintf(s, "nf%d", n.x) }

type PanicErr struct{}

func (PanicErr) Error() string { panic(errors.New("inner")) }

type PanicGo struct{}

func (PanicGo) GoString() string { panic(42) }

type Holder struct {
	E error
	S fmt.Stringer
	D time.Duration
	M time.Month
	W time.Weekday
}

func main() {
	fmt.Println(Derived{Base{1}, 2}, &Derived{Base{3}, 4})
	fmt.Printf("%v %+v %s\n", Derived{Base{5}, 6}, Derived{Base{5}, 6}, []Derived{{Base{7}, 8}})
	fmt.Println(HasP{PBase{1}}, &HasP{PBase{2}}, HasPP{&PBase{3}}, HasPP{})
	fmt.Println(WrapsErr{N: 1}, []error{WrapsErr{}, nil, &MyErr{"m"}})
	fmt.Println(BadFormat{})
	fmt.Printf("%d|%s\n", BadFormat{}, []BadFormat{{}})
	var nf *NilFormat
	fmt.Println(nf)
	fmt.Printf("%v %v\n", &NilFormat{4}, []*NilFormat{nil})
	fmt.Println(PanicErr{})
	fmt.Printf("%#v\n", PanicGo{})
	fmt.Printf("%v\n", Holder{})
	fmt.Printf("%+v\n", Holder{E: &MyErr{"x"}, S: Base{9}, D: 1500 * time.Millisecond, M: time.March, W: time.Sunday})
	var nilErr *MyErr
	fmt.Println(Holder{E: nilErr})
	fmt.Println(time.Duration(0), 90*time.Second, time.Duration(-1), []time.Duration{time.Hour, time.Microsecond})
	fmt.Println(map[time.Month]int{time.May: 5, time.January: 1})
}
