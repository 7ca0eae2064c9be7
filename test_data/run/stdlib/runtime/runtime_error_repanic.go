// A recovered run-time error re-raised with panic(r) ends the program with Go's text and exit status 2.
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Printf("recovered %T: %v\n", r, r)
		panic(r)
	}()
	var m map[int]int
	m[1] = 2
}
