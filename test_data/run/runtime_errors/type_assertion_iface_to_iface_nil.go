package main

import "fmt"

type Reader interface{ Read() string }

func main() {
	var e error
	r := e.(Reader)
	fmt.Println(r)
}
