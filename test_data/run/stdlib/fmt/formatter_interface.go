package main

import (
	"fmt"
	"strings"
)

type money int

func (m money) Format(f fmt.State, verb rune) {
	w, wok := f.Width()
	p, pok := f.Precision()
	fmt.Fprintf(f, "$%d[%c w=%d,%v p=%d,%v +%v -%v #%v]", int(m), verb, w, wok, p, pok, f.Flag('+'), f.Flag('-'), f.Flag('#'))
}

type boom struct{}

func (boom) Format(f fmt.State, verb rune) { panic("bad format") }

type upper string

func (u upper) Format(f fmt.State, verb rune) {
	f.Write([]byte(strings.ToUpper(string(u))))
}

func main() {
	fmt.Printf("%v|%8.2d|%+-x|%#v\n", money(5), money(6), money(7), money(8))
	fmt.Println(money(1), []money{2, 3}, struct{ M money }{4})
	fmt.Printf("%s %v\n", boom{}, upper("shout"))
	fmt.Println(fmt.Sprint(upper("x")), fmt.Sprintf("%T", money(1)))
}
