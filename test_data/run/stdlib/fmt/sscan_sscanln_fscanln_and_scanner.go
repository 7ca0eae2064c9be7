package main

import (
	"fmt"
	"io"
	"strings"
)

type Point struct{ X, Y int }

func (p *Point) Scan(st fmt.ScanState, verb rune) error {
	_, err := fmt.Fscanf(st, "(%d,%d)", &p.X, &p.Y)
	return err
}

type Upper string

func (u *Upper) Scan(st fmt.ScanState, verb rune) error {
	tok, err := st.Token(true, func(r rune) bool { return r >= 'A' && r <= 'Z' })
	if err != nil {
		return err
	}
	if len(tok) == 0 {
		return fmt.Errorf("no upper-case letters")
	}
	*u = Upper(tok)
	return nil
}

func main() {
	var a, b, c int
	var s string
	var f float64
	n, err := fmt.Sscan("1\n\n2   3", &a, &b, &c)
	fmt.Println("sscan newlines:", n, err, a, b, c)
	n, err = fmt.Sscanln("4 5", &a, &b, &c)
	fmt.Println("sscanln short:", n, err, a, b)
	n, err = fmt.Sscanln("4 5 6 7", &a, &b, &c)
	fmt.Println("sscanln long:", n, err, a, b, c)
	n, err = fmt.Sscanln("8\n9", &a, &b)
	fmt.Println("sscanln newline:", n, err, a)
	n, err = fmt.Sscanln("", &a)
	fmt.Println("sscanln empty:", n, err)
	n, err = fmt.Sscan("   ", &a)
	fmt.Println("sscan blank:", n, err)
	n, err = fmt.Sscan("word 2.5", &s, &f)
	fmt.Println("sscan mix:", n, err, s, f)
	n, err = fmt.Sscan("1e400", &f)
	fmt.Println("sscan range:", n, err, f)
	var p Point
	n, err = fmt.Sscan("(3,4)", &p)
	fmt.Println("scanner:", n, err, p)
	var u Upper
	n, err = fmt.Sscan("  ABCdef", &u)
	fmt.Println("token:", n, err, u)
	n, err = fmt.Sscan("abc", &u)
	fmt.Println("token err:", n, err)
	r := strings.NewReader("10 20\n30 40\n50\n")
	for {
		var x, y int
		n, err := fmt.Fscanln(r, &x, &y)
		fmt.Println("fscanln:", n, err, x, y)
		if err == io.EOF {
			break
		}
	}
	r2 := strings.NewReader("name: bob age: 31\nname: amy age: 27\n")
	for {
		var name string
		var age int
		n, err := fmt.Fscanf(r2, "name: %s age: %d\n", &name, &age)
		if err != nil {
			fmt.Println("fscanf end:", n, err)
			break
		}
		fmt.Println("fscanf:", name, age)
	}
	r3 := strings.NewReader("1 2 3 4 x")
	sum := 0
	for {
		var v int
		_, err := fmt.Fscan(r3, &v)
		if err != nil {
			fmt.Println("fscan stop:", err)
			break
		}
		sum += v
	}
	fmt.Println("sum", sum)
	var i8 int8
	var u16 uint16
	var bb bool
	var i64 int64
	n, err = fmt.Sscan("-128 65535 false 9223372036854775807", &i8, &u16, &bb, &i64)
	fmt.Println("limits:", n, err, i8, u16, bb, i64)
	n, err = fmt.Sscan("65536", &u16)
	fmt.Println("overflow:", n, err, u16)
	var e any
	n, err = fmt.Sscan("1", &e)
	fmt.Println("any:", n, err)
	var sl []int
	n, err = fmt.Sscan("1", &sl)
	fmt.Println("slice:", n, err)
}
