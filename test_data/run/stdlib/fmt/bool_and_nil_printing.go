package main

import "fmt"

func main() {
	var e error
	var m map[int]int
	var s []int
	var p *int
	var f func()
	var i interface{}
	fmt.Println(e, m, s, p, f == nil, i)
	fmt.Printf("%v %v %v %v %v\n", e, m, s, p, i)
	fmt.Printf("%t %v %5t|\n", true, false, true)
	fmt.Printf("%d %s\n", []int(nil), []string(nil))
}
