package main

import (
	"errors"
	"fmt"
)

type T struct{}
type MyInt int

func main() {
	vals := []interface{}{1, "s", 2.5, true, nil, T{}, &T{}, MyInt(1), []int{}, map[string]T{}, [2]bool{}, func(int) string { return "" }, errors.New("e"), 'r', byte(1), struct{ A int }{}}
	for _, v := range vals {
		fmt.Printf("%T\n", v)
	}
}
