package main

import "fmt"

type MyErr struct{}

func (*MyErr) Error() string { return "my error" }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{}
	}
	return p // a typed nil is a non-nil interface
}

func properly(fail bool) error {
	if fail {
		return &MyErr{}
	}
	return nil
}

func main() {
	e1 := mayFail(false)
	e2 := properly(false)
	fmt.Println(e1 == nil, e2 == nil)
	fmt.Printf("%T %T\n", e1, e2)
	var i interface{}
	var p *int
	fmt.Println(i == nil, p == nil)
	i = p
	fmt.Println(i == nil, i.(*int) == nil)
}
