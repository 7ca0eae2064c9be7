package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

type T struct{ A int }

type Fn func(int) string

func main() {
	vals := []any{T{}, &T{}, []*T{}, map[string]*T{}, [3]T{}, func() {}, func(int, ...string) (bool, error) { return false, nil },
		make(chan int), make(chan<- string), make(<-chan []byte), Fn(nil), struct{}{}, struct {
			A int `json:"a"`
			b string
		}{}, []any{}, map[string]any{}, []error{}, []fmt.Stringer{}, errors.New("e"), io.EOF, os.ErrNotExist,
		strings.NewReader(""), &strings.Builder{}, time.Second, time.Month(1), 'x', byte(1), uintptr(0), complex64(0),
		[]struct{ X, Y int }{}, map[[2]int][]map[string]bool{}, new(any), new(error), (*int)(nil), []interface{ M() }{},
		fmt.Errorf("x %w", io.EOF), fmt.Errorf("y"), struct{ T }{}, struct{ *T }{},
		func(a, b int) {}, func() (x int) { return }, [][]byte{}, new(struct{ a [2]int })}
	for i, v := range vals {
		fmt.Printf("%d: %T\n", i, v)
	}
	fmt.Printf("%10T|%-10T|%.3T|%q\n", 1, "s", 2.5, fmt.Sprintf("%T", nil))
	fmt.Printf("%v %T\n", []string{fmt.Sprintf("%T", os.Stdout)}, os.Stdin)
}
