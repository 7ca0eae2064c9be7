// A deferred call that panics while its function returns: the trace names the deferring function at the line of
// the return statement that ran the deferred calls (Go's deferreturn), or at the closing brace when the function
// ends without one.
package main

import (
	"errors"
	"fmt"
)

func check(n int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	defer func() {
		if n > 1 {
			panic(fmt.Sprint("n is ", n))
		}
	}()
	if n == 0 {
		return errors.New("zero")
	}
	return nil
}

func fallsOff(msg string) {
	defer func() {
		panic(msg)
	}()
	fmt.Println("falls off the end")
}

func early(n int) int {
	defer func() {
		if n < 0 {
			fallsOff("negative")
		}
	}()
	if n < 0 {
		return -1
	}
	return n
}

func main() {
	fmt.Println(check(0))
	fmt.Println(check(1))
	fmt.Println(check(2))
	fmt.Println(early(3))
	fmt.Println(early(-3))
}
