package main

import "fmt"

func inner() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("inner recovered:", r)
			panic(fmt.Sprintf("from inner (%v)", r))
		}
	}()
	panic("original")
}

func outer() (msg string) {
	defer func() {
		msg = fmt.Sprint("outer recovered: ", recover())
	}()
	inner()
	return "unreachable"
}

func main() {
	fmt.Println(outer())
	fmt.Println("normal exit")
}
