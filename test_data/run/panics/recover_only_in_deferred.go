package main

import "fmt"

func helper() interface{} { return recover() } // not called directly by a deferred function

func main() {
	defer func() {
		fmt.Println("direct recover:", recover())
	}()
	defer func() {
		fmt.Println("helper recover:", helper())
	}()
	panic("boom")
}
