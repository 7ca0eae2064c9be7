package main

import (
	"errors"
	"fmt"
)

type E struct{ code int }

func try(v interface{}) (r interface{}) {
	defer func() { r = recover() }()
	panic(v)
}

func main() {
	fmt.Println(try("text"))
	fmt.Println(try(17))
	fmt.Println(try(errors.New("an error")))
	fmt.Println(try(E{3}))
	r := try([]int{1, 2})
	fmt.Printf("%T %v\n", r, r)
	fmt.Println(recover())
}
