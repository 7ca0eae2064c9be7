package main

import (
	"fmt"
	"strings"
)

type Celsius float64

func (c Celsius) Fahrenheit() float64 { return float64(c)*9/5 + 32 }

type Buffer struct{ parts []string }

func (b *Buffer) Write(s string) { b.parts = append(b.parts, s) }

func main() {
	c := Celsius(100)
	n := int(3.0)
	bs := []byte("héllo")
	rs := []rune(string(bs))
	var x int = 5
	px := (*int)(&x)
	f := (func() string)(func() string { return "fn" })
	ro := (<-chan int)(make(chan int))
	toF := Celsius.Fahrenheit
	write := (*Buffer).Write
	buf := &Buffer{}
	write(buf, "a")
	bound := buf.Write
	bound("b")
	up := strings.ToUpper
	fmt.Println(c, n, bs, rs, *px, f(), ro != nil, toF(c), buf.parts, up("z"), c.Fahrenheit())
}
